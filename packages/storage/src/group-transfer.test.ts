import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, EntryType } from '@flintkv/proto';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageErrorCode } from './errors.js';
import { packedGroupId } from './group-transfer.js';
import { type NodeStore, openNodeStore } from './node-store.js';

const identity = { clusterId: 'cluster-a', nodeId: 1 };
const confState: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) => (value === undefined ? undefined : new TextDecoder().decode(value));
const directories: string[] = [];
const stores: NodeStore[] = [];

async function freshStore(): Promise<NodeStore> {
  const directory = mkdtempSync(join(tmpdir(), 'flint-group-transfer-'));
  directories.push(directory);
  const store = await openNodeStore(directory, identity);
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A group with a log, a hard state, data and an applied index, as a region has. */
async function writeGroup(store: NodeStore, groupId: number): Promise<void> {
  const group = await store.openGroup(groupId, { confState });
  const turn = store.beginTurn();
  group.append(
    [1, 2, 3].map((index) => ({ index, term: 2, type: EntryType.Normal, data: Uint8Array.of(index) })),
    turn,
  );
  group.setHardState({ term: 2, vote: 1, commit: 3 }, turn);
  turn.putKv(groupId, bytes('a'), bytes('1'));
  turn.putKv(groupId, bytes('b'), bytes('2'));
  turn.setApplied(groupId, 3);
  await turn.commit();
}

describe('moving a group between two databases of a running node', () => {
  it('recreates the log, the Raft state, the data and the applied index', async () => {
    const from = await freshStore();
    const to = await freshStore();
    await writeGroup(from, 7);
    await writeGroup(from, 8);
    const { buffer, size } = await from.packGroup(7);
    expect(packedGroupId(buffer)).toBe(7);
    expect(size.records).toBeGreaterThanOrEqual(7);

    expect(await to.importGroup(buffer)).toBe(7);
    expect(to.groupIds()).toEqual([7]);
    const moved = await to.openGroup(7);
    expect(moved.initialState().hardState).toEqual({ term: 2, vote: 1, commit: 3 });
    expect(moved.initialState().confState.voters).toEqual([1, 2, 3]);
    expect([moved.firstIndex(), moved.lastIndex()]).toEqual([1, 3]);
    expect(moved.entries(1, 4).map((entry) => entry.data[0])).toEqual([1, 2, 3]);
    expect(moved.appliedIndex()).toBe(3);
    expect(text(await to.kvGet(7, bytes('b')))).toBe('2');

    await from.removeGroup(7);
    expect(from.groupIds()).toEqual([8]);
    expect(await from.kvGet(7, bytes('a'))).toBeUndefined();
    expect(text(await from.kvGet(8, bytes('a')))).toBe('1');
  });

  it('refuses a group that exists in the target, and a buffer that is not a packed group', async () => {
    const from = await freshStore();
    const to = await freshStore();
    await writeGroup(from, 7);
    await writeGroup(to, 7);
    const { buffer } = await from.packGroup(7);
    await expect(to.importGroup(buffer)).rejects.toMatchObject({ code: StorageErrorCode.InvalidArgument });
    await expect(to.importGroup(new Uint8Array(16).buffer)).rejects.toThrow(/not a packed group/);
    const cut = buffer.slice(0, buffer.byteLength - 3);
    const other = await freshStore();
    await expect(other.importGroup(cut)).rejects.toThrow(/cut short/);
    expect(other.groupIds()).toEqual([]);
  });

  it('refuses to pack a group the database does not hold', async () => {
    const store = await freshStore();
    await expect(store.packGroup(3)).rejects.toThrow(/group 3 is not in this database/);
  });
});
