import type { GroupReport } from '../host-protocol.js';

/** How far `applied` may trail `commit` while the node still counts as caught up. */
export const HEALTHY_APPLY_LAG = 100;
/** A host thread that has not reported for this long does not answer (reports come every 250 ms). */
export const HOST_SILENCE_LIMIT_MS = 3_000;

/** The answer of a probe endpoint. */
export interface HealthVerdict {
  healthy: boolean;
  /** Why not, one short sentence per problem (empty when healthy). */
  problems: string[];
  /**
   * Readiness only: groups without a leader that this node and the peers it reaches can elect
   * one for; not a problem, but a caller that needs every leader known waits for it to empty.
   */
  electing?: number[];
}

/**
 * `/livez`: the process answers, and so does every host thread (each reported recently), but
 * those stopped for a full disk: they wait for space on purpose, and a restart of the process
 * would not bring it.
 */
export function judgeLiveness(
  lastReportAt: ReadonlyMap<number, number>,
  hostCount: number,
  now: number,
  diskFullHosts: ReadonlySet<number> = new Set(),
): HealthVerdict {
  const problems: string[] = [];
  for (let host = 0; host < hostCount; host++) {
    if (diskFullHosts.has(host)) continue;
    const at = lastReportAt.get(host);
    if (at === undefined) problems.push(`host ${host} has not reported yet`);
    else if (now - at > HOST_SILENCE_LIMIT_MS) problems.push(`host ${host} has not reported for ${now - at} ms`);
  }
  return { healthy: problems.length === 0, problems };
}

/** What readiness needs to know of the cluster besides the hosts' reports. */
export interface ReadinessContext {
  nodeId: number;
  /** Every member's node id (the meta group's voters). */
  members: readonly number[];
  /** Whether the link to a peer node is up. */
  isConnected(nodeId: number): boolean;
  /** Host threads stopped because the disk is full (`host-pool/disk-full-hosts.ts`). */
  diskFullHosts?: ReadonlySet<number>;
}

/**
 * `/readyz` (and `/health`): every host has reported and none is stopped for a full disk, and every local group has a known
 * leader or could elect one (this node reaches a majority of its replicas), and has applied
 * all but a small lag of what it knows is committed; and the meta group has applied the
 * cluster's bootstrap, without which this node would answer a region table of its own
 * replicas only.
 */
export function judgeReadiness(
  reportsByHost: ReadonlyMap<number, readonly GroupReport[]>,
  hostCount: number,
  context: ReadinessContext,
): HealthVerdict {
  const problems: string[] = [];
  const electing: number[] = [];
  for (let host = 0; host < hostCount; host++) {
    if (context.diskFullHosts?.has(host)) problems.push(`host ${host} is stopped: the disk is full (FLINT_DISK_FULL)`);
    else if (!reportsByHost.has(host)) problems.push(`host ${host} has not reported yet`);
  }
  for (const reports of reportsByHost.values()) {
    for (const group of reports) {
      // The meta group (0) of a bootstrapped cluster has at least one region in its table.
      if (group.groupId === 0 && group.regionTable?.length === 0) {
        problems.push(`the meta group has not applied the cluster's bootstrap yet`);
      }
      if (group.leader === 0) {
        const voters = group.region?.peers ?? context.members;
        const reachable = voters.filter((id) => id === context.nodeId || context.isConnected(id)).length;
        if (reachable * 2 > voters.length) electing.push(group.groupId);
        else
          problems.push(
            `group ${group.groupId} has no known leader and this node reaches ${reachable} of its ${voters.length} replicas`,
          );
      } else if (group.applied + HEALTHY_APPLY_LAG < group.commit) {
        problems.push(`group ${group.groupId} applied ${group.applied} of ${group.commit} committed`);
      }
    }
  }
  return { healthy: problems.length === 0, problems, electing: electing.sort((a, b) => a - b) };
}
