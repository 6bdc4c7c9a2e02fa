import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, EntryType } from '@flintkv/proto';
import {
  NODE_LAYOUT_FILE,
  type NodeLayout,
  type NodeStore,
  OfflineDatabase,
  openNodeStore,
  readNodeLayout,
  StorageErrorCode,
  writeNodeLayout,
} from '@flintkv/storage';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type PreparedDataDirectory, prepareDataDirectory, recordBootstrap } from './prepare-data-directory.js';

const CLUSTER = 'cluster-a';
const NODE = 1;
const identity = { clusterId: CLUSTER, nodeId: NODE };
const logger = pino({ level: 'silent' });
const confState: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};
const GROUPS = [0, 1, 2, 3, 4, 5];
const directories: string[] = [];
const bytes = (text: string) => new TextEncoder().encode(text);

function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'flint-prepare-'));
  directories.push(directory);
  return directory;
}

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function prepare(
  dataDirectory: string,
  workers: number,
  who: { clusterId?: string; nodeId?: number } = {},
): Promise<PreparedDataDirectory> {
  return prepareDataDirectory({
    dataDirectory,
    clusterId: who.clusterId ?? CLUSTER,
    nodeId: who.nodeId ?? NODE,
    workers,
    logger,
  });
}

async function withStore<T>(directory: string, use: (store: NodeStore) => Promise<T>): Promise<T> {
  const store = await openNodeStore(directory, identity);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

async function withOffline<T>(directory: string, use: (database: OfflineDatabase) => Promise<T>): Promise<T> {
  const database = await OfflineDatabase.open(directory, identity);
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

/** Writes group `groupId` with content derived from its id: a log, a hard state, kv pairs and an applied index. */
async function writeGroup(store: NodeStore, groupId: number): Promise<void> {
  const group = await store.openGroup(groupId, { confState });
  const count = 3 + (groupId % 3);
  const turn = store.beginTurn();
  group.append(
    Array.from({ length: count }, (_, k) => ({
      index: k + 1,
      term: 2,
      type: EntryType.Normal,
      data: bytes(`group ${groupId} entry ${k + 1}`),
    })),
    turn,
  );
  group.setHardState({ term: 2, vote: 1 + (groupId % 3), commit: count }, turn);
  for (let k = 0; k < 3; k++) turn.putKv(groupId, bytes(`key-${k}`), bytes(`group ${groupId} value ${k}`));
  turn.setApplied(groupId, count);
  await turn.commit();
}

/** What a store serves of group `groupId`, as a comparable digest. */
async function groupContent(store: NodeStore, groupId: number): Promise<string> {
  const group = await store.openGroup(groupId);
  const hash = createHash('sha256');
  hash.update(JSON.stringify(group.initialState()));
  hash.update(`applied ${group.appliedIndex()} last ${group.lastIndex()}`);
  for (const entry of group.entries(group.firstIndex(), group.lastIndex() + 1)) {
    hash.update(`${entry.index}/${entry.term}/`).update(entry.data);
  }
  for (const [key, value] of await store.kvScan(groupId)) hash.update(key).update('=').update(value);
  return hash.digest('hex');
}

/** The content every group written by {@link writeGroup} must keep, computed once in a scratch database. */
let expectedContents: Map<number, string> | undefined;
async function expectedContent(groupId: number): Promise<string> {
  if (expectedContents === undefined) {
    const scratch = freshDirectory();
    expectedContents = await withStore(scratch, async (store) => {
      const contents = new Map<number, string>();
      for (const id of GROUPS) {
        await writeGroup(store, id);
        contents.set(id, await groupContent(store, id));
      }
      return contents;
    });
  }
  return expectedContents.get(groupId)!;
}

/** Writes `groups` into `host-(g % workers)` of `dataDirectory`, as the hosts of a first start do. */
async function writeGroupsPerHost(
  dataDirectory: string,
  workers: number,
  groups = GROUPS,
): Promise<Map<number, number[]>> {
  const byHost = new Map<number, number[]>();
  for (const groupId of groups) byHost.set(groupId % workers, [...(byHost.get(groupId % workers) ?? []), groupId]);
  for (const [host, ids] of byHost) {
    await withStore(join(dataDirectory, `host-${host}`), async (store) => {
      for (const groupId of ids) await writeGroup(store, groupId);
    });
  }
  return byHost;
}

/** A new node started with `workers` threads whose first start created {@link GROUPS} and recorded it. */
async function bootstrappedNode(workers: number): Promise<{ dataDirectory: string; layout: NodeLayout }> {
  const dataDirectory = freshDirectory();
  const prepared = await prepare(dataDirectory, workers);
  const byHost = await writeGroupsPerHost(dataDirectory, workers);
  const layout = await recordBootstrap(dataDirectory, prepared.layout, byHost);
  return { dataDirectory, layout };
}

function hostDatabases(dataDirectory: string): string[] {
  return readdirSync(dataDirectory)
    .filter((name) => name.startsWith('host-'))
    .sort();
}

/**
 * Checks the directory is laid out for `workers` threads: exactly databases host-0..W-1, each
 * stamped with the layout, each holding exactly the groups g % W === its index (or the host
 * `moved` names, for groups moved while the node ran), with their data.
 */
async function expectConformed(
  dataDirectory: string,
  workers: number,
  groups = GROUPS,
  moved: Record<number, number> = {},
): Promise<NodeLayout> {
  const hostOf = (g: number) => moved[g] ?? g % workers;
  const layout = (await readNodeLayout(dataDirectory))!;
  const names = Array.from({ length: workers }, (_, host) => `host-${host}`);
  expect(hostDatabases(dataDirectory)).toEqual(names);
  expect(readdirSync(dataDirectory).filter((name) => !name.startsWith('host-'))).toEqual([NODE_LAYOUT_FILE]);
  expect(layout.databases.map((database) => database.name)).toEqual(names);
  expect(layout.groups).toEqual(Object.fromEntries(groups.map((g) => [String(g), `host-${hostOf(g)}`])));
  for (const [host, name] of names.entries()) {
    const directory = join(dataDirectory, name);
    const stamp = await withOffline(directory, (database) => database.readStamp());
    expect(stamp).toEqual({
      incarnation: layout.incarnation,
      databaseId: layout.databases[host]!.id,
      layoutEpoch: layout.epoch,
    });
    await withStore(directory, async (store) => {
      const held = groups.filter((g) => hostOf(g) === host);
      expect(store.groupIds()).toEqual(held);
      for (const groupId of held) expect(await groupContent(store, groupId)).toBe(await expectedContent(groupId));
    });
  }
  return layout;
}

function refusedWithNothingWritten(dataDirectory: string) {
  const before = readFileSync(join(dataDirectory, NODE_LAYOUT_FILE));
  return {
    async expectRefusal(workers: number, code: string, message: string | RegExp): Promise<void> {
      const failure = prepare(dataDirectory, workers);
      await expect(failure).rejects.toMatchObject({ code });
      await expect(failure).rejects.toThrow(message);
      expect(readFileSync(join(dataDirectory, NODE_LAYOUT_FILE))).toEqual(before);
    },
  };
}

describe('a new node', () => {
  it('gets a layout: not bootstrapped, W stamped databases, epoch 1', async () => {
    const dataDirectory = join(freshDirectory(), 'not-yet-created');
    const prepared = await prepare(dataDirectory, 3);
    expect(prepared.mustBootstrap).toBe(true);
    expect(prepared.layout).toMatchObject({ clusterId: CLUSTER, nodeId: NODE, bootstrapped: false, epoch: 1 });
    expect(prepared.layout.incarnation).toMatch(/^[0-9a-f]{16}$/);
    expect(await readNodeLayout(dataDirectory)).toEqual(prepared.layout);
    expect(await expectConformed(dataDirectory, 3, [])).toEqual(prepared.layout);
  });

  it('that did not finish its first start starts over: leftover databases removed, same incarnation', async () => {
    const dataDirectory = freshDirectory();
    const first = await prepare(dataDirectory, 2);
    // The first start's hosts created groups, then the process died before recordBootstrap.
    await writeGroupsPerHost(dataDirectory, 2, [0, 1]);
    // A database of a thread count tried in between.
    await withOffline(join(dataDirectory, 'host-5'), async () => {});

    const second = await prepare(dataDirectory, 2);
    expect(second.mustBootstrap).toBe(true);
    expect(second.layout.incarnation).toBe(first.layout.incarnation);
    expect(second.layout.bootstrapped).toBe(false);
    expect(second.layout.databases.map((database) => database.id)).not.toContain(first.layout.databases[0]!.id);
    await expectConformed(dataDirectory, 2, []);
  });

  it('is no longer new once its bootstrap is recorded', async () => {
    const { dataDirectory, layout } = await bootstrappedNode(2);
    expect(layout.bootstrapped).toBe(true);
    const prepared = await prepare(dataDirectory, 2);
    expect(prepared.mustBootstrap).toBe(false);
    expect(prepared.layout.incarnation).toBe(layout.incarnation);
    expect(prepared.layout.epoch).toBe(layout.epoch + 1);
    await expectConformed(dataDirectory, 2);
  });
});

describe('a change of the number of threads', () => {
  it('moves every group to host-(g % W) with its data, retires unused databases and bumps the epoch (W 2 → 3 → 1 → 4)', async () => {
    const { dataDirectory, layout } = await bootstrappedNode(2);
    let epoch = layout.epoch;
    for (const workers of [3, 1, 4]) {
      const prepared = await prepare(dataDirectory, workers);
      expect(prepared.mustBootstrap).toBe(false);
      expect(prepared.layout.epoch).toBe(epoch + 1);
      expect(prepared.layout.incarnation).toBe(layout.incarnation);
      const conformed = await expectConformed(dataDirectory, workers);
      expect(conformed).toEqual(prepared.layout);
      epoch = prepared.layout.epoch;
    }
  });

  it('keeps the id of every database that stays', async () => {
    const { dataDirectory, layout } = await bootstrappedNode(2);
    const prepared = await prepare(dataDirectory, 3);
    expect(prepared.layout.databases.slice(0, 2)).toEqual(layout.databases);
  });
});

describe('a crash in the middle of a move', () => {
  it('before the layout recorded it: the stray copy is cleared and the group moved properly', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    // Moving to one thread: group 3 copied from host-1 into host-0, then the process died.
    await withOffline(join(dataDirectory, 'host-1'), (from) =>
      withOffline(join(dataDirectory, 'host-0'), (to) => from.copyGroupTo(to, 3)),
    );
    await prepare(dataDirectory, 1);
    await expectConformed(dataDirectory, 1);
  });

  it('before the layout recorded it, restarted with the old thread count: the stray copy is cleared', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    await withOffline(join(dataDirectory, 'host-1'), (from) =>
      withOffline(join(dataDirectory, 'host-0'), (to) => from.copyGroupTo(to, 3)),
    );
    expect(await withOffline(join(dataDirectory, 'host-0'), (database) => database.groupIds())).toContain(3);
    await prepare(dataDirectory, 2);
    await expectConformed(dataDirectory, 2);
  });

  it('after the layout recorded it but before the source was cleared: the source copy is cleared', async () => {
    const { dataDirectory, layout } = await bootstrappedNode(2);
    await withOffline(join(dataDirectory, 'host-1'), (from) =>
      withOffline(join(dataDirectory, 'host-0'), (to) => from.copyGroupTo(to, 3)),
    );
    await writeNodeLayout(dataDirectory, { ...layout, groups: { ...layout.groups, '3': 'host-0' } });
    // Still two threads (a move of a running node): group 3 stays where the layout names it.
    await prepare(dataDirectory, 2);
    await expectConformed(dataDirectory, 2, GROUPS, { 3: 0 });
    // With another thread count, every group goes to host-(g % W) again.
    await prepare(dataDirectory, 3);
    await expectConformed(dataDirectory, 3);
  });

  it('after a database for a new thread was created but before it was stamped: it is created again', async () => {
    const { dataDirectory } = await bootstrappedNode(1);
    await withOffline(join(dataDirectory, 'host-1'), async () => {});
    await prepare(dataDirectory, 2);
    await expectConformed(dataDirectory, 2);
  });

  it('after the layout retired a database but before its directory was removed: the leftover is removed', async () => {
    const { dataDirectory } = await bootstrappedNode(3);
    // The process died after the layout dropped host-2, before its directory was removed: put
    // back a copy of host-2 (still holding groups 2 and 5, which the layout places in host-0).
    const backup = join(freshDirectory(), 'host-2');
    cpSync(join(dataDirectory, 'host-2'), backup, { recursive: true });
    await prepare(dataDirectory, 1);
    cpSync(backup, join(dataDirectory, 'host-2'), { recursive: true });
    expect(hostDatabases(dataDirectory)).toEqual(['host-0', 'host-2']);
    await prepare(dataDirectory, 1);
    await expectConformed(dataDirectory, 1);
  });
});

