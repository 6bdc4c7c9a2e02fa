/**
 * Coalesced heartbeats (CockroachDB / TiKV style): the Heartbeat and HeartbeatResponse messages
 * one node sends another in one turn, for all its idle groups, travel as ONE frame of kind
 * `COALESCED_HEARTBEATS` (group 0) instead of one RAFT_MESSAGE frame per group. With many
 * regions per node this is most of the idle traffic and most of the idle CPU.
 *
 * Payload, a fixed binary layout (all integers big-endian; u64 as high u32 then low u32, and
 * < 2^53 so it reads back as an exact JS number):
 * ```
 * offset 0   u64 from     sending node id
 * offset 8   u64 to       receiving node id
 * offset 16  u32 count
 * offset 20  count × 29 bytes:
 *              u8  type    6 = Heartbeat, 7 = HeartbeatResponse (raft MessageType)
 *              u32 group   Raft group / region id
 *              u64 term
 *              u64 commit
 *              u64 stamp   the message's index: a leader's lease send stamp, echoed by the response
 * ```
 * Only context-less heartbeats are coalesced ({@link isCoalescibleHeartbeat}): a heartbeat that
 * carries a ReadIndex context (or any other non-default field) keeps travelling as a plain
 * RAFT_MESSAGE, because ReadIndex confirmation depends on the context being echoed.
 */
import { PayloadError } from './errors.js';
import { DEFAULT_MAX_FRAME_BYTES, encodeFrameWith, FrameKind } from './frame.js';
import { type Message, MessageType } from './raft-types.js';
import { checkEncodable } from './wire-numbers.js';

/** Bytes of the payload before the tuples: from (8) + to (8) + count (4). */
export const COALESCED_HEARTBEATS_HEADER_BYTES = 20;
/** Bytes of one (type, group, term, commit, stamp) tuple. */
export const COALESCED_HEARTBEAT_BYTES = 29;
/** Most tuples one frame carries (≈ 1.4 MiB); a sender with more starts another frame. */
export const MAX_COALESCED_HEARTBEATS = 65_536;

/** The two message types that can be coalesced. */
export type CoalescedHeartbeatType = MessageType.Heartbeat | MessageType.HeartbeatResponse;

/** One coalesced heartbeat: everything a context-less (response to a) heartbeat carries besides from/to. */
export interface CoalescedHeartbeat {
  type: CoalescedHeartbeatType;
  group: number;
  term: number;
  commit: number;
  /** The message's index: the lease send stamp of a leader's heartbeat, echoed by its response (0: none). */
  stamp: number;
}

/** The content of one COALESCED_HEARTBEATS frame. */
export interface CoalescedHeartbeats {
  from: number;
  to: number;
  heartbeats: CoalescedHeartbeat[];
}

/**
 * Whether `message` can travel in a coalesced frame without losing anything: a Heartbeat or
 * HeartbeatResponse whose only non-default fields are from, to, term and commit. A heartbeat
 * with a context (ReadIndex confirmation) is not.
 */
export function isCoalescibleHeartbeat(message: Message): boolean {
  return (
    (message.type === MessageType.Heartbeat || message.type === MessageType.HeartbeatResponse) &&
    message.context.byteLength === 0 &&
    message.entries.length === 0 &&
    message.snapshot === undefined &&
    message.logTerm === 0 &&
    !message.reject &&
    message.rejectHint === 0
  );
}

/** The tuple of a coalescible message; check {@link isCoalescibleHeartbeat} first. */
export function coalescedHeartbeatOf(group: number, message: Message): CoalescedHeartbeat {
  return {
    type: message.type as CoalescedHeartbeatType,
    group,
    term: message.term,
    commit: message.commit,
    stamp: message.index,
  };
}

/** The raft Message a tuple stands for, as the sender's Raft produced it. */
export function expandCoalescedHeartbeat(from: number, to: number, heartbeat: CoalescedHeartbeat): Message {
  return {
    type: heartbeat.type,
    to,
    from,
    term: heartbeat.term,
    logTerm: 0,
    index: heartbeat.stamp,
    entries: [],
    commit: heartbeat.commit,
    reject: false,
    rejectHint: 0,
    context: new Uint8Array(0),
  };
}

