import { StorageErrorCode } from '@flintkv/storage';
import type { DiskProbeResult } from '../data-directory/disk-probe.js';
import type { Logger } from '../logger.js';

/** The stable code of a host stopped by a full disk: its store's, in logs and in client answers. */
export const DISK_FULL_CODE = StorageErrorCode.DiskFull;

/** How often the disk is probed while a host waits for space. */
export const DISK_PROBE_INTERVAL_MS = 1_000;

/** The longest wait before restarting a host that failed again at once (the probe fit, its database did not). */
export const DISK_RESTART_BACKOFF_MAX_MS = 30_000;

/** What {@link DiskFullHosts} acts through. */
export interface DiskFullHostsOptions {
  logger: Logger;
  /** Whether the data directory's disk takes writes again (`data-directory/disk-probe.ts`). */
  probe(): Promise<DiskProbeResult>;
  /** Runs host `hostIndex` again (`HostPool.restart`); it answers `started` or fails again. */
  restart(hostIndex: number): void;
  /** Some host is stopped for a full disk (true) or none is any more (false): the gauge. */
  onChange(anyStopped: boolean): void;
  /** Default {@link DISK_PROBE_INTERVAL_MS}. */
  probeIntervalMs?: number;
  now?: () => number;
}

interface StoppedHost {
  since: number;
  /** Restarts that failed again; each doubles the wait before the next. */
  failedRestarts: number;
  /** Restarted, and neither `started` nor failed since. */
  restarting: boolean;
  notBefore: number;
}

/**
 * The hosts of this node stopped because the disk of the data directory is full. A host whose
 * write fails for want of space stops (its database may end in a torn record, so nothing more
 * may be written to it before it is opened again) but the node goes on: its other hosts serve,
 * the stopped host's groups are led and served by their replicas on other nodes, and requests
 * for them here are answered FLINT_DISK_FULL. Once a probe write succeeds the host is restarted
 * in place, as at a node start: it reopens its database (which recovers it) and catches up
 * from its peers.
 *
 * @example
 * const stopped = new DiskFullHosts({ logger, probe, restart: (host) => pool.restart(host, options), onChange });
 * stopped.stopped(1, 'no space left on device'); // the host posted `failed` FLINT_DISK_FULL
 * stopped.started(1); // it posted `started` again
 */
export class DiskFullHosts {
  private readonly hosts = new Map<number, StoppedHost>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private closed = false;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(private readonly options: DiskFullHostsOptions) {
    this.now = options.now ?? Date.now;
    this.intervalMs = options.probeIntervalMs ?? DISK_PROBE_INTERVAL_MS;
  }

  /** Whether host `hostIndex` is stopped for a full disk (restarting included). */
  holds(hostIndex: number): boolean {
    return this.hosts.has(hostIndex);
  }

  /** The hosts stopped for a full disk. */
  get stoppedHosts(): ReadonlySet<number> {
    return new Set(this.hosts.keys());
  }

  /** Host `hostIndex` failed with FLINT_DISK_FULL (first, or again at a restart). */
  stopped(hostIndex: number, reason: string): void {
    if (this.closed) return;
    const now = this.now();
    const known = this.hosts.get(hostIndex);
    if (known === undefined) {
      this.hosts.set(hostIndex, { since: now, failedRestarts: 0, restarting: false, notBefore: now });
      this.options.logger.error(
        { host: hostIndex, code: DISK_FULL_CODE, reason },
        'disk full: host stopped writing. Its regions are served by their replicas on other nodes and requests for them here are refused with FLINT_DISK_FULL; it restarts by itself once the disk has space again',
      );
      if (this.hosts.size === 1) this.options.onChange(true);
    } else {
      known.restarting = false;
      known.failedRestarts++;
      const waitMs = Math.min(this.intervalMs * 2 ** known.failedRestarts, DISK_RESTART_BACKOFF_MAX_MS);
      known.notBefore = now + waitMs;
      this.options.logger.warn(
        { host: hostIndex, code: DISK_FULL_CODE, reason, retryInMs: waitMs },
        'disk still too full for the host to open its database',
      );
    }
    this.schedule();
  }

  /** Host `hostIndex` posted `started`: if it was stopped for a full disk, it serves again. */
  started(hostIndex: number): void {
    const known = this.hosts.get(hostIndex);
    if (known === undefined) return;
    this.hosts.delete(hostIndex);
    this.options.logger.info(
      { host: hostIndex, code: DISK_FULL_CODE, stoppedMs: this.now() - known.since },
      'disk has space again: host restarted and serves its regions',
    );
    if (this.hosts.size === 0) {
      this.options.onChange(false);
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  /** Stops probing (the node stops). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.closed || this.timer !== undefined || this.hosts.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.probeAndRestart().finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }

  private async probeAndRestart(): Promise<void> {
    const now = this.now();
    const due = [...this.hosts].filter(([, host]) => !host.restarting && host.notBefore <= now);
    if (due.length === 0 || this.probing) return;
    this.probing = true;
    let result: DiskProbeResult;
    try {
      result = await this.options.probe();
    } finally {
      this.probing = false;
    }
    if (!result.room || this.closed) return;
    for (const [hostIndex, host] of due) {
      if (this.hosts.get(hostIndex) !== host || host.restarting) continue;
      host.restarting = true;
      this.options.logger.info(
        { host: hostIndex, code: DISK_FULL_CODE },
        'disk takes writes again: restarting the host',
      );
      this.options.restart(hostIndex);
    }
  }
}
