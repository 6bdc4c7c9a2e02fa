import { describe, expect, it } from 'vitest';
import { PairParser, RegionFileDigester } from './region-pairs.js';

function pairBytes(key: number[], value: number[]): Buffer {
  const lengths = (length: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(length);
    return bytes;
  };
  return Buffer.concat([lengths(key.length), Buffer.from(key), lengths(value.length), Buffer.from(value)]);
}

describe('PairParser', () => {
  it('returns each pair once it is whole, whatever the blocks', () => {
    const stream = Buffer.concat([pairBytes([1, 97], [1, 2, 3]), pairBytes([0, 2], []), pairBytes([1, 98], [9])]);
    const parser = new PairParser();
    const keys: number[][] = [];
    for (let offset = 0; offset < stream.length; offset += 3) {
      for (const [key] of parser.push(stream.subarray(offset, offset + 3))) keys.push([...key]);
    }
    expect(keys).toEqual([
      [1, 97],
      [0, 2],
      [1, 98],
    ]);
    expect(parser.leftoverBytes).toBe(0);
  });

  it('keeps a pair cut short as leftover bytes', () => {
    const parser = new PairParser();
    expect(parser.push(pairBytes([1, 97], [1, 2, 3]).subarray(0, 9))).toEqual([]);
    expect(parser.leftoverBytes).toBe(9);
  });
});

describe('RegionFileDigester', () => {
  it('counts user keys and digests their pairs only, alike however the bytes are cut', () => {
    const stream = Buffer.concat([pairBytes([0, 2], [7]), pairBytes([1, 97], [1]), pairBytes([1, 98], [2])]);
    const whole = new RegionFileDigester();
    whole.update(stream);
    const cut = new RegionFileDigester();
    cut.update(stream.subarray(0, 5));
    cut.update(stream.subarray(5));
    const withoutRecord = new RegionFileDigester();
    withoutRecord.update(stream.subarray(pairBytes([0, 2], [7]).length));
    expect(whole.digest()).toEqual(cut.digest());
    expect(whole.digest()).toMatchObject({ bytes: stream.length, pairs: 3, keyCount: 2 });
    // The region's own records are not user data: the data checksum ignores them.
    expect(withoutRecord.digest().dataChecksum).toBe(whole.digest().dataChecksum);
    expect(withoutRecord.digest().sha256).not.toBe(whole.digest().sha256);
  });
});
