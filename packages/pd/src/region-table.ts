import { bytesEqual, compareBytes } from '@flintkv/proto';
import { PlacementError } from './errors.js';
import {
  assertValidRegion,
  copyRegion,
  epochEquals,
  isEpochStale,
  type RegionDescriptor,
  regionsOverlap,
  type RegionEpoch,
} from './region.js';

/** What {@link RegionTable.update} changed. */
export interface RegionUpdateResult {
  /** Descriptors stored (new or replaced); identical re-deliveries are not listed. */
  stored: RegionDescriptor[];
  /** Regions dropped because a newer descriptor took over their keys (a merge). */
  removed: RegionDescriptor[];
}

/**
 * The regions of the cluster, sorted by start key, never overlapping and — once it holds any
 * region at all — covering the whole key space. Every key therefore has exactly one region,
 * found by binary search. An empty table is the state before bootstrap.
 *
 * Descriptors are copied on the way in; those handed out must be treated as read-only.
 */
export class RegionTable {
  /** Sorted by start key; contiguous from the empty key to +infinity. */
  private regions: RegionDescriptor[];
  private readonly byId = new Map<number, RegionDescriptor>();

  /** Throws {@link PlacementError} unless `regions` is empty or tiles the whole key space. */
  constructor(regions: readonly RegionDescriptor[] = []) {
    const copies = regions.map((region) => {
      assertValidRegion(region);
      return copyRegion(region);
    });
    assertDistinctIds(copies);
    copies.sort(compareByStartKey);
    if (copies.length > 0) assertTilesKeySpace(copies);
    this.regions = copies;
    for (const region of copies) this.byId.set(region.id, region);
  }

  /** Number of regions. */
  get size(): number {
    return this.regions.length;
  }

