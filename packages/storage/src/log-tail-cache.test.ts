import { type Entry, EntryType } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { cachedEntryBytes, LogTailCache } from './log-tail-cache.js';

const entry = (index: number, size = 100): Entry => ({
  index,
  term: 1,
  type: EntryType.Normal,
  data: new Uint8Array(size),
});
const perEntry = cachedEntryBytes(entry(0));

describe('LogTailCache', () => {
  it('evicts the oldest entries to stay within its byte bound', () => {
    const cache = new LogTailCache(perEntry * 3);
    cache.append([1, 2, 3, 4, 5].map((index) => entry(index)));
    expect([cache.firstIndex, cache.size, cache.bytes]).toEqual([3, 3, perEntry * 3]);
    expect(cache.get(2)).toBeUndefined();
    expect(cache.get(5)?.index).toBe(5);
  });

  it('replaces a suffix when appended entries overlap it, and restarts on a gap', () => {
    const cache = new LogTailCache(1 << 20);
    cache.append([1, 2, 3, 4].map((index) => entry(index)));
    const replacement = { ...entry(3), term: 2 };
    cache.append([replacement]);
    expect([cache.size, cache.get(3)]).toEqual([3, replacement]);
    expect(cache.get(4)).toBeUndefined();
    cache.append([entry(9)]);
    expect([cache.firstIndex, cache.size]).toEqual([9, 1]);
  });

  it('drops a compacted prefix and never keeps an entry larger than its bound', () => {
    const cache = new LogTailCache(perEntry * 2);
    cache.append([entry(1), entry(2)]);
    cache.dropBefore(2);
    expect([cache.firstIndex, cache.size]).toEqual([2, 1]);
    cache.append([entry(3, 10_000)]);
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
});
