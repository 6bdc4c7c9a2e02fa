/**
 * Streaming a Raft snapshot in pieces, so a large state machine never needs one frame over
 * the size limit. The sender splits the MSG_SNAPSHOT message with {@link splitSnapshotMessage};
 * the receiver feeds each chunk to a {@link SnapshotAssembler}, which returns the whole message
 * when the last chunk arrives and rejects chunks out of order.
 */
import { PayloadError } from './errors.js';
import { encodeFrameWith, FrameKind } from './frame.js';
import { decodeWith, encodeWith, finishOwned, flint } from './protobuf-runtime.js';
import { raftMessageFromWire, raftMessageToWire } from './raft-codec.js';
import { type Message, MessageType } from './raft-types.js';
import { checkEncodable, plainBytes, safeInteger } from './wire-numbers.js';

/** One piece of a snapshot (raft.proto `SnapshotChunk`). */
export interface SnapshotChunk {
  snapshotIndex: number;
  snapshotTerm: number;
  from: number;
  to: number;
  /** Byte offset of `data` within the snapshot's data. */
  offset: number;
  /** Size of the whole snapshot data. */
  totalBytes: number;
  last: boolean;
  data: Uint8Array;
  /** Only on the chunk at offset 0: the MSG_SNAPSHOT message with empty `snapshot.data`. */
  message?: Message;
}

/** Default chunk payload size: well under the frame limit, small enough to interleave with Raft traffic. */
export const DEFAULT_SNAPSHOT_CHUNK_BYTES = 1024 * 1024;

/** Default cap on a reassembled snapshot: 1 GiB. */
export const DEFAULT_MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024;

/**
 * Splits a MSG_SNAPSHOT message into chunks of at most `chunkBytes` data bytes each; data are
 * views into the snapshot's data. An empty snapshot yields one chunk.
 */
export function splitSnapshotMessage(
  message: Message,
  chunkBytes: number = DEFAULT_SNAPSHOT_CHUNK_BYTES,
): SnapshotChunk[] {
  const snapshot = message.snapshot;
  if (message.type !== MessageType.Snapshot || !snapshot) {
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', 'only a MSG_SNAPSHOT message with a snapshot can be split');
  }
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1) {
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `chunk size ${chunkBytes} must be a positive integer`);
  }
  const data = snapshot.data;
  const header: Message = { ...message, snapshot: { metadata: snapshot.metadata, data: new Uint8Array(0) } };
  const chunks: SnapshotChunk[] = [];
  let offset = 0;
  do {
    const end = Math.min(offset + chunkBytes, data.byteLength);
    const chunk: SnapshotChunk = {
      snapshotIndex: snapshot.metadata.index,
      snapshotTerm: snapshot.metadata.term,
      from: message.from,
      to: message.to,
      offset,
      totalBytes: data.byteLength,
      last: end === data.byteLength,
      data: data.subarray(offset, end),
    };
    if (offset === 0) chunk.message = header;
    chunks.push(chunk);
    offset = end;
  } while (offset < data.byteLength);
  return chunks;
}

/**
 * Reassembles one snapshot stream from one sender. A chunk that does not continue the
 * stream (wrong offset, another snapshot, missing header, overflow) raises FLINT_PAYLOAD_INVALID;
 * a chunk at offset 0 always restarts, so a sender may retry from the beginning.
 */
export class SnapshotAssembler {
  /** Largest snapshot accepted: the whole snapshot is held in memory until its last chunk. */
  readonly maxSnapshotBytes: number;
  private header: Message | undefined;
  private data: Uint8Array | undefined;
  private filled = 0;

  constructor(options: { maxSnapshotBytes?: number } = {}) {
    this.maxSnapshotBytes = options.maxSnapshotBytes ?? DEFAULT_MAX_SNAPSHOT_BYTES;
  }

  /** Bytes received of the snapshot in progress. */
  get receivedBytes(): number {
    return this.filled;
  }

