/**
 * The frame: the unit every TCP connection carries after its handshake.
 *
 * ```
 * offset 0  u32 length   big-endian; counts the bytes AFTER itself: 1 (kind) + 4 (group) + payload
 * offset 4  u8  kind     a FrameKind
 * offset 5  u32 group    big-endian; Raft group / region id (0 = node-level)
 * offset 9  payload      protobuf (or empty), `length - 5` bytes
 * ```
 * The size limit applies to `length`, so a frame occupies at most `4 + maxFrameBytes` bytes.
 */
import { FrameError } from './errors.js';

/** What a frame's payload is, so the receiver knows which decoder to use. */
export const FrameKind = {
  /** Peer: one Raft message (raft.proto `Message`). */
  RAFT_MESSAGE: 1,
  /** Peer: one piece of a streamed snapshot (raft.proto `SnapshotChunk`). */
  SNAPSHOT_CHUNK: 2,
  /** Client → server: kv.proto `Request`; group = region id (0 for node-level requests). */
  CLIENT_REQUEST: 3,
  /** Server → client: kv.proto `Response`; group echoes the request's. */
  CLIENT_RESPONSE: 4,
  /** Either side: liveness probe; the payload (≤ 64 bytes, opaque) is echoed in a PONG. */
  PING: 5,
  /** Either side: answer to a PING, same payload. */
  PONG: 6,
  /** Either side: "I am closing this connection"; payload is a UTF-8 reason. No frames follow it. */
  GOAWAY: 7,
  /**
   * Peer: the context-less Heartbeat/HeartbeatResponse messages of many groups in one frame
   * (group 0); see `coalesced-heartbeats.ts`.
   */
  COALESCED_HEARTBEATS: 8,
  /** Peer: the receiver's acknowledgement of snapshot chunks (raft.proto `SnapshotAck`). */
  SNAPSHOT_ACK: 9,
} as const;

/** One of the {@link FrameKind} values. */
export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind];

const KNOWN_KINDS: ReadonlySet<number> = new Set(Object.values(FrameKind));

/** Whether `kind` is a frame kind this protocol version defines. */
export function isFrameKind(kind: number): kind is FrameKind {
  return KNOWN_KINDS.has(kind);
}

/** The name of a frame kind, for logs. */
export function frameKindName(kind: number): string {
  for (const [name, value] of Object.entries(FrameKind)) if (value === kind) return name;
  return `UNKNOWN(${kind})`;
}

/** Bytes before the payload: length (4) + kind (1) + group (4). */
export const FRAME_HEADER_BYTES = 9;
/** Bytes of the length field itself. */
export const FRAME_LENGTH_BYTES = 4;
/** Bytes counted by `length` beyond the payload: kind (1) + group (4). */
const KIND_AND_GROUP_BYTES = 5;
/** Default cap on a frame's `length` field: 16 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** Largest group id a frame can carry. */
export const MAX_GROUP_ID = 0xffff_ffff;

/** The routing part of a frame, readable without touching the payload. */
export interface FrameHeader {
  kind: FrameKind;
  group: number;
  /** Payload length in bytes. */
  payloadBytes: number;
  /** Whole frame length in bytes, length field included (= 9 + payloadBytes). */
  frameBytes: number;
}

/** A whole frame as the decoder returns it. */
export interface Frame {
  kind: FrameKind;
  group: number;
  /** The payload; a view (no copy) into the decoder's input or assembly buffer. */
  payload: Uint8Array;
  /**
   * The whole raw frame, header included, as a view: forward it as is. To transfer it to a
   * worker thread, copy it first (`frame.bytes.slice()`) so its ArrayBuffer holds only this frame.
   */
  bytes: Uint8Array;
}

function checkGroup(group: number): void {
  if (!Number.isInteger(group) || group < 0 || group > MAX_GROUP_ID) {
    throw new FrameError('FLINT_FRAME_INVALID_ARGUMENT', `group ${group} is not a u32`);
  }
}

function checkKind(kind: number): void {
  if (!isFrameKind(kind)) throw new FrameError('FLINT_FRAME_UNKNOWN_KIND', `cannot send frame of unknown kind ${kind}`);
}

function writeHeader(frame: Uint8Array, kind: FrameKind, group: number, payloadBytes: number): void {
  const view = new DataView(frame.buffer, frame.byteOffset, FRAME_HEADER_BYTES);
  view.setUint32(0, payloadBytes + KIND_AND_GROUP_BYTES);
  view.setUint8(4, kind);
  view.setUint32(5, group);
}

