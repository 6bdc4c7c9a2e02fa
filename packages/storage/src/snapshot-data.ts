import { ByteReader, ByteWriter } from './binary.js';
import { StorageError, StorageErrorCode } from './errors.js';

/**
 * The bytes of a state-machine snapshot. A snapshot is never held whole: Raft's
 * `Snapshot.data` is a {@link SnapshotDescriptor} naming a stream, and the stream is a run of
 * chunks, each a list of pairs, read from a consistent LevelDB snapshot of the sender's data.
 *
 * - descriptor: magic "FKS2" | stream id u64 | applied index u64
 * - chunk: (key length u32 | key | value length u32 | value)*, keys are user keys (no group
 *   prefix) in ascending order across the stream, so a stream installs on any replica.
 */
export interface SnapshotDescriptor {
  /** Names the sender's consistent read the stream comes from. */
  streamId: number;
  appliedIndex: number;
}

const MAGIC = [0x46, 0x4b, 0x53, 0x32]; // "FKS2"

export function encodeSnapshotDescriptor(descriptor: SnapshotDescriptor): Uint8Array {
  const writer = new ByteWriter(MAGIC.length + 16);
  for (const byte of MAGIC) writer.u8(byte);
  return writer.u64(descriptor.streamId).u64(descriptor.appliedIndex).finish();
}

/** Decodes a snapshot's data; anything else is a StorageError FLINT_STORAGE_BAD_SNAPSHOT. */
export function decodeSnapshotDescriptor(bytes: Uint8Array): SnapshotDescriptor {
  try {
    const reader = new ByteReader(bytes);
    for (const byte of MAGIC) {
      if (reader.u8() !== byte) throw new RangeError('not a FlintKV snapshot descriptor (bad magic)');
    }
    const descriptor = { streamId: reader.u64(), appliedIndex: reader.u64() };
    if (reader.remaining !== 0) throw new RangeError(`${reader.remaining} trailing bytes`);
    return descriptor;
  } catch (error) {
    throw new StorageError(StorageErrorCode.BadSnapshot, `snapshot data does not decode: ${String(error)}`, {
      cause: error,
    });
  }
}

/** The bytes one pair takes in a chunk. */
export function pairBytes(key: Uint8Array, value: Uint8Array): number {
  return 8 + key.byteLength + value.byteLength;
}

export function encodeSnapshotChunk(pairs: ReadonlyArray<readonly [Uint8Array, Uint8Array]>): Uint8Array {
  let size = 0;
  for (const [key, value] of pairs) size += pairBytes(key, value);
  const writer = new ByteWriter(size);
  for (const [key, value] of pairs) writer.u32(key.byteLength).bytes(key).u32(value.byteLength).bytes(value);
  return writer.finish();
}

/** Decodes one chunk (views into `bytes`); anything malformed is FLINT_STORAGE_BAD_SNAPSHOT. */
export function decodeSnapshotChunk(bytes: Uint8Array): Array<[Uint8Array, Uint8Array]> {
  try {
    const reader = new ByteReader(bytes);
    const pairs: Array<[Uint8Array, Uint8Array]> = [];
    while (reader.remaining > 0) {
      const key = reader.bytesOf(reader.u32());
      const value = reader.bytesOf(reader.u32());
      pairs.push([key, value]);
    }
    return pairs;
  } catch (error) {
    throw new StorageError(StorageErrorCode.BadSnapshot, `snapshot chunk does not decode: ${String(error)}`, {
      cause: error,
    });
  }
}
