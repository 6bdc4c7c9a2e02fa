import { readU32, readU64, writeU32, writeU64 } from './binary.js';
import { type Database, writeSyncedBatch } from './database.js';
import { StorageError, StorageErrorCode, translateReadError } from './errors.js';
import {
  appliedIndexMetaKey,
  GROUP_PREFIX_BYTES,
  groupPrefix,
  groupUpperBound,
  kvKey,
  kvSpaceMetaKey,
  otherKvSpace,
} from './keys.js';
import type { ByteSublevelName, StagedOperation } from './turn.js';

/**
 * A whole group packed into one buffer, to move it between two databases of a running node
 * (a region changing host thread). The buffer crosses a MessagePort transferred, so the group
 * is read once and written once, never copied in between.
 *
 * Layout: `"FGT1" | u64 group id | records`, each record `u8 kind | u32 key length | key |
 * u32 value length | value`. Kinds: 1 log entry, 2 Raft state record, 3 state-machine pair
 * (the key without its space prefix: the group lands in its own space), 4 applied index (no key).
 */
const MAGIC = [0x46, 0x47, 0x54, 0x31];
const HEADER_BYTES = 12;
const RecordKind = { Log: 1, State: 2, Kv: 3, Applied: 4 } as const;

/** What a packed group holds, for the log line of a move. */
export interface GroupTransferSize {
  records: number;
  bytes: number;
}

/**
 * Reads every record of group `groupId` from `snapshot` (taken after the group's last batch)
 * and packs it; `space` is the `kv` space the group's data lives in.
 */
export async function packGroup(
  database: Database,
  groupId: number,
  space: number,
): Promise<{ buffer: ArrayBuffer; size: GroupTransferSize }> {
  const chunks: Uint8Array[] = [];
  let total = HEADER_BYTES;
  let records = 0;
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  writeU64(header, 4, groupId);
  chunks.push(header);
  const add = (kind: number, key: Uint8Array, value: Uint8Array) => {
    const record = new Uint8Array(9 + key.byteLength + value.byteLength);
    record[0] = kind;
    writeU32(record, 1, key.byteLength);
    record.set(key, 5);
    writeU32(record, 5 + key.byteLength, value.byteLength);
    record.set(value, 9 + key.byteLength);
    chunks.push(record);
    total += record.byteLength;
    records++;
  };
  const range = { gte: groupPrefix(groupId), lt: groupUpperBound(groupId) };
  try {
    for await (const [key, value] of database.raftLog.iterator(range)) add(RecordKind.Log, key, value);
    for await (const [key, value] of database.raftState.iterator(range)) add(RecordKind.State, key, value);
    for await (const [key, value] of database.kv.iterator({ gte: groupPrefix(space), lt: groupUpperBound(space) })) {
      add(RecordKind.Kv, key.subarray(GROUP_PREFIX_BYTES), value);
    }
    const applied = await database.meta.get(appliedIndexMetaKey(groupId));
    if (applied !== undefined) add(RecordKind.Applied, new Uint8Array(0), applied);
  } catch (error) {
    throw translateReadError(error, `group ${groupId} of ${database.directory}`);
  }
  const packed = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    packed.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { buffer: packed.buffer, size: { records, bytes: total } };
}

/** The group id a packed group carries. */
export function packedGroupId(buffer: ArrayBuffer): number {
  const bytes = new Uint8Array(buffer);
  checkHeader(bytes);
  return readU64(bytes, 4);
}

/**
 * The writes that recreate a packed group, in its own `kv` space: one synced batch of them
 * makes the group whole, or (a crash before it) absent.
 */
export function unpackGroup(buffer: ArrayBuffer): { groupId: number; operations: StagedOperation[] } {
  const bytes = new Uint8Array(buffer);
  checkHeader(bytes);
  const groupId = readU64(bytes, 4);
  const operations: StagedOperation[] = [];
  let offset = HEADER_BYTES;
  while (offset < bytes.byteLength) {
    if (offset + 9 > bytes.byteLength) throw corrupt(groupId, offset);
    const kind = bytes[offset]!;
    const keyLength = readU32(bytes, offset + 1);
    const key = bytes.subarray(offset + 5, offset + 5 + keyLength);
    const valueAt = offset + 5 + keyLength;
    if (valueAt + 4 > bytes.byteLength) throw corrupt(groupId, offset);
    const valueLength = readU32(bytes, valueAt);
    const value = bytes.subarray(valueAt + 4, valueAt + 4 + valueLength);
    if (valueAt + 4 + valueLength > bytes.byteLength) throw corrupt(groupId, offset);
    offset = valueAt + 4 + valueLength;
    switch (kind) {
      case RecordKind.Log:
        operations.push({ type: 'put', sublevel: 'raftLog', key, value });
        break;
      case RecordKind.State:
        operations.push({ type: 'put', sublevel: 'raftState', key, value });
        break;
      case RecordKind.Kv:
        operations.push({ type: 'put', sublevel: 'kv', key: kvKey(groupId, key), value });
        break;
      case RecordKind.Applied:
        operations.push({ type: 'put', sublevel: 'meta', key: appliedIndexMetaKey(groupId), value });
        break;
      default:
        throw corrupt(groupId, offset);
    }
  }
  return { groupId, operations };
}

function checkHeader(bytes: Uint8Array): void {
  if (bytes.byteLength < HEADER_BYTES || MAGIC.some((byte, index) => bytes[index] !== byte)) {
    throw new StorageError(StorageErrorCode.InvalidArgument, 'not a packed group (bad header)');
  }
}

function corrupt(groupId: number, offset: number): StorageError {
  return new StorageError(StorageErrorCode.InvalidArgument, `packed group ${groupId} is cut short at byte ${offset}`);
}

/** Never written: a synced delete of it makes the deletes before it durable (a range clear is not synced). */
const META_SYNC_BARRIER = 'storage/sync-barrier';

/** How {@link clearGroupRecords} deletes: a running store's own write chain, or LevelDB directly offline. */
export interface RecordEraser {
  /** Deletes every key of `sublevel` in `range`. */
  clearRange(sublevel: ByteSublevelName, range: { gte: Uint8Array; lt: Uint8Array }): Promise<void>;
  /** Writes `operations` in one synced batch. */
  write(operations: readonly StagedOperation[]): Promise<void>;
}

/** Deletes straight through LevelDB: for a database nothing else writes to (`offline-database.ts`). */
export function directEraser(database: Database): RecordEraser {
  return {
    clearRange: (sublevel, range) => database[sublevel].clear(range),
    write: (operations) => writeSyncedBatch(database, operations),
  };
}

/**
 * Removes every record of `groupId`, Raft state first, so a crash midway leaves no group that
 * looks whole (a group is present where its Raft state is).
 */
export async function clearGroupRecords(eraser: RecordEraser, groupId: number): Promise<void> {
  const range = { gte: groupPrefix(groupId), lt: groupUpperBound(groupId) };
  await eraser.clearRange('raftState', range);
  await eraser.write([{ type: 'del', sublevel: 'meta', key: appliedIndexMetaKey(groupId) }]);
  await eraser.clearRange('kv', range);
  const spare = otherKvSpace(groupId, groupId);
  await eraser.clearRange('kv', { gte: groupPrefix(spare), lt: groupUpperBound(spare) });
  await eraser.write([{ type: 'del', sublevel: 'meta', key: kvSpaceMetaKey(groupId) }]);
  await eraser.clearRange('raftLog', range);
  await eraser.write([{ type: 'del', sublevel: 'meta', key: META_SYNC_BARRIER }]);
}
