import { describe, expect, it } from 'vitest';
import { keyId, type StoredRecord } from '../group/group-state-machine.js';
import type { KvWriteResult } from './kv-command.js';
import { parseSessionResultKey } from './kv-keys.js';
import { RESULTS_PER_SESSION, SESSION_TTL_MS, SessionTable } from './session-table.js';

/** A session table with the records it stored, as a region holds them. */
class StoredTable {
  table = new SessionTable();
  readonly store = new Map<string, { key: Uint8Array; value: Uint8Array }>();

  write(records: StoredRecord[]): StoredRecord[] {
    for (const record of records) {
      if (record.value === null) this.store.delete(keyId(record.key));
      else this.store.set(keyId(record.key), { key: record.key, value: record.value });
    }
    return records;
  }

  record(clientId: string, sequence: number, result: KvWriteResult, now: number): void {
    this.write(this.table.record(clientId, sequence, result, now));
  }

  /** `count` writes of `clientId` from sequence `first`, without `firstIncomplete`: past 256 the oldest are evicted. */
  recordMany(clientId: string, first: number, count: number, now: number): void {
    for (let sequence = first; sequence < first + count; sequence++) this.record(clientId, sequence, put, now);
  }

  records(): { key: Uint8Array; value: Uint8Array }[] {
    return [...this.store.values()];
  }

  absorb(from: StoredTable): StoredRecord[] {
    return this.write(this.table.absorb(from.records()));
  }

  /** The table as a restart or a snapshot install loads it. */
  reloaded(): SessionTable {
    return SessionTable.load(this.records());
  }
}

const put: KvWriteResult = { kind: 'put' };
const deleted: KvWriteResult = { kind: 'delete', existed: true };
const notDeleted: KvWriteResult = { kind: 'delete', existed: false };
const sequencesOf = (records: StoredRecord[], clientId: string) =>
  records
    .map(({ key }) => parseSessionResultKey(key))
    .filter((parsed) => parsed.clientId === clientId)
    .map(({ sequence }) => sequence)
    .sort((a, b) => a - b);

