import { describe, expect, it } from 'vitest';
import { benchReport, formatMilliseconds, formatProgressLine, renderBenchReport } from './bench-report.js';

const settings = { clients: 16, durationSeconds: 10, warmupSeconds: 1, valueSize: 256, readShare: 0.9, keys: 100_000 };
const latency = { count: 12_000, mean: 1.2, p50: 1.1, p95: 2.345, p99: 12.34, p999: 40, max: 250.4 };

describe('benchReport', () => {
  it('splits operations into reads (misses included) and writes', () => {
    const report = benchReport(settings, {
      operations: 12_000,
      durationMs: 10_000,
      operationsPerSecond: 1200,
      latency,
      outcomes: { read: 10_000, miss: 800, write: 1200 },
      errors: 0,
      drained: true,
    });
    expect(report).toMatchObject({ reads: 10_800, misses: 800, writes: 1200, operationsPerSecond: 1200 });
    expect(report.latencyMs).toEqual({ mean: 1.2, p50: 1.1, p95: 2.345, p99: 12.34, p999: 40, max: 250.4 });
  });
});

describe('renderBenchReport', () => {
  it('prints throughput and p50/p95/p99/max latency', () => {
    const text = renderBenchReport(
      benchReport(settings, {
        operations: 12_000,
        durationMs: 10_000,
        operationsPerSecond: 1200,
        latency,
        outcomes: { read: 10_800, write: 1200 },
        errors: 3,
        firstError: 'timeout',
        drained: true,
      }),
    );
    expect(text).toContain('16 clients, 10 s, 256-byte values, 90% reads, 100,000 keys');
    expect(text).toContain('throughput  1,200 ops/s');
    expect(text).toContain('p50 1.10 ms  p95 2.35 ms  p99 12.3 ms  max 250 ms');
    expect(text).toContain('errors      3 (first: timeout)');
  });
});

describe('formatMilliseconds', () => {
  it('keeps about three significant digits', () => {
    expect(formatMilliseconds(0.1234)).toBe('0.123 ms');
    expect(formatMilliseconds(5.678)).toBe('5.68 ms');
    expect(formatMilliseconds(56.78)).toBe('56.8 ms');
    expect(formatMilliseconds(567.8)).toBe('568 ms');
  });
});

describe('formatProgressLine', () => {
  it('says how long the warm-up has left, then ops and ops/s so far', () => {
    expect(
      formatProgressLine({ phase: 'warmup', measuredMs: -1500, operations: 0, operationsPerSecond: 0, errors: 0 }),
    ).toBe('warming up (2 s left)');
    expect(
      formatProgressLine({
        phase: 'measure',
        measuredMs: 3000,
        operations: 4500,
        operationsPerSecond: 1500,
        errors: 2,
      }),
    ).toBe('3 s: 4,500 ops, 1,500 ops/s, 2 errors');
  });
});
