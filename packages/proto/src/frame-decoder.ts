/**
 * Incremental frame decoder: feed it socket chunks of any size, get whole frames back.
 *
 * A frame that lies entirely inside one chunk is returned as views into that chunk (no copy).
 * A frame split across chunks is assembled into one buffer of exactly its size, allocated
 * only after its length field has been validated, so an oversized announcement fails with
 * FLINT_FRAME_TOO_LARGE before a single byte of it is buffered.
 */
import { FrameError } from './errors.js';
import {
  checkLength,
  checkReceivedKind,
  DEFAULT_MAX_FRAME_BYTES,
  FRAME_HEADER_BYTES,
  FRAME_LENGTH_BYTES,
  type Frame,
  type FrameKind,
} from './frame.js';

/** Options of a {@link FrameDecoder}. */
export interface FrameDecoderOptions {
  /** Largest accepted `length` field; default 16 MiB. */
  maxFrameBytes?: number;
}

/** Big-endian u32 at `offset`; the caller guarantees 4 bytes are there. */
function readU32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

/** The frame whose exact bytes (header included) are `bytes`; kind and length already validated. */
function frameAt(bytes: Uint8Array): Frame {
  return {
    kind: bytes[4] as FrameKind,
    group: readU32(bytes, 5),
    payload: bytes.subarray(FRAME_HEADER_BYTES),
    bytes,
  };
}

/**
 * Turns a byte stream into frames. After it throws, the stream is out of sync: the decoder
 * keeps throwing the same error, and the connection must be closed.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number;
  /** Header bytes of a frame whose first 9 bytes have not all arrived. */
  private readonly headerScratch = new Uint8Array(FRAME_HEADER_BYTES);
  private headerFilled = 0;
  /** The frame being assembled across chunks, header included; sized once its length is known. */
  private assembly: Uint8Array | undefined;
  private assemblyFilled = 0;
  private failure: FrameError | undefined;

  constructor(options: FrameDecoderOptions = {}) {
    const maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(maxFrameBytes) || maxFrameBytes < 5 || maxFrameBytes > 0xffff_ffff) {
      throw new FrameError(
        'FLINT_FRAME_INVALID_ARGUMENT',
        `maxFrameBytes ${maxFrameBytes} must be an integer in [5, 2^32)`,
      );
    }
    this.maxFrameBytes = maxFrameBytes;
  }

  /** Bytes received that belong to a frame not yet complete. */
  get bufferedBytes(): number {
    return this.assembly ? this.assemblyFilled : this.headerFilled;
  }

  /**
   * Consumes one chunk and returns every frame it completes, in order. When the chunk holds
   * whole frames followed by garbage, the frames are returned and the error is thrown by the
   * next call to `push` or `end`.
   * @throws {FrameError} FLINT_FRAME_TOO_LARGE, FLINT_FRAME_MALFORMED or FLINT_FRAME_UNKNOWN_KIND.
   */
  push(chunk: Uint8Array): Frame[] {
    if (this.failure) throw this.failure;
    const frames: Frame[] = [];
    try {
      this.consume(chunk, frames);
      return frames;
    } catch (error) {
      this.failure =
        error instanceof FrameError
          ? error
          : new FrameError('FLINT_FRAME_MALFORMED', `frame decoding failed: ${String(error)}`, { cause: error });
      this.headerFilled = 0;
      this.assembly = undefined;
      // Whole frames that preceded the corruption are genuine: deliver them, and report the
      // error on the next push() or end().
      if (frames.length > 0) return frames;
      throw this.failure;
    }
  }

  /**
   * Declares the end of the stream. @throws {FrameError} FLINT_FRAME_TRUNCATED if a frame was
   * cut off by the close.
   */
  end(): void {
    if (this.failure) throw this.failure;
    if (this.bufferedBytes > 0) {
      throw new FrameError(
        'FLINT_FRAME_TRUNCATED',
        `stream ended inside a frame (${this.bufferedBytes} bytes pending)`,
      );
    }
  }

  private consume(chunk: Uint8Array, frames: Frame[]): void {
    let offset = 0;
    if (this.assembly || this.headerFilled > 0) {
      offset = this.continuePending(chunk, frames);
      if (this.assembly || this.headerFilled > 0) return;
    }
    while (chunk.byteLength - offset >= FRAME_LENGTH_BYTES) {
      const length = checkLength(readU32(chunk, offset), this.maxFrameBytes);
      const frameBytes = FRAME_LENGTH_BYTES + length;
      if (chunk.byteLength - offset >= FRAME_HEADER_BYTES) checkReceivedKind(chunk[offset + 4]!);
      if (chunk.byteLength - offset < frameBytes) break;
      frames.push(frameAt(chunk.subarray(offset, offset + frameBytes)));
      offset += frameBytes;
    }
    if (offset < chunk.byteLength) this.startPending(chunk.subarray(offset));
  }

  /** Keeps the tail of a chunk that begins a frame. The length field, if complete, was validated. */
  private startPending(rest: Uint8Array): void {
    if (rest.byteLength < FRAME_HEADER_BYTES) {
      this.headerScratch.set(rest, 0);
      this.headerFilled = rest.byteLength;
      return;
    }
    const length = readU32(rest, 0);
    this.assembly = new Uint8Array(FRAME_LENGTH_BYTES + length);
    this.assembly.set(rest, 0);
    this.assemblyFilled = rest.byteLength;
  }

  /** Feeds the start of `chunk` to the pending frame; returns how many bytes of `chunk` it used. */
  private continuePending(chunk: Uint8Array, frames: Frame[]): number {
    let offset = 0;
    if (!this.assembly) {
      const take = Math.min(FRAME_HEADER_BYTES - this.headerFilled, chunk.byteLength);
      this.headerScratch.set(chunk.subarray(0, take), this.headerFilled);
      this.headerFilled += take;
      offset = take;
      const header = this.headerScratch;
      if (this.headerFilled >= FRAME_LENGTH_BYTES) checkLength(readU32(header, 0), this.maxFrameBytes);
      if (this.headerFilled < FRAME_HEADER_BYTES) return offset;
      checkReceivedKind(header[4]!);
      this.assembly = new Uint8Array(FRAME_LENGTH_BYTES + readU32(header, 0));
      this.assembly.set(this.headerScratch, 0);
      this.assemblyFilled = FRAME_HEADER_BYTES;
      this.headerFilled = 0;
    }
    const assembly = this.assembly;
    const take = Math.min(assembly.byteLength - this.assemblyFilled, chunk.byteLength - offset);
    assembly.set(chunk.subarray(offset, offset + take), this.assemblyFilled);
    this.assemblyFilled += take;
    offset += take;
    if (this.assemblyFilled === assembly.byteLength) {
      frames.push(frameAt(assembly));
      this.assembly = undefined;
      this.assemblyFilled = 0;
    }
    return offset;
  }
}
