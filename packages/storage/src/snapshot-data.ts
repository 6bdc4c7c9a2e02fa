import { ByteReader, ByteWriter } from './binary.js';
import { StorageError, StorageErrorCode } from './errors.js';

/**
 * The bytes of a state-machine snapshot (`Snapshot.data`): one group's whole `kv` data as of
 * one applied index. Layout: magic "FKS1" | applied index u64 | pair count u32 |
 * (key length u32 | key | value length u32 | value)*. Keys are user keys (no group prefix),
 * in ascending order, so a snapshot installs on any replica of the group.
 */
export interface SnapshotData {
  appliedIndex: number;
  pairs: Array<[Uint8Array, Uint8Array]>;
}

const MAGIC = [0x46, 0x4b, 0x53, 0x31]; // "FKS1"

export function encodeSnapshotData(snapshotData: SnapshotData): Uint8Array {
  let size = MAGIC.length + 12;
  for (const [key, value] of snapshotData.pairs) size += 8 + key.byteLength + value.byteLength;
  const writer = new ByteWriter(size);
  for (const byte of MAGIC) writer.u8(byte);
  writer.u64(snapshotData.appliedIndex).u32(snapshotData.pairs.length);
  for (const [key, value] of snapshotData.pairs) {
    writer.u32(key.byteLength).bytes(key).u32(value.byteLength).bytes(value);
  }
  return writer.finish();
}

/** Decodes snapshot bytes; anything malformed is a StorageError FLINT_STORAGE_BAD_SNAPSHOT. */
export function decodeSnapshotData(bytes: Uint8Array): SnapshotData {
  try {
    const reader = new ByteReader(bytes);
    for (const byte of MAGIC) {
      if (reader.u8() !== byte) throw new RangeError('not a FlintKV snapshot (bad magic)');
    }
    const appliedIndex = reader.u64();
    const count = reader.u32();
    const pairs: Array<[Uint8Array, Uint8Array]> = [];
    for (let i = 0; i < count; i++) {
      const key = reader.bytesOf(reader.u32());
      const value = reader.bytesOf(reader.u32());
      pairs.push([key, value]);
    }
    if (reader.remaining !== 0) throw new RangeError(`${reader.remaining} trailing bytes`);
    return { appliedIndex, pairs };
  } catch (error) {
    throw new StorageError(StorageErrorCode.BadSnapshot, `snapshot data does not decode: ${String(error)}`, {
      cause: error,
    });
  }
}
