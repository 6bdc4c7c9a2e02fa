import { PlacementError } from './errors.js';
import type { RegionDescriptor } from './region.js';
import { assertValidSplitKeys, defaultSplitKeys } from './split-keys.js';

/** Inputs of {@link bootstrapRegions}. */
export interface BootstrapRegionsOptions {
  /** Number of user regions; defaults to `splitKeys.length + 1` when split keys are given. */
  regionCount?: number;
  /** Explicit split points (strictly ascending, non-empty); default {@link defaultSplitKeys}. */
  splitKeys?: readonly Uint8Array[];
  /** The initial members; every region is replicated on `replicas` of them. */
  nodeIds: readonly number[];
  /** Replicas per region; default min(3, nodeIds.length). */
  replicas?: number;
}

/** The epoch every region is born with. */
export const INITIAL_EPOCH = { confVersion: 1, version: 1 } as const;

/**
 * The descriptors of user regions 1..N at the first start of a cluster, tiling the key space
 * at the split keys. (Group 0 is the meta group and covers no user keys.) With more nodes
 * than replicas, region i's peers start at node i-1 (round robin), so replicas spread evenly.
 * Pure and deterministic: every node computes the same table from the same options.
 */
export function bootstrapRegions(options: BootstrapRegionsOptions): RegionDescriptor[] {
  const splitKeys = options.splitKeys ?? defaultSplitKeys(options.regionCount ?? 1);
  assertValidSplitKeys(splitKeys);
  const regionCount = splitKeys.length + 1;
  if (options.regionCount !== undefined && options.regionCount !== regionCount) {
    throw new PlacementError(
      'FLINT_INVALID_SPLIT_KEYS',
      `regionCount ${options.regionCount} does not match ${splitKeys.length} split keys ` +
        `(${regionCount} regions); pass one of the two, or make them agree.`,
    );
  }
  const nodeIds = [...options.nodeIds].sort((a, b) => a - b);
  if (
    nodeIds.length === 0 ||
    nodeIds.some((id, index) => !Number.isSafeInteger(id) || id <= 0 || id === nodeIds[index - 1])
  ) {
    throw new PlacementError('FLINT_INVALID_REGION', 'nodeIds must be distinct positive integers, at least one.');
  }
  const replicas = options.replicas ?? Math.min(3, nodeIds.length);
  if (!Number.isSafeInteger(replicas) || replicas < 1 || replicas > nodeIds.length) {
    throw new PlacementError(
      'FLINT_INVALID_REGION',
      `replicas must be from 1 to the number of nodes (${nodeIds.length}), got ${replicas}.`,
    );
  }

  const regions: RegionDescriptor[] = [];
  for (let index = 0; index < regionCount; index++) {
    const peers: number[] = [];
    for (let replica = 0; replica < replicas; replica++) {
      peers.push(nodeIds[(index + replica) % nodeIds.length]!);
    }
    regions.push({
      id: index + 1,
      startKey: index === 0 ? new Uint8Array(0) : Uint8Array.from(splitKeys[index - 1]!),
      endKey: index === regionCount - 1 ? new Uint8Array(0) : Uint8Array.from(splitKeys[index]!),
      epoch: { ...INITIAL_EPOCH },
      peers: peers.sort((a, b) => a - b),
    });
  }
  return regions;
}
