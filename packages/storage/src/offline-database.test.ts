import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, type Entry, EntryType, type HardState } from '@flintkv/proto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { StorageErrorCode } from './errors.js';
import { appliedIndexMetaKey, groupPrefix, groupUpperBound } from './keys.js';
import { type NodeStore, openNodeStore } from './node-store.js';
import { OfflineDatabase } from './offline-database.js';

const identity = { clusterId: 'cluster-a', nodeId: 1 };
const confState: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};
const directories: string[] = [];
const opened: Array<{ close(): Promise<void> }> = [];
const bytes = (text: string) => new TextEncoder().encode(text);

/** What a test wrote into one group, to compare with what a store serves after a copy. */
interface GroupContent {
  entries: Entry[];
  hardState: HardState;
  kv: Array<[Uint8Array, Uint8Array]>;
  applied: number;
}

function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'flint-offline-'));
  directories.push(directory);
  return directory;
}

async function openStore(directory: string): Promise<NodeStore> {
  const store = await openNodeStore(directory, identity);
  opened.push(store);
  return store;
}

async function openOffline(directory: string): Promise<OfflineDatabase> {
  const database = await OfflineDatabase.open(directory, identity);
  opened.push(database);
  return database;
}

/** Writes a group with a log, a hard state, kv pairs and an applied index, all derived from `groupId` and `term`. */
async function writeGroup(
  store: NodeStore,
  groupId: number,
  options: { term?: number; entries?: number; kv?: number; valueBytes?: number } = {},
): Promise<GroupContent> {
  const term = options.term ?? 2;
  const count = options.entries ?? 5;
  const group = await store.openGroup(groupId, { confState });
  const entries = Array.from({ length: count }, (_, k) => ({
    index: k + 1,
    term,
    type: EntryType.Normal,
    data: bytes(`group ${groupId} entry ${k + 1} term ${term}`),
  }));
  const kv = Array.from({ length: options.kv ?? 4 }, (_, k): [Uint8Array, Uint8Array] => {
    const value =
      options.valueBytes === undefined
        ? bytes(`value ${k} of group ${groupId}`)
        : new Uint8Array(options.valueBytes).fill((groupId * 31 + k) % 251);
    return [bytes(`key-${String(k).padStart(4, '0')}`), value];
  });
  const hardState = { term, vote: 2, commit: count };
  const turn = store.beginTurn();
  group.append(entries, turn);
  group.setHardState(hardState, turn);
  for (const [key, value] of kv) turn.putKv(groupId, key, value);
  turn.setApplied(groupId, count);
  await turn.commit();
  return { entries, hardState, kv, applied: count };
}

async function expectGroup(store: NodeStore, groupId: number, content: GroupContent): Promise<void> {
  const group = await store.openGroup(groupId);
  expect(group.lastIndex()).toBe(content.entries.length);
  expect(group.entries(1, group.lastIndex() + 1)).toEqual(content.entries);
  expect(group.initialState()).toEqual({ hardState: content.hardState, confState });
  expect(group.appliedIndex()).toBe(content.applied);
  // Digests: deep equality of megabytes of bytes, element by element, takes seconds.
  expect(digests(await store.kvScan(groupId))).toEqual(digests(content.kv));
}

function digests(pairs: Array<[Uint8Array, Uint8Array]>): string[] {
  return pairs.map(
    ([key, value]) => `${Buffer.from(key).toString('hex')}=${createHash('sha256').update(value).digest('hex')}`,
  );
}

/** Every record of `groupId` in each sublevel of the (closed) database in `directory`. */
async function recordsOfGroup(directory: string, groupId: number) {
  const database = await openDatabase(directory);
  try {
    const range = { gte: groupPrefix(groupId), lt: groupUpperBound(groupId) };
    return {
      raftLog: (await database.raftLog.keys(range).all()).length,
      raftState: (await database.raftState.keys(range).all()).length,
      kv: (await database.kv.keys(range).all()).length,
      applied: (await database.meta.get(appliedIndexMetaKey(groupId))) !== undefined,
    };
  } finally {
    await database.level.close();
  }
}

