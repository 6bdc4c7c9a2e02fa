import { epochEquals, type RegionDescriptor, type RegionEpoch, regionContains } from '@flintkv/pd';

/**
 * Whether a client request may be served by a region at all, before leadership or Raft come
 * into it. Pure: the host turns a refusal into the client protocol's error.
 */

/** Why a request was refused; `regions` are the current descriptors the client should cache. */
export type RequestRefusal =
  | { code: 'REGION_NOT_FOUND'; message: string; regions: RegionDescriptor[] }
  | { code: 'EPOCH_MISMATCH'; message: string; regions: RegionDescriptor[] }
  | { code: 'KEY_NOT_IN_REGION'; message: string; regions: RegionDescriptor[] };

/** An epoch of all zeroes: the client does not know the region's epoch and asks not to check it. */
export function isUnknownEpoch(epoch: RegionEpoch | undefined): boolean {
  return epoch === undefined || (epoch.confVersion === 0 && epoch.version === 0);
}

/**
 * Checks that `region` exists here, that the request names its current epoch, and that
 * every key lies in its range. A scan names its start key only; its end is clamped to the
 * region by the reader.
 */
export function validateRegionRequest(
  regionId: number,
  region: RegionDescriptor | undefined,
  epoch: RegionEpoch | undefined,
  keys: readonly Uint8Array[],
): RequestRefusal | undefined {
  if (region === undefined) {
    return {
      code: 'REGION_NOT_FOUND',
      message: `region ${regionId} has no replica on this node; refresh the route and retry`,
      regions: [],
    };
  }
  if (!isUnknownEpoch(epoch) && !epochEquals(epoch!, region.epoch)) {
    return {
      code: 'EPOCH_MISMATCH',
      message:
        `region ${regionId} is at epoch (conf ${region.epoch.confVersion}, version ${region.epoch.version}), ` +
        `the request names (conf ${epoch!.confVersion}, version ${epoch!.version}); refresh the route and retry`,
      regions: [region],
    };
  }
  for (const key of keys) {
    if (!regionContains(region, key)) {
      return {
        code: 'KEY_NOT_IN_REGION',
        message: `a key of the request lies outside region ${regionId}; refresh the route and retry`,
        regions: [region],
      };
    }
  }
  return undefined;
}
