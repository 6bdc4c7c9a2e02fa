import { describe, expect, it } from 'vitest';
import { displayBytes } from './format/bytes.js';
import { parseKey, prefixRange } from './key-arguments.js';
import { UsageError } from './usage-error.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('parseKey', () => {
  it('reads text as UTF-8 and 0x… as hex bytes', () => {
    expect(parseKey('<key>', 'user/1')).toEqual(new Uint8Array(Buffer.from('user/1')));
    expect(parseKey('<key>', '0x00FF41')).toEqual(bytes(0x00, 0xff, 0x41));
  });

  it('reads back both display forms flint prints (after the shell drops the quotes)', () => {
    for (const key of [Buffer.from('user/ümlaut'), Buffer.from([0x39, 0xef]), Buffer.from('a\nb')]) {
      const shown = displayBytes(key);
      const typed = shown.startsWith('"') ? (JSON.parse(shown) as string) : shown;
      expect(parseKey('<key>', typed)).toEqual(new Uint8Array(key));
    }
  });

  it('refuses an empty key and 0x that is not hex, naming the argument', () => {
    expect(() => parseKey('<key>', '')).toThrow(UsageError);
    expect(() => parseKey('<key>', '')).toThrow(/^<key>: a key must not be empty/);
    expect(() => parseKey('--start', '0xzz')).toThrow(/--start: '0xzz' is not hex/);
    expect(() => parseKey('<key>', '0xabc')).toThrow(UsageError);
    expect(() => parseKey('<key>', '0x')).toThrow(UsageError);
  });
});

describe('prefixRange', () => {
  it('ends just past the last key with the prefix', () => {
    expect(prefixRange(bytes(0x61, 0x2f))).toEqual({ start: bytes(0x61, 0x2f), end: bytes(0x61, 0x30) });
    expect(prefixRange(bytes(0x61, 0xff, 0xff))).toEqual({ start: bytes(0x61, 0xff, 0xff), end: bytes(0x62) });
  });

  it('runs to the end of the key space when every byte is 0xff', () => {
    expect(prefixRange(bytes(0xff))).toEqual({ start: bytes(0xff), end: bytes() });
  });
});
