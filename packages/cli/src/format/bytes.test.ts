import { describe, expect, it } from 'vitest';
import { displayBytes, displayRange, encodeBytes, jsonBytes, toHex } from './bytes.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('displayBytes', () => {
  it('shows printable UTF-8 as quoted text, so text that looks like hex is not taken for hex', () => {
    expect(displayBytes(Buffer.from('user/ümlaut'))).toBe('"user/ümlaut"');
    expect(displayBytes(Buffer.from('0x41'))).toBe('"0x41"');
    expect(displayBytes(Buffer.from('say "hi"'))).toBe('"say \\"hi\\""');
  });

  it('shows bytes that are not valid UTF-8 as 0x-hex', () => {
    expect(displayBytes(bytes(0xff, 0x00, 0x41))).toBe('0xff0041');
  });

  it('shows text with control characters as hex, so a line or table cell never breaks', () => {
    expect(displayBytes(Buffer.from('a\nb'))).toBe('0x610a62');
    expect(displayBytes(Buffer.from('a\tb'))).toBe('0x610962');
  });
});

describe('encodeBytes', () => {
  it('uses plain hex (no prefix) when asked for hex', () => {
    expect(encodeBytes(Buffer.from('AB'), 'hex')).toBe('4142');
    expect(toHex(bytes(1, 2, 255))).toBe('0102ff');
  });

  it('reads hex from the view, not from the whole underlying buffer', () => {
    const whole = Buffer.from('xxABxx');
    expect(toHex(whole.subarray(2, 4))).toBe('4142');
  });
});

describe('displayRange', () => {
  it('names the open ends of the key space', () => {
    expect(displayRange(bytes(), bytes())).toBe('[-inf, +inf)');
    expect(displayRange(Buffer.from('m'), bytes())).toBe('["m", +inf)');
    expect(displayRange(bytes(), Buffer.from('m'))).toBe('[-inf, "m")');
  });

  it('shows each bound in its own form, text quoted and bytes as 0x-hex', () => {
    expect(displayRange(Buffer.from('51'), bytes(0x39, 0xef))).toBe('["51", 0x39ef)');
  });
});

describe('jsonBytes', () => {
  it('names the field after the form of its value', () => {
    expect(jsonBytes('key', Buffer.from('user/1'))).toEqual({ key: 'user/1' });
    expect(jsonBytes('key', bytes(0x39, 0xef))).toEqual({ keyHex: '39ef' });
    expect(jsonBytes('key', bytes())).toEqual({ key: '' });
    expect(jsonBytes('key', Buffer.from('AB'), 'hex')).toEqual({ keyHex: '4142' });
  });
});
