import { type ConfChange, type ConfChangeSingle, ConfChangeTransition, ConfChangeType } from './raft-types.js';

/**
 * Compact binary form of a {@link ConfChange}, the payload of `EntryType.ConfChange` log entries:
 *
 * `u8 version (1) | u8 transition | varint count | count × (u8 type | varint nodeId) | varint contextLength | context`
 *
 * Varints are unsigned LEB128 over safe integers. An empty payload decodes as the empty change
 * (leave a joint configuration), so a zero-length entry is always a valid leave request.
 */

const CODEC_VERSION = 1;

/** A ConfChange payload could not be decoded. */
export class ConfChangeDecodeError extends Error {
  readonly code = 'FLINT_CONF_CHANGE_DECODE';
  constructor(message: string) {
    super(`cannot decode conf change: ${message}`);
    this.name = 'ConfChangeDecodeError';
  }
}

function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

function writeVarint(buffer: Uint8Array, offset: number, value: number): number {
  while (value >= 0x80) {
    buffer[offset++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[offset++] = value;
  return offset;
}

function checkSafe(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative safe integer`);
}

/** Encodes a membership change for a log entry. */
export function encodeConfChange(change: ConfChange): Uint8Array {
  let size = 2 + varintLength(change.changes.length);
  for (const single of change.changes) {
    checkSafe(single.nodeId, 'nodeId');
    size += 1 + varintLength(single.nodeId);
  }
  size += varintLength(change.context.length) + change.context.length;
  const buffer = new Uint8Array(size);
  buffer[0] = CODEC_VERSION;
  buffer[1] = change.transition;
  let offset = writeVarint(buffer, 2, change.changes.length);
  for (const single of change.changes) {
    buffer[offset++] = single.type;
    offset = writeVarint(buffer, offset, single.nodeId);
  }
  offset = writeVarint(buffer, offset, change.context.length);
  buffer.set(change.context, offset);
  return buffer;
}

class Reader {
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.offset >= this.bytes.length) throw new ConfChangeDecodeError('truncated payload');
    return this.bytes[this.offset++]!;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (!Number.isSafeInteger(value)) throw new ConfChangeDecodeError('varint exceeds 2^53');
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
  }

  bytesOf(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new ConfChangeDecodeError('truncated context');
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}

/** Decodes a membership change; throws {@link ConfChangeDecodeError} on malformed input. */
export function decodeConfChange(bytes: Uint8Array): ConfChange {
  if (bytes.length === 0) return { transition: ConfChangeTransition.Auto, changes: [], context: new Uint8Array(0) };
  const reader = new Reader(bytes);
  const version = reader.byte();
  if (version !== CODEC_VERSION) throw new ConfChangeDecodeError(`unknown version ${version}`);
  const transition = reader.byte();
  if (!(transition in ConfChangeTransition)) throw new ConfChangeDecodeError(`unknown transition ${transition}`);
  const count = reader.varint();
  if (count > bytes.length) throw new ConfChangeDecodeError(`implausible change count ${count}`);
  const changes: ConfChangeSingle[] = [];
  for (let i = 0; i < count; i++) {
    const type = reader.byte();
    if (!(type in ConfChangeType)) throw new ConfChangeDecodeError(`unknown change type ${type}`);
    changes.push({ type, nodeId: reader.varint() });
  }
  const context = reader.bytesOf(reader.varint());
  if (reader.offset !== bytes.length) throw new ConfChangeDecodeError('trailing bytes');
  return { transition, changes, context };
}
