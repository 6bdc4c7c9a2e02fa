import type { RegionDescriptor } from '@flintkv/pd';
import { CommandDecodeError, packOwned, unpackBytes } from '../group/stored-encoding.js';

/**
 * A region's own descriptor (range, epoch, peers), stored inside the region's `kv` space so
 * that it survives restarts and travels with the region's snapshots.
 */

/** The stored key of the descriptor (an internal, 0x00-prefixed key). */
export const REGION_DESCRIPTOR_KEY: Uint8Array = Uint8Array.of(0x00, 0x02);

export function encodeRegionDescriptor(region: RegionDescriptor): Uint8Array {
  return packOwned({
    id: region.id,
    startKey: region.startKey,
    endKey: region.endKey,
    epoch: { confVersion: region.epoch.confVersion, version: region.epoch.version },
    peers: region.peers,
  });
}

export function decodeRegionDescriptor(bytes: Uint8Array): RegionDescriptor {
  const value = unpackBytes(bytes) as RegionDescriptor | null;
  if (value === null || typeof value !== 'object' || !(value.startKey instanceof Uint8Array)) {
    throw new CommandDecodeError('stored region descriptor does not decode');
  }
  return {
    id: value.id,
    startKey: new Uint8Array(value.startKey),
    endKey: new Uint8Array(value.endKey),
    epoch: { confVersion: value.epoch.confVersion, version: value.epoch.version },
    peers: [...value.peers],
  };
}
