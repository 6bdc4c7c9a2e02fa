import type { HistoryEvent, RegisterInput, RegisterOutput } from '../checker/index.js';

/**
 * Collects the history of a run: invocations and completions with monotonic timestamps
 * (`performance.now()`, shared by every worker of this process). Process ids are handed out
 * here; a worker whose operation ended indeterminate takes a fresh one, as in Jepsen, because
 * its old operation may still be in flight.
 */
export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];
  private nextProcess = 0;

  newProcess(): number {
    return this.nextProcess++;
  }

  invoke(process: number, key: string, input: RegisterInput): void {
    this.events.push({ type: 'invoke', process, key, input, time: performance.now() });
  }

  ok(process: number, output: RegisterOutput): void {
    this.events.push({ type: 'ok', process, output, time: performance.now() });
  }

  /** The operation certainly did not take effect. */
  fail(process: number, error: string): void {
    this.events.push({ type: 'fail', process, error, time: performance.now() });
  }

  /** The operation may or may not have taken effect. */
  info(process: number, error: string): void {
    this.events.push({ type: 'info', process, error, time: performance.now() });
  }

  /** Operations by how they ended. */
  counts(): { ok: number; fail: number; info: number; invoked: number } {
    const counts = { ok: 0, fail: 0, info: 0, invoked: 0 };
    for (const event of this.events) {
      if (event.type === 'invoke') counts.invoked += 1;
      else counts[event.type] += 1;
    }
    return counts;
  }
}
