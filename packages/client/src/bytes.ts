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

/**
 * Byte strings in the store's order: unsigned bytes, a proper prefix first. (The same rule as
 * `@flintkv/pd`'s compareBytes; the client may import only `@flintkv/proto`.)
 */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
