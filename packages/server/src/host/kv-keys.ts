/**
 * How a region's state machine lays out its data inside the group's `kv` space. User keys
 * and the state machine's own records (client sessions, the replicated clock) share one
 * keyspace so that a region snapshot — which copies the group's whole `kv` space — carries
 * both, and a follower that installs it dedupes retries exactly as the leader does.
 *
 * - `0x01 ‖ userKey` — user data; order on disk is the user keys' order.
 * - `0x00 0x01 ‖ clientId` — one client session.
 * - `0x00 0x00` — the state machine's clock (largest proposer time applied so far).
 */

const USER_PREFIX = 0x01;
const INTERNAL_PREFIX = 0x00;
const SESSION_TAG = 0x01;
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

/** The stored key of a client's session record. */
export function sessionKey(clientId: string): Uint8Array {
  const id = new TextEncoder().encode(clientId);
  const stored = new Uint8Array(id.length + 2);
  stored[0] = INTERNAL_PREFIX;
  stored[1] = SESSION_TAG;
  stored.set(id, 2);
  return stored;
}

/** Stored-key bounds of all session records. */
export const SESSION_RANGE: { lower: Uint8Array; upper: Uint8Array } = {
  lower: Uint8Array.of(INTERNAL_PREFIX, SESSION_TAG),
  upper: Uint8Array.of(INTERNAL_PREFIX, SESSION_TAG + 1),
};

/** The stored key of the state machine's clock. */
export const CLOCK_KEY: Uint8Array = Uint8Array.of(INTERNAL_PREFIX, CLOCK_TAG);

/** Hex form of a key: a Map key for byte strings. */
export function keyId(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
}

/** Lexicographic byte order, the order LevelDB keeps keys in. */
export function compareKeys(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

/** True when `key` lies in `[startKey, endKey)`; an empty `endKey` is unbounded. */
export function keyInRange(key: Uint8Array, startKey: Uint8Array, endKey: Uint8Array): boolean {
  return compareKeys(key, startKey) >= 0 && (endKey.length === 0 || compareKeys(key, endKey) < 0);
}
