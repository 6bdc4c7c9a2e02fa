import type { RegionDescriptor as WireRegionDescriptor, RegionEpoch as WireRegionEpoch } from '@flintkv/proto';
import { compareBytes } from '@flintkv/proto';
import { PlacementError } from './errors.js';

/** The Raft group that replicates placement itself; it covers no user keys. */
export const META_GROUP_ID = 0;

/**
 * A region's epoch: the wire type. `confVersion` grows on every membership change of its
 * group, `version` on every change of its range (split, merge).
 */
export type RegionEpoch = WireRegionEpoch;

/**
 * One region: the keys `[startKey, endKey)` and the nodes replicating them (ascending), as
 * placement stores it — the wire descriptor without the leader, which placement does not own.
 * An empty `startKey` is -infinity and an empty `endKey` is +infinity. Treat as immutable.
 */
export type RegionDescriptor = Omit<WireRegionDescriptor, 'leader'>;

/** True if the ranges of `a` and `b` share a key (an empty end is +infinity). */
export function regionsOverlap(
  a: Pick<RegionDescriptor, 'startKey' | 'endKey'>,
  b: Pick<RegionDescriptor, 'startKey' | 'endKey'>,
): boolean {
  const aStartsBeforeBEnds = b.endKey.length === 0 || compareBytes(a.startKey, b.endKey) < 0;
  const bStartsBeforeAEnds = a.endKey.length === 0 || compareBytes(b.startKey, a.endKey) < 0;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** True if `key` lies in `[region.startKey, region.endKey)`. */
export function regionContains(region: RegionDescriptor, key: Uint8Array): boolean {
  return (
    compareBytes(key, region.startKey) >= 0 && (region.endKey.length === 0 || compareBytes(key, region.endKey) < 0)
  );
}

/**
 * True if `candidate` is older than `current` in either dimension. Both counters only grow,
 * so an epoch behind in either one was written before a change the other already saw.
 */
export function isEpochStale(candidate: RegionEpoch, current: RegionEpoch): boolean {
  return candidate.version < current.version || candidate.confVersion < current.confVersion;
}

/** True if both epochs are equal. */
export function epochEquals(a: RegionEpoch, b: RegionEpoch): boolean {
  return a.version === b.version && a.confVersion === b.confVersion;
}

/** A deep copy, so that a table never shares mutable bytes or arrays with its callers. */
export function copyRegion(region: RegionDescriptor): RegionDescriptor {
  return {
    id: region.id,
    startKey: Uint8Array.from(region.startKey),
    endKey: Uint8Array.from(region.endKey),
    epoch: { confVersion: region.epoch.confVersion, version: region.epoch.version },
    peers: [...region.peers],
  };
}

/** Throws {@link PlacementError} `FLINT_INVALID_REGION` unless the descriptor is well formed. */
export function assertValidRegion(region: RegionDescriptor): void {
  const problem = describeRegionProblem(region);
  if (problem !== undefined) {
    throw new PlacementError('FLINT_INVALID_REGION', `Region ${region.id} is invalid: ${problem}.`);
  }
}

function describeRegionProblem(region: RegionDescriptor): string | undefined {
  if (!Number.isSafeInteger(region.id) || region.id <= META_GROUP_ID) {
    return `the id must be a positive integer (group ${META_GROUP_ID} is the meta group)`;
  }
  if (!(region.startKey instanceof Uint8Array) || !(region.endKey instanceof Uint8Array)) {
    return 'startKey and endKey must be Uint8Array';
  }
  if (region.endKey.length > 0 && compareBytes(region.startKey, region.endKey) >= 0) {
    return 'startKey must sort before endKey (an empty endKey means +infinity)';
  }
  const { confVersion, version } = region.epoch;
  if (!Number.isSafeInteger(confVersion) || confVersion < 1 || !Number.isSafeInteger(version) || version < 1) {
    return 'epoch confVersion and version must be integers >= 1';
  }
  if (region.peers.length === 0) return 'it needs at least one peer';
  for (let index = 0; index < region.peers.length; index++) {
    const peer = region.peers[index]!;
    if (!Number.isSafeInteger(peer) || peer <= 0) return `peer ${peer} is not a positive node id`;
    if (index > 0 && region.peers[index - 1]! >= peer) return 'peers must be ascending and distinct';
  }
  return undefined;
}
