import type { RegionGroup } from '../group/region-group.js';
import { HostMetricName } from '../host-metrics.js';
import { encodeCommand } from '../log-entry-codec.js';
import { AutoSplit, measureRegion, type RegionSize } from './auto-split.js';
import type { KvRegionMachine } from './kv-region.js';

/**
 * Why a split was proposed: by the leader itself (size, key count, load) or asked for by a
 * client (`flint region split`, the SDK's `splitRegion`). The `reason` label of
 * `flint_region_splits_total`.
 */
export type SplitReason = 'size' | 'keys' | 'load' | 'command';

/** What the proposer tells its region about: splits it proposed, and sizes it measured on the way. */
export interface SplitProposerListener {
  splitProposed(proposalId: number, reason: SplitReason): void;
  /** A scan measured the region (`diskBytes`: LevelDB's on-disk estimate it was started for). */
  regionMeasured(size: RegionSize, diskBytes: number): void;
}

/** The counter each reason of an automatic split increments. */
const SPLIT_METRIC = {
  size: HostMetricName.splitsBySize,
  keys: HostMetricName.splitsByKeys,
  load: HostMetricName.splitsByLoad,
} as const;

/**
 * A region's leader splitting it by itself: counts the requests it serves ({@link AutoSplit}),
 * and at the end of each load window measures the region when it may be large, asks `pd`'s
 * policy, reserves the new region's id and proposes the split. One decision at a time.
 *
 * @example
 * ```ts
 * const proposer = new SplitProposer(group, machine, { splitProposed, regionMeasured });
 * proposer.record(key); // each request served
 * proposer.tick(now);   // each tick
 * ```
 */
export class SplitProposer {
  private readonly autoSplit: AutoSplit;
  private deciding = false;

  constructor(
    private readonly group: RegionGroup,
    private readonly region: KvRegionMachine,
    private readonly listener: SplitProposerListener,
  ) {
    this.autoSplit = new AutoSplit(group.environment.splitSettings, Math.random, group.environment.now());
  }

  /** A get or a write of `key` served by this replica. */
  record(key: Uint8Array): void {
    this.autoSplit.record(key);
  }

  /** A scan of `[start, end)` served by this replica. */
  recordRange(start: Uint8Array, end: Uint8Array): void {
    this.autoSplit.recordRange(start, end);
  }

  /** This replica stopped leading: what it counted no longer applies. */
  reset(now: number): void {
    this.autoSplit.reset(now);
  }

  /** No split decision is being made (a measurement or an id allocation in flight). */
  get idle(): boolean {
    return !this.deciding;
  }

  tick(now: number): void {
    if (!this.autoSplit.enabled || !this.autoSplit.windowDue(now)) return;
    if (!this.group.isLeader) this.autoSplit.reset(now);
    else if (!this.deciding) void this.decide(now);
  }

  private async decide(now: number): Promise<void> {
    this.deciding = true;
    const { environment } = this.group;
    try {
      const load = this.autoSplit.closeWindow(now);
      const region = this.region.descriptor;
      if (region === undefined) return;
      const store = environment.store;
      const diskBytes = await store.kvApproximateBytes(this.group.id);
      const size = this.autoSplit.worthMeasuring(diskBytes)
        ? await measureRegion(store.kvPairs(this.group.id))
        : undefined;
      if (size !== undefined) this.listener.regionMeasured(size, diskBytes);
      const otherHotRegionsLed = environment.hotRegionsLed(this.autoSplit.settings.loadPerSecond, this.group.id);
      const decision = this.autoSplit.decide(region, { ...load, otherHotRegionsLed }, size);
      if (decision === undefined) return;
      const newRegionId = await environment.allocateRegionId();
      const current = this.region.descriptor;
      if (!this.group.isLeader || current === undefined || current.epoch.version !== region.epoch.version) return;
      environment.log.info(
        {
          group: this.group.id,
          reason: decision.reason,
          splitKey: Buffer.from(decision.splitKey).toString('hex'),
          newRegion: newRegionId,
          loadPerSecond: Math.round(load.loadPerSecond),
          bytes: size?.bytes,
          keys: size?.keys,
        },
        'region split proposed',
      );
      environment.metrics.increment(SPLIT_METRIC[decision.reason]);
      const operation = {
        type: 'split',
        splitKey: decision.splitKey,
        newRegionId,
        version: region.epoch.version,
      } as const;
      const proposalId = environment.nextProposalId();
      this.group.raw.propose(
        encodeCommand({
          stamp: { nodeId: environment.nodeId, proposalId, time: environment.now() },
          session: null,
          operation,
        }),
      );
      this.listener.splitProposed(proposalId, decision.reason);
      this.autoSplit.reset(environment.now());
    } catch (error) {
      // Not leader any more, no id to be had now, a read failed: the next window decides again.
      this.autoSplit.forgetMeasurement();
      environment.log.debug({ group: this.group.id, err: error }, 'auto split skipped');
    } finally {
      this.deciding = false;
    }
  }
}
