const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A key for an error message: printable UTF-8 in double quotes, anything else `0x` + hex —
 * the same form `flint` prints and accepts, so a refused key can be typed back.
 *
 * @example
 * ```ts
 * displayKey(new TextEncoder().encode('user/1')); // '"user/1"'
 * displayKey(Uint8Array.of(0xff)); // '0xff'
 * ```
 */
export function displayKey(key: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(key);
  } catch {
    return hexOf(key);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters would break the one-line message.
  return /[\u0000-\u001f\u007f-\u009f]/.test(text) ? hexOf(key) : JSON.stringify(text);
}

/**
 * A region's range `[start, end)` for a message; empty bounds are the ends of the key space.
 *
 * @example
 * ```ts
 * displayRange(new Uint8Array(0), new TextEncoder().encode('m')); // '[-inf, "m")'
 * ```
 */
export function displayRange(startKey: Uint8Array, endKey: Uint8Array): string {
  const start = startKey.length === 0 ? '-inf' : displayKey(startKey);
  const end = endKey.length === 0 ? '+inf' : displayKey(endKey);
  return `[${start}, ${end})`;
}

function hexOf(key: Uint8Array): string {
  let hex = '0x';
  for (const byte of key) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
