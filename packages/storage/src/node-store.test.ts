import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, type Entry, EntryType } from '@flintkv/proto';
import { ClassicLevel } from 'classic-level';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageErrorCode } from './errors.js';
import { META_FORMAT_VERSION } from './keys.js';
import { type NodeStore, openNodeStore, STORAGE_FORMAT_VERSION } from './node-store.js';
import { encodeU64 } from './records.js';
import { decodeSnapshotChunk } from './snapshot-data.js';
import { receiveSnapshotOf } from './test-support/snapshot-transfer.js';

const identity = { clusterId: 'cluster-a', nodeId: 1 };
const directories: string[] = [];
const stores: NodeStore[] = [];
const confState: ConfState = { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | null | undefined) =>
  value === undefined || value === null ? value : new TextDecoder().decode(value);

function entriesOf(first: number, count: number, term: number): Entry[] {
  return Array.from({ length: count }, (_, k) => ({
    index: first + k,
    term,
    type: EntryType.Normal,
    data: Uint8Array.of(first + k),
  }));
}

function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'flint-node-store-'));
  directories.push(directory);
  return directory;
}

async function open(directory: string, who = identity): Promise<NodeStore> {
  const store = await openNodeStore(directory, who);
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('openNodeStore refuses a data directory it must not use', () => {
  it('reopens a directory written with the same identity', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    const store = await open(directory);
    expect(store.groupIds()).toEqual([]);
  });

  it('refuses another cluster id, naming both', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    const failure = openNodeStore(directory, { clusterId: 'cluster-b', nodeId: 1 });
    await expect(failure).rejects.toMatchObject({ code: StorageErrorCode.IdentityMismatch });
    await expect(failure).rejects.toThrow(/cluster-a.*cluster-b/);
  });

  it('refuses another node id, naming both', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    const failure = openNodeStore(directory, { clusterId: 'cluster-a', nodeId: 7 });
    await expect(failure).rejects.toMatchObject({ code: StorageErrorCode.IdentityMismatch });
    await expect(failure).rejects.toThrow(/node 1.*node 7/);
  });

  it('refuses a newer format version, naming both', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    const raw = new ClassicLevel<string, Uint8Array>(directory, { valueEncoding: 'view' });
    await raw.sublevel<string, Uint8Array>('meta', { valueEncoding: 'view' }).put(META_FORMAT_VERSION, encodeU64(9));
    await raw.close();
    const failure = openNodeStore(directory, identity);
    await expect(failure).rejects.toMatchObject({ code: StorageErrorCode.FormatTooNew });
    await expect(failure).rejects.toThrow(new RegExp(`version 9.*version ${STORAGE_FORMAT_VERSION}`));
  });

  it('refuses a directory another handle holds', async () => {
    const directory = freshDirectory();
    await open(directory);
    await expect(openNodeStore(directory, identity)).rejects.toMatchObject({ code: StorageErrorCode.Locked });
  });

  it('refuses a garbage CURRENT file instead of starting empty', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    writeFileSync(join(directory, 'CURRENT'), 'not-a-manifest\n');
    await expect(openNodeStore(directory, identity)).rejects.toMatchObject({ code: StorageErrorCode.Corrupt });
  });

  it('refuses a garbage manifest', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    const manifest = readdirSync(directory).find((file) => file.startsWith('MANIFEST-'))!;
    writeFileSync(join(directory, manifest), Buffer.alloc(200, 7));
    await expect(openNodeStore(directory, identity)).rejects.toMatchObject({ code: StorageErrorCode.Corrupt });
  });

  it('refuses database files without CURRENT instead of starting empty', async () => {
    const directory = freshDirectory();
    await (await open(directory)).close();
    rmSync(join(directory, 'CURRENT'));
    await expect(openNodeStore(directory, identity)).rejects.toMatchObject({ code: StorageErrorCode.Corrupt });
  });

  it('refuses a LevelDB database that was not written by FlintKV', async () => {
    const directory = freshDirectory();
    const raw = new ClassicLevel(directory);
    await raw.put('someone', 'else');
    await raw.close();
    await expect(openNodeStore(directory, identity)).rejects.toMatchObject({ code: StorageErrorCode.Corrupt });
  });
});

