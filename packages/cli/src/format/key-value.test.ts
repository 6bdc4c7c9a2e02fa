import { describe, expect, it } from 'vitest';
import { formatPair } from './key-value.js';

const pair = { key: Buffer.from('user/1'), value: Buffer.from('ada') };

describe('formatPair', () => {
  it('prints key TAB value in text form', () => {
    expect(formatPair(pair, 'text', false)).toBe('"user/1"\t"ada"');
  });

  it('prints one JSON object per pair with --json', () => {
    expect(JSON.parse(formatPair(pair, 'text', true))).toEqual({ key: 'user/1', value: 'ada' });
  });

  it('prints both sides as hex with --hex', () => {
    expect(formatPair(pair, 'hex', false)).toBe('757365722f31\t616461');
  });

  it('keeps a value with a newline on one line', () => {
    expect(formatPair({ key: pair.key, value: Buffer.from('a\nb') }, 'text', false)).toBe('"user/1"\t0x610a62');
  });

  it('names JSON fields after their form: keyHex/valueHex for bytes that are not text', () => {
    expect(JSON.parse(formatPair({ key: Buffer.from([0xff]), value: pair.value }, 'text', true))).toEqual({
      keyHex: 'ff',
      value: 'ada',
    });
    expect(JSON.parse(formatPair(pair, 'hex', true))).toEqual({ keyHex: '757365722f31', valueHex: '616461' });
  });
});
