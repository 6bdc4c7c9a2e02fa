import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type ClosedLoopProgress, runClosedLoop } from './closed-loop.js';

describe('runClosedLoop', () => {
  it('counts only operations that started and finished inside the window', async () => {
    const starts: number[] = [];
    let windowStart = Number.NaN;
    let windowEnd = Number.NaN;
    const result = await runClosedLoop({
      concurrency: 4,
      warmupMs: 60,
      durationMs: 200,
      step: () => async () => {
        starts.push(performance.now());
        await nextTurn();
        return 'done' as const;
      },
      onWindowStart: () => {
        windowStart = performance.now();
      },
      onWindowEnd: () => {
        windowEnd = performance.now();
      },
    });
    expect(result.operations).toBeGreaterThan(0);
    expect(result.outcomes.done).toBe(result.operations);
    expect(result.latency.count).toBe(result.operations);
    expect(result.operationsPerSecond).toBeCloseTo(result.operations / 0.2, 5);
    // Operations of the warm-up ran but were not counted.
    expect(starts.length).toBeGreaterThan(result.operations);
    expect(windowEnd).toBeGreaterThan(windowStart);
    expect(result.errors).toBe(0);
    expect(result.drained).toBe(true);
  });

  it('keeps each worker to one operation in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await runClosedLoop({
      concurrency: 3,
      warmupMs: 0,
      durationMs: 50,
      step: () => async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await nextTurn();
        inFlight--;
        return 'done' as const;
      },
    });
    expect(most).toBe(3);
  });

  it('stops after maxErrors failures and reports the first one, still pairing the window edges', async () => {
    const edges: string[] = [];
    const result = await runClosedLoop({
      concurrency: 2,
      warmupMs: 10_000,
      durationMs: 10_000,
      maxErrors: 5,
      step: () => async () => {
        throw new Error('cluster unavailable');
      },
      onWindowStart: () => edges.push('start'),
      onWindowEnd: () => edges.push('end'),
    });
    expect(result.errors).toBeGreaterThanOrEqual(5);
    expect(result.errors).toBeLessThanOrEqual(6);
    expect(result.firstError).toBe('cluster unavailable');
    expect(result.operations).toBe(0);
    expect(edges).toEqual(['start', 'end']);
  });

  it('starts no more than maxOperations operations', async () => {
    let started = 0;
    await runClosedLoop({
      concurrency: 8,
      warmupMs: 0,
      durationMs: 10_000,
      maxOperations: 100,
      step: () => async () => {
        started++;
        await nextTurn();
        return 'done' as const;
      },
    });
    expect(started).toBe(100);
  });

  it('reports progress from the warm-up to a last report with the final count', async () => {
    const reports: ClosedLoopProgress[] = [];
    const result = await runClosedLoop({
      concurrency: 1,
      warmupMs: 30,
      durationMs: 100,
      progressIntervalMs: 10,
      step: () => async () => {
        await nextTurn();
        return 'done' as const;
      },
      onProgress: (progress) => reports.push(progress),
    });
    expect(reports[0]!.phase).toBe('warmup');
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ phase: 'measure', measuredMs: 100, operations: result.operations });
    expect(last.operationsPerSecond).toBeCloseTo(result.operationsPerSecond, 5);
  });

  it('refuses a concurrency below 1', async () => {
    await expect(
      runClosedLoop({ concurrency: 0, warmupMs: 0, durationMs: 10, step: () => async () => 'done' as const }),
    ).rejects.toThrow(RangeError);
  });
});
