import { UsageError } from './usage-error.js';

/**
 * A key as typed on the command line: `0x` followed by pairs of hex digits is bytes, anything
 * else is UTF-8 text — the same two forms `flint` prints (`"text"` loses its quotes in the
 * shell). A text key that itself starts with `0x` must therefore be given in hex.
 * @param what the argument or flag, for the message (`<key>`, `--start`).
 * @throws {UsageError} for an empty key or a `0x` argument that is not hex.
 *
 * @example
 * parseKey('<key>', 'user/1'); // the bytes of 'user/1'
 * parseKey('<key>', '0x00ff'); // Uint8Array [0x00, 0xff]
 */
export function parseKey(what: string, argument: string): Uint8Array {
  if (argument === '') throw new UsageError(`${what}: a key must not be empty.`);
  if (!/^0x/i.test(argument)) return new Uint8Array(Buffer.from(argument, 'utf8'));
  const digits = argument.slice(2);
  if (digits === '' || digits.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(digits)) {
    throw new UsageError(
      `${what}: '${argument}' is not hex: after 0x give pairs of hex digits (a text key that starts with 0x must be given in hex too).`,
    );
  }
  return new Uint8Array(Buffer.from(digits, 'hex'));
}

/**
 * The range `[start, end)` of every key that starts with `prefix`: `end` is the prefix with its
 * last byte below 0xff incremented and what follows dropped; empty (the end of the key
 * space) when every byte is 0xff.
 */
export function prefixRange(prefix: Uint8Array): { start: Uint8Array; end: Uint8Array } {
  let last = prefix.length - 1;
  while (last >= 0 && prefix[last] === 0xff) last--;
  if (last < 0) return { start: prefix, end: new Uint8Array(0) };
  const end = prefix.slice(0, last + 1);
  end[last]! += 1;
  return { start: prefix, end };
}
