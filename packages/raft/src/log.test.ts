import { EMPTY_BYTES, EntryType } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { RaftLog } from './log.js';
import { MemoryStorage } from './memory-storage.js';

const entry = (index: number, term: number) => ({ index, term, type: EntryType.Normal, data: EMPTY_BYTES });

function logWithTerms(terms: number[]): RaftLog {
  const storage = new MemoryStorage();
  storage.append(terms.map((term, offset) => entry(offset + 1, term)));
  return new RaftLog(storage);
}

describe('the raft log (storage + unstable tail)', () => {
  it('findConflictByTerm returns the last index at or below the probe whose term is at most the given term', () => {
    const log = logWithTerms([1, 1, 2, 2, 5, 5]);
    expect(log.findConflictByTerm(6, 4)).toEqual({ index: 4, term: 2 });
    expect(log.findConflictByTerm(6, 5)).toEqual({ index: 6, term: 5 });
    expect(log.findConflictByTerm(4, 1)).toEqual({ index: 2, term: 1 });
    expect(log.findConflictByTerm(6, 0)).toEqual({ index: 0, term: 0 });
  });

  it('maybeAppend appends only after a matching previous entry and keeps matching entries', () => {
    const log = logWithTerms([1, 1, 2]);
    expect(log.maybeAppend(3, 1, 0, [entry(4, 2)])).toBeUndefined();
    expect(log.maybeAppend(3, 2, 2, [entry(4, 2)])).toBe(4);
    expect(log.committed).toBe(2);
    // A duplicate (or reordered, shorter) Append does not truncate what already matches.
    expect(log.maybeAppend(2, 1, 2, [entry(3, 2)])).toBe(3);
    expect(log.lastIndex()).toBe(4);
  });

  it('a conflicting entry replaces the unstable and stable suffix after it', () => {
    const log = logWithTerms([1, 1, 2, 2]);
    expect(log.maybeAppend(2, 1, 0, [entry(3, 3)])).toBe(3);
    expect(log.lastIndex()).toBe(3);
    expect(log.term(3)).toBe(3);
    expect(log.persistedIndex()).toBe(2);
    expect(log.unstableEntries()).toEqual([entry(3, 3)]);
  });

  it('stableTo ignores a report for entries that were replaced meanwhile', () => {
    const log = logWithTerms([1]);
    log.append([entry(2, 1), entry(3, 1)]);
    log.append([entry(3, 2)]);
    log.stableTo(3, 1);
    expect(log.unstableEntries()).toEqual([entry(2, 1), entry(3, 2)]);
    log.stableTo(3, 2);
    expect(log.unstableEntries()).toEqual([]);
  });

  it('isUpToDate compares the last term first, then the last index (§5.4.1)', () => {
    const log = logWithTerms([1, 2, 2]);
    expect(log.isUpToDate(1, 3)).toBe(true);
    expect(log.isUpToDate(3, 2)).toBe(true);
    expect(log.isUpToDate(2, 2)).toBe(false);
    expect(log.isUpToDate(10, 1)).toBe(false);
  });
});
