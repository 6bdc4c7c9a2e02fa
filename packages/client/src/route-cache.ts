import { compareBytes, type RegionDescriptor } from '@flintkv/proto';

/**
 * A region as the client sees it: its key range `[startKey, endKey)` (empty end = +infinity),
 * epoch, replicas and last known leader (0 = unknown). The wire type, `@flintkv/proto`'s
 * `RegionDescriptor`, under the SDK's name.
 */
export type RegionInfo = RegionDescriptor;

/** True if `key` is in `[region.startKey, region.endKey)`. */
export function regionHoldsKey(region: RegionInfo, key: Uint8Array): boolean {
  return (
    compareBytes(key, region.startKey) >= 0 && (region.endKey.length === 0 || compareBytes(key, region.endKey) < 0)
  );
}

function overlaps(a: RegionInfo, b: RegionInfo): boolean {
  const aBeforeBEnd = b.endKey.length === 0 || compareBytes(a.startKey, b.endKey) < 0;
  const bBeforeAEnd = a.endKey.length === 0 || compareBytes(b.startKey, a.endKey) < 0;
  return aBeforeBEnd && bBeforeAEnd;
}

/**
 * What the client believes about placement: regions by key (possibly with gaps — the cache
 * only holds what it was told) and each region's leader. It is a cache: every belief may be
 * stale, and the server corrects it (EpochMismatch, RegionNotFound, KeyNotInRegion, NotLeader).
 */
export class RouteCache {
  /** Sorted by start key, never overlapping. */
  private regions: RegionInfo[] = [];

  /** Replaces everything with a full table (the answer to a Regions request). */
  replaceAll(regions: readonly RegionInfo[]): void {
    this.regions = regions.map(copyRegion).sort((a, b) => compareBytes(a.startKey, b.startKey));
  }

  /**
   * Merges newer descriptors (from an error's hint): each replaces every cached region it
   * overlaps, since the server's word is newer than the cache's.
   */
  merge(regions: readonly RegionInfo[]): void {
    for (const region of regions) {
      const kept = this.regions.filter((cached) => cached.id !== region.id && !overlaps(cached, region));
      const previous = this.regions.find((cached) => cached.id === region.id);
      const copy = copyRegion(region);
      // A hint without a leader should not erase the leader we learned for the same epoch.
      if (copy.leader === 0 && previous && sameEpoch(previous, copy)) copy.leader = previous.leader;
      kept.push(copy);
      this.regions = kept.sort((a, b) => compareBytes(a.startKey, b.startKey));
    }
  }

  /** The cached region holding `key`, if any. */
  locate(key: Uint8Array): RegionInfo | undefined {
    const candidate = this.lastStartingAtOrBefore(key, true);
    return candidate !== undefined && regionHoldsKey(candidate, key) ? candidate : undefined;
  }

  /**
   * The cached region holding the keys just below `end` (for reverse scans): the region whose
   * range contains keys `< end`, nearest to it. `end` empty means +infinity.
   */
  locateBefore(end: Uint8Array): RegionInfo | undefined {
    if (end.length === 0) {
      const last = this.regions[this.regions.length - 1];
      return last !== undefined && last.endKey.length === 0 ? last : undefined;
    }
    const candidate = this.lastStartingAtOrBefore(end, false);
    if (candidate === undefined) return undefined;
    // The region must reach up to `end`: it ends at or after end (no gap in between).
    return candidate.endKey.length === 0 || compareBytes(candidate.endKey, end) >= 0 ? candidate : undefined;
  }

  /** The cached region with id `id`. */
  get(id: number): RegionInfo | undefined {
    return this.regions.find((region) => region.id === id);
  }

  /** All cached regions in key order. */
  all(): RegionInfo[] {
    return this.regions.map(copyRegion);
  }

  /** Records the leader of a region (from a NotLeader hint or a successful answer). */
  setLeader(regionId: number, nodeId: number): void {
    const region = this.get(regionId);
    if (region) region.leader = nodeId;
  }

  /** Forgets a region (it moved, split or vanished); the next lookup refreshes it. */
  invalidate(regionId: number): void {
    this.regions = this.regions.filter((region) => region.id !== regionId);
  }

  /** Last region whose start is <= key (inclusive) or < key (exclusive). */
  private lastStartingAtOrBefore(key: Uint8Array, inclusive: boolean): RegionInfo | undefined {
    let low = 0;
    let high = this.regions.length - 1;
    let found: RegionInfo | undefined;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const region = this.regions[middle]!;
      const order = compareBytes(region.startKey, key);
      if (order < 0 || (inclusive && order === 0)) {
        found = region;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}

function sameEpoch(a: RegionInfo, b: RegionInfo): boolean {
  return a.epoch.version === b.epoch.version && a.epoch.confVersion === b.epoch.confVersion;
}

function copyRegion(region: RegionInfo): RegionInfo {
  return {
    id: region.id,
    startKey: region.startKey,
    endKey: region.endKey,
    epoch: { confVersion: region.epoch.confVersion, version: region.epoch.version },
    peers: [...region.peers],
    leader: region.leader,
  };
}
