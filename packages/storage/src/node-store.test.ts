import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageErrorCode } from './errors.js';
import { META_FORMAT_VERSION } from './keys.js';
import { type NodeStore, openNodeStore, STORAGE_FORMAT_VERSION } from './node-store.js';
import { encodeU64 } from './records.js';

const identity = { clusterId: 'cluster-a', nodeId: 1 };
const directories: string[] = [];
const stores: NodeStore[] = [];

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
