import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiskProbeResult } from '../data-directory/disk-probe.js';
import { DISK_PROBE_INTERVAL_MS, DISK_RESTART_BACKOFF_MAX_MS, DiskFullHosts } from './disk-full-hosts.js';

const full: DiskProbeResult = { room: false, reason: 'ENOSPC: no space left on device' };
const room: DiskProbeResult = { room: true };

function harness() {
  const lines: { level: number; msg: string; host?: number; code?: string }[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  let probeResult = full;
  const probes: number[] = [];
  const restarts: number[] = [];
  const gauge: boolean[] = [];
  const hosts = new DiskFullHosts({
    logger,
    probe: async () => {
      probes.push(Date.now());
      return probeResult;
    },
    restart: (hostIndex) => restarts.push(hostIndex),
    onChange: (anyStopped) => gauge.push(anyStopped),
  });
  return {
    hosts,
    lines,
    probes,
    restarts,
    gauge,
    diskHas: (result: DiskProbeResult) => {
      probeResult = result;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DiskFullHosts', () => {
  it('logs a stop once with FLINT_DISK_FULL, sets the gauge, probes every second and restarts the host once the disk has room', async () => {
    const { hosts, lines, probes, restarts, gauge, diskHas } = harness();
    hosts.stopped(1, 'no space left on device');
    expect(hosts.holds(1)).toBe(true);
    expect(gauge).toEqual([true]);
    expect(lines.filter((line) => line.level === 50)).toMatchObject([{ host: 1, code: 'FLINT_DISK_FULL' }]);

    await vi.advanceTimersByTimeAsync(3 * DISK_PROBE_INTERVAL_MS);
    expect(probes).toHaveLength(3);
    expect(restarts).toEqual([]);

    diskHas(room);
    await vi.advanceTimersByTimeAsync(DISK_PROBE_INTERVAL_MS);
    expect(restarts).toEqual([1]);
    // Restarting: not asked again while the host opens its database.
    await vi.advanceTimersByTimeAsync(3 * DISK_PROBE_INTERVAL_MS);
    expect(restarts).toEqual([1]);

    hosts.started(1);
    expect(hosts.holds(1)).toBe(false);
    expect(gauge).toEqual([true, false]);
    expect(lines.at(-1)).toMatchObject({ host: 1, code: 'FLINT_DISK_FULL', msg: expect.stringMatching(/space again/) });
    const probesWhenDone = probes.length;
    await vi.advanceTimersByTimeAsync(5 * DISK_PROBE_INTERVAL_MS);
    expect(probes).toHaveLength(probesWhenDone);
  });

  it('backs off, doubling, when a restarted host fails again at once; the gauge stays set throughout', async () => {
    const { hosts, lines, restarts, gauge, diskHas } = harness();
    diskHas(room);
    hosts.stopped(0, 'no space left on device');
    await vi.advanceTimersByTimeAsync(DISK_PROBE_INTERVAL_MS);
    expect(restarts).toEqual([0]);
    hosts.stopped(0, 'the database cannot be opened: its disk is full');
    expect(lines.filter((line) => line.level === 50)).toHaveLength(1);
    expect(lines.at(-1)).toMatchObject({ level: 40, host: 0, retryInMs: 2 * DISK_PROBE_INTERVAL_MS });
    await vi.advanceTimersByTimeAsync(DISK_PROBE_INTERVAL_MS);
    expect(restarts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(DISK_PROBE_INTERVAL_MS);
    expect(restarts).toEqual([0, 0]);
    for (let failures = 2; failures < 10; failures++) hosts.stopped(0, 'still full');
    expect(lines.at(-1)).toMatchObject({ retryInMs: DISK_RESTART_BACKOFF_MAX_MS });
    expect(gauge).toEqual([true]);
  });

  it('keeps each host apart, and stops probing once closed', async () => {
    const { hosts, probes, restarts, gauge, diskHas } = harness();
    hosts.stopped(0, 'full');
    hosts.stopped(1, 'full');
    expect(gauge).toEqual([true]);
    diskHas(room);
    await vi.advanceTimersByTimeAsync(DISK_PROBE_INTERVAL_MS);
    expect(restarts).toEqual([0, 1]);
    hosts.started(0);
    expect(gauge).toEqual([true]);
    expect([...hosts.stoppedHosts]).toEqual([1]);
    hosts.close();
    const probed = probes.length;
    hosts.stopped(1, 'full');
    await vi.advanceTimersByTimeAsync(5 * DISK_PROBE_INTERVAL_MS);
    expect(probes).toHaveLength(probed);
  });
});
