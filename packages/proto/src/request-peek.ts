/**
 * Reads a request's id and command kind from its protobuf bytes without decoding it: the
 * node's main thread forwards region requests as raw bytes, and with authentication on it must
 * still know what each one asks (a read, a write, an administration) to check the session's
 * role. Walks the top-level fields only; the command's own fields are skipped unread.
 */
import { PayloadError } from './errors.js';
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
};

const COMMAND_BY_FIELD = new Map<number, CommandType>(
  Object.entries(COMMAND_FIELD_NUMBERS).map(([type, field]) => [field, type as CommandType]),
);

/** What {@link peekRequest} found. */
export interface PeekedRequest {
  requestId: number;
  command: CommandType;
}

function malformed(what: string): PayloadError {
  return new PayloadError('FLINT_PAYLOAD_INVALID', `request: ${what}`);
}

/**
 * The request id and command kind of an encoded `Request`.
 *
 * @throws PayloadError (FLINT_PAYLOAD_INVALID) when the bytes are not a request with a known command.
 * @example
 * const { requestId, command } = peekRequest(frame.payload); // { requestId: 7, command: 'put' }
 */
export function peekRequest(payload: Uint8Array): PeekedRequest {
  let position = 0;
  let requestId = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let index = 0; index < 10; index++) {
      if (position >= payload.length) throw malformed('truncated varint');
      const byte = payload[position++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    throw malformed('varint longer than 10 bytes');
  };
  while (position < payload.length) {
    const tag = varint();
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    const command = COMMAND_BY_FIELD.get(field);
    if (command !== undefined) return { requestId, command };
    switch (wireType) {
      case 0: {
        const value = varint();
        if (field === 1) requestId = value;
        break;
      }
      case 1:
        position += 8;
        break;
      case 2: {
        // Read first: `position += varint()` would add to the position from before the length.
        const length = varint();
        position += length;
        break;
      }
      case 5:
        position += 4;
        break;
      default:
        throw malformed(`unsupported wire type ${wireType} of field ${field}`);
    }
    if (position > payload.length) throw malformed(`field ${field} runs past the end`);
  }
  throw malformed('no command');
}
