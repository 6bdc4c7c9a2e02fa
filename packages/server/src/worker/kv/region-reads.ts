import type { RegionDescriptor } from '@flintkv/pd';
import { compareBytes, type Result } from '@flintkv/proto';
import type { NodeStore } from '@flintkv/storage';
import type { ReadQuery } from './client-request-plan.js';
import { userDataKey, userDataRange, userKeyOf } from './kv-keys.js';

/** Bytes of keys and values one scan answer carries at most (well under the 16 MiB frame limit). */
export const MAX_SCAN_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * Serves one read from a region's committed data: a get, or a page of a scan clipped to the
 * region's range, cut at the query's limit or {@link MAX_SCAN_RESPONSE_BYTES}, whichever comes
 * first (one answer is one frame).
 *
 * @example
 * ```ts
 * const result = await readRegion(store, 3, region, { kind: 'get', key });
 * ```
 */
export async function readRegion(
  store: NodeStore,
  groupId: number,
  region: RegionDescriptor,
  query: ReadQuery,
): Promise<Result> {
  if (query.kind === 'get') {
    const value = await store.kvGet(groupId, userDataKey(query.key));
    return value === undefined
      ? { type: 'get', found: false, value: new Uint8Array(0) }
      : { type: 'get', found: true, value };
  }
  const start = compareBytes(query.start, region.startKey) >= 0 ? query.start : region.startKey;
  const range = userDataRange(start, earlierEnd(query.end, region.endKey));
  const pairs = await store.kvScan(groupId, {
    start: range.lower,
    end: range.upper,
    limit: query.limit + 1,
    reverse: query.reverse,
  });
  let count = 0;
  let bytes = 0;
  while (count < pairs.length && count < query.limit) {
    const [key, value] = pairs[count]!;
    if (count > 0 && bytes + key.byteLength + value.byteLength > MAX_SCAN_RESPONSE_BYTES) break;
    bytes += key.byteLength + value.byteLength;
    count++;
  }
  const more = count < pairs.length;
  const result = pairs.slice(0, count).map(([key, value]) => ({ key: userKeyOf(key), value }));
  // Forward: continue from the first key not returned. Reverse: continue below the last returned.
  const nextKey = !more
    ? new Uint8Array(0)
    : query.reverse
      ? result[result.length - 1]!.key
      : userKeyOf(pairs[count]![0]);
  return { type: 'scan', pairs: result, more, nextKey };
}

/** The smaller of two exclusive end keys, where empty means +infinity. */
function earlierEnd(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  if (b.byteLength === 0) return a;
  return compareBytes(a, b) <= 0 ? a : b;
}
