import { describe, expect, it } from 'vitest';
import { mapBoundedParallel } from './bounded-parallel.js';

describe('mapBoundedParallel', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapBoundedParallel([5, 1, 4, 2, 3, 0, 6], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item));
      running--;
      return item * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      mapBoundedParallel([1, 2, 3, 4, 5], 1, async (item) => {
        started.push(item);
        if (item === 2) throw new Error('item 2 failed');
        return item;
      }),
    ).rejects.toThrow('item 2 failed');
    expect(started).toEqual([1, 2]);
  });

  it('handles no items', async () => {
    expect(await mapBoundedParallel([], 4, async () => 1)).toEqual([]);
  });
});
