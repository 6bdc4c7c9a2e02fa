import { writeSync } from 'node:fs';

/**
 * The steps of a split and of a merge where a test may cut the power. Each names the moment
 * just after what it says, on the replicas that reach it (the leader's steps on the leader only).
 */
export const FAILPOINTS = [
  /** The parent region's leader proposed the split; it may not be committed yet. */
  'split-proposed',
  /** A replica staged the split's apply (both halves, the new group); nothing of it is durable yet. */
  'split-applying',
  /** The split is durable on a replica; its new group is not open yet. */
  'split-applied',
  /** The split's new group serves on a replica. */
  'split-serving',
  /** The source region's leader proposed `prepare-merge`. */
  'merge-prepare-proposed',
  /** A source replica staged `prepare-merge`; not durable yet. */
  'merge-preparing',
  /** The source is frozen, durably, on a replica. */
  'merge-prepared',
  /** The source leader's node took the `commit-merge` to hand it to the target region. */
  'merge-commit-handed',
  /** A target replica proposed `commit-merge` (a follower forwards it to its leader). */
  'merge-commit-proposed',
  /** A target replica staged the absorption; not durable yet. */
  'merge-committing',
  /** The target absorbed the source, durably, on a replica. */
  'merge-committed',
  /** The node layout forgot the merged source replica; its data is still on disk. */
  'merge-source-forgotten',
  /** The merged source replica's data is deleted. */
  'merge-source-removed',
] as const;

export type Failpoint = (typeof FAILPOINTS)[number];

/** The environment variable that arms failpoints: names separated by commas. */
export const FAILPOINTS_VARIABLE = 'FLINT_FAILPOINTS';

const armed = new Set((process.env[FAILPOINTS_VARIABLE] ?? '').split(',').filter((name) => name !== ''));

/** Names in `FLINT_FAILPOINTS` that are no failpoint (a typo would otherwise arm nothing, silently). */
export function unknownFailpoints(): string[] {
  return [...armed].filter((name) => !(FAILPOINTS as readonly string[]).includes(name));
}

/**
 * Crash tests' kill -9 at an exact step: when `FLINT_FAILPOINTS` names `point`, the process
 * (whichever thread gets here) says so on stderr and kills itself with SIGKILL, as a power cut
 * there would; nothing is flushed or closed. Unarmed (always, outside tests) it costs a set lookup.
 *
 * @example
 * ```ts
 * failpoint('split-applied'); // FLINT_FAILPOINTS=split-applied flint server ... dies here
 * ```
 */
export function failpoint(point: Failpoint): void {
  if (!armed.has(point)) return;
  // Synchronous and unbuffered: the line must be out before the process is.
  writeSync(2, `failpoint ${point}: killing the process\n`);
  process.kill(process.pid, 'SIGKILL');
}
