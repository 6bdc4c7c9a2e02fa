import {
  decideReplicaChanges,
  DEFAULT_REPLICA_PLACEMENT_SETTINGS,
  type PlacementMember,
  type PlacementRegion,
  type RegionDescriptor,
  type ReplicaOperation,
} from '@flintkv/pd';
import { bytesEqual } from '@flintkv/proto';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config/server-config.js';
import type { GroupReport } from '../host-protocol.js';
import type { ClusterMembership } from '../membership/cluster-membership.js';
import type { HostPool } from './host-pool.js';
import type { HostReports } from './host-reports.js';

/** How often a node looks at the replicas of the regions it leads. */
export const REPLICA_UPKEEP_INTERVAL_MS = 2_000;

/**
 * Keeps every region at its replication factor on healthy nodes, by pd's placement
 * (`decideReplicaChanges` in `packages/pd/src/replica-placement.ts`): a replica on a node down
 * for `--replace-down-after` is re-created elsewhere (a learner, caught up by a snapshot, then
 * promoted; the down one removed), an extra voter is removed, and replica counts are evened out
 * between nodes. Every node decides over the whole region table but carries out only the
 * changes of the regions it leads (the leader proposes them), at most one per round.
 */
export class ReplicaUpkeep {
  /** Since when each member has been unreachable from this node. */
  private readonly unreachableSince = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly config: ServerConfig,
    private readonly reports: HostReports,
    private readonly pool: HostPool,
    private readonly membership: ClusterMembership,
    private readonly isConnected: (nodeId: number) => boolean,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => this.round(Date.now()), REPLICA_UPKEEP_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private round(now: number): void {
    const downAfterMs = this.config.replaceDownAfterMs;
    if (downAfterMs === 0) return;
    const reports = this.reports.allReports();
    const table = this.reports.regionTable;
    if (table === undefined) return;
    const led = new Map<number, GroupReport>();
    for (const report of reports)
      if (report.role === 'leader' && report.region !== undefined) led.set(report.groupId, report);
    if (led.size === 0) return;

    const members: PlacementMember[] = this.membership.all.map(({ nodeId, leaving }) => {
      if (nodeId === this.config.nodeId || this.isConnected(nodeId)) this.unreachableSince.delete(nodeId);
      else if (!this.unreachableSince.has(nodeId)) this.unreachableSince.set(nodeId, now);
      const since = this.unreachableSince.get(nodeId);
      return {
        nodeId,
        state: leaving === true ? 'leaving' : 'active',
        up: since === undefined || now - since < downAfterMs,
      };
    });
    // A merge needs both regions on the same replicas until it is done (a frozen region cannot
    // thaw): neither a frozen region nor the one it merges into changes membership meanwhile.
    const frozen = reports.flatMap((report) => (report.merging === true && report.region ? [report.region] : []));
    const merging = (region: RegionDescriptor) =>
      frozen.some((source) => source.id === region.id || bytesEqual(source.endKey, region.startKey));
    const regions: PlacementRegion[] = table.map((region) => {
      const leading = led.get(region.id);
      const learners = leading?.learners ?? [];
      return {
        id: region.id,
        voters: (leading?.region?.peers ?? region.peers).filter((peer) => !learners.includes(peer)),
        learners,
        leader: leading === undefined ? 0 : this.config.nodeId,
        // Alike for every region: a node knows the size of the regions it leads only, and nodes
        // that judged sizes differently would each pick another region to balance and none
        // would carry its pick out (the one it picked is led elsewhere).
        bytes: 0,
        changing: merging(region),
      };
    });
    // Decided over every region (their counts matter), carried out for the ones led here.
    const operations = decideReplicaChanges(members, regions, {
      ...DEFAULT_REPLICA_PLACEMENT_SETTINGS,
      replicationFactor: this.reports.replicationFactor ?? this.config.replicas,
      maxChangesInFlight: regions.length,
    }).filter((operation) => led.has(operation.regionId));
    for (const operation of operations.slice(0, this.config.placementChangesPerRound)) this.carryOut(operation);
  }

  private carryOut(operation: ReplicaOperation): void {
    const host = this.reports.hostOf(operation.regionId, this.config.workers);
    if (operation.type === 'transfer-leader') {
      this.pool.post(host, { type: 'transfer-leader', groupId: operation.regionId, to: operation.to });
      return;
    }
    this.logger.debug({ operation }, 'replica placement: a membership change');
    this.pool.post(host, {
      type: 'change-replicas',
      groupId: operation.regionId,
      change: operation.type,
      nodeId: operation.nodeId,
    });
  }
}