async function closeAll(): Promise<void> {
  for (const handle of opened.splice(0).reverse()) await handle.close();
}

afterEach(async () => {
  await closeAll();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('database stamps', () => {
  it('reads undefined from a new database', async () => {
    const database = await openOffline(freshDirectory());
    expect(await database.readStamp()).toBeUndefined();
  });

  it('reads back the stamp it wrote, after a reopen too', async () => {
    const directory = freshDirectory();
    const database = await openOffline(directory);
    const stamp = { incarnation: '0123456789abcdef', databaseId: 'fedcba9876543210', layoutEpoch: 41 };
    await database.writeStamp(stamp);
    expect(await database.readStamp()).toEqual(stamp);
    await database.writeStamp({ ...stamp, layoutEpoch: 42 });
    await closeAll();
    expect(await (await openOffline(directory)).readStamp()).toEqual({ ...stamp, layoutEpoch: 42 });
  });

  it('refuses a stamp that lacks one of its records as FLINT_STORAGE_CORRUPT', async () => {
    const directory = freshDirectory();
    await (await openOffline(directory)).writeStamp({
      incarnation: '0123456789abcdef',
      databaseId: 'fedcba9876543210',
      layoutEpoch: 1,
    });
    await closeAll();
    const raw = await openDatabase(directory);
    await raw.meta.del('storage/layout-epoch');
    await raw.level.close();
    await expect((await openOffline(directory)).readStamp()).rejects.toMatchObject({
      code: StorageErrorCode.Corrupt,
      message: expect.stringContaining(directory),
    });
  });

  it('refuses a database of another node as FLINT_STORAGE_IDENTITY_MISMATCH', async () => {
    const directory = freshDirectory();
    await openOffline(directory);
    await closeAll();
    await expect(OfflineDatabase.open(directory, { clusterId: 'cluster-a', nodeId: 2 })).rejects.toMatchObject({
      code: StorageErrorCode.IdentityMismatch,
    });
  });

  it('lists the groups that have Raft state, ascending', async () => {
    const directory = freshDirectory();
    const store = await openStore(directory);
    for (const groupId of [300, 2, 17]) await writeGroup(store, groupId);
    await closeAll();
    expect(await (await openOffline(directory)).groupIds()).toEqual([2, 17, 300]);
  });
});

describe('copyGroupTo', () => {
  it('copies the raft log, raft state, kv and applied index of exactly one group; a store on the target serves it', async () => {
    const sourceDirectory = freshDirectory();
    const targetDirectory = freshDirectory();
    const source = await openStore(sourceDirectory);
    // Neighbouring ids, so a range that overshoots by one group would show.
    const one = await writeGroup(source, 1, { term: 3 });
    const two = await writeGroup(source, 2, { term: 4, entries: 7, kv: 6 });
    const three = await writeGroup(source, 3, { term: 5 });
    const target = await openStore(targetDirectory);
    const resident = await writeGroup(target, 5, { term: 9 });
    await closeAll();

    const from = await openOffline(sourceDirectory);
    const to = await openOffline(targetDirectory);
    const report = await from.copyGroupTo(to, 2);
    expect(report.records).toBe(7 + 6 + 3); // entries, kv pairs, hard state + conf state + log start
    expect(report.bytes).toBeGreaterThan(0);
    expect(await to.groupIds()).toEqual([2, 5]);
    expect(await from.groupIds()).toEqual([1, 2, 3]);
    await closeAll();

    const served = await openStore(targetDirectory);
    expect(served.groupIds()).toEqual([2, 5]);
    await expectGroup(served, 2, two);
    await expectGroup(served, 5, resident);
    expect(await served.kvScan(1)).toEqual([]);
    expect(await served.kvScan(3)).toEqual([]);
    await closeAll();
    expect(await recordsOfGroup(targetDirectory, 1)).toEqual({ raftLog: 0, raftState: 0, kv: 0, applied: false });
    expect(await recordsOfGroup(targetDirectory, 3)).toEqual({ raftLog: 0, raftState: 0, kv: 0, applied: false });

    const original = await openStore(sourceDirectory);
    await expectGroup(original, 1, one);
    await expectGroup(original, 2, two);
    await expectGroup(original, 3, three);
  });

  it('leaves no stale key of an interrupted earlier copy in the target', async () => {
    const sourceDirectory = freshDirectory();
    const targetDirectory = freshDirectory();
    const source = await openStore(sourceDirectory);
    const two = await writeGroup(source, 2, { entries: 3, kv: 2 });
    // An interrupted copy wrote log and kv records but not yet the Raft state (copied last):
    // records in the group's range that no group owns, among them keys the source lacks.
    const target = await openStore(targetDirectory);
    const turn = target.beginTurn();
    turn.putKv(2, bytes('key-0000'), bytes('half-copied older value'));
    turn.putKv(2, bytes('stale-key'), bytes('deleted in the source since'));
    turn.putKv(2, bytes('zzz'), bytes('past every source key'));
    await turn.commit();
    await closeAll();

    const to = await openOffline(targetDirectory);
    expect(await to.groupIds()).toEqual([]);
    await (await openOffline(sourceDirectory)).copyGroupTo(to, 2);
    await closeAll();
    const served = await openStore(targetDirectory);
    await expectGroup(served, 2, two);
    expect(await served.kvGet(2, bytes('stale-key'))).toBeUndefined();
  });

  it('replaces an older whole copy of the group in the target: its longer log and other kv keys are gone', async () => {
    const sourceDirectory = freshDirectory();
    const targetDirectory = freshDirectory();
    const two = await writeGroup(await openStore(sourceDirectory), 2, { term: 6, entries: 4, kv: 2 });
    await writeGroup(await openStore(targetDirectory), 2, { term: 1, entries: 20, kv: 9 });
    await closeAll();

    await (await openOffline(sourceDirectory)).copyGroupTo(await openOffline(targetDirectory), 2);
    await closeAll();
    await expectGroup(await openStore(targetDirectory), 2, two);
  });

  it('copies a group larger than one copy batch (4 MiB)', async () => {
    const sourceDirectory = freshDirectory();
    const targetDirectory = freshDirectory();
    // 96 values of 64 KiB: 6 MiB of kv.
    const big = await writeGroup(await openStore(sourceDirectory), 7, { kv: 96, valueBytes: 64 * 1024 });
    await closeAll();

    const report = await (await openOffline(sourceDirectory)).copyGroupTo(await openOffline(targetDirectory), 7);
    expect(report.bytes).toBeGreaterThan(6 * 1024 * 1024);
    expect(report.records).toBe(5 + 96 + 3);
    await closeAll();
    await expectGroup(await openStore(targetDirectory), 7, big);
  });
});

describe('clearGroup', () => {
  it('removes every record of that group and nothing of its neighbours', async () => {
    const directory = freshDirectory();
    const store = await openStore(directory);
    const one = await writeGroup(store, 1);
    await writeGroup(store, 2);
    const three = await writeGroup(store, 3);
    await closeAll();
    expect(await recordsOfGroup(directory, 2)).toEqual({ raftLog: 5, raftState: 3, kv: 4, applied: true });

    const database = await openOffline(directory);
    await database.clearGroup(2);
    expect(await database.groupIds()).toEqual([1, 3]);
    await closeAll();
    expect(await recordsOfGroup(directory, 2)).toEqual({ raftLog: 0, raftState: 0, kv: 0, applied: false });
    const reopened = await openStore(directory);
    expect(reopened.groupIds()).toEqual([1, 3]);
    await expectGroup(reopened, 1, one);
    await expectGroup(reopened, 3, three);
  });

  it('is a no-op for a group the database does not hold', async () => {
    const directory = freshDirectory();
    const one = await writeGroup(await openStore(directory), 1);
    await closeAll();
    await (await openOffline(directory)).clearGroup(9);
    await closeAll();
    await expectGroup(await openStore(directory), 1, one);
  });
});