describe('a data directory that must not be used', () => {
  it('with a database replaced by an older copy: FLINT_LAYOUT_DATABASE_STALE, nothing written', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    await prepare(dataDirectory, 2);
    const backup = join(freshDirectory(), 'host-1');
    cpSync(join(dataDirectory, 'host-1'), backup, { recursive: true });
    const current = await prepare(dataDirectory, 2);
    rmSync(join(dataDirectory, 'host-1'), { recursive: true });
    cpSync(backup, join(dataDirectory, 'host-1'), { recursive: true });

    await refusedWithNothingWritten(dataDirectory).expectRefusal(
      2,
      StorageErrorCode.DatabaseStale,
      new RegExp(`${dataDirectory}/host-1 is an older copy \\(layout epoch ${current.layout.epoch - 1}`),
    );
    const stamp = await withOffline(join(dataDirectory, 'host-0'), (database) => database.readStamp());
    expect(stamp?.layoutEpoch).toBe(current.layout.epoch);
  });

  it('with a deleted host database: FLINT_LAYOUT_DATABASE_MISSING', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    rmSync(join(dataDirectory, 'host-1'), { recursive: true });
    await refusedWithNothingWritten(dataDirectory).expectRefusal(
      2,
      StorageErrorCode.DatabaseMissing,
      `${dataDirectory}/host-1 is missing`,
    );
    expect(existsSync(join(dataDirectory, 'host-1'))).toBe(false);
  });

  it('with an emptied host database directory: FLINT_LAYOUT_DATABASE_MISSING, no empty database created in it', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    rmSync(join(dataDirectory, 'host-1'), { recursive: true });
    mkdirSync(join(dataDirectory, 'host-1'));
    await refusedWithNothingWritten(dataDirectory).expectRefusal(
      2,
      StorageErrorCode.DatabaseMissing,
      `${dataDirectory}/host-1 is missing`,
    );
    expect(readdirSync(join(dataDirectory, 'host-1'))).toEqual([]);
  });

  it('with a half-written layout file: FLINT_LAYOUT_CORRUPT', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    const path = join(dataDirectory, NODE_LAYOUT_FILE);
    writeFileSync(path, readFileSync(path).subarray(0, 150));
    await refusedWithNothingWritten(dataDirectory).expectRefusal(2, StorageErrorCode.LayoutCorrupt, path);
  });

  it('of another node or cluster: FLINT_STORAGE_IDENTITY_MISMATCH', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    const before = readFileSync(join(dataDirectory, NODE_LAYOUT_FILE));
    await expect(prepare(dataDirectory, 2, { nodeId: 2 })).rejects.toMatchObject({
      code: StorageErrorCode.IdentityMismatch,
      message: expect.stringContaining(`belongs to node ${NODE} of cluster "${CLUSTER}"`),
    });
    await expect(prepare(dataDirectory, 2, { clusterId: 'cluster-b' })).rejects.toMatchObject({
      code: StorageErrorCode.IdentityMismatch,
    });
    expect(readFileSync(join(dataDirectory, NODE_LAYOUT_FILE))).toEqual(before);
  });

  it('with host databases whose stamps outlived the layout file: FLINT_LAYOUT_MISSING', async () => {
    const { dataDirectory } = await bootstrappedNode(2);
    await prepare(dataDirectory, 2);
    rmSync(join(dataDirectory, NODE_LAYOUT_FILE));
    await expect(prepare(dataDirectory, 2)).rejects.toMatchObject({ code: StorageErrorCode.LayoutMissing });
    expect(existsSync(join(dataDirectory, NODE_LAYOUT_FILE))).toBe(false);
  });
});

