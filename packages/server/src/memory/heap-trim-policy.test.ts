import { describe, expect, it } from 'vitest';
import { type HeapTrimPolicy, HeapTrimSchedule } from './heap-trim-policy.js';

const MiB = 1024 * 1024;
const policy: HeapTrimPolicy = {
  maxIdleUtilization: 0.05,
  minGrowthBytes: 8 * MiB,
  firstQuietWaitIntervals: 2,
  maxQuietWaitIntervals: 8,
};

/** Feeds `count` idle intervals at `heap` bytes; returns the intervals (0-based) that trimmed. */
function idleIntervals(schedule: HeapTrimSchedule, count: number, heap: number, liveAfter = 10 * MiB): number[] {
  const trimmed: number[] = [];
  for (let interval = 0; interval < count; interval++) {
    if (schedule.shouldTrim({ utilization: 0.01, heapPhysicalBytes: heap })) {
      trimmed.push(interval);
      schedule.trimmed(liveAfter);
    }
  }
  return trimmed;
}

describe('HeapTrimSchedule', () => {
  it('trims an idle thread whose heap grew past the threshold, not a busy one', () => {
    const schedule = new HeapTrimSchedule(10 * MiB, policy);
    expect(schedule.shouldTrim({ utilization: 0.6, heapPhysicalBytes: 60 * MiB })).toBe(false);
    expect(schedule.shouldTrim({ utilization: 0.01, heapPhysicalBytes: 60 * MiB })).toBe(true);
  });

  it('leaves alone an idle heap that did not grow enough since the last trim', () => {
    const schedule = new HeapTrimSchedule(10 * MiB, policy);
    expect(idleIntervals(schedule, 20, 10 * MiB + 8 * MiB - 1)).toEqual([]);
  });

  it('backs off within one quiet spell: waits 2, then 4, then at most 8 intervals', () => {
    const schedule = new HeapTrimSchedule(10 * MiB, policy);
    // The heap keeps regrowing (V8 grows its young generation back): trims at 0, 3, 8, 17, 26.
    expect(idleIntervals(schedule, 30, 40 * MiB)).toEqual([0, 3, 8, 17, 26]);
  });

  it('starts the back-off over once the thread was busy', () => {
    const schedule = new HeapTrimSchedule(10 * MiB, policy);
    expect(idleIntervals(schedule, 4, 40 * MiB)).toEqual([0, 3]);
    expect(schedule.shouldTrim({ utilization: 0.5, heapPhysicalBytes: 80 * MiB })).toBe(false);
    expect(idleIntervals(schedule, 1, 40 * MiB)).toEqual([0]);
  });
});
