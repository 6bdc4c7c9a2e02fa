import { AskedRecently, LastingCondition } from './lasting-condition.js';
import { failpoint } from '../failpoints.js';
import {
  decideHostMoves,
  decideMerges,
  leastLoadedHost,
  type MergeCandidateStats,
  type RegionHostLoad,
} from '@flintkv/pd';
import type { ServerConfig } from '../config/server-config.js';
import type { Logger } from '../logger.js';
import { hotRegions, LEADER_BALANCE_INTERVAL_MS, leaderTransfersFrom } from '../routing/leader-balance.js';
import { bytesEqual, compareBytes } from '@flintkv/proto';
import type { RegionDescriptor } from '@flintkv/pd';
import {
  deadReplicas,
  mergedReplicas,
  missingReplicas,
  removedReplicas,
  regionUpdates,
} from '../routing/region-table-sync.js';
import type { LayoutKeeper } from '../data-directory/layout-keeper.js';
import type { HostMoves } from './host-moves.js';
import type { ClusterMembership } from '../membership/cluster-membership.js';
import type { HostPool } from './host-pool.js';
import type { HostReports } from './host-reports.js';

/** How long a node waits for an empty replica it asked for before asking again. */
const REPLICA_CREATION_RETRY_MS = 10_000;
/** How long a region must stay missing before the node creates an empty replica of it. */
const REPLICA_MISSING_GRACE_MS = 3_000;
/** The upkeep (table sync, missing, merged and removed replicas) runs at most this often. */
const UPKEEP_MIN_INTERVAL_MS = 200;

/**
 * The main thread's upkeep of the regions as they split, from its hosts' reports: the meta
 * group's table learns the splits (while this node's meta replica leads), regions this node
 * should hold but missed get an empty replica, leaderships above this node's share are
 * handed off, and regions move between host threads to even out their load. The decisions are pure functions in `../routing/`; this class carries them out.
 */
export class RegionUpkeep {
  /** Regions the table places here that every host has been missing for a while. */
  private readonly missing = new LastingCondition(REPLICA_MISSING_GRACE_MS);
  /** Since when each region has served less than the merge load (`mergeSmallRegions`). */
  private readonly coldSince = new Map<number, number>();
  /** Each region's range version, and since when it has had it (a split or merge changes it). */
  private readonly rangeVersions = new Map<number, { version: number; since: number }>();
  /** Local replicas that have looked dead for a while (their region merged away, `deadReplicas`). */
  private readonly dead = new LastingCondition(REPLICA_MISSING_GRACE_MS);
  /** The region table last given to the hosts, by its regions' ids and epochs. */
  private sharedTable = '';
  /** Local replicas that have looked removed by a membership change for a while (`removedReplicas`). */
  private readonly removed = new LastingCondition(REPLICA_MISSING_GRACE_MS);
  /** When this node last asked a host to remove a replica (merged away or removed). */
  private readonly removalsAsked = new AskedRecently(REPLICA_CREATION_RETRY_MS);
  /** When this node last asked a host for an empty replica of each region. */
  private readonly creationsAsked = new AskedRecently(REPLICA_CREATION_RETRY_MS);
  private readonly balanceTimer: NodeJS.Timeout;
  /** A pass of the upkeep waiting for its turn (`afterReport`), and when the last one ran. */
  private upkeepTimer: NodeJS.Timeout | undefined;
  private lastUpkeepAt = 0;
  /** Applied index of each group at the last balance round, and when: how busy each region is. */
  private appliedAtLastRound = new Map<number, number>();
  private lastRoundAt = Date.now();

  constructor(
    private readonly config: ServerConfig,
    private readonly reports: HostReports,
    private readonly pool: HostPool,
    private readonly moves: HostMoves | undefined,
    private readonly layout: LayoutKeeper,
    private readonly membership: ClusterMembership,
    private readonly logger: Logger,
  ) {
    this.balanceTimer = setInterval(() => this.balanceLeaders(), LEADER_BALANCE_INTERVAL_MS);
    this.balanceTimer.unref();
  }

