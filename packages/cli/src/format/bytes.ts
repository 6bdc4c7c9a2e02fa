/** How keys and values are shown: UTF-8 text (escaped where unprintable) or hex. */
export type ByteEncoding = 'text' | 'hex';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Lower-case hex of `bytes`, no prefix. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** The UTF-8 text of `bytes`, or undefined when they are not valid UTF-8. */
function strictText(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A key or value for a person: its UTF-8 text when that is valid and free of control
 * characters, otherwise `0x` + hex, so a table cell never breaks a line or hides a byte.
 */
export function displayBytes(bytes: Uint8Array): string {
  const text = strictText(bytes);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must not reach a terminal.
  if (text !== undefined && !/[\u0000-\u001f\u007f-\u009f]/.test(text)) return text;
  return `0x${toHex(bytes)}`;
}

/** `bytes` in the chosen encoding: hex, or {@link displayBytes}. */
export function encodeBytes(bytes: Uint8Array, encoding: ByteEncoding): string {
  return encoding === 'hex' ? toHex(bytes) : displayBytes(bytes);
}

/** A region's range `[start, end)` for a person; empty bounds are the ends of the key space. */
export function displayRange(startKey: Uint8Array, endKey: Uint8Array): string {
  const start = startKey.length === 0 ? '-inf' : displayBytes(startKey);
  const end = endKey.length === 0 ? '+inf' : displayBytes(endKey);
  return `[${start}, ${end})`;
}
