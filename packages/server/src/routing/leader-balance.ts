import { decideLeaderTransfers } from '@flintkv/pd';
import type { GroupReport } from '../host-protocol.js';

/**
 * Spreads region leaders evenly over the nodes. Every node runs this on its own view (its
 * replicas' reports name each region's leader) and hands off only leaderships it holds, at
 * most {@link LEADER_TRANSFERS_PER_ROUND} per round: no coordinator is needed, and nodes whose
 * views differ for a moment only move a leader or two too many, which later rounds undo. The
 * policy is `@flintkv/pd`'s {@link decideLeaderTransfers}. The meta group is left where it is.
 */

/** A region applying at least this many entries per second counts as loaded. */
export const HOT_REGION_ENTRIES_PER_SECOND = 10;

/**
 * The regions that applied {@link HOT_REGION_ENTRIES_PER_SECOND} or more between two views
 * (every replica applies the same entries, so every node judges alike).
 */
export function hotRegions(
  earlier: ReadonlyMap<number, number>,
  now: readonly GroupReport[],
  seconds: number,
): Set<number> {
  const hot = new Set<number>();
  for (const report of now) {
    const before = earlier.get(report.groupId);
    if (before !== undefined && seconds > 0 && (report.applied - before) / seconds >= HOT_REGION_ENTRIES_PER_SECOND) {
      hot.add(report.groupId);
    }
  }
  return hot;
}

/** Leaderships one node hands off per round. */
export const LEADER_TRANSFERS_PER_ROUND = 1;
/** How often a node looks at the balance. */
export const LEADER_BALANCE_INTERVAL_MS = 5_000;

/**
 * The transfers node `nodeId` should start now: from itself, to a replica that leads fewer.
 *
 * @example
 * ```ts
 * for (const { regionId, to } of leaderTransfersFrom(reports, [1, 2, 3], 1)) post({ type: 'transfer-leader', groupId: regionId, to });
 * ```
 */
export function leaderTransfersFrom(
  reports: readonly GroupReport[],
  nodeIds: readonly number[],
  nodeId: number,
  hotGroups: ReadonlySet<number> = new Set(),
): { regionId: number; to: number }[] {
  const regions = reports.flatMap((report) =>
    report.groupId === 0 || report.region === undefined || report.leader === 0
      ? []
      : [
          {
            regionId: report.groupId,
            leader: report.leader,
            peers: report.region.peers,
            hot: hotGroups.has(report.groupId),
          },
        ],
  );
  // The regions that carry load are spread on their own (a hot range split into pieces must not
  // keep its leaders on two nodes because the idle regions even out the count); the rest apart.
  // Every region the view holds is decided on; only this node's handoffs are carried out.
  const hot = regions.filter((region) => region.hot);
  const cold = regions.filter((region) => !region.hot);
  return [...decideLeaderTransfers(hot, nodeIds, hot.length), ...decideLeaderTransfers(cold, nodeIds, cold.length)]
    .filter((transfer) => transfer.from === nodeId)
    .slice(0, LEADER_TRANSFERS_PER_ROUND)
    .map(({ regionId, to }) => ({ regionId, to }));
}
