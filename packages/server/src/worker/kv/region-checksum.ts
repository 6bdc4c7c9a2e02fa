import { createHash } from 'node:crypto';
import { isUserDataKey } from './kv-keys.js';

/** A digest of a region's state at one applied index: equal on every replica that applied the same log. */
export interface RegionChecksum {
  appliedIndex: number;
  /** SHA-256 over every stored pair (user data and sessions), length-prefixed, in key order. */
  checksum: Uint8Array;
  /** Number of user keys. */
  keyCount: number;
}

/**
 * Folds a region's stored pairs, in key order, into a {@link RegionChecksum}. The caller reads
 * the pairs from one consistent view taken at `appliedIndex`.
 */
export async function checksumRegion(
  appliedIndex: number,
  pairs: AsyncIterable<[Uint8Array, Uint8Array]> | Iterable<[Uint8Array, Uint8Array]>,
): Promise<RegionChecksum> {
  const hash = createHash('sha256');
  const lengths = Buffer.alloc(8);
  let keyCount = 0;
  for await (const [key, value] of pairs) {
    lengths.writeUInt32BE(key.byteLength, 0);
    lengths.writeUInt32BE(value.byteLength, 4);
    hash.update(lengths);
    hash.update(key);
    hash.update(value);
    if (isUserDataKey(key)) keyCount++;
  }
  return { appliedIndex, checksum: new Uint8Array(hash.digest()), keyCount };
}