describe('a FlintKV 0.1 data directory (host databases, no stamps, no layout file)', () => {
  it('is adopted where its groups are, then laid out for the threads of this start', async () => {
    const dataDirectory = freshDirectory();
    await writeGroupsPerHost(dataDirectory, 2);
    const adopted = await prepare(dataDirectory, 2);
    expect(adopted.mustBootstrap).toBe(false);
    expect(adopted.layout).toMatchObject({ bootstrapped: true, epoch: 1 });
    await expectConformed(dataDirectory, 2);

    const moved = await prepare(dataDirectory, 3);
    expect(moved.layout.incarnation).toBe(adopted.layout.incarnation);
    await expectConformed(dataDirectory, 3);
  });

  it('is adopted and moved in one start when the thread count changed too', async () => {
    const dataDirectory = freshDirectory();
    await writeGroupsPerHost(dataDirectory, 3);
    await prepare(dataDirectory, 2);
    await expectConformed(dataDirectory, 2);
  });

  it('with a group in two databases is refused FLINT_LAYOUT_GROUP_DUPLICATE, nothing written', async () => {
    const dataDirectory = freshDirectory();
    await writeGroupsPerHost(dataDirectory, 2);
    await withStore(join(dataDirectory, 'host-1'), (store) => writeGroup(store, 4));
    const failure = prepare(dataDirectory, 2);
    await expect(failure).rejects.toMatchObject({ code: StorageErrorCode.GroupDuplicate });
    await expect(failure).rejects.toThrow(
      `group 4 is held by both ${dataDirectory}/host-0 and ${dataDirectory}/host-1`,
    );
    expect(existsSync(join(dataDirectory, NODE_LAYOUT_FILE))).toBe(false);
    expect(await withOffline(join(dataDirectory, 'host-0'), (database) => database.readStamp())).toBeUndefined();
  });
});
