/** How keys and values are shown: one display form (quoted text or 0x-hex), or plain hex. */
export type ByteEncoding = 'text' | 'hex';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Lower-case hex of `bytes`, no prefix. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/**
 * The UTF-8 text of `bytes` when it is valid and free of control characters (so it can share
 * a line or a table cell with other text), else undefined.
 */
export function printableText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must not reach a terminal.
  return /[\u0000-\u001f\u007f-\u009f]/.test(text) ? undefined : text;
}

/**
 * The one display form of a key or value: printable text in double quotes (JSON string
 * escapes), anything else `0x` + hex. The quotes tell the two apart: `"0x41"` is text,
 * `0x41` is the byte 0x41 — and each form can be typed back as a `flint` argument
 * (see `parseKey`).
 */
export function displayBytes(bytes: Uint8Array): string {
  const text = printableText(bytes);
  return text === undefined ? `0x${toHex(bytes)}` : JSON.stringify(text);
}

/** `bytes` in the chosen encoding: plain hex, or {@link displayBytes}. */
export function encodeBytes(bytes: Uint8Array, encoding: ByteEncoding): string {
  return encoding === 'hex' ? toHex(bytes) : displayBytes(bytes);
}

/** A region's range `[start, end)` for a person; empty bounds are the ends of the key space. */
export function displayRange(startKey: Uint8Array, endKey: Uint8Array): string {
  const start = startKey.length === 0 ? '-inf' : displayBytes(startKey);
  const end = endKey.length === 0 ? '+inf' : displayBytes(endKey);
  return `[${start}, ${end})`;
}

/**
 * Bytes as a JSON field: `{ [name]: text }` when printable (or empty), else
 * `{ [name + 'Hex']: hex }` — the field's name says which form its value is in. With
 * `encoding` 'hex' it is always the hex field.
 *
 * @example
 * jsonBytes('key', Buffer.from('user/1')); // { key: 'user/1' }
 * jsonBytes('key', Uint8Array.of(0xff)); // { keyHex: 'ff' }
 */
export function jsonBytes(name: string, bytes: Uint8Array, encoding: ByteEncoding = 'text'): Record<string, string> {
  const text = encoding === 'hex' ? undefined : printableText(bytes);
  return text === undefined ? { [`${name}Hex`]: toHex(bytes) } : { [name]: text };
}
