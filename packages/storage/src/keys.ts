import { readU64, writeU64 } from './binary.js';

/**
 * Key layout. Every per-group key starts with the group id as u64 big-endian, so one group's
 * records are one contiguous key range and groups sharing a database never interleave
 * (docs/architecture.md#storage-keys). Within `raft_log` the group id is followed by the entry
 * index, also u64 big-endian, so key order is log order.
 */

export const GROUP_PREFIX_BYTES = 8;
const LOG_KEY_BYTES = 16;

/** Which record of a group a `raft_state` key names. */
export const StateRecord = {
  HardState: 1,
  ConfState: 2,
  /** Index and term of the last entry removed from the log (by compaction or a snapshot). */
  LogStart: 3,
} as const;
export type StateRecord = (typeof StateRecord)[keyof typeof StateRecord];

export function groupPrefix(groupId: number): Uint8Array {
  const key = new Uint8Array(GROUP_PREFIX_BYTES);
  writeU64(key, 0, groupId);
  return key;
}

/** The first key after every key of `groupId`: the next group's prefix. */
export function groupUpperBound(groupId: number): Uint8Array {
  return groupPrefix(groupId + 1);
}

export function groupOfKey(key: Uint8Array): number {
  return readU64(key, 0);
}

export function logKey(groupId: number, index: number): Uint8Array {
  const key = new Uint8Array(LOG_KEY_BYTES);
  writeU64(key, 0, groupId);
  writeU64(key, GROUP_PREFIX_BYTES, index);
  return key;
}

export function indexOfLogKey(key: Uint8Array): number {
  if (key.byteLength !== LOG_KEY_BYTES) throw new RangeError(`log key of ${key.byteLength} bytes`);
  return readU64(key, GROUP_PREFIX_BYTES);
}

export function stateKey(groupId: number, record: StateRecord): Uint8Array {
  const key = new Uint8Array(GROUP_PREFIX_BYTES + 1);
  writeU64(key, 0, groupId);
  key[GROUP_PREFIX_BYTES] = record;
  return key;
}

/** The `kv` key of a user key: the space's prefix (see {@link SPARE_KV_SPACE_OFFSET}), then the user key bytes unchanged. */
export function kvKey(space: number, userKey: Uint8Array): Uint8Array {
  const key = new Uint8Array(GROUP_PREFIX_BYTES + userKey.byteLength);
  writeU64(key, 0, space);
  key.set(userKey, GROUP_PREFIX_BYTES);
  return key;
}

export function userKeyOfKvKey(key: Uint8Array): Uint8Array {
  return key.slice(GROUP_PREFIX_BYTES);
}

/** `meta` keys under this prefix belong to the storage layer itself; callers may not write them. */
export const RESERVED_META_PREFIX = 'storage/';
export const META_FORMAT_VERSION = 'storage/format-version';
export const META_CLUSTER_ID = 'storage/cluster-id';
export const META_NODE_ID = 'storage/node-id';

export function appliedIndexMetaKey(groupId: number): string {
  return `storage/applied/${groupId}`;
}

/**
 * A group's state-machine data lives in one of two `kv` key spaces: the group's own id, or its
 * id plus this offset (far above any group id). A snapshot is received into the space not in
 * use, and installing it switches spaces with one small record, atomically with the Raft state.
 */
export const SPARE_KV_SPACE_OFFSET = 2 ** 40;

/** The `meta` record naming a group's current `kv` space (absent: the group's own id). */
export const KV_SPACE_META_PREFIX = 'storage/kv-space/';

export function kvSpaceMetaKey(groupId: number): string {
  return `${KV_SPACE_META_PREFIX}${groupId}`;
}

/** The space of `groupId` that is not `space`. */
export function otherKvSpace(groupId: number, space: number): number {
  return space === groupId ? groupId + SPARE_KV_SPACE_OFFSET : groupId;
}
