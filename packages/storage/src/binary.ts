/**
 * Fixed-width big-endian integers: keys encoded this way sort on disk in numeric order, which
 * makes the log's index order the database's key order (docs/architecture.md#storage-keys).
 * Values are JavaScript safe integers, written as two u32 halves to avoid BigInt.
 */

const TWO_TO_THE_32 = 0x1_0000_0000;

// Byte by byte, not through a DataView: keys are built for every log entry and record, and a
// DataView per key costs more than the arithmetic.

export function writeU32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = value >>> 16;
  bytes[offset + 2] = value >>> 8;
  bytes[offset + 3] = value;
}

export function readU32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

export function writeU64(bytes: Uint8Array, offset: number, value: number): void {
  writeU32(bytes, offset, Math.floor(value / TWO_TO_THE_32));
  writeU32(bytes, offset + 4, value >>> 0);
}

export function readU64(bytes: Uint8Array, offset: number): number {
  return readU32(bytes, offset) * TWO_TO_THE_32 + readU32(bytes, offset + 4);
}

/** Reads a sequence of fields from a byte array, throwing `RangeError` when it runs out. */
export class ByteReader {
  #offset = 0;

  constructor(readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.byteLength - this.#offset;
  }

  u8(): number {
    this.#need(1);
    const value = this.bytes[this.#offset]!;
    this.#offset += 1;
    return value;
  }

  u32(): number {
    this.#need(4);
    const value = readU32(this.bytes, this.#offset);
    this.#offset += 4;
    return value;
  }

  u64(): number {
    this.#need(8);
    const value = readU64(this.bytes, this.#offset);
    this.#offset += 8;
    return value;
  }

  /** A copy, so the result never pins or aliases the source buffer. */
  bytesOf(length: number): Uint8Array {
    this.#need(length);
    const value = new Uint8Array(this.bytes.subarray(this.#offset, this.#offset + length));
    this.#offset += length;
    return value;
  }

  #need(length: number): void {
    if (this.#offset + length > this.bytes.byteLength) {
      throw new RangeError(`record truncated: needs ${length} more bytes at offset ${this.#offset}`);
    }
  }
}

/** Appends fields to a growing byte array. */
export class ByteWriter {
  #bytes: Uint8Array;
  #length = 0;

  constructor(initialCapacity = 64) {
    this.#bytes = new Uint8Array(initialCapacity);
  }

  u8(value: number): this {
    this.#reserve(1);
    this.#bytes[this.#length] = value;
    this.#length += 1;
    return this;
  }

  u32(value: number): this {
    this.#reserve(4);
    writeU32(this.#bytes, this.#length, value);
    this.#length += 4;
    return this;
  }

  u64(value: number): this {
    this.#reserve(8);
    writeU64(this.#bytes, this.#length, value);
    this.#length += 8;
    return this;
  }

  bytes(value: Uint8Array): this {
    this.#reserve(value.byteLength);
    this.#bytes.set(value, this.#length);
    this.#length += value.byteLength;
    return this;
  }

  /** The written bytes (an exact-length copy, safe to keep). */
  finish(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }

  #reserve(length: number): void {
    if (this.#length + length <= this.#bytes.byteLength) return;
    const grown = new Uint8Array(Math.max(this.#bytes.byteLength * 2, this.#length + length));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}
