/**
 * What `flint dev` does when one of its nodes exits while the cluster runs: a node that was
 * stopped (exit code 0, or SIGTERM/SIGINT) stays down until asked to start; a node that
 * crashed (any other code or signal, kill -9 included) is restarted after a backoff that
 * doubles with each crash in a row — as a process manager would.
 */

/** How a child process ended, as Node's `'exit'` event reports it. */
export interface NodeExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** First restart delay after a crash; each crash in a row doubles it. */
export const FIRST_RESTART_DELAY_MS = 500;
/** Longest restart delay. */
export const MAX_RESTART_DELAY_MS = 30_000;
/** A node that ran this long before crashing starts its backoff over. */
export const STABLE_RUN_MS = 30_000;

/** Whether the node was stopped on purpose (it then stays down), rather than crashed. */
export function isDeliberateStop(exit: NodeExit): boolean {
  return exit.code === 0 || exit.signal === 'SIGTERM' || exit.signal === 'SIGINT';
}

/** How a person reads an exit: `code 1`, `SIGKILL`. */
export function describeExit(exit: NodeExit): string {
  return exit.signal ?? `code ${exit.code}`;
}

/**
 * The delay before restarting a node after its `crashesInARow`-th crash in a row (1 for the
 * first): 0.5 s, 1 s, 2 s, … up to 30 s.
 *
 * @example
 * restartDelayMs(1); // 500
 * restartDelayMs(3); // 2000
 */
export function restartDelayMs(crashesInARow: number): number {
  return Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** Math.max(0, crashesInARow - 1));
}

/** The crash count to use after a crash of a node that ran `ranMs`: a stable run resets it. */
export function crashesInARowAfter(previous: number, ranMs: number): number {
  return ranMs >= STABLE_RUN_MS ? 1 : previous + 1;
}