const TWO_TO_32 = 2 ** 32;

function writeU64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, Math.floor(value / TWO_TO_32));
  view.setUint32(offset + 4, value >>> 0);
}

function readU64(view: DataView, offset: number, field: string): number {
  const high = view.getUint32(offset);
  // 2^53 = 2^21 · 2^32: any high word at or above 2^21 is out of the safe range.
  if (high >= 0x20_0000) {
    throw new PayloadError('FLINT_PAYLOAD_INVALID', `coalesced heartbeats: ${field} is not below 2^53`);
  }
  return high * TWO_TO_32 + view.getUint32(offset + 4);
}

function checkGroup(group: number): void {
  if (!Number.isInteger(group) || group < 0 || group >= TWO_TO_32) {
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `coalesced heartbeat group ${group} is not a u32`);
  }
}

/** Frame size of `count` tuples. */
function payloadBytesOf(count: number): number {
  return COALESCED_HEARTBEATS_HEADER_BYTES + count * COALESCED_HEARTBEAT_BYTES;
}

function writePayload(frame: Uint8Array, offset: number, batch: CoalescedHeartbeats): void {
  const view = new DataView(frame.buffer, frame.byteOffset + offset, payloadBytesOf(batch.heartbeats.length));
  writeU64(view, 0, batch.from);
  writeU64(view, 8, batch.to);
  view.setUint32(16, batch.heartbeats.length);
  let at = COALESCED_HEARTBEATS_HEADER_BYTES;
  for (const heartbeat of batch.heartbeats) {
    view.setUint8(at, heartbeat.type);
    view.setUint32(at + 1, heartbeat.group);
    writeU64(view, at + 5, heartbeat.term);
    writeU64(view, at + 13, heartbeat.commit);
    writeU64(view, at + 21, heartbeat.stamp);
    at += COALESCED_HEARTBEAT_BYTES;
  }
}

function checkBatch(batch: CoalescedHeartbeats): void {
  checkEncodable(batch.from, 'from');
  checkEncodable(batch.to, 'to');
  if (batch.heartbeats.length > MAX_COALESCED_HEARTBEATS) {
    throw new PayloadError(
      'FLINT_PAYLOAD_UNENCODABLE',
      `${batch.heartbeats.length} coalesced heartbeats exceed the limit of ${MAX_COALESCED_HEARTBEATS} per frame`,
    );
  }
  for (const heartbeat of batch.heartbeats) {
    if (heartbeat.type !== MessageType.Heartbeat && heartbeat.type !== MessageType.HeartbeatResponse) {
      throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `message type ${heartbeat.type} cannot be coalesced`);
    }
    checkGroup(heartbeat.group);
    checkEncodable(heartbeat.term, 'term');
    checkEncodable(heartbeat.commit, 'commit');
    checkEncodable(heartbeat.stamp, 'stamp');
  }
}

/**
 * Encodes the payload of a COALESCED_HEARTBEATS frame.
 * @throws {PayloadError} FLINT_PAYLOAD_UNENCODABLE on a bad type, a group outside u32, an
 * unsafe integer, or more than {@link MAX_COALESCED_HEARTBEATS} tuples.
 */
export function encodeCoalescedHeartbeats(batch: CoalescedHeartbeats): Uint8Array {
  checkBatch(batch);
  const payload = new Uint8Array(payloadBytesOf(batch.heartbeats.length));
  writePayload(payload, 0, batch);
  return payload;
}

/**
 * Encodes a whole COALESCED_HEARTBEATS frame (group 0), owning its ArrayBuffer.
 * @throws {PayloadError} as {@link encodeCoalescedHeartbeats}.
 */
export function encodeCoalescedHeartbeatsFrame(batch: CoalescedHeartbeats): Uint8Array {
  checkBatch(batch);
  return encodeFrameWith(
    FrameKind.COALESCED_HEARTBEATS,
    0,
    payloadBytesOf(batch.heartbeats.length),
    (frame, offset) => writePayload(frame, offset, batch),
    DEFAULT_MAX_FRAME_BYTES,
  );
}

