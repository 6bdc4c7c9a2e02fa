import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesEqual, compareBytes } from './bytes.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('compareBytes', () => {
  it('orders by unsigned byte value, not by signed or text value', () => {
    expect(compareBytes(bytes(0x7f), bytes(0x80))).toBeLessThan(0);
    expect(compareBytes(bytes(0xff), bytes(0x00))).toBeGreaterThan(0);
  });

  it('sorts a proper prefix before the longer key', () => {
    expect(compareBytes(bytes(1, 2), bytes(1, 2, 0))).toBeLessThan(0);
    expect(compareBytes(new Uint8Array(0), bytes(0))).toBeLessThan(0);
    expect(compareBytes(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(0);
  });

  it('agrees with Buffer.compare (the order LevelDB uses) on arbitrary keys', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 }), (a, b) => {
        expect(Math.sign(compareBytes(a, b))).toBe(Buffer.compare(a, b));
        expect(bytesEqual(a, b)).toBe(Buffer.compare(a, b) === 0);
      }),
    );
  });
});
