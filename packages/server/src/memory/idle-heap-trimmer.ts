import { type EventLoopUtilization, performance } from 'node:perf_hooks';
import { Session } from 'node:inspector';
import { getHeapStatistics } from 'node:v8';
import type { Logger } from 'pino';
import { DEFAULT_HEAP_TRIM_POLICY, type HeapTrimPolicy, HeapTrimSchedule } from './heap-trim-policy.js';

/**
 * How often a thread looks at its own idleness and heap (cheap: two counters). With the
 * default policy a quiet spell's first collection comes 2–4 s after the burst, the next 30 s
 * later, then at most every 5 minutes.
 */
export const HEAP_TRIM_INTERVAL_MS = 2_000;

/**
 * A full collection that also gives memory back: V8's "all available garbage" collection (the
 * one a heap snapshot runs first), which compacts the old generation and shrinks the young one
 * to its minimum. `gc()` of `--expose-gc` collects but keeps the young generation at the size
 * the last burst grew it to: 16 MiB semi-spaces, 32 MiB resident per thread, idle or not.
 * The inspector session is this thread's own, in-process; nothing listens on a port.
 */
async function collectAllAvailableGarbage(): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    // Answered on a later turn: disconnecting before the answer would cancel the collection.
    await new Promise<void>((resolve, reject) =>
      session.post('HeapProfiler.collectGarbage', (error) => (error === null ? resolve() : reject(error))),
    );
  } finally {
    session.disconnect();
  }
}

/**
 * Runs one full garbage collection on a thread that went idle after its heap grew (policy:
 * `./heap-trim-policy.ts`), so that a node with many quiet regions holds their live state and
 * not the garbage their bootstrap or last burst left. One per thread: the main thread and each
 * host thread have their own V8 heap.
 *
 * @example
 * const trimmer = new IdleHeapTrimmer(log);
 * trimmer.start();
 * // … on shutdown
 * trimmer.stop();
 */
export class IdleHeapTrimmer {
  private timer: NodeJS.Timeout | undefined;
  private lastUtilization: EventLoopUtilization | undefined;
  private schedule: HeapTrimSchedule | undefined;
  private collecting = false;

  constructor(
    private readonly log: Logger,
    private readonly policy: HeapTrimPolicy = DEFAULT_HEAP_TRIM_POLICY,
    private readonly intervalMs = HEAP_TRIM_INTERVAL_MS,
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.lastUtilization = performance.eventLoopUtilization();
    this.schedule = new HeapTrimSchedule(getHeapStatistics().used_heap_size, this.policy);
    this.timer = setInterval(() => {
      if (this.collecting) return;
      this.collecting = true;
      this.look()
        .catch((error: unknown) => this.log.warn({ err: error }, 'an idle garbage collection failed'))
        .finally(() => {
          this.collecting = false;
        });
    }, this.intervalMs);
    // Trimming never keeps a process alive.
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async look(): Promise<void> {
    const now = performance.eventLoopUtilization();
    const utilization = performance.eventLoopUtilization(now, this.lastUtilization).utilization;
    this.lastUtilization = now;
    // Per isolate: a host thread sees its own heap, not the process's.
    const before = getHeapStatistics();
    const schedule = this.schedule;
    if (schedule === undefined) return;
    if (!schedule.shouldTrim({ utilization, heapPhysicalBytes: before.total_physical_size })) return;
    const started = performance.now();
    await collectAllAvailableGarbage();
    const after = getHeapStatistics();
    // The collection itself counted as work: the next interval starts after it.
    this.lastUtilization = performance.eventLoopUtilization();
    schedule.trimmed(after.used_heap_size);
    this.log.debug(
      {
        heapUsedBefore: before.used_heap_size,
        heapBefore: before.total_physical_size,
        heapUsedAfter: after.used_heap_size,
        heapAfter: after.total_physical_size,
        milliseconds: Math.round(performance.now() - started),
      },
      'idle thread collected its garbage',
    );
  }
}
