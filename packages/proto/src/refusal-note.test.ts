import { describe, expect, it } from 'vitest';
import { encodeRefusalNote, REFUSAL_NOTE_MAX_BYTES, RefusalNoteReader } from './refusal-note.js';

describe('refusal note', () => {
  it('round-trips its text through chunks of any size', () => {
    const bytes = encodeRefusalNote('127.0.0.1:7201');
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0, 14]);
    const reader = new RefusalNoteReader();
    expect(reader.push(bytes.subarray(0, 1))).toBeUndefined();
    expect(reader.push(bytes.subarray(1, 5))).toBeUndefined();
    expect(reader.push(bytes.subarray(5))).toBe('127.0.0.1:7201');
  });

  it('cuts a long text to the limit, and reads a length over the limit as no note', () => {
    expect(encodeRefusalNote('x'.repeat(5000)).byteLength).toBe(2 + REFUSAL_NOTE_MAX_BYTES);
    expect(new RefusalNoteReader().push(Uint8Array.of(0xff, 0xff, 0x41))).toBe('');
  });
});
