import { decideLeaderTransfers } from '@flintkv/pd';
import type { GroupReport } from '../host-protocol.js';

/**
 * Spreads region leaders evenly over the nodes. Every node runs this on its own view (its
 * replicas' reports name each region's leader) and hands off only leaderships it holds, at
 * most {@link LEADER_TRANSFERS_PER_ROUND} per round: no coordinator is needed, and nodes whose
 * views differ for a moment only move a leader or two too many, which later rounds undo. The
 * policy is `@flintkv/pd`'s {@link decideLeaderTransfers}. The meta group is left where it is.
 */

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
): { regionId: number; to: number }[] {
  const regions = reports.flatMap((report) =>
    report.groupId === 0 || report.region === undefined || report.leader === 0
      ? []
      : [{ regionId: report.groupId, leader: report.leader, peers: report.region.peers }],
  );
  // Every region the view holds is decided on; only this node's handoffs are carried out.
  return decideLeaderTransfers(regions, nodeIds, regions.length)
    .filter((transfer) => transfer.from === nodeId)
    .slice(0, LEADER_TRANSFERS_PER_ROUND)
    .map(({ regionId, to }) => ({ regionId, to }));
}
