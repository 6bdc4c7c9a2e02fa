import { FlintError, type MemberInfo } from '@flintkv/client';

/** How long `flint member remove --wait` waits for the node to be gone: moving replicas takes a while. */
export const DEFAULT_REMOVAL_WAIT_MS = 10 * 60 * 1000;
/** How often `--wait` asks for the members. */
const POLL_INTERVAL_MS = 1000;
/** Progress lines come no more often than this, so a fast-draining node does not flood the terminal. */
const PROGRESS_INTERVAL_MS = 2000;

/** What `flint member remove` prints once the leaving state is recorded. */
export function leavingLine(nodeId: number): string {
  return `node ${nodeId} is leaving: its replicas move to other nodes, then it is removed (watch with \`flint member list\`)`;
}

/** One progress line of `--wait`. */
export function progressLine(nodeId: number, replicasLeft: number): string {
  if (replicasLeft === 0) return `node ${nodeId}: no replicas left, waiting for its removal`;
  return `node ${nodeId}: ${replicasLeft} replica${replicasLeft === 1 ? '' : 's'} left`;
}

/** What `--wait` needs: the SDK's member list, where progress goes, and (for tests) a clock. */
export interface RemovalWatch {
  nodeId: number;
  /** The current members, as `FlintClient.members()` lists them. */
  listMembers(): Promise<readonly MemberInfo[]>;
  /** Writes one progress line. */
  report(line: string): void;
  /** How long to wait in all, in milliseconds. */
  timeoutMs: number;
  now?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
}

/** How a wait ended: the node is gone, or the deadline passed with it still listed. */
export type RemovalOutcome =
  | { removed: true }
  /** `replicasLeft` is undefined when no member list could be read at all. */
  | { removed: false; replicasLeft: number | undefined };

/**
 * Polls the member list until node `nodeId` is no longer in it, reporting the replicas it still
 * holds when that count changed (at most every 2 s). A list that cannot be read for a moment (no
 * leader, a node restarting) is asked again; any other error ends the wait.
 */
export async function waitForRemoval(watch: RemovalWatch): Promise<RemovalOutcome> {
  const now = watch.now ?? Date.now;
  const sleep = watch.sleep ?? ((milliseconds) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const startedAt = now();
  let replicasLeft: number | undefined;
  let reportedReplicas: number | undefined;
  let reportedAt = Number.NEGATIVE_INFINITY;
  for (;;) {
    const members = await watch.listMembers().catch((error: unknown) => {
      if (error instanceof FlintError && error.retryable) return undefined;
      throw error;
    });
    if (members !== undefined) {
      const member = members.find((candidate) => candidate.nodeId === watch.nodeId);
      if (member === undefined) return { removed: true };
      replicasLeft = member.replicas;
      if (replicasLeft !== reportedReplicas && now() - reportedAt >= PROGRESS_INTERVAL_MS) {
        watch.report(progressLine(watch.nodeId, replicasLeft));
        reportedReplicas = replicasLeft;
        reportedAt = now();
      }
    }
    const remainingMs = watch.timeoutMs - (now() - startedAt);
    if (remainingMs <= 0) return { removed: false, replicasLeft };
    await sleep(Math.min(POLL_INTERVAL_MS, remainingMs));
  }
}
