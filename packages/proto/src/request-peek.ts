/**
 * Reads a request's id and command kind from its protobuf bytes without decoding it: the
 * node's main thread forwards region requests as raw bytes, and with authentication on it must
 * still know what each one asks (a read, a write, an administration) to check the session's
 * role. Walks the top-level fields only; the command's own fields are skipped unread.
 */
import { FieldCursor, WireType } from './field-cursor.js';
import type { CommandType } from './kv-types.js';

/** Field number of each command in `Request`'s `oneof command` (proto/kv.proto). */
export const COMMAND_FIELD_NUMBERS: Readonly<Record<CommandType, number>> = {
  get: 10,
  put: 11,
  delete: 12,
  scan: 13,
  compareAndSwap: 14,
  batch: 15,
  status: 16,
  regions: 17,
  transferLeader: 18,
  compact: 19,
  checksum: 20,
  splitRegion: 21,
  allocateRegionIds: 22,
  moveRegionHost: 23,
  mergeRegion: 24,
  changeReplicas: 25,
  joinCluster: 26,
  removeMember: 27,
  authenticate: 28,
  putUser: 29,
  removeUser: 30,
  listUsers: 31,
  setAuth: 32,
  exportRegion: 33,
};

const COMMAND_BY_FIELD = new Map<number, CommandType>(
  Object.entries(COMMAND_FIELD_NUMBERS).map(([type, field]) => [field, type as CommandType]),
);

/** What {@link peekRequest} found. */
export interface PeekedRequest {
  requestId: number;
  command: CommandType;
}

/**
 * The request id and command kind of an encoded `Request`.
 *
 * @throws PayloadError (FLINT_PAYLOAD_INVALID) when the bytes are not a request with a known command.
 * @example
 * const { requestId, command } = peekRequest(frame.payload); // { requestId: 7, command: 'put' }
 */
export function peekRequest(payload: Uint8Array): PeekedRequest {
  const cursor = new FieldCursor(payload, 'request');
  let requestId = 0;
  while (cursor.more) {
    const tag = cursor.tag();
    const command = COMMAND_BY_FIELD.get(tag.field);
    if (command !== undefined) return { requestId, command };
    if (tag.field === 1 && tag.wireType === WireType.VARINT) requestId = cursor.varint();
    else cursor.skip(tag);
  }
  throw cursor.malformed('no command');
}

/**
 * {@link peekRequest}, or `undefined` for bytes that are not a request (the decoder downstream
 * refuses them with its reason).
 */
export function tryPeekRequest(payload: Uint8Array): PeekedRequest | undefined {
  try {
    return peekRequest(payload);
  } catch {
    return undefined;
  }
}
