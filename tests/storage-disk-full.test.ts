/**
 * The node store on a disk that fills up (issue 17), on a small real filesystem: a tmpfs the
 * test mounts and fills. LevelDB (classic-level 3, LevelDB 1.20) acknowledges writes made
 * after a failed one on the same handle, and loses them at the next open: the failed write
 * leaves a torn record in the write-ahead log that later records follow. So the store must
 * issue no write after one failed — a turn's batch, a snapshot chunk or a range clear — and a
 * full disk must read as FLINT_DISK_FULL, at a write and at an open, never as corruption.
 *
 * Needs root to mount the tmpfs; skipped, saying so, where mounting is not permitted.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, type Entry, EntryType } from '@flintkv/proto';
import { type NodeStore, openNodeStore, StorageErrorCode } from '@flintkv/storage';
import { receiveSnapshotOf } from '@flintkv/storage/testing';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fillDisk, freeDisk, mountTmpfs, tmpfsUnavailable, unmountTmpfs } from './helpers/tmpfs.js';

const unavailable = tmpfsUnavailable();
const skipped = unavailable === undefined ? '' : ` — skipped: ${unavailable}`;
const identity = { clusterId: 'disk-full', nodeId: 1 };
const confState: ConfState = { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
const root = mkdtempSync(join(tmpdir(), 'flint-storage-disk-full-'));
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) => (value === undefined ? undefined : new TextDecoder().decode(value));
let mounted: string | undefined;
const open: NodeStore[] = [];

afterEach(async () => {
  try {
    for (const store of open.splice(0)) await store.close().catch(() => undefined);
  } finally {
    if (mounted !== undefined) unmountTmpfs(mounted);
    mounted = undefined;
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh tmpfs of `sizeBytes` and a store in it with group 1, holding `before` = 1 at index 1. */
async function storeOnSmallDisk(name: string, sizeBytes: number): Promise<{ disk: string; store: NodeStore }> {
  const disk = join(root, name);
  mounted = disk;
  mountTmpfs(disk, sizeBytes);
  const store = await openStore(disk);
  const group = await store.openGroup(1, { confState });
  const turn = store.beginTurn();
  group.append([entry(1)], turn);
  turn.putKv(1, bytes('before'), bytes('1'));
  turn.setApplied(1, 1);
  await turn.commit();
  return { disk, store };
}

async function openStore(disk: string): Promise<NodeStore> {
  const store = await openNodeStore(join(disk, 'host-0'), identity);
  open.push(store);
  return store;
}

function entry(index: number, size = 16): Entry {
  return { index, term: 1, type: EntryType.Normal, data: new Uint8Array(size).fill(index % 251) };
}

describe('a node store whose disk fills up', () => {
  it.skipIf(unavailable !== undefined)(
    `fails the turn with FLINT_DISK_FULL, refuses all later work, cannot be reopened while full (FLINT_DISK_FULL, not corruption), and reopens whole once space returns${skipped}`,
    async () => {
      const { disk, store } = await storeOnSmallDisk('turn', 8 * 1024 * 1024);
      const group = await store.openGroup(1);
      await fillDisk(disk);
      // Entries big enough that the batch cannot fit in what the last page of the log file has left.
      const turn = store.beginTurn();
      group.append([entry(2, 256 * 1024)], turn);
      turn.putKv(1, bytes('after'), bytes('2'));
      await expect(turn.commit()).rejects.toMatchObject({ code: StorageErrorCode.DiskFull });
      expect(store.failed).toBe(true);
      expect(() => store.beginTurn()).toThrow(expect.objectContaining({ code: StorageErrorCode.DiskFull }));
      await expect(store.kvGet(1, bytes('before'))).rejects.toMatchObject({ code: StorageErrorCode.DiskFull });
      await store.close();

      const refusal = await openStore(disk).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: StorageErrorCode.DiskFull });
      expect((refusal as Error).message).toMatch(/disk is full.*free space/);

      await freeDisk(disk);
      const reopened = await openStore(disk);
      expect(text(await reopened.kvGet(1, bytes('before')))).toBe('1');
      // The failed batch is atomic: all of it or none came back (LevelDB may have written it whole).
      const again = await reopened.openGroup(1);
      const lastIndex = again.lastIndex();
      expect(text(await reopened.kvGet(1, bytes('after')))).toBe(lastIndex === 2 ? '2' : undefined);
      const next = reopened.beginTurn();
      again.append([entry(lastIndex + 1)], next);
      next.putKv(1, bytes('later'), bytes('3'));
      await next.commit();
      await reopened.close();
      const last = await openStore(disk);
      expect(text(await last.kvGet(1, bytes('later')))).toBe('3');
      expect((await last.openGroup(1)).lastIndex()).toBe(lastIndex + 1);
    },
  );

  it.skipIf(unavailable !== undefined)(
    `stops all writes after a snapshot chunk fails for want of space: a turn written after it would be acknowledged by LevelDB and lost at the next open${skipped}`,
    async () => {
      const { disk, store } = await storeOnSmallDisk('chunk', 8 * 1024 * 1024);
      const receiving = await store.openGroup(2);
      await fillDisk(disk);
      const big = new Uint8Array(1024 * 1024).fill(7);
      await expect(
        receiveSnapshotOf(receiving, { index: 9, term: 2, confState }, [[bytes('big'), big]]),
      ).rejects.toMatchObject({ code: StorageErrorCode.DiskFull });
      // Space is back, but this handle's log may end in a torn record: no turn may follow it.
      await freeDisk(disk);
      expect(store.failed).toBe(true);
      expect(() => store.beginTurn()).toThrow(expect.objectContaining({ code: StorageErrorCode.DiskFull }));
      await store.close();

      const reopened = await openStore(disk);
      expect(text(await reopened.kvGet(1, bytes('before')))).toBe('1');
      const group = await reopened.openGroup(1);
      const turn = reopened.beginTurn();
      group.append([entry(2)], turn);
      turn.putKv(1, bytes('after'), bytes('2'));
      await turn.commit();
      await reopened.close();
      const last = await openStore(disk);
      expect(text(await last.kvGet(1, bytes('after')))).toBe('2');
    },
  );
});
