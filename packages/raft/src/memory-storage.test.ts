import { EMPTY_BYTES, EntryType, emptyConfState } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage.js';
import { STORAGE_COMPACTED, STORAGE_UNAVAILABLE } from './storage.js';

const entry = (index: number, term: number, size = 0) => ({
  index,
  term,
  type: EntryType.Normal,
  data: size === 0 ? EMPTY_BYTES : new Uint8Array(size),
});

function filled(): MemoryStorage {
  const storage = new MemoryStorage();
  storage.append([entry(1, 1), entry(2, 1), entry(3, 2), entry(4, 2), entry(5, 3)]);
  return storage;
}

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('MemoryStorage (the RaftStorage contract)', () => {
  it('bootstraps the initial configuration as a snapshot at index 0, term 0', () => {
    const confState = { ...emptyConfState(), voters: [1, 2, 3] };
    const storage = new MemoryStorage({ confState });
    expect(storage.initialState()).toEqual({ hardState: { term: 0, vote: 0, commit: 0 }, confState });
    expect([storage.firstIndex(), storage.lastIndex(), storage.term(0)]).toEqual([1, 0, 0]);
  });

  it('append truncates a conflicting suffix', () => {
    const storage = filled();
    storage.append([entry(3, 5), entry(4, 5)]);
    expect(storage.lastIndex()).toBe(4);
    expect(storage.term(3)).toBe(5);
  });

  it('entries are limited by bytes but always return at least one', () => {
    const storage = new MemoryStorage();
    storage.append([entry(1, 1, 10), entry(2, 1, 10), entry(3, 1, 10)]);
    expect(storage.entries(1, 4, 25)).toHaveLength(2);
    expect(storage.entries(1, 4, 5)).toHaveLength(1);
    expect(storage.entries(1, 4)).toHaveLength(3);
  });

  it('reads outside the log throw coded errors: compacted below, unavailable above', () => {
    const storage = filled();
    storage.compact(2);
    expect(storage.firstIndex()).toBe(3);
    expect(storage.term(2)).toBe(1);
    expect(codeOf(() => storage.entries(2, 4))).toBe(STORAGE_COMPACTED);
    expect(codeOf(() => storage.term(1))).toBe(STORAGE_COMPACTED);
    expect(codeOf(() => storage.entries(3, 7))).toBe(STORAGE_UNAVAILABLE);
    expect(codeOf(() => storage.term(6))).toBe(STORAGE_UNAVAILABLE);
  });

  it('createSnapshot records the term and configuration; applySnapshot replaces the log', () => {
    const storage = filled();
    const confState = { ...emptyConfState(), voters: [1] };
    const snapshot = storage.createSnapshot(4, confState, new Uint8Array([7]));
    expect(snapshot.metadata).toEqual({ index: 4, term: 2, confState });
    expect(codeOf(() => storage.createSnapshot(3, confState, EMPTY_BYTES))).toBe('FLINT_STORAGE_SNAPSHOT_OUT_OF_DATE');
    const other = new MemoryStorage();
    other.applySnapshot(snapshot);
    expect([other.firstIndex(), other.lastIndex(), other.term(4)]).toEqual([5, 4, 2]);
    expect(other.initialState().confState).toEqual(confState);
  });
});