  /**
   * A host's report changed something: the upkeep runs now, or once
   * {@link UPKEEP_MIN_INTERVAL_MS} has passed since it last ran. Each pass reads every local
   * report; run per report, thousands of regions kept the main thread busy.
   */
  afterReport(): void {
    if (this.upkeepTimer !== undefined) return;
    const wait = this.lastUpkeepAt + UPKEEP_MIN_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      this.upkeep();
      return;
    }
    this.upkeepTimer = setTimeout(() => {
      this.upkeepTimer = undefined;
      this.upkeep();
    }, wait);
  }

  private upkeep(): void {
    this.lastUpkeepAt = Date.now();
    this.syncRegionTable();
    this.shareRegionTable();
    this.createMissingReplicas();
    this.removeMergedReplicas();
    this.removeRemovedReplicas();
  }

  /** Gives every host the meta group's region table when it changed (`region-table`). */
  private shareRegionTable(): void {
    const table = this.reports.regionTable;
    if (table === undefined) return;
    const fingerprint = table
      .map((region) => `${region.id}@${region.epoch.version}.${region.epoch.confVersion}`)
      .join(',');
    if (fingerprint === this.sharedTable) return;
    this.sharedTable = fingerprint;
    this.pool.broadcast({ type: 'region-table', regions: table });
  }

  /** Drops, after a grace, the local replicas a membership change removed (`removedReplicas`). */
  private removeRemovedReplicas(): void {
    const removed = removedReplicas(this.reports.regionTable ?? [], this.localRegions(), this.config.nodeId);
    const now = Date.now();
    const lasting = this.removed.lasting(
      removed.map((region) => region.id),
      now,
    );
    for (const region of removed) if (lasting.includes(region.id)) this.removeReplica(region.id);
  }

  /**
   * A frozen region's leader hands on its state (`../worker/kv/merge-driver.ts`): proposed to
   * this node's replica of the region that starts where it ends; or, when a local region
   * absorbed it already, its replica is removed.
   */
  handOnMerge(source: RegionDescriptor, buffer: ArrayBuffer): void {
    const local = this.localRegions();
    const absorbed = mergedReplicas([source, ...local.filter((region) => region.id !== source.id)]).find(
      ({ region }) => region.id === source.id,
    );
    if (absorbed !== undefined) {
      this.removeReplica(source.id, absorbed.mergedInto);
      return;
    }
    const target = local.find((region) => region.id !== source.id && bytesEqual(region.startKey, source.endKey));
    if (target === undefined) {
      this.logger.debug({ group: source.id }, 'region merge: no local replica starts where the region ends yet');
      return;
    }
    failpoint('merge-commit-handed');
    this.pool.post(this.hostOf(target.id), { type: 'propose-merge', groupId: target.id, buffer });
  }

  /**
   * Removes the replicas a local region absorbed, and, after a grace, those of regions merged
   * away while this node was down (`../routing/region-table-sync.ts`).
   */
  private removeMergedReplicas(): void {
    const local = this.localRegions();
    for (const { region, mergedInto } of mergedReplicas(local)) this.removeReplica(region.id, mergedInto);
    const dead = deadReplicas(this.reports.regionTable ?? [], local);
    const lasting = this.dead.lasting(
      dead.map(({ region }) => region.id),
      Date.now(),
    );
    for (const { region, mergedInto } of dead)
      if (lasting.includes(region.id)) this.removeReplica(region.id, mergedInto);
  }

  /**
   * Drops a local replica: merged into `mergedInto`, or removed by a membership change. The
   * layout forgets it first, so a crash between the two never brings it back.
   */
  private removeReplica(groupId: number, mergedInto?: RegionDescriptor): void {
    if (!this.removalsAsked.ask(groupId, Date.now())) return;
    if (mergedInto === undefined) {
      this.logger.info({ group: groupId }, 'region replica removed by a membership change; dropping it');
    } else {
      this.logger.info({ group: groupId, into: mergedInto.id }, 'region merged: removing its replica');
    }
    const host = this.hostOf(groupId);
    this.layout.forgetGroup(groupId).then(
      () => {
        if (mergedInto !== undefined) failpoint('merge-source-forgotten');
        this.pool.post(host, { type: 'remove-replica', groupId, ...(mergedInto === undefined ? {} : { mergedInto }) });
      },
      (error: unknown) =>
        this.logger.warn(
          { group: groupId, err: error },
          'the node layout could not forget a replica to drop; kept for now',
        ),
    );
  }

  stop(): void {
    clearInterval(this.balanceTimer);
    clearTimeout(this.upkeepTimer);
  }

  /**
   * Hands the meta group the splits, merges and membership changes of local replicas its table
   * lacks. Every node does, not only the meta leader's: a region need not have a replica there
   * (`--replicas` below the member count). A follower's meta replica forwards them to its leader.
   */
  private syncRegionTable(): void {
    const table = this.reports.regionTable;
    if (table === undefined) return;
    const regions = regionUpdates(table, this.localRegions());
    if (regions.length > 0) this.pool.post(this.hostOf(0), { type: 'region-updates', regions });
  }

  /**
   * Creates an empty replica of each region the table places here that no host holds and no
   * local replica covers, on the host with the fewest groups; asked again after
   * {@link REPLICA_CREATION_RETRY_MS} if it still is not there.
   */
  private createMissingReplicas(): void {
    // Judged on every host's report: a host not heard from yet may hold the region or its parent.
    if (this.reports.reportsByHost.size < this.config.workers) return;
    const reports = this.reports.allReports();
    const table = this.reports.regionTable;
    if (table === undefined) return;
    const now = Date.now();
    if (this.moves?.busy === true) {
      // A moving region is held by neither host for a while (packed on one, not yet opened on
      // the other): an empty replica made now would be a second copy that forgot the log, and
      // peer messages routed to it crash it or, worse, it would vote. Judge after the move.
      this.missing.lasting([], now);
      return;
    }
    const held = new Set(reports.map((report) => report.groupId));
    // A region the layout places on a host thread is held there, whatever the reports say yet.
    for (const groupId of Object.keys(this.layout.current.groups)) held.add(Number(groupId));
    const missing = missingReplicas(table, this.localRegions(), held, this.config.nodeId);
    // Missing for a while, not for a moment: a split's new group is opened just after its parent shrank.
    const lasting = this.missing.lasting(
      missing.map((region) => region.id),
      now,
    );
    for (const region of missing) {
      if (!lasting.includes(region.id) || !this.creationsAsked.ask(region.id, now)) continue;
      const host = leastLoadedHost(
        Array.from({ length: this.config.workers }, (_, index) => ({
          host: index,
          regions: this.reports.reportsByHost.get(index)?.length ?? 0,
          loadPerSecond: 0,
        })),
      );
      this.logger.info(
        { group: region.id, host },
        'region placed here by the region table but held by no host; creating an empty replica',
      );
      this.pool.post(host, { type: 'create-replica', groupId: region.id });
    }
  }

  /** Hands off a leadership if this node leads more regions than its share (`../routing/leader-balance.ts`). */
  private balanceLeaders(): void {
    const nodeIds = this.membership.ids;
    const reports = this.reports.allReports();
    const now = Date.now();
    const elapsedSeconds = (now - this.lastRoundAt) / 1000;
    const hot = hotRegions(this.appliedAtLastRound, reports, elapsedSeconds);
    this.balanceHosts(elapsedSeconds);
    this.mergeSmallRegions(now);
    this.appliedAtLastRound = new Map(reports.map((report) => [report.groupId, report.applied]));
    this.lastRoundAt = now;
    for (const { regionId, to } of leaderTransfersFrom(reports, nodeIds, this.config.nodeId, hot)) {
      this.logger.info({ group: regionId, to }, 'leader balance: handing off a leadership');
      this.pool.post(this.hostOf(regionId), { type: 'transfer-leader', groupId: regionId, to });
    }
  }

  /**
   * Moves one region from the busiest host thread to the least busy when their load is uneven
   * (`decideHostMoves` of `@flintkv/pd`); load is the entries a replica applied per second
   * since the last round, which every replica of a region pays, leader or not.
   */
  private balanceHosts(elapsedSeconds: number): void {
    if (this.moves === undefined || this.moves.busy || this.config.workers < 2 || elapsedSeconds <= 0) return;
    const loads: RegionHostLoad[] = [];
    for (const [host, reports] of this.reports.reportsByHost) {
      for (const report of reports) {
        if (report.groupId === 0) continue;
        const before = this.appliedAtLastRound.get(report.groupId) ?? report.applied;
        loads.push({
          regionId: report.groupId,
          host,
          loadPerSecond: Math.max(0, report.applied - before) / elapsedSeconds,
          approximateBytes: report.logBytes,
        });
      }
    }
    for (const move of decideHostMoves(loads, this.config.workers)) {
      this.logger.info(
        { group: move.regionId, from: move.fromHost, to: move.toHost },
        'host balance: moving a region to a less busy host thread',
      );
      void this.moves.move(move.regionId, move.toHost);
    }
  }

  /**
   * Asks one region this node leads to merge into the next when both are small and cold for
   * the cool-down and neither changed its range since (`decideMerges` of `@flintkv/pd`). The
   * source's leader measures it exactly before it freezes (`../worker/kv/merge-driver.ts`).
   */
  private mergeSmallRegions(now: number): void {
    const settings = this.config.merge;
    const reports = this.reports.allReports().filter((report) => report.region !== undefined);
    const seen = new Set<number>();
    const candidates: (MergeCandidateStats & { leads: boolean })[] = [];
    for (const report of reports) {
      const region = report.region!;
      seen.add(region.id);
      const load = (report.statistics?.writesPerSecond ?? 0) + (report.statistics?.readsPerSecond ?? 0);
      const version = this.rangeVersions.get(region.id);
      if (version === undefined || version.version !== region.epoch.version) {
        this.rangeVersions.set(region.id, { version: region.epoch.version, since: now });
      }
      if (load >= settings.mergeLoadPerSecond) this.coldSince.delete(region.id);
      else if (!this.coldSince.has(region.id)) this.coldSince.set(region.id, now);
      candidates.push({
        regionId: region.id,
        startKey: region.startKey,
        endKey: region.endKey,
        peers: region.peers,
        busy: false,
        approximateBytes: report.statistics?.approximateBytes ?? 0,
        approximateKeys: report.statistics?.approximateKeys ?? 0,
        loadPerSecond: load,
        coldSeconds: (now - (this.coldSince.get(region.id) ?? now)) / 1000,
        secondsSinceSplit: (now - (this.rangeVersions.get(region.id)?.since ?? now)) / 1000,
        leads: report.role === 'leader',
      });
    }
    for (const id of [...this.coldSince.keys()]) if (!seen.has(id)) this.coldSince.delete(id);
    for (const id of [...this.rangeVersions.keys()]) if (!seen.has(id)) this.rangeVersions.delete(id);
    if (settings.mergeSizeBytes === 0) return;
    candidates.sort((a, b) => compareBytes(a.startKey, b.startKey));
    const decision = decideMerges(candidates, settings).find(
      ({ sourceId }) => candidates.find((candidate) => candidate.regionId === sourceId)?.leads,
    );
    if (decision === undefined) return;
    this.logger.info(
      { group: decision.sourceId, into: decision.targetId },
      'merge policy: a small, cold region merges into the next one',
    );
    this.pool.post(this.hostOf(decision.sourceId), { type: 'merge-region', groupId: decision.sourceId });
  }

  private localRegions() {
    return this.reports.allReports().flatMap((report) => (report.region === undefined ? [] : [report.region]));
  }

  private hostOf(groupId: number): number {
    return this.reports.hostOf(groupId, this.config.workers);
  }
}
