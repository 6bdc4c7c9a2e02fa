import { PayloadError } from './errors.js';

/** What protobufjs hands back for a 64-bit field: a number once Long support is off. */
export type WireInteger = number | { toNumber(): number } | null | undefined;

/**
 * Reads a decoded integer field as a safe JS number. Values at or above 2^53 cannot be
 * represented exactly, so a peer that sends one is sending garbage, not a big index.
 */
export function safeInteger(value: WireInteger, field: string): number {
  const number = value === null || value === undefined ? 0 : typeof value === 'number' ? value : value.toNumber();
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new PayloadError('FLINT_PAYLOAD_INVALID', `field ${field} is ${number}, not a safe non-negative integer`);
  }
  return number;
}

/** Reads a repeated integer field. */
export function safeIntegers(values: readonly WireInteger[] | null | undefined, field: string): number[] {
  if (!values) return [];
  return values.map((value) => safeInteger(value, field));
}

/** Checks an integer before encoding: protobufjs would silently wrap or truncate a bad one. */
export function checkEncodable(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `field ${field} is ${value}, not a safe non-negative integer`);
  }
  return value;
}

const EMPTY = new Uint8Array(0);

/**
 * Decoded bytes as a plain Uint8Array view (protobufjs gives Node Buffers viewing the input;
 * the view is kept, not copied: callers that retain it keep the input buffer alive).
 */
export function plainBytes(value: Uint8Array | null | undefined): Uint8Array {
  if (!value || value.byteLength === 0) return EMPTY;
  if (Object.getPrototypeOf(value) === Uint8Array.prototype) return value;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