  /** Adds a chunk; returns the complete MSG_SNAPSHOT message after the last one. */
  push(chunk: SnapshotChunk): Message | undefined {
    if (chunk.offset === 0) {
      if (!chunk.message?.snapshot) {
        throw new PayloadError('FLINT_PAYLOAD_INVALID', 'first snapshot chunk carries no MSG_SNAPSHOT message');
      }
      const metadata = chunk.message.snapshot.metadata;
      if (metadata.index !== chunk.snapshotIndex || metadata.term !== chunk.snapshotTerm) {
        throw new PayloadError('FLINT_PAYLOAD_INVALID', 'snapshot chunk index/term disagree with its message');
      }
      if (chunk.totalBytes > this.maxSnapshotBytes) {
        throw new PayloadError(
          'FLINT_PAYLOAD_INVALID',
          `snapshot of ${chunk.totalBytes} bytes exceeds the limit of ${this.maxSnapshotBytes} bytes`,
        );
      }
      this.header = chunk.message;
      this.data = new Uint8Array(chunk.totalBytes);
      this.filled = 0;
    }
    const header = this.header;
    const data = this.data;
    if (!header?.snapshot || !data) {
      throw new PayloadError(
        'FLINT_PAYLOAD_INVALID',
        `snapshot chunk at offset ${chunk.offset} arrived without a first chunk`,
      );
    }
    const metadata = header.snapshot.metadata;
    if (
      chunk.snapshotIndex !== metadata.index ||
      chunk.snapshotTerm !== metadata.term ||
      chunk.totalBytes !== data.byteLength ||
      chunk.offset !== this.filled ||
      chunk.offset + chunk.data.byteLength > data.byteLength
    ) {
      this.reset();
      throw new PayloadError(
        'FLINT_PAYLOAD_INVALID',
        `snapshot chunk (index ${chunk.snapshotIndex}, offset ${chunk.offset}) does not continue the stream`,
      );
    }
    data.set(chunk.data, this.filled);
    this.filled += chunk.data.byteLength;
    if (!chunk.last) return undefined;
    if (this.filled !== data.byteLength) {
      this.reset();
      throw new PayloadError('FLINT_PAYLOAD_INVALID', `snapshot ended at ${this.filled} of ${data.byteLength} bytes`);
    }
    const message: Message = { ...header, snapshot: { metadata, data } };
    this.reset();
    return message;
  }

  /** Drops a stream in progress (connection lost). */
  reset(): void {
    this.header = undefined;
    this.data = undefined;
    this.filled = 0;
  }
}

function chunkToWire(chunk: SnapshotChunk): flint.raft.SnapshotChunk.$Properties {
  return {
    snapshotIndex: checkEncodable(chunk.snapshotIndex, 'snapshotIndex'),
    snapshotTerm: checkEncodable(chunk.snapshotTerm, 'snapshotTerm'),
    from: checkEncodable(chunk.from, 'from'),
    to: checkEncodable(chunk.to, 'to'),
    offset: checkEncodable(chunk.offset, 'offset'),
    totalBytes: checkEncodable(chunk.totalBytes, 'totalBytes'),
    last: chunk.last,
    data: chunk.data,
    message: chunk.message ? raftMessageToWire(chunk.message) : null,
  };
}

/** Encodes a snapshot chunk. */
export function encodeSnapshotChunk(chunk: SnapshotChunk): Uint8Array {
  return encodeWith('snapshot chunk', () => finishOwned(flint.raft.SnapshotChunk.encode(chunkToWire(chunk))));
}

/** Encodes a snapshot chunk straight into a SNAPSHOT_CHUNK frame for `group`. */
export function encodeSnapshotChunkFrame(group: number, chunk: SnapshotChunk): Uint8Array {
  const writer = encodeWith('snapshot chunk', () => flint.raft.SnapshotChunk.encode(chunkToWire(chunk)));
  return encodeFrameWith(FrameKind.SNAPSHOT_CHUNK, group, writer.pos, (frame, offset) =>
    writer.finishInto(frame, offset),
  );
}

/** Decodes a snapshot chunk (data is a view into `bytes`). @throws {PayloadError} FLINT_PAYLOAD_INVALID. */
export function decodeSnapshotChunk(bytes: Uint8Array): SnapshotChunk {
  return decodeWith('snapshot chunk', bytes, (input) => {
    const wire = flint.raft.SnapshotChunk.decode(input);
    const chunk: SnapshotChunk = {
      snapshotIndex: safeInteger(wire.snapshotIndex, 'snapshotIndex'),
      snapshotTerm: safeInteger(wire.snapshotTerm, 'snapshotTerm'),
      from: safeInteger(wire.from, 'from'),
      to: safeInteger(wire.to, 'to'),
      offset: safeInteger(wire.offset, 'offset'),
      totalBytes: safeInteger(wire.totalBytes, 'totalBytes'),
      last: wire.last === true,
      data: plainBytes(wire.data),
    };
    if (wire.message) chunk.message = raftMessageFromWire(wire.message);
    return chunk;
  });
}