describe('turns', () => {
  it('commit meta records atomically and durably', async () => {
    const directory = freshDirectory();
    const store = await open(directory);
    const turn = store.beginTurn();
    turn.putMeta('region/1', new Uint8Array([1]));
    turn.putMeta('region/2', new Uint8Array([2]));
    expect(turn.size).toBe(2);
    await turn.commit();
    await store.close();
    const reopened = await open(directory);
    expect(await reopened.metaGet('region/1')).toEqual(new Uint8Array([1]));
    expect(await reopened.metaGet('region/2')).toEqual(new Uint8Array([2]));
  });

  it('refuse writes to the storage layer’s own meta keys', async () => {
    const store = await open(freshDirectory());
    expect(() => store.beginTurn().putMeta('storage/node-id', new Uint8Array(8))).toThrow(
      expect.objectContaining({ code: StorageErrorCode.InvalidArgument }),
    );
  });

  it('commit only once', async () => {
    const store = await open(freshDirectory());
    const turn = store.beginTurn();
    await turn.commit();
    await expect(turn.commit()).rejects.toMatchObject({ code: StorageErrorCode.InvalidArgument });
  });

  it('make the store refuse all work after a failed commit', async () => {
    const store = await open(freshDirectory());
    const group = await store.openGroup(1, {
      confState: { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
    });
    const turn = store.beginTurn();
    group.append([{ index: 1, term: 1, type: 0, data: new Uint8Array(1) }], turn);
    // A meta value LevelDB cannot encode makes the batch fail like a full disk would.
    turn.stage({ type: 'put', sublevel: 'meta', key: 'bad', value: null as unknown as Uint8Array });
    await expect(turn.commit()).rejects.toMatchObject({ code: StorageErrorCode.Failed });
    expect(store.failed).toBe(true);
    expect(() => store.beginTurn()).toThrow(expect.objectContaining({ code: StorageErrorCode.Failed }));
    expect(() => group.term(1)).toThrow(expect.objectContaining({ code: StorageErrorCode.Failed }));
    await expect(store.kvGet(1, new Uint8Array([1]))).rejects.toMatchObject({ code: StorageErrorCode.Failed });
  });
});

describe('turn urgency', () => {
  it('is deferrable while a turn holds only state-machine writes and applied indexes, and stays before-send once Raft needs a write durable', async () => {
    const store = await open(freshDirectory());
    const group = await store.openGroup(1, { confState });
    const empty = store.beginTurn();
    expect(empty.urgency).toBe('deferrable');
    const turn = store.beginTurn();
    turn.putKv(1, bytes('a'), bytes('1'));
    turn.deleteKv(1, bytes('b'));
    turn.setApplied(1, 3);
    expect(turn.urgency).toBe('deferrable');
    group.append(entriesOf(1, 3, 1), turn);
    expect(turn.urgency).toBe('before-send');
    // A later deferrable write does not lower the urgency of what is already staged.
    turn.putKv(1, bytes('c'), bytes('3'));
    expect(turn.urgency).toBe('before-send');
    await turn.commit();
  });

  it('of a hard state is deferrable only when term and vote stay (Raft promises nothing on a commit index)', async () => {
    const store = await open(freshDirectory());
    const group = await store.openGroup(1, { confState });
    const urgencyOf = async (stage: (turn: ReturnType<NodeStore['beginTurn']>) => void) => {
      const turn = store.beginTurn();
      stage(turn);
      const urgency = turn.urgency;
      await turn.commit();
      return urgency;
    };
    expect(
      await urgencyOf((turn) => {
        group.append(entriesOf(1, 4, 1), turn);
        group.setHardState({ term: 1, vote: 1, commit: 0 }, turn);
      }),
    ).toBe('before-send');
    expect(await urgencyOf((turn) => group.setHardState({ term: 1, vote: 1, commit: 2 }, turn))).toBe('deferrable');
    expect(await urgencyOf((turn) => group.setHardState({ term: 1, vote: 1, commit: 4 }, turn))).toBe('deferrable');
    expect(await urgencyOf((turn) => group.setHardState({ term: 2, vote: 1, commit: 4 }, turn))).toBe('before-send');
    expect(await urgencyOf((turn) => group.setHardState({ term: 2, vote: 3, commit: 4 }, turn))).toBe('before-send');
    // Compared with the hard state staged last, not the one on disk at open.
    expect(await urgencyOf((turn) => group.setHardState({ term: 2, vote: 3, commit: 4 }, turn))).toBe('deferrable');
    expect(await urgencyOf((turn) => group.setConfState({ ...confState, voters: [1, 2] }, turn))).toBe('before-send');
    expect(await urgencyOf((turn) => group.compact(3, turn))).toBe('before-send');
    const snapshot = await receiveSnapshotOf(group, { index: 9, term: 2, confState });
    expect(await urgencyOf((turn) => group.applySnapshot(snapshot, turn))).toBe('before-send');
    const directory = store.directory;
    await store.close();
    const reopened = await (await open(directory)).openGroup(1);
    expect(reopened.initialState().hardState).toEqual({ term: 2, vote: 3, commit: 4 });
  });

  it('does not keep a committed deferrable turn from writing its data', async () => {
    const directory = freshDirectory();
    const store = await open(directory);
    const group = await store.openGroup(1, { confState });
    let turn = store.beginTurn();
    group.append(entriesOf(1, 2, 1), turn);
    group.setHardState({ term: 1, vote: 1, commit: 0 }, turn);
    await turn.commit();
    turn = store.beginTurn();
    group.setHardState({ term: 1, vote: 1, commit: 2 }, turn);
    turn.putKv(1, bytes('k'), bytes('v'));
    turn.setApplied(1, 2);
    expect(turn.urgency).toBe('deferrable');
    await turn.commit();
    expect(text(await store.kvGet(1, bytes('k')))).toBe('v');
    expect(group.appliedIndex()).toBe(2);
    await store.close();
    const reopened = await open(directory);
    const again = await reopened.openGroup(1);
    expect(text(await reopened.kvGet(1, bytes('k')))).toBe('v');
    expect(again.appliedIndex()).toBe(2);
    expect(again.initialState().hardState).toEqual({ term: 1, vote: 1, commit: 2 });
  });
});

describe('Turn.stagedKv', () => {
  it('returns a staged put, null for a staged delete, undefined for a key the turn does not touch', async () => {
    const store = await open(freshDirectory());
    const turn = store.beginTurn();
    turn.putKv(1, bytes('a'), bytes('1'));
    turn.putKv(1, bytes('b'), bytes('2'));
    turn.deleteKv(1, bytes('b'));
    turn.putKv(2, bytes('other'), bytes('x'));
    // Built on this first call, from everything staged so far.
    expect(text(turn.stagedKv(1, bytes('a')))).toBe('1');
    expect(turn.stagedKv(1, bytes('b'))).toBeNull();
    expect(turn.stagedKv(1, bytes('ab'))).toBeUndefined();
    expect(turn.stagedKv(1, bytes('other'))).toBeUndefined();
    expect(text(turn.stagedKv(2, bytes('other')))).toBe('x');
    // A view into a larger buffer names the same key.
    expect(text(turn.stagedKv(1, Uint8Array.of(0, ...bytes('a')).subarray(1)))).toBe('1');
    // Writes staged after the first call show in later calls.
    turn.deleteKv(1, bytes('a'));
    turn.putKv(1, bytes('b'), bytes('3'));
    turn.putKv(1, bytes('c'), bytes('4'));
    expect(turn.stagedKv(1, bytes('a'))).toBeNull();
    expect(text(turn.stagedKv(1, bytes('b')))).toBe('3');
    expect(text(turn.stagedKv(1, bytes('c')))).toBe('4');
    turn.putKv(1, bytes('a'), bytes('5'));
    expect(text(turn.stagedKv(1, bytes('a')))).toBe('5');
    // Not on disk until the turn commits.
    expect(await store.kvGet(1, bytes('a'))).toBeUndefined();
    await turn.commit();
    expect(text(await store.kvGet(1, bytes('a')))).toBe('5');
    expect(await store.kvGet(1, bytes('b'))).toEqual(bytes('3'));
  });

  it('after a snapshot install, shows no write of the group staged before it, and later puts', async () => {
    for (const indexBuiltFirst of [true, false]) {
      const store = await open(freshDirectory());
      const group = await store.openGroup(1, { confState });
      const earlier = store.beginTurn();
      earlier.putKv(1, bytes('on disk'), bytes('cleared'));
      await earlier.commit();
      const turn = store.beginTurn();
      turn.putKv(1, bytes('old'), bytes('dropped'));
      turn.putKv(2, bytes('old'), bytes('neighbour'));
      if (indexBuiltFirst) expect(text(turn.stagedKv(1, bytes('old')))).toBe('dropped');
      const snapshot = await receiveSnapshotOf(group, { index: 5, term: 1, confState }, [
        [bytes('s'), bytes('from snapshot')],
      ]);
      group.applySnapshot(snapshot, turn);
      // What a turn's reads see: its staged value, else the database (now the snapshot's data).
      const read = async (groupId: number, key: string) =>
        turn.stagedKv(groupId, bytes(key)) ?? (await store.kvGet(groupId, bytes(key))) ?? null;
      expect(await read(1, 'old')).toBeNull();
      expect(await read(1, 'on disk')).toBeNull();
      expect(await read(1, 'never written')).toBeNull();
      expect(text(await read(1, 's'))).toBe('from snapshot');
      expect(text(turn.stagedKv(2, bytes('old')))).toBe('neighbour');
      expect(turn.stagedKv(2, bytes('untouched'))).toBeUndefined();
      turn.putKv(1, bytes('old'), bytes('again'));
      expect(text(turn.stagedKv(1, bytes('old')))).toBe('again');
      await turn.commit();
      expect((await store.kvScan(1)).map(([key, value]) => `${text(key)}=${text(value)}`)).toEqual([
        'old=again',
        's=from snapshot',
      ]);
    }
  });
});

describe('kvPairs', () => {
  it("reads every pair of one group's data, large values included, from the view taken when it is called", async () => {
    const store = await open(freshDirectory());
    await store.openGroup(1, { confState });
    let turn = store.beginTurn();
    const value = new Uint8Array(20 * 1024).fill(3);
    for (let index = 0; index < 30; index++) turn.putKv(1, bytes(`k${String(index).padStart(2, '0')}`), value);
    turn.putKv(2, bytes('neighbour'), bytes('not this group'));
    await turn.commit();

    const pairs = store.kvPairs(1);
    // Written after the call: not in what it reads.
    turn = store.beginTurn();
    turn.putKv(1, bytes('late'), bytes('x'));
    await turn.commit();
    const keys: string[] = [];
    let valueBytes = 0;
    for await (const [key, read] of pairs) {
      keys.push(text(key) ?? '');
      valueBytes += read.byteLength;
    }
    expect(keys).toEqual(Array.from({ length: 30 }, (_, index) => `k${String(index).padStart(2, '0')}`));
    expect(valueBytes).toBe(30 * value.byteLength);
  });
});

describe('kvExport', () => {
  it("reads one group's pairs in chunks from the view taken when it is called", async () => {
    const store = await open(freshDirectory());
    await store.openGroup(1, { confState });
    let turn = store.beginTurn();
    const value = new Uint8Array(20 * 1024).fill(5);
    for (let index = 0; index < 30; index++) turn.putKv(1, bytes(`k${String(index).padStart(2, '0')}`), value);
    turn.putKv(2, bytes('neighbour'), bytes('not this group'));
    await turn.commit();

    const stream = store.kvExport(1, 64 * 1024);
    // Written after the call: not in what it reads.
    turn = store.beginTurn();
    turn.putKv(1, bytes('late'), bytes('x'));
    await turn.commit();
    const keys: string[] = [];
    let chunks = 0;
    for (let chunk = await stream.next(); chunk !== undefined; chunk = await stream.next()) {
      chunks++;
      expect(chunk.byteLength).toBeLessThan(64 * 1024 + value.byteLength + 64);
      for (const [key] of decodeSnapshotChunk(chunk)) keys.push(text(key) ?? '');
    }
    await stream.close();
    expect(keys).toEqual(Array.from({ length: 30 }, (_, index) => `k${String(index).padStart(2, '0')}`));
    expect(chunks).toBeGreaterThan(5);
  });
});
