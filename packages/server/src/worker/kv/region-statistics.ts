import type { RegionStatisticsReport } from '../../host-protocol.js';
import type { RegionGroup } from '../group/region-group.js';
import type { RegionSize } from './auto-split.js';
import { measureRegion } from './auto-split.js';
import { RateWindow } from './rate-window.js';
import { RegionSizeEstimate } from './region-size-estimate.js';

/** How far back writes/s and reads/s look. */
export const LOAD_WINDOW_MS = 10_000;

/**
 * What one replica of a region reports about it (`GroupReport.statistics`): the requests it
 * served per second over the last ten seconds, and the region's approximate size, refreshed
 * every few seconds in the background ({@link RegionSizeEstimate}).
 */
export class RegionStatistics {
  private readonly writes: RateWindow;
  private readonly reads: RateWindow;
  private readonly size = new RegionSizeEstimate();

  constructor(private readonly group: RegionGroup) {
    const now = group.environment.now();
    this.writes = new RateWindow(LOAD_WINDOW_MS, now);
    this.reads = new RateWindow(LOAD_WINDOW_MS, now);
  }

  /** A write request this replica accepted (proposed). */
  recordWrite(): void {
    this.writes.record(this.group.environment.now());
  }

  /** A read request this replica started serving. */
  recordRead(): void {
    this.reads.record(this.group.environment.now());
  }

  /** Auto split measured the region: the estimate takes it instead of reading again. */
  adoptMeasurement(size: RegionSize, diskBytes: number): void {
    this.size.adopt(size, diskBytes, this.group.appliedIndex, this.group.environment.now());
  }

  /** Each tick: refresh the size when due (in the background; a failed read waits for the next). */
  tick(now: number): void {
    if (!this.size.due(now)) return;
    const { store, log } = this.group.environment;
    const groupId = this.group.id;
    this.size
      .refresh(
        { diskBytes: () => store.kvApproximateBytes(groupId), measure: () => measureRegion(store.kvPairs(groupId)) },
        this.group.appliedIndex,
        this.group.isLeader,
        now,
      )
      .catch((error: unknown) => log.debug({ group: groupId, err: error }, 'region size not refreshed'));
  }

  /** The report's figures now. */
  report(now: number): RegionStatisticsReport {
    const { keys, bytes } = this.size.size;
    return {
      approximateKeys: keys,
      approximateBytes: bytes,
      writesPerSecond: this.writes.perSecond(now),
      readsPerSecond: this.reads.perSecond(now),
    };
  }
}
