import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The pairs of a region file: what an export streamed, `(u32 key length | key | u32 value
 * length | value)*` of the region's stored pairs in key order. A backup never holds a region
 * whole: the file is written and read back a block at a time.
 */

/** User data keys start with this byte (`worker/kv/kv-keys.ts`). */
const USER_DATA_PREFIX = 0x01;
const LENGTH_BYTES = 4;

/** Cuts a byte stream into pairs; a pair cut across two blocks waits for the next. */
export class PairParser {
  private pending: Buffer = Buffer.alloc(0);

  /** The whole pairs that `block` completes, in order (views of the bytes given). */
  push(block: Uint8Array): Array<[Uint8Array, Uint8Array]> {
    const bytes = this.pending.byteLength === 0 ? Buffer.from(block) : Buffer.concat([this.pending, block]);
    const pairs: Array<[Uint8Array, Uint8Array]> = [];
    let offset = 0;
    for (;;) {
      if (bytes.byteLength - offset < LENGTH_BYTES) break;
      const keyLength = bytes.readUInt32BE(offset);
      const valueAt = offset + LENGTH_BYTES + keyLength;
      if (bytes.byteLength - valueAt < LENGTH_BYTES) break;
      const valueLength = bytes.readUInt32BE(valueAt);
      const end = valueAt + LENGTH_BYTES + valueLength;
      if (end > bytes.byteLength) break;
      pairs.push([bytes.subarray(offset + LENGTH_BYTES, valueAt), bytes.subarray(valueAt + LENGTH_BYTES, end)]);
      offset = end;
    }
    this.pending = Buffer.from(bytes.subarray(offset));
    return pairs;
  }

  /** Bytes left over that make no whole pair: a file cut short, when nonzero at its end. */
  get leftoverBytes(): number {
    return this.pending.byteLength;
  }
}

/** What a region file holds, measured as it is written or read. */
export interface RegionFileDigest {
  bytes: number;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  pairs: number;
  /** User keys. */
  keyCount: number;
  /**
   * SHA-256 over the user pairs only, each `u32 key length | u32 value length | key | value`
   * (the stored key), in key order, hex: equal before a backup and after a restore, which
   * rewrites the region's own records (its peers) but never a user pair.
   */
  dataChecksum: string;
}

/** Folds a region file's bytes, block by block, into a {@link RegionFileDigest}. */
export class RegionFileDigester {
  private readonly parser = new PairParser();
  private readonly file = createHash('sha256');
  private readonly data = createHash('sha256');
  private readonly lengths = Buffer.alloc(8);
  private bytes = 0;
  private pairs = 0;
  private keyCount = 0;
  private result: RegionFileDigest | undefined;

  /** Adds one block; returns the pairs it completed. */
  update(block: Uint8Array): Array<[Uint8Array, Uint8Array]> {
    this.file.update(block);
    this.bytes += block.byteLength;
    const pairs = this.parser.push(block);
    for (const [key, value] of pairs) {
      this.pairs++;
      if (key[0] !== USER_DATA_PREFIX) continue;
      this.keyCount++;
      this.lengths.writeUInt32BE(key.byteLength, 0);
      this.lengths.writeUInt32BE(value.byteLength, 4);
      this.data.update(this.lengths);
      this.data.update(key);
      this.data.update(value);
    }
    return pairs;
  }

  /** Bytes at the end that make no whole pair (0 for a whole file). */
  get leftoverBytes(): number {
    return this.parser.leftoverBytes;
  }

  /** The digest of every byte given so far; the digester takes no more bytes after it. */
  digest(): RegionFileDigest {
    this.result ??= {
      bytes: this.bytes,
      sha256: this.file.digest('hex'),
      pairs: this.pairs,
      keyCount: this.keyCount,
      dataChecksum: this.data.digest('hex'),
    };
    return this.result;
  }
}

/** Blocks read from a region file at a time. */
const READ_BLOCK_BYTES = 1024 * 1024;

/**
 * Reads a region file a block at a time: `onPairs` gets the pairs of each block as they are
 * complete (and may await, e.g. to write them). Resolves to the file's digest and leftover.
 */
export async function readRegionFile(
  path: string,
  onPairs: (pairs: Array<[Uint8Array, Uint8Array]>) => void | Promise<void> = () => {},
): Promise<RegionFileDigest & { leftoverBytes: number }> {
  const digester = new RegionFileDigester();
  for await (const block of createReadStream(path, { highWaterMark: READ_BLOCK_BYTES })) {
    const pairs = digester.update(block as Buffer);
    if (pairs.length > 0) await onPairs(pairs);
  }
  return { ...digester.digest(), leftoverBytes: digester.leftoverBytes };
}
