/**
 * A forward-only reader of protobuf fields, for the peeks that read one or two fields of a
 * message without decoding it (`request-peek.ts`, `response-peek.ts`): a tag, a varint, or a
 * skip over a field's value. Malformed bytes throw a {@link PayloadError} naming `what`.
 */
import { PayloadError } from './errors.js';

/** Protobuf wire types the peeks meet (groups, 3 and 4, are refused). */
export const WireType = { VARINT: 0, FIXED64: 1, LENGTH_DELIMITED: 2, FIXED32: 5 } as const;

/** A field's number and wire type, as its tag gives them. */
export interface FieldTag {
  field: number;
  wireType: number;
}

export class FieldCursor {
  private position: number;

  /** Reads `bytes` from `start` to `end` (default: all of it); `what` prefixes error messages. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string,
    start = 0,
    private readonly end = bytes.length,
  ) {
    this.position = start;
  }

  /** Whether fields are left. */
  get more(): boolean {
    return this.position < this.end;
  }

  /** The error for bytes that are not the message the caller expects. */
  malformed(problem: string): PayloadError {
    return new PayloadError('FLINT_PAYLOAD_INVALID', `${this.what}: ${problem}`);
  }

  /** The next field's tag. */
  tag(): FieldTag {
    const tag = this.varint();
    // Not `>>> 3`: a tag may exceed 32 bits, and a field number above 2^29 is still read as one.
    return { field: Math.floor(tag / 8), wireType: tag % 8 };
  }

  /** A varint as a number (exact up to 2^53). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let index = 0; index < 10; index++) {
      if (this.position >= this.end) throw this.malformed('truncated varint');
      const byte = this.bytes[this.position++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    throw this.malformed('varint longer than 10 bytes');
  }

  /** Skips the value of a field whose tag was just read. */
  skip({ field, wireType }: FieldTag): void {
    switch (wireType) {
      case WireType.VARINT:
        this.varint();
        break;
      case WireType.FIXED64:
        this.position += 8;
        break;
      case WireType.LENGTH_DELIMITED: {
        // Read first: `position += varint()` would add to the position from before the length.
        const length = this.varint();
        this.position += length;
        break;
      }
      case WireType.FIXED32:
        this.position += 4;
        break;
      default:
        throw this.malformed(`unsupported wire type ${wireType} of field ${field}`);
    }
    if (this.position > this.end) throw this.malformed(`field ${field} runs past the end`);
  }

  /**
   * Enters a length-delimited field whose tag was just read: a cursor over its bytes, this one
   * moved past them.
   */
  enter(tag: FieldTag): FieldCursor {
    const length = this.varint();
    const start = this.position;
    this.position += length;
    if (this.position > this.end) throw this.malformed(`field ${tag.field} runs past the end`);
    return new FieldCursor(this.bytes, this.what, start, this.position);
  }
}
