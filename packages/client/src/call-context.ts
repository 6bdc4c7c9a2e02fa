import { FlintError } from './errors.js';

/** One attempt got no answer within its own budget; the call has time left to retry. */
export class AttemptTimeoutError extends Error {
  constructor(readonly afterMs: number) {
    super(`no answer within ${Math.round(afterMs)} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

/** Per-call limits: how long, and who may cancel. */
export interface CallLimits {
  /** Milliseconds the whole call (all retries included) may take. */
  timeoutMs: number;
  /** Cancels the call; it then fails with `FLINT_ABORTED`. */
  signal?: AbortSignal | undefined;
}

/**
 * The deadline and cancellation of one public call, shared by all of its attempts. Anything
 * the call waits for (a response, a backoff) goes through {@link CallContext.wait} so that the
 * deadline, the caller's signal and the client's close all end the wait at once.
 */
export class CallContext {
  private readonly deadline: number;

  constructor(
    private readonly limits: CallLimits,
    private readonly closed: AbortSignal,
    private readonly describe: string,
  ) {
    this.deadline = performance.now() + limits.timeoutMs;
  }

  /** Milliseconds left before the deadline (never negative). */
  remainingMs(): number {
    return Math.max(0, this.deadline - performance.now());
  }

  /** Throws the error that ends this call, if it has ended. */
  throwIfDone(lastError?: unknown): void {
    const reason = this.endReason(lastError);
    if (reason !== undefined) throw reason;
  }

  /**
   * Waits for `promise` or the end of the call, whichever comes first; on the end,
   * `onCancel` runs (to drop the pending request) and the wait rejects with a FlintError.
   * `capMs` bounds this one wait below the call's deadline (an attempt's own timeout); when
   * the cap expires first the wait rejects with {@link AttemptTimeoutError}, and the caller may retry.
   */
  wait<T>(promise: Promise<T>, onCancel: () => void = () => {}, capMs = Number.POSITIVE_INFINITY): Promise<T> {
    this.throwIfDone();
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.limits.signal?.removeEventListener('abort', onEnd);
        this.closed.removeEventListener('abort', onEnd);
      };
      const remainingMs = this.remainingMs();
      const capIsSooner = capMs < remainingMs;
      const onEnd = (): void => {
        finish();
        onCancel();
        // Timers may fire a hair early by performance.now(): which limit was armed decides.
        reject(this.endReason() ?? (capIsSooner ? new AttemptTimeoutError(capMs) : this.timeoutError()));
      };
      const timer = setTimeout(onEnd, Math.min(remainingMs, capMs));
      this.limits.signal?.addEventListener('abort', onEnd, { once: true });
      this.closed.addEventListener('abort', onEnd, { once: true });
      promise.then(
        (value) => {
          finish();
          resolve(value);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
  }

  /** Sleeps `ms` (cut short by the end of the call, which then rejects). */
  async sleep(ms: number): Promise<void> {
    if (ms >= this.remainingMs()) {
      // Sleeping past the deadline cannot help: fail now with the timeout the caller would get.
      await this.wait(new Promise<never>(() => {}));
    }
    let timer: NodeJS.Timeout | undefined;
    await this.wait(
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
      }),
      () => clearTimeout(timer),
    );
  }

  private endReason(lastError?: unknown): FlintError | undefined {
    if (this.closed.aborted) {
      return new FlintError(
        'FLINT_CLOSED',
        `${this.describe}: the client was closed; create a new one with connect().`,
      );
    }
    if (this.limits.signal?.aborted) {
      return new FlintError('FLINT_ABORTED', `${this.describe}: aborted by the caller's AbortSignal.`, {
        cause: this.limits.signal.reason,
      });
    }
    if (this.remainingMs() <= 0) return this.timeoutError(lastError);
    return undefined;
  }

  private timeoutError(lastError?: unknown): FlintError {
    const last = lastError instanceof Error ? ` Last error: ${lastError.message}` : '';
    return new FlintError(
      'FLINT_TIMEOUT',
      `${this.describe}: no answer within ${this.limits.timeoutMs} ms. Check that a majority of nodes is up, ` +
        `or raise timeoutMs. A write may still have been applied (at most once).${last}`,
      { cause: lastError },
    );
  }
}
