/**
 * A short note a listener may send right after a refusing hello reply, before it closes:
 * `u16 length | UTF-8 text` (big-endian length, at most {@link REFUSAL_NOTE_MAX_BYTES}).
 * It leaves the hello and reply layouts alone: a dialer that does not read it just sees the
 * refusal, and a listener that does not send it is still understood.
 *
 * After a `ROLE` refusal the note is the `host:port` that serves the dialer's role — the
 * peer port tells a client where the node's client port is.
 */

/** Longest note text, in UTF-8 bytes. */
export const REFUSAL_NOTE_MAX_BYTES = 1024;

/**
 * Encodes `text` as a refusal note, cut to {@link REFUSAL_NOTE_MAX_BYTES}.
 *
 * @example
 * socket.write(encodeHelloReply({ ...reply, status: HandshakeStatus.ROLE }));
 * socket.end(encodeRefusalNote('127.0.0.1:7201'));
 */
export function encodeRefusalNote(text: string): Uint8Array {
  const body = new TextEncoder().encode(text).subarray(0, REFUSAL_NOTE_MAX_BYTES);
  const bytes = new Uint8Array(2 + body.byteLength);
  new DataView(bytes.buffer).setUint16(0, body.byteLength);
  bytes.set(body, 2);
  return bytes;
}

/**
 * Collects a refusal note from socket chunks: `push` returns its text once complete, and
 * `undefined` before. A length over the limit yields `''` (no usable note) at once.
 */
export class RefusalNoteReader {
  private buffer = new Uint8Array(0);

  /** Adds a chunk; returns the note's text once it has arrived whole. */
  push(chunk: Uint8Array): string | undefined {
    const joined = new Uint8Array(this.buffer.byteLength + chunk.byteLength);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.byteLength);
    this.buffer = joined;
    if (this.buffer.byteLength < 2) return undefined;
    const length = new DataView(this.buffer.buffer).getUint16(0);
    if (length > REFUSAL_NOTE_MAX_BYTES) return '';
    if (this.buffer.byteLength < 2 + length) return undefined;
    return new TextDecoder().decode(this.buffer.subarray(2, 2 + length));
  }
}