  /** The region holding `key`; undefined only while the table is empty. O(log n). */
  locate(key: Uint8Array): RegionDescriptor | undefined {
    // Find the last region whose start key is <= key; tiling makes it the one holding key.
    let low = 0;
    let high = this.regions.length - 1;
    let found: RegionDescriptor | undefined;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const region = this.regions[middle]!;
      if (compareBytes(region.startKey, key) <= 0) {
        found = region;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The region with group id `id`, if any. */
  get(id: number): RegionDescriptor | undefined {
    return this.byId.get(id);
  }

  /** All regions in key order (a fresh array). */
  all(): RegionDescriptor[] {
    return [...this.regions];
  }

  /** An independent table with the same regions. */
  clone(): RegionTable {
    return new RegionTable(this.regions);
  }

  /**
   * Stores newer descriptors, all or nothing. Pass every descriptor one change produced
   * together — a split's two halves, a merge's survivor — so the table never has a gap.
   *
   * Rules, checked before anything changes:
   * - a descriptor older than the stored one of its id (either epoch counter lower) is stale;
   * - one with an equal epoch must be identical (then it is a no-op), else the epochs conflict;
   * - a descriptor may take keys from another region only if that region's range `version`
   *   is lower (it was merged away, and is removed);
   * - afterwards the regions must still tile the key space.
   *
   * Throws {@link PlacementError} with code `FLINT_STALE_EPOCH`, `FLINT_EPOCH_CONFLICT`,
   * `FLINT_REGION_OVERLAP`, `FLINT_REGION_GAP` or `FLINT_INVALID_REGION`.
   */
  update(descriptors: RegionDescriptor | readonly RegionDescriptor[]): RegionUpdateResult {
    const incoming = (Array.isArray(descriptors) ? descriptors : [descriptors]) as readonly RegionDescriptor[];
    for (const region of incoming) assertValidRegion(region);
    assertDistinctIds(incoming);

    const stored: RegionDescriptor[] = [];
    for (const region of incoming) {
      const current = this.byId.get(region.id);
      if (current === undefined) {
        stored.push(copyRegion(region));
        continue;
      }
      if (isEpochStale(region.epoch, current.epoch)) {
        throw new PlacementError(
          'FLINT_STALE_EPOCH',
          `Region ${region.id} update carries epoch ${formatEpoch(region.epoch)}, older than the stored ` +
            `${formatEpoch(current.epoch)}; re-read the region and retry with its current epoch.`,
        );
      }
      if (epochEquals(region.epoch, current.epoch)) {
        if (sameRangeAndPeers(region, current)) continue;
        throw new PlacementError(
          'FLINT_EPOCH_CONFLICT',
          `Region ${region.id} update changes its range or peers without advancing epoch ` +
            `${formatEpoch(current.epoch)}; bump confVersion (peers) or version (range).`,
        );
      }
      stored.push(copyRegion(region));
    }
    if (stored.length === 0) return { stored, removed: [] };

    const replacedIds = new Set(stored.map((region) => region.id));
    const removed: RegionDescriptor[] = [];
    const kept: RegionDescriptor[] = [];
    for (const existing of this.regions) {
      if (replacedIds.has(existing.id)) continue;
      const taker = stored.find((region) => regionsOverlap(region, existing));
      if (taker === undefined) {
        kept.push(existing);
      } else if (existing.epoch.version < taker.epoch.version) {
        removed.push(existing);
      } else {
        throw new PlacementError(
          'FLINT_REGION_OVERLAP',
          `Region ${taker.id} (version ${taker.epoch.version}) overlaps region ${existing.id} ` +
            `(version ${existing.epoch.version}), which is not older; the update is stale or inconsistent.`,
        );
      }
    }
    const next = [...kept, ...stored].sort(compareByStartKey);
    assertTilesKeySpace(next);

    this.regions = next;
    for (const region of removed) this.byId.delete(region.id);
    for (const region of stored) this.byId.set(region.id, region);
    return { stored, removed };
  }
}

function compareByStartKey(a: RegionDescriptor, b: RegionDescriptor): number {
  return compareBytes(a.startKey, b.startKey);
}

function sameRangeAndPeers(a: RegionDescriptor, b: RegionDescriptor): boolean {
  return (
    bytesEqual(a.startKey, b.startKey) &&
    bytesEqual(a.endKey, b.endKey) &&
    a.peers.length === b.peers.length &&
    a.peers.every((peer, index) => peer === b.peers[index])
  );
}

function assertDistinctIds(regions: readonly RegionDescriptor[]): void {
  const seen = new Set<number>();
  for (const region of regions) {
    if (seen.has(region.id)) {
      throw new PlacementError('FLINT_INVALID_REGION', `Region id ${region.id} appears twice; ids must be unique.`);
    }
    seen.add(region.id);
  }
}

/** Sorted regions must start at the empty key, meet end to start, and end at +infinity. */
function assertTilesKeySpace(sorted: readonly RegionDescriptor[]): void {
  const first = sorted[0]!;
  if (first.startKey.length !== 0) {
    throw new PlacementError(
      'FLINT_REGION_GAP',
      `No region covers keys before region ${first.id}; the first region must start at the empty key.`,
    );
  }
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1]!;
    const region = sorted[index]!;
    if (previous.endKey.length === 0 || compareBytes(previous.endKey, region.startKey) > 0) {
      throw new PlacementError('FLINT_REGION_OVERLAP', `Regions ${previous.id} and ${region.id} overlap.`);
    }
    if (compareBytes(previous.endKey, region.startKey) < 0) {
      throw new PlacementError(
        'FLINT_REGION_GAP',
        `No region covers the keys between region ${previous.id} and region ${region.id}; ` +
          'apply all descriptors of a split or merge in one update.',
      );
    }
  }
  const last = sorted[sorted.length - 1]!;
  if (last.endKey.length !== 0) {
    throw new PlacementError(
      'FLINT_REGION_GAP',
      `No region covers keys after region ${last.id}; the last region must end at +infinity (empty endKey).`,
    );
  }
}

function formatEpoch(epoch: RegionEpoch): string {
  return `{confVersion ${epoch.confVersion}, version ${epoch.version}}`;
}
