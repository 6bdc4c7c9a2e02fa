import { describe, expect, it } from 'vitest';
import { compareBytes } from '@flintkv/proto';
import { parseSessionResultKey, SESSION_RANGE, sessionResultKey, sessionResultPrefix } from './kv-keys.js';

describe('session result keys', () => {
  it('round-trip client id and sequence, sort by sequence within a client, and stay in the session range', () => {
    const prefix = sessionResultPrefix('client-é-7');
    const sequences = [0, 1, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 5, Number.MAX_SAFE_INTEGER];
    const keys = sequences.map((sequence) => sessionResultKey(prefix, sequence));
    for (const [index, key] of keys.entries()) {
      expect(parseSessionResultKey(key)).toEqual({ clientId: 'client-é-7', sequence: sequences[index] });
      expect(compareBytes(key, SESSION_RANGE.lower)).toBeGreaterThanOrEqual(0);
      expect(compareBytes(key, SESSION_RANGE.upper)).toBeLessThan(0);
      if (index > 0) expect(compareBytes(keys[index - 1]!, key)).toBeLessThan(0);
    }
  });

  it('refuses keys that are not session results', () => {
    expect(() => parseSessionResultKey(Uint8Array.of(0x00, 0x02))).toThrow(/not a session result key/);
    const key = sessionResultKey(sessionResultPrefix('c'), 1);
    expect(() => parseSessionResultKey(key.subarray(0, key.byteLength - 1))).toThrow(/not a session result key/);
  });
});
