/**
 * Streaming a Raft snapshot in pieces (raft.proto `SnapshotChunk`, `SnapshotAck`): the sender
 * reads its state machine in chunks and never holds the whole snapshot; the receiver stages each
 * chunk on disk and acknowledges it, which paces the sender.
 */
import { encodeFrameWith, FrameKind } from './frame.js';
import { decodeWith, encodeWith, finishOwned, flint } from './protobuf-runtime.js';
import { raftMessageFromWire, raftMessageToWire } from './raft-codec.js';
import type { Message } from './raft-types.js';
import { checkEncodable, plainBytes, safeInteger } from './wire-numbers.js';

/** One piece of a snapshot (raft.proto `SnapshotChunk`). */
export interface SnapshotChunk {
  snapshotIndex: number;
  snapshotTerm: number;
  from: number;
  to: number;
  /** Byte offset of `data` within the stream. */
  offset: number;
  /** The sender's estimate of the stream's size, for progress (0: unknown). */
  totalBytes: number;
  last: boolean;
  data: Uint8Array;
  /** Only on the chunk at offset 0: the MSG_SNAPSHOT message (its `snapshot.data` names the stream). */
  message?: Message;
}

/** The receiver's acknowledgement of a snapshot stream's chunks (raft.proto `SnapshotAck`). */
export interface SnapshotAck {
  snapshotIndex: number;
  snapshotTerm: number;
  /** The receiver. */
  from: number;
  /** The sender of the stream. */
  to: number;
  /** Bytes of the stream staged on the receiver's disk. */
  offset: number;
  /** The receiver ends the stream; `reason` says why. */
  refused: boolean;
  reason: string;
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

/** Encodes a snapshot acknowledgement straight into a SNAPSHOT_ACK frame for `group`. */
export function encodeSnapshotAckFrame(group: number, ack: SnapshotAck): Uint8Array {
  const writer = encodeWith('snapshot ack', () =>
    flint.raft.SnapshotAck.encode({
      snapshotIndex: checkEncodable(ack.snapshotIndex, 'snapshotIndex'),
      snapshotTerm: checkEncodable(ack.snapshotTerm, 'snapshotTerm'),
      from: checkEncodable(ack.from, 'from'),
      to: checkEncodable(ack.to, 'to'),
      offset: checkEncodable(ack.offset, 'offset'),
      refused: ack.refused,
      reason: ack.reason,
    }),
  );
  return encodeFrameWith(FrameKind.SNAPSHOT_ACK, group, writer.pos, (frame, offset) =>
    writer.finishInto(frame, offset),
  );
}

/** Decodes a snapshot acknowledgement. @throws {PayloadError} FLINT_PAYLOAD_INVALID. */
export function decodeSnapshotAck(bytes: Uint8Array): SnapshotAck {
  return decodeWith('snapshot ack', bytes, (input) => {
    const wire = flint.raft.SnapshotAck.decode(input);
    return {
      snapshotIndex: safeInteger(wire.snapshotIndex, 'snapshotIndex'),
      snapshotTerm: safeInteger(wire.snapshotTerm, 'snapshotTerm'),
      from: safeInteger(wire.from, 'from'),
      to: safeInteger(wire.to, 'to'),
      offset: safeInteger(wire.offset, 'offset'),
      refused: wire.refused === true,
      reason: wire.reason ?? '',
    };
  });
}
