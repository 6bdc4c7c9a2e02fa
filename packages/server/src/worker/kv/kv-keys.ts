import { compareBytes } from '@flintkv/proto';

/**
 * How a region's state machine lays out its data inside the group's `kv` space. User keys
 * and the state machine's own records (client sessions, the replicated clock) share one
 * keyspace so that a region snapshot — which copies the group's whole `kv` space — carries
 * both, and a follower that installs it dedupes retries exactly as the leader does.
 *
 * - `0x01 ‖ userKey` — user data; order on disk is the user keys' order.
 * - `0x00 0x04 ‖ u16 length ‖ clientId ‖ u64 sequence` — the result of one client write.
 * - `0x00 0x00` — the state machine's clock (largest proposer time applied so far).
 * - `0x00 0x02` — the region descriptor (`region-descriptor-record.ts`).
 * - `0x00 0x03` — the placement state, meta group only (`meta-state-machine.ts`).
 * - `0x00 0x05` — the region's merge: frozen for it (`region-merge.ts`), when present.
 * - `0x00 0x06` — the ids of the regions this region's range absorbed by merges, ever (`region-merge.ts`).
 *
 * Tag `0x00 0x01` held a whole packed session per client (before 2026-11-25); it is not read.
 */

const USER_PREFIX = 0x01;
const INTERNAL_PREFIX = 0x00;
const SESSION_RESULT_TAG = 0x04;
const CLOCK_TAG = 0x00;

/** The stored form of a user key. */
export function userDataKey(userKey: Uint8Array): Uint8Array {
  const stored = new Uint8Array(userKey.length + 1);
  stored[0] = USER_PREFIX;
  stored.set(userKey, 1);
  return stored;
}

/** The user key of a stored user-data key (a view, not a copy). */
export function userKeyOf(storedKey: Uint8Array): Uint8Array {
  return storedKey.subarray(1);
}

/** True when a stored key holds user data (not a session or the clock). */
export function isUserDataKey(storedKey: Uint8Array): boolean {
  return storedKey[0] === USER_PREFIX;
}

/**
 * Stored-key bounds `[lower, upper)` of a user range `[startKey, endKey)`; an empty `endKey`
 * means "to the end of the key space".
 */
export function userDataRange(startKey: Uint8Array, endKey: Uint8Array): { lower: Uint8Array; upper: Uint8Array } {
  return {
    lower: userDataKey(startKey),
    upper: endKey.length === 0 ? Uint8Array.of(USER_PREFIX + 1) : userDataKey(endKey),
  };
}

/** The part of a client's session result keys before the sequence: built once per session. */
export function sessionResultPrefix(clientId: string): Uint8Array {
  const id = new TextEncoder().encode(clientId);
  const prefix = new Uint8Array(4 + id.length);
  prefix[0] = INTERNAL_PREFIX;
  prefix[1] = SESSION_RESULT_TAG;
  new DataView(prefix.buffer).setUint16(2, id.length);
  prefix.set(id, 4);
  return prefix;
}

/** The stored key of the result of write `sequence` of the client whose {@link sessionResultPrefix} is `prefix`. */
export function sessionResultKey(prefix: Uint8Array, sequence: number): Uint8Array {
  const stored = new Uint8Array(prefix.byteLength + 8);
  stored.set(prefix);
  // Big-endian high and low 32 bits of a safe integer, so that keys sort by sequence.
  const high = Math.floor(sequence / 2 ** 32);
  const low = sequence >>> 0;
  for (let byte = 0; byte < 4; byte++) {
    stored[prefix.byteLength + byte] = high >>> (24 - 8 * byte);
    stored[prefix.byteLength + 4 + byte] = low >>> (24 - 8 * byte);
  }
  return stored;
}

/** The client id and sequence of a stored session result key; throws on any other key. */
export function parseSessionResultKey(stored: Uint8Array): { clientId: string; sequence: number } {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  const idLength = stored.byteLength >= 4 ? view.getUint16(2) : -1;
  if (stored[0] !== INTERNAL_PREFIX || stored[1] !== SESSION_RESULT_TAG || stored.byteLength !== 4 + idLength + 8) {
    throw new Error(`not a session result key: ${Buffer.from(stored).toString('hex')}`);
  }
  return {
    clientId: new TextDecoder().decode(stored.subarray(4, 4 + idLength)),
    sequence: view.getUint32(4 + idLength) * 2 ** 32 + view.getUint32(8 + idLength),
  };
}

/** Stored-key bounds of all session results. */
export const SESSION_RANGE: { lower: Uint8Array; upper: Uint8Array } = {
  lower: Uint8Array.of(INTERNAL_PREFIX, SESSION_RESULT_TAG),
  upper: Uint8Array.of(INTERNAL_PREFIX, SESSION_RESULT_TAG + 1),
};

/** The stored key of the state machine's clock. */
export const CLOCK_KEY: Uint8Array = Uint8Array.of(INTERNAL_PREFIX, CLOCK_TAG);

/** Present while the region is frozen for a merge into the region that follows it. */
export const MERGE_STATE_KEY: Uint8Array = Uint8Array.of(INTERNAL_PREFIX, 0x05);

/** The regions whose ranges this one absorbed (inherited by splits, united by merges). */
export const ABSORBED_REGIONS_KEY: Uint8Array = Uint8Array.of(INTERNAL_PREFIX, 0x06);

/** True when `key` lies in `[startKey, endKey)`; an empty `endKey` is unbounded. */
export function keyInRange(key: Uint8Array, startKey: Uint8Array, endKey: Uint8Array): boolean {
  return compareBytes(key, startKey) >= 0 && (endKey.length === 0 || compareBytes(key, endKey) < 0);
}
