import type { GroupReport } from '../host-protocol.js';

/** How far `applied` may trail `commit` while the node still counts as caught up. */
export const HEALTHY_APPLY_LAG = 100;

/** The answer of `/health`. */
export interface HealthVerdict {
  healthy: boolean;
  /** Why not, one short sentence per problem (empty when healthy). */
  problems: string[];
}

/**
 * A node is healthy when every host has reported, every local group has a known leader and
 * has applied all but a small lag of what it knows is committed.
 */
export function judgeHealth(
  reportsByHost: ReadonlyMap<number, readonly GroupReport[]>,
  hostCount: number,
): HealthVerdict {
  const problems: string[] = [];
  for (let host = 0; host < hostCount; host++) {
    if (!reportsByHost.has(host)) problems.push(`host ${host} has not reported yet`);
  }
  for (const reports of reportsByHost.values()) {
    for (const group of reports) {
      if (group.leader === 0) problems.push(`group ${group.groupId} has no known leader`);
      else if (group.applied + HEALTHY_APPLY_LAG < group.commit) {
        problems.push(`group ${group.groupId} applied ${group.applied} of ${group.commit} committed`);
      }
    }
  }
  return { healthy: problems.length === 0, problems };
}
