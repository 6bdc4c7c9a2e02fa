import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, type Entry, EntryType, type Snapshot } from '@flintkv/proto';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageErrorCode } from './errors.js';
import type { GroupStorage } from './group-storage.js';
import { type NodeStore, openNodeStore } from './node-store.js';
import { decodeSnapshotChunk, encodeSnapshotChunk, encodeSnapshotDescriptor } from './snapshot-data.js';
import { receiveSnapshotOf, transferSnapshot } from './test-support/snapshot-transfer.js';

const identity = { clusterId: 'test', nodeId: 1 };
const confState: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};
const directories: string[] = [];
const stores: NodeStore[] = [];
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) => (value === undefined ? undefined : new TextDecoder().decode(value));

async function open(directory?: string, logCacheBytes?: number): Promise<NodeStore> {
  const where = directory ?? mkdtempSync(join(tmpdir(), 'flint-group-'));
  if (directory === undefined) directories.push(where);
  const store = await openNodeStore(where, identity, logCacheBytes === undefined ? {} : { logCacheBytes });
  stores.push(store);
  return store;
}

function entriesOf(first: number, count: number, term: number, size = 10): Entry[] {
  return Array.from({ length: count }, (_, k) => ({
    index: first + k,
    term,
    type: EntryType.Normal,
    data: new Uint8Array(size).fill((first + k) % 256),
  }));
}

