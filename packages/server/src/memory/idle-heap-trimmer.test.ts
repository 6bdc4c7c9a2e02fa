import { getHeapStatistics } from 'node:v8';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { IdleHeapTrimmer } from './idle-heap-trimmer.js';

const MiB = 1024 * 1024;
let trimmer: IdleHeapTrimmer | undefined;
afterEach(() => trimmer?.stop());

describe('IdleHeapTrimmer', () => {
  it('gives back the young generation and garbage a burst left once the thread idles', async () => {
    // A burst whose objects survive a while: V8 grows the young generation for it and keeps it.
    let kept: object[] = [];
    for (let index = 0; index < 600_000; index++) {
      kept.push({ index, text: `value-${index}`, pair: [index, index] });
      if (kept.length > 60_000) kept = kept.slice(30_000);
    }
    kept = [];
    const grown = getHeapStatistics().total_physical_size;
    trimmer = new IdleHeapTrimmer(
      pino({ level: 'silent' }),
      { maxIdleUtilization: 0.5, minGrowthBytes: 4 * MiB, firstQuietWaitIntervals: 100, maxQuietWaitIntervals: 100 },
      50,
    );
    trimmer.start();
    const deadline = Date.now() + 20_000;
    let now = grown;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      now = getHeapStatistics().total_physical_size;
      if (now <= grown - 8 * MiB) break;
    }
    expect(now).toBeLessThanOrEqual(grown - 8 * MiB);
  });
});