/**
 * Allocates a frame of the right size, writes the header and lets `writePayload` fill
 * `payloadBytes` bytes at `offset` — the way to put an encoder's output straight into the
 * frame without an intermediate buffer.
 * @throws {FrameError} FLINT_FRAME_UNKNOWN_KIND / FLINT_FRAME_INVALID_ARGUMENT / FLINT_FRAME_TOO_LARGE.
 */
export function encodeFrameWith(
  kind: FrameKind,
  group: number,
  payloadBytes: number,
  writePayload: (frame: Uint8Array, offset: number) => void,
  maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES,
): Uint8Array {
  checkKind(kind);
  checkGroup(group);
  if (payloadBytes + KIND_AND_GROUP_BYTES > maxFrameBytes) {
    throw new FrameError(
      'FLINT_FRAME_TOO_LARGE',
      `a ${frameKindName(kind)} payload of ${payloadBytes} bytes exceeds the frame limit of ${maxFrameBytes} bytes`,
    );
  }
  const frame = new Uint8Array(FRAME_HEADER_BYTES + payloadBytes);
  writeHeader(frame, kind, group, payloadBytes);
  writePayload(frame, FRAME_HEADER_BYTES);
  return frame;
}

/**
 * Builds one frame: header then a copy of `payload`.
 * @throws {FrameError} on an unknown kind, a group outside u32, or a payload over the limit.
 */
export function encodeFrame(
  kind: FrameKind,
  group: number,
  payload: Uint8Array,
  maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES,
): Uint8Array {
  return encodeFrameWith(kind, group, payload.byteLength, (frame, offset) => frame.set(payload, offset), maxFrameBytes);
}

/**
 * Builds only the 9-byte header of a frame whose payload is written separately
 * (`socket.write(header); socket.write(payload)` under cork): no copy of the payload at all.
 */
export function encodeFrameHeader(
  kind: FrameKind,
  group: number,
  payloadBytes: number,
  maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES,
): Uint8Array {
  checkKind(kind);
  checkGroup(group);
  if (!Number.isInteger(payloadBytes) || payloadBytes < 0 || payloadBytes + KIND_AND_GROUP_BYTES > maxFrameBytes) {
    throw new FrameError('FLINT_FRAME_TOO_LARGE', `payload of ${payloadBytes} bytes exceeds the frame limit`);
  }
  const header = new Uint8Array(FRAME_HEADER_BYTES);
  writeHeader(header, kind, group, payloadBytes);
  return header;
}

/**
 * Reads and validates the header at the start of `bytes` without touching the payload, so the
 * main thread can route a raw frame by group. Returns `undefined` when fewer than 9 bytes are
 * available (the frame itself may still be incomplete: compare `frameBytes` to what you have).
 * @throws {FrameError} FLINT_FRAME_TOO_LARGE, FLINT_FRAME_MALFORMED, FLINT_FRAME_UNKNOWN_KIND.
 */
export function readFrameHeader(
  bytes: Uint8Array,
  maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES,
): FrameHeader | undefined {
  if (bytes.byteLength < FRAME_LENGTH_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = checkLength(view.getUint32(0), maxFrameBytes);
  if (bytes.byteLength < FRAME_HEADER_BYTES) return undefined;
  return {
    kind: checkReceivedKind(view.getUint8(4)),
    group: view.getUint32(5),
    payloadBytes: length - KIND_AND_GROUP_BYTES,
    frameBytes: FRAME_LENGTH_BYTES + length,
  };
}

/** Validates a received length field; shared by {@link readFrameHeader} and the decoder. */
export function checkLength(length: number, maxFrameBytes: number): number {
  if (length > maxFrameBytes) {
    throw new FrameError(
      'FLINT_FRAME_TOO_LARGE',
      `peer announced a frame of ${length} bytes, over the limit of ${maxFrameBytes}; closing the connection`,
    );
  }
  if (length < KIND_AND_GROUP_BYTES) {
    throw new FrameError('FLINT_FRAME_MALFORMED', `frame length ${length} is shorter than kind + group (5 bytes)`);
  }
  return length;
}

/** Validates a received kind byte. */
export function checkReceivedKind(kind: number): FrameKind {
  if (!isFrameKind(kind)) throw new FrameError('FLINT_FRAME_UNKNOWN_KIND', `received a frame of unknown kind ${kind}`);
  return kind;
}
