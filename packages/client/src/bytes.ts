import { FlintError } from './errors.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** A key or value as callers pass it: text (encoded as UTF-8) or raw bytes. */
export type BytesLike = string | Uint8Array;

/** The bytes of a key or value; strings are UTF-8. */
export function toBytes(value: BytesLike, what: string): Uint8Array {
  if (typeof value === 'string') return encoder.encode(value);
  if (value instanceof Uint8Array) return value;
  throw new FlintError('FLINT_INVALID_ARGUMENT', `${what} must be a string or a Uint8Array, got ${typeof value}.`);
}

/** UTF-8 text of bytes (invalid sequences become U+FFFD). */
export function toText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
