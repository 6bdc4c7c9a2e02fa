import { type LatencySummary, LatencyRecorder } from './latency-recorder.js';

/** Progress of a {@link runClosedLoop} run: at the start, about once per `progressIntervalMs`, and at the end. */
export interface ClosedLoopProgress {
  phase: 'warmup' | 'measure';
  /** Milliseconds since the measured window opened (negative during warm-up). */
  measuredMs: number;
  /** Operations completed inside the window so far. */
  operations: number;
  /** `operations` per second of window so far (0 during warm-up). */
  operationsPerSecond: number;
  errors: number;
}

/** Options of {@link runClosedLoop}. */
export interface ClosedLoopOptions<Outcome extends string> {
  /** Workers, each with exactly one operation in flight. */
  concurrency: number;
  /** Time before the window opens; operations run but are not recorded. */
  warmupMs: number;
  /** Length of the measured window. */
  durationMs: number;
  /** Builds worker `index`'s step: one operation, resolving to its outcome (e.g. 'read', 'miss'). */
  step: (worker: number) => () => Promise<Outcome>;
  /** Stop after this many failed operations (default 1000). */
  maxErrors?: number;
  /** Hard cap on operations started, warm-up included (default 5,000,000). */
  maxOperations?: number;
  /** Longest wait for operations still in flight after the window closed (default 15 s). */
  drainTimeoutMs?: number;
  /** Called as the window opens and as it closes (e.g. to sample server CPU at the edges). */
  onWindowStart?: () => void;
  onWindowEnd?: () => void;
  onProgress?: (progress: ClosedLoopProgress) => void;
  /** Default 1000 ms. */
  progressIntervalMs?: number;
}

/** What a {@link runClosedLoop} run measured. */
export interface ClosedLoopResult<Outcome extends string> {
  /** Operations that started and finished inside the window. */
  operations: number;
  durationMs: number;
  operationsPerSecond: number;
  latency: LatencySummary;
  /** Operations counted per outcome, inside the window. */
  outcomes: Partial<Record<Outcome, number>>;
  /** Failed operations (whole run, warm-up included). */
  errors: number;
  firstError?: string;
  /** False when operations were still in flight after the drain timeout. */
  drained: boolean;
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * A closed-loop load generator (the model of the shared peers harness): `concurrency`
 * workers loop on their step with one operation in flight each. An operation counts if it
 * started and finished inside the measured window, so throughput = counted / window and
 * neither the warm-up nor the drain leaks into the figures. Bounded by time, by
 * `maxOperations` and by `maxErrors`; a failed operation waits 1 ms before the next so a dead
 * server does not turn the loop into a spin.
 */
export async function runClosedLoop<Outcome extends string>(
  options: ClosedLoopOptions<Outcome>,
): Promise<ClosedLoopResult<Outcome>> {
  const { concurrency, warmupMs, durationMs } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be an integer >= 1');
  if (!(durationMs > 0) || !(warmupMs >= 0)) throw new RangeError('durationMs must be > 0 and warmupMs >= 0');
  const maxErrors = options.maxErrors ?? 1000;
  const maxOperations = options.maxOperations ?? 5_000_000;
  const drainTimeoutMs = options.drainTimeoutMs ?? 15_000;

  const recorder = new LatencyRecorder();
  const outcomes: Partial<Record<Outcome, number>> = {};
  let started = 0;
  let errors = 0;
  let firstError: string | undefined;
  let stopped = false;

  const runStart = performance.now();
  const windowStart = runStart + warmupMs;
  const windowEnd = windowStart + durationMs;
  let windowOpened = false;
  let windowClosed = false;
  const openWindow = () => {
    if (windowOpened) return;
    windowOpened = true;
    options.onWindowStart?.();
  };
  const closeWindow = () => {
    openWindow();
    if (windowClosed) return;
    windowClosed = true;
    options.onWindowEnd?.();
  };
  const timers = [setTimeout(openWindow, warmupMs), setTimeout(closeWindow, warmupMs + durationMs)];
  const reportProgress = () => {
    const measuredMs = Math.min(performance.now() - windowStart, durationMs);
    options.onProgress?.({
      phase: measuredMs < 0 ? 'warmup' : 'measure',
      measuredMs,
      operations: recorder.count,
      operationsPerSecond: measuredMs > 0 ? (recorder.count * 1000) / measuredMs : 0,
      errors,
    });
  };
  // One report at once and one at the end, so even a run shorter than the interval shows both.
  reportProgress();
  const progress = setInterval(reportProgress, options.progressIntervalMs ?? 1000);

  const worker = async (index: number) => {
    const step = options.step(index);
    while (!stopped) {
      const start = performance.now();
      if (start >= windowEnd || started >= maxOperations) return;
      started++;
      let outcome: Outcome;
      try {
        outcome = await step();
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
        if (errors >= maxErrors) stopped = true;
        await pause(1);
        continue;
      }
      const end = performance.now();
      if (start >= windowStart && end <= windowEnd) {
        recorder.add(end - start);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    }
  };

  let drained = true;
  let drainTimer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all(Array.from({ length: concurrency }, (_, index) => worker(index))),
      new Promise<void>((resolve) => {
        drainTimer = setTimeout(
          () => {
            drained = false;
            stopped = true;
            resolve();
          },
          warmupMs + durationMs + drainTimeoutMs,
        );
      }),
    ]);
  } finally {
    clearTimeout(drainTimer);
    clearInterval(progress);
    for (const timer of timers) clearTimeout(timer);
  }
  // A run cut short (errors, operation cap) still reports both window edges, so samples pair up.
  closeWindow();
  reportProgress();

  const latency = recorder.summary();
  const result: ClosedLoopResult<Outcome> = {
    operations: latency.count,
    durationMs,
    operationsPerSecond: (latency.count * 1000) / durationMs,
    latency,
    outcomes,
    errors,
    drained,
  };
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}