afterEach(async () => {
  for (const store of stores.splice(0)) if (!store.failed) await store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('groups sharing one database', () => {
  it('keep their logs, hard states and state machines apart', async () => {
    const store = await open();
    const one = await store.openGroup(1, { confState });
    const two = await store.openGroup(2, { confState });
    const turn = store.beginTurn();
    one.append(entriesOf(1, 5, 1), turn);
    two.append(entriesOf(1, 2, 3), turn);
    one.setHardState({ term: 1, vote: 1, commit: 5 }, turn);
    two.setHardState({ term: 3, vote: 2, commit: 1 }, turn);
    turn.putKv(1, bytes('k'), bytes('one'));
    turn.putKv(2, bytes('k'), bytes('two'));
    await turn.commit();
    const directory = store.directory;
    await store.close();

    const reopened = await open(directory);
    expect(reopened.groupIds()).toEqual([1, 2]);
    const oneAgain = await reopened.openGroup(1);
    const twoAgain = await reopened.openGroup(2);
    expect([oneAgain.lastIndex(), twoAgain.lastIndex()]).toEqual([5, 2]);
    expect(oneAgain.term(5)).toBe(1);
    expect(twoAgain.term(2)).toBe(3);
    expect(oneAgain.initialState().hardState).toEqual({ term: 1, vote: 1, commit: 5 });
    expect(twoAgain.initialState().hardState).toEqual({ term: 3, vote: 2, commit: 1 });
    expect(text(await reopened.kvGet(1, bytes('k')))).toBe('one');
    expect(text(reopened.kvGetSync(2, bytes('k')))).toBe('two');
    expect(await reopened.kvGet(3, bytes('k'))).toBeUndefined();
  });

  it('records a bootstrap configuration only for a new group', async () => {
    const store = await open();
    await store.openGroup(4, { confState });
    const directory = store.directory;
    await store.close();
    const reopened = await open(directory);
    const other: ConfState = { ...confState, voters: [9] };
    const group = await reopened.openGroup(4, { confState: other });
    expect(group.initialState().confState).toEqual(confState);
    expect(reopened.groupIds()).toEqual([4]);
  });
});

describe('kvScan', () => {
  it('returns one group’s committed pairs in range, limited and reversed', async () => {
    const store = await open();
    const turn = store.beginTurn();
    for (const key of ['a', 'b', 'c', 'd']) turn.putKv(7, bytes(key), bytes(`7${key}`));
    turn.putKv(6, bytes('a'), bytes('6a'));
    turn.putKv(8, bytes('a'), bytes('8a'));
    turn.deleteKv(7, bytes('d'));
    await turn.commit();
    const keys = async (options: Parameters<NodeStore['kvScan']>[1]) =>
      (await store.kvScan(7, options)).map(([key, value]) => `${text(key)}=${text(value)}`);
    expect(await keys({})).toEqual(['a=7a', 'b=7b', 'c=7c']);
    expect(await keys({ start: bytes('b') })).toEqual(['b=7b', 'c=7c']);
    expect(await keys({ end: bytes('c') })).toEqual(['a=7a', 'b=7b']);
    expect(await keys({ limit: 2 })).toEqual(['a=7a', 'b=7b']);
    expect(await keys({ reverse: true, limit: 2 })).toEqual(['c=7c', 'b=7b']);
    expect(await keys({ limit: 0 })).toEqual([]);
  });
});

describe('snapshots', () => {
  it('build from the kv data at the applied index and install on another replica, replacing its data', async () => {
    const leader = await open();
    const source = await leader.openGroup(1, { confState });
    let turn = leader.beginTurn();
    source.append(entriesOf(1, 10, 2), turn);
    source.setHardState({ term: 2, vote: 1, commit: 10 }, turn);
    turn.putKv(1, bytes('x'), bytes('1'));
    turn.putKv(1, bytes('y'), bytes('2'));
    turn.putKv(2, bytes('other-group'), bytes('kept out'));
    turn.setApplied(1, 10);
    await turn.commit();
    expect(source.appliedIndex()).toBe(10);
    const snapshot = await source.buildSnapshot(10, confState);
    // A turn committed after the build does not leak into the snapshot.
    turn = leader.beginTurn();
    turn.putKv(1, bytes('z'), bytes('late'));
    await turn.commit();
    expect(snapshot.metadata).toEqual({ index: 10, term: 2, confState });
    expect(await streamedKeys(source, snapshot)).toEqual(['x', 'y']);
    expect(source.snapshot()).toBe(snapshot);

    const follower = await open();
    const target = await follower.openGroup(1);
    turn = follower.beginTurn();
    target.append(entriesOf(1, 3, 1), turn);
    turn.putKv(1, bytes('stale'), bytes('gone'));
    turn.putKv(3, bytes('x'), bytes('neighbour'));
    await turn.commit();
    // One pair per chunk: the stream is staged chunk by chunk, the live data untouched meanwhile.
    expect(await transferSnapshot(source, snapshot, target, 1)).toBe(2);
    expect(text(await follower.kvGet(1, bytes('stale')))).toBe('gone');
    turn = follower.beginTurn();
    turn.putKv(1, bytes('staged-before'), bytes('dropped'));
    target.applySnapshot(snapshot, turn);
    turn.putKv(1, bytes('after'), bytes('kept'));
    expect([target.firstIndex(), target.lastIndex(), target.term(10)]).toEqual([11, 10, 2]);
    await turn.commit();
    expect(target.appliedIndex()).toBe(10);
    const directory = follower.directory;
    await follower.close();

    const reopened = await open(directory);
    const installed = await reopened.openGroup(1);
    expect([installed.firstIndex(), installed.lastIndex(), installed.term(10)]).toEqual([11, 10, 2]);
    expect(installed.initialState().confState).toEqual(confState);
    expect(installed.appliedIndex()).toBe(10);
    expect((await reopened.kvScan(1)).map(([key, value]) => `${text(key)}=${text(value)}`)).toEqual([
      'after=kept',
      'x=1',
      'y=2',
    ]);
    expect(text(await reopened.kvGet(3, bytes('x')))).toBe('neighbour');
    // After a restart no snapshot covers the compacted log: Raft is told "not yet", the owner is
    // asked to build one from disk, and the next call serves it.
    let wanted = 0;
    installed.onSnapshotWanted(() => wanted++);
    expect(installed.snapshot().metadata.index).toBe(0);
    expect(wanted).toBe(1);
    await installed.buildSnapshot(10, installed.initialState().confState);
    expect(installed.snapshot().metadata.index).toBe(10);
    expect(await streamedKeys(installed, installed.snapshot())).toEqual(['after', 'x', 'y']);
    expect(wanted).toBe(1);
  });

  it('a receive cut short by a restart leaves the live data alone, and its staged pairs never show', async () => {
    const store = await open();
    const group = await store.openGroup(1, { confState });
    let turn = store.beginTurn();
    group.append(entriesOf(1, 3, 1), turn);
    turn.putKv(1, bytes('live'), bytes('1'));
    turn.setApplied(1, 3);
    await turn.commit();
    const interrupted = {
      metadata: { index: 9, term: 2, confState },
      data: encodeSnapshotDescriptor({ streamId: 7, appliedIndex: 9 }),
    };
    await group.beginSnapshotReceive(interrupted);
    await group.writeSnapshotChunk(interrupted, encodeSnapshotChunk([[bytes('half'), bytes('staged')]]), false);
    expect(group.hasReceivedSnapshot(interrupted)).toBe(false);
    turn = store.beginTurn();
    expect(() => group.applySnapshot(interrupted, turn)).toThrow(/not received whole/);
    expect((await store.kvScan(1)).map(([key]) => text(key))).toEqual(['live']);
    const directory = store.directory;
    await store.close();

    const reopened = await open(directory);
    const again = await reopened.openGroup(1);
    expect((await reopened.kvScan(1)).map(([key]) => text(key))).toEqual(['live']);
    await again.clearSpareKvSpace();
    const whole = await receiveSnapshotOf(again, { index: 9, term: 2, confState }, [[bytes('whole'), bytes('2')]]);
    turn = reopened.beginTurn();
    again.applySnapshot(whole, turn);
    await turn.commit();
    expect((await reopened.kvScan(1)).map(([key]) => text(key))).toEqual(['whole']);
  });

  it('keeps the log after a snapshot being streamed: compaction waits for the stream', async () => {
    const store = await open();
    const group = await store.openGroup(1, { confState });
    const turn = store.beginTurn();
    group.append(entriesOf(1, 10, 1), turn);
    turn.setApplied(1, 10);
    await turn.commit();
    const snapshot = await group.buildSnapshot(10, confState);
    expect(group.oldestStreamedSnapshotIndex()).toBeUndefined();
    const stream = await group.openSnapshotStream(snapshot, 64);
    expect(group.oldestStreamedSnapshotIndex()).toBe(10);
    await stream.close();
    expect(group.oldestStreamedSnapshotIndex()).toBeUndefined();
  });

  it('stream every pair of a region whose values are larger than one LevelDB read returns', async () => {
    // classic-level ends each iterator read at 16 KiB: with 20 KiB values a read returns one
    // pair, which once ended the stream after the first read.
    const store = await open();
    const group = await store.openGroup(1, { confState });
    const turn = store.beginTurn();
    group.append(entriesOf(1, 1, 1), turn);
    const value = new Uint8Array(20 * 1024).fill(7);
    for (let index = 0; index < 40; index++) turn.putKv(1, bytes(`k${String(index).padStart(3, '0')}`), value);
    turn.setApplied(1, 1);
    await turn.commit();
    const snapshot = await group.buildSnapshot(1, confState);
    const stream = await group.openSnapshotStream(snapshot, 64 * 1024);
    let pairs = 0;
    let streamedBytes = 0;
    try {
      for (let chunk = await stream.next(); chunk !== undefined; chunk = await stream.next()) {
        for (const [, streamedValue] of decodeSnapshotChunk(chunk)) {
          pairs++;
          streamedBytes += streamedValue.byteLength;
        }
      }
    } finally {
      await stream.close();
    }
    expect(pairs).toBe(40);
    expect(streamedBytes).toBe(40 * value.byteLength);
  });

  it('refuse an install older than the log start, and a build away from the applied index', async () => {
    const store = await open();
    const group = await store.openGroup(1, { confState });
    const turn = store.beginTurn();
    group.append(entriesOf(1, 4, 1), turn);
    turn.setApplied(1, 4);
    group.compact(4, turn);
    await turn.commit();
    await expect(group.buildSnapshot(2, confState)).rejects.toMatchObject({ code: StorageErrorCode.Compacted });
    await expect(group.buildSnapshot(4, confState)).resolves.toMatchObject({ metadata: { index: 4, term: 1 } });
    const old = { metadata: { index: 3, term: 1, confState }, data: new Uint8Array() };
    expect(() => group.applySnapshot(old, store.beginTurn())).toThrow(
      expect.objectContaining({ code: StorageErrorCode.SnapshotOutOfDate }),
    );
    const garbage = { metadata: { index: 9, term: 1, confState }, data: bytes('garbage') };
    expect(() => group.applySnapshot(garbage, store.beginTurn())).toThrow(
      expect.objectContaining({ code: StorageErrorCode.BadSnapshot }),
    );
  });
});

describe('the log tail cache', () => {
  it('stays within its byte bound and older entries are read back from disk', async () => {
    const store = await open(undefined, 10_000);
    const group = await store.openGroup(1, { confState });
    for (let batch = 0; batch < 10; batch++) {
      const turn = store.beginTurn();
      group.append(entriesOf(batch * 20 + 1, 20, 1 + batch, 500), turn);
      await turn.commit();
    }
    const statistics = group.cacheStatistics();
    expect(statistics.bytes).toBeLessThanOrEqual(10_000);
    expect(statistics.entries).toBeGreaterThan(0);
    expect(statistics.firstIndex).toBeGreaterThan(1);
    const all = group.entries(1, 201);
    expect(all.map((entry) => entry.index)).toEqual(Array.from({ length: 200 }, (_, k) => k + 1));
    expect(all[0]!.data).toEqual(new Uint8Array(500).fill(1));
    expect(group.term(1)).toBe(1);
    expect(group.term(200)).toBe(10);
  });

  it('keeps staged entries readable before their batch is durable, even past the bound', async () => {
    const store = await open(undefined, 1_000);
    const group = await store.openGroup(1, { confState });
    const turn = store.beginTurn();
    group.append(entriesOf(1, 50, 1, 200), turn);
    expect(group.entries(1, 51).length).toBe(50);
    const committing = turn.commit();
    expect(group.entries(1, 3).map((entry) => entry.index)).toEqual([1, 2]);
    await committing;
    expect(group.entries(1, 51).length).toBe(50);
  });
});

describe('appends', () => {
  it('refuse a hole, and a hard state committing past the log', async () => {
    const store = await open();
    const group = await store.openGroup(1, { confState });
    const turn = store.beginTurn();
    group.append(entriesOf(1, 2, 1), turn);
    expect(() => group.append(entriesOf(4, 1, 1), turn)).toThrow(
      expect.objectContaining({ code: StorageErrorCode.InvalidArgument }),
    );
    expect(() => group.setHardState({ term: 1, vote: 0, commit: 3 }, turn)).toThrow(
      expect.objectContaining({ code: StorageErrorCode.InvalidArgument }),
    );
  });

  it('land on disk in the order their turns commit, even when commits overlap', async () => {
    const store = await open();
    const group = await store.openGroup(1, { confState });
    const first = store.beginTurn();
    group.append(entriesOf(1, 5, 1), first);
    const firstCommit = first.commit();
    const second = store.beginTurn();
    group.append(entriesOf(3, 1, 2), second);
    await Promise.all([firstCommit, second.commit()]);
    const directory = store.directory;
    await store.close();
    const again = await (await open(directory)).openGroup(1);
    expect(again.entries(1, again.lastIndex() + 1).map((entry) => entry.term)).toEqual([1, 1, 2]);
  });

  it('truncate a conflicting suffix on disk in the same batch', async () => {
    const store = await open();
    const group = await store.openGroup(1, { confState });
    let turn = store.beginTurn();
    group.append(entriesOf(1, 10, 1), turn);
    await turn.commit();
    turn = store.beginTurn();
    group.append(entriesOf(4, 2, 2), turn);
    await turn.commit();
    const directory = store.directory;
    await store.close();
    const reopened = await open(directory);
    const again = await reopened.openGroup(1);
    expect(again.lastIndex()).toBe(5);
    expect(again.entries(1, 6).map((entry) => entry.term)).toEqual([1, 1, 1, 2, 2]);
  });
});

/** The keys a snapshot's stream carries, read in small chunks. */
async function streamedKeys(storage: GroupStorage, snapshot: Snapshot): Promise<string[]> {
  const stream = await storage.openSnapshotStream(snapshot, 16);
  const keys: string[] = [];
  try {
    for (let chunk = await stream.next(); chunk !== undefined; chunk = await stream.next()) {
      for (const [key] of decodeSnapshotChunk(chunk)) keys.push(text(key) ?? '');
    }
  } finally {
    await stream.close();
  }
  return keys;
}