/** Validates the fixed part and the length; returns the tuple count. */
function checkPayload(payload: Uint8Array): { view: DataView; count: number } {
  if (payload.byteLength < COALESCED_HEARTBEATS_HEADER_BYTES) {
    throw new PayloadError(
      'FLINT_PAYLOAD_INVALID',
      `coalesced heartbeats payload of ${payload.byteLength} bytes is shorter than its 20-byte header`,
    );
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const count = view.getUint32(16);
  if (payload.byteLength !== payloadBytesOf(count)) {
    throw new PayloadError(
      'FLINT_PAYLOAD_INVALID',
      `coalesced heartbeats payload announces ${count} tuples but holds ${payload.byteLength} bytes`,
    );
  }
  return { view, count };
}

/**
 * Decodes the payload of a COALESCED_HEARTBEATS frame.
 * @throws {PayloadError} FLINT_PAYLOAD_INVALID on a wrong length, an unknown tuple type or an
 * integer at or above 2^53.
 */
export function decodeCoalescedHeartbeats(payload: Uint8Array): CoalescedHeartbeats {
  const { view, count } = checkPayload(payload);
  const from = readU64(view, 0, 'from');
  const to = readU64(view, 8, 'to');
  const heartbeats: CoalescedHeartbeat[] = [];
  let at = COALESCED_HEARTBEATS_HEADER_BYTES;
  for (let index = 0; index < count; index++) {
    const type = view.getUint8(at);
    if (type !== MessageType.Heartbeat && type !== MessageType.HeartbeatResponse) {
      throw new PayloadError('FLINT_PAYLOAD_INVALID', `coalesced heartbeat ${index} has message type ${type}`);
    }
    heartbeats.push({
      type,
      group: view.getUint32(at + 1),
      term: readU64(view, at + 5, 'term'),
      commit: readU64(view, at + 13, 'commit'),
      stamp: readU64(view, at + 21, 'stamp'),
    });
    at += COALESCED_HEARTBEAT_BYTES;
  }
  return { from, to, heartbeats };
}

/**
 * Splits a COALESCED_HEARTBEATS payload into whole frames, one per part (`partOf(group)`, e.g.
 * the host of the group), reading only each tuple's group id: the main thread routes coalesced
 * heartbeats this way without decoding them. Tuples keep their order within a part; every
 * returned frame owns its ArrayBuffer (ready to transfer to a worker).
 * @throws {PayloadError} FLINT_PAYLOAD_INVALID when the payload's length does not match its count.
 */
export function partitionCoalescedHeartbeats(
  payload: Uint8Array,
  partOf: (group: number) => number,
): Map<number, Uint8Array> {
  const { view, count } = checkPayload(payload);
  const tupleOffsetsByPart = new Map<number, number[]>();
  let at = COALESCED_HEARTBEATS_HEADER_BYTES;
  for (let index = 0; index < count; index++) {
    const part = partOf(view.getUint32(at + 1));
    let offsets = tupleOffsetsByPart.get(part);
    if (offsets === undefined) {
      offsets = [];
      tupleOffsetsByPart.set(part, offsets);
    }
    offsets.push(at);
    at += COALESCED_HEARTBEAT_BYTES;
  }
  const frames = new Map<number, Uint8Array>();
  for (const [part, offsets] of tupleOffsetsByPart) {
    const frame = encodeFrameWith(FrameKind.COALESCED_HEARTBEATS, 0, payloadBytesOf(offsets.length), (bytes, start) => {
      bytes.set(payload.subarray(0, 16), start);
      new DataView(bytes.buffer, bytes.byteOffset + start + 16, 4).setUint32(0, offsets.length);
      let write = start + COALESCED_HEARTBEATS_HEADER_BYTES;
      for (const offset of offsets) {
        bytes.set(payload.subarray(offset, offset + COALESCED_HEARTBEAT_BYTES), write);
        write += COALESCED_HEARTBEAT_BYTES;
      }
    });
    frames.set(part, frame);
  }
  return frames;
}