describe('SessionTable.absorb', () => {
  it('adds the results the table lacks, and stores each of them', () => {
    const source = new StoredTable();
    source.record('c', 1, deleted, 1_000);
    source.record('c', 2, notDeleted, 1_000);
    const target = new StoredTable();
    target.record('c', 3, put, 2_000);

    const written = target.absorb(source);
    expect(sequencesOf(written, 'c')).toEqual([0, 1, 2]);
    for (const table of [target.table, target.reloaded()]) {
      expect(table.lookup('c', 1)).toEqual({ kind: 'duplicate', result: deleted });
      expect(table.lookup('c', 2)).toEqual({ kind: 'duplicate', result: notDeleted });
      expect(table.lookup('c', 3)).toEqual({ kind: 'duplicate', result: put });
      expect(table.lookup('c', 4)).toEqual({ kind: 'new' });
    }
  });

  it('keeps a result the table has: the source result of the same write does not replace it', () => {
    const source = new StoredTable();
    source.record('c', 1, notDeleted, 1_000);
    const target = new StoredTable();
    target.record('c', 1, deleted, 2_000);

    const written = target.absorb(source);
    expect(sequencesOf(written, 'c')).toEqual([0]);
    expect(target.table.lookup('c', 1)).toEqual({ kind: 'duplicate', result: deleted });
    expect(target.reloaded().lookup('c', 1)).toEqual({ kind: 'duplicate', result: deleted });
  });

  it('gives a client the table does not know its results and an eviction mark', () => {
    const source = new StoredTable();
    source.record('new', 4, deleted, 1_000);
    source.record('new', 5, put, 1_000);
    const target = new StoredTable();
    target.record('other', 1, put, 2_000);

    const written = target.absorb(source);
    // The results, and the mark (sequence 0) that tells a reload this session has marks.
    expect(sequencesOf(written, 'new')).toEqual([0, 4, 5]);
    expect(sequencesOf(written, 'other')).toEqual([]);
    expect(target.table.size).toBe(2);
    for (const table of [target.table, target.reloaded()]) {
      expect(table.lookup('new', 4)).toEqual({ kind: 'duplicate', result: deleted });
      expect(table.lookup('new', 5)).toEqual({ kind: 'duplicate', result: put });
      expect(table.lookup('new', 3)).toEqual({ kind: 'new' });
    }
  });

  it('of two eviction marks keeps the higher: the source mark raises a lower one', () => {
    // The source forgot sequences 1 to 10; the target forgot 1 to 5.
    const source = new StoredTable();
    source.recordMany('c', 1, RESULTS_PER_SESSION + 10, 1_000);
    const target = new StoredTable();
    target.recordMany('c', 1, RESULTS_PER_SESSION + 5, 1_000);
    expect(target.table.lookup('c', 8)).toEqual({ kind: 'duplicate', result: put });

    const written = target.absorb(source);
    expect(sequencesOf(written, 'c')).toContain(0);
    // Sequence 8 is kept by the target, still answered; 3 and below were forgotten by both.
    for (const table of [target.table, target.reloaded()]) {
      expect(table.lookup('c', 3)).toEqual({ kind: 'too-old' });
      expect(table.lookup('c', 8)).toEqual({ kind: 'duplicate', result: put });
      expect(table.lookup('c', RESULTS_PER_SESSION + 10)).toEqual({ kind: 'duplicate', result: put });
    }
  });

  it('of two eviction marks keeps the higher: a lower source mark does not lower it', () => {
    const source = new StoredTable();
    source.recordMany('c', 1, RESULTS_PER_SESSION + 5, 1_000);
    const target = new StoredTable();
    target.recordMany('c', 1, RESULTS_PER_SESSION + 10, 1_000);
    expect(target.table.lookup('c', 8)).toEqual({ kind: 'too-old' });

    const written = target.absorb(source);
    // The source's results 6 to 10, which the target forgot, come back; its lower mark is not stored.
    expect(sequencesOf(written, 'c')).toEqual([0, 6, 7, 8, 9, 10]);
    for (const table of [target.table, target.reloaded()]) {
      expect(table.lookup('c', 3)).toEqual({ kind: 'too-old' });
      expect(table.lookup('c', 8)).toEqual({ kind: 'duplicate', result: put });
    }
    // The mark is still 10: an unknown sequence at or below it stays refused.
    const fresh = new StoredTable();
    fresh.recordMany('c', 1, RESULTS_PER_SESSION + 10, 1_000);
    const sparse = new StoredTable();
    sparse.record('c', 7, put, 1_000); // without 6
    const writtenSparse = fresh.absorb(sparse);
    expect(sequencesOf(writtenSparse, 'c')).toEqual([0, 7]);
    expect(fresh.table.lookup('c', 6)).toEqual({ kind: 'too-old' });
    expect(fresh.reloaded().lookup('c', 6)).toEqual({ kind: 'too-old' });
  });

  it('keeps expire working: an absorbed older session expires though it was taken in after a live one', () => {
    const source = new StoredTable();
    source.record('old', 1, put, 1_000);
    const target = new StoredTable();
    target.record('live', 1, put, 5_000);

    target.absorb(source);
    const deletions = target.table.expire(1_001 + SESSION_TTL_MS);
    expect(deletions.every(({ value }) => value === null)).toBe(true);
    expect(sequencesOf(deletions, 'old')).toEqual([0, 1]);
    expect(sequencesOf(deletions, 'live')).toEqual([]);
    expect(target.table.lookup('old', 1)).toEqual({ kind: 'new' });
    expect(target.table.lookup('live', 1)).toEqual({ kind: 'duplicate', result: put });
  });

  it('keeps expire working: a session the source saw later moves behind the sessions it is now younger than', () => {
    const source = new StoredTable();
    source.record('a', 2, put, 9_000);
    const target = new StoredTable();
    target.record('a', 1, put, 1_000);
    target.record('b', 1, put, 3_000);

    target.absorb(source);
    // At this time `b` (last seen 3 000) is expired, `a` (last seen 9 000 in the source) is not.
    const deletions = target.table.expire(3_001 + SESSION_TTL_MS);
    expect(sequencesOf(deletions, 'b')).toEqual([0, 1]);
    expect(sequencesOf(deletions, 'a')).toEqual([]);
    expect(target.table.size).toBe(1);
    expect(target.table.lookup('a', 1)).toEqual({ kind: 'duplicate', result: put });
  });
});

describe('SessionTable.absorb of sessions stored without marks (an older build)', () => {
  const legacySession = () => {
    // A build without marks kept c's results 11 to 266 and stored no mark: it forgot 1 to 10.
    const legacy = new StoredTable();
    legacy.recordMany('c', 1, RESULTS_PER_SESSION + 10, 1_000);
    for (const [id, { key }] of legacy.store) if (parseSessionResultKey(key).sequence === 0) legacy.store.delete(id);
    legacy.table = legacy.reloaded();
    expect(legacy.table.lookup('c', 5)).toEqual({ kind: 'too-old' });
    return legacy;
  };

  it('as the source: the merged region refuses what the source forgot', () => {
    const legacy = legacySession();
    const target = new StoredTable();
    target.absorb(legacy);
    expect(target.table.lookup('c', 5)).toEqual({ kind: 'too-old' });
  });

  it('as the target: a replica that reloads answers as one that did not', () => {
    const legacy = legacySession();
    const source = new StoredTable();
    source.record('c', 3, put, 1_000);
    legacy.absorb(source);
    expect(legacy.table.lookup('c', 5)).toEqual({ kind: 'too-old' });
    expect(legacy.reloaded().lookup('c', 5)).toEqual({ kind: 'too-old' });
  });
});
