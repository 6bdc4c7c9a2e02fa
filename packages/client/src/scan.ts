import type { Command, KeyValue, ReadConsistency, Result } from '@flintkv/proto';
import { compareBytes } from '@flintkv/proto';
import type { Route } from './request-executor.js';
import type { RegionInfo } from './route-cache.js';

/** A validated scan: `[start, end)` (empty end = +infinity). */
export interface ScanRange {
  start: Uint8Array;
  end: Uint8Array;
  /** Total pairs wanted (may be Infinity). */
  limit: number;
  pageSize: number;
  reverse: boolean;
  consistency: ReadConsistency;
}

/** One page: the scan result and the region that produced it. */
export type ScanPage = Extract<Result, { type: 'scan' }>;

/** Fetches one page from the region `route` leads to, with the command built for that region. */
export type PageFetcher = (
  route: Route,
  command: (region: RegionInfo) => Command,
) => Promise<{ page: ScanPage; region: RegionInfo }>;

/**
 * Streams a range region by region, page by page. Each request stays inside one region (the
 * range is clipped to it), so the server never needs to look beyond its own keys; the next
 * page starts after the last key returned — not at the server's `nextKey`, whose meaning
 * would have to differ between directions — and the next region where this one ends.
 */
export async function* scanRange(range: ScanRange, fetch: PageFetcher): AsyncGenerator<KeyValue, void, undefined> {
  const { start, end, reverse, consistency } = range;
  if (end.length > 0 && compareBytes(start, end) >= 0) return;
  let remaining = range.limit;
  // Forward: the next page starts at `cursor` (inclusive). Reverse: it ends at `cursor` (exclusive).
  let cursor = reverse ? end : start;
  while (remaining > 0) {
    const limit = Math.min(range.pageSize, remaining);
    const pageStart = cursor;
    const { page, region } = reverse
      ? await fetch({ kind: 'before', end: pageStart }, (target) => ({
          type: 'scan',
          start: compareBytes(start, target.startKey) > 0 ? start : target.startKey,
          end: pageStart,
          limit,
          reverse: true,
          consistency,
        }))
      : await fetch({ kind: 'key', key: pageStart }, (target) => ({
          type: 'scan',
          start: pageStart,
          end: earlierEnd(end, target.endKey),
          limit,
          reverse: false,
          consistency,
        }));
    for (const pair of page.pairs.slice(0, remaining)) yield pair;
    remaining -= page.pairs.length;
    const last = page.pairs[page.pairs.length - 1];
    if (page.more && last !== undefined) {
      cursor = reverse ? last.key : keySuccessor(last.key);
    } else if (page.more && page.nextKey.length > 0) {
      cursor = page.nextKey; // a page cut by size before its first pair (server's resume point)
    } else if (reverse) {
      if (region.startKey.length === 0 || compareBytes(region.startKey, start) <= 0) return;
      cursor = region.startKey;
    } else {
      if (region.endKey.length === 0 || (end.length > 0 && compareBytes(region.endKey, end) >= 0)) return;
      cursor = region.endKey;
    }
  }
}

/** The smaller of two exclusive ends, where empty means +infinity. */
function earlierEnd(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return compareBytes(a, b) <= 0 ? a : b;
}

/** The smallest key after `key`: `key` followed by a zero byte. */
function keySuccessor(key: Uint8Array): Uint8Array {
  const next = new Uint8Array(key.length + 1);
  next.set(key);
  return next;
}
