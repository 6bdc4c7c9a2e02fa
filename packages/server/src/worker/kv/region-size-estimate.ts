import type { RegionSize } from './auto-split.js';

/** A region's approximate size: user keys, and their bytes plus their values'. */
export interface ApproximateSize {
  keys: number;
  bytes: number;
}

/** How often a size is refreshed, at most, and below which on-disk size a refresh reads the region. */
export interface SizeEstimateSettings {
  refreshIntervalMs: number;
  /** Regions whose on-disk estimate is below this are read whole (bounded cost); larger ones are scaled. */
  exactScanBelowBytes: number;
}

/**
 * A leader reads at most 1 MiB (plus what sits in the memtable, which the on-disk estimate does
 * not count) per region it leads every 5 s, and only while the region is written.
 */
export const DEFAULT_SIZE_ESTIMATE_SETTINGS: Readonly<SizeEstimateSettings> = Object.freeze({
  refreshIntervalMs: 5_000,
  exactScanBelowBytes: 1024 * 1024,
});

/** A measurement: the exact size, LevelDB's on-disk estimate then, and the applied index it describes. */
interface Measurement {
  size: ApproximateSize;
  diskBytes: number;
  appliedIndex: number;
}

/** How a refresh gets the size: read the region whole, scale the last measurement, or keep it. */
export type RefreshPlan = 'measure' | 'scale' | 'keep';

/**
 * Whether a refresh needs the on-disk estimate at all: not when the region applied nothing
 * since it was measured, nor when there is no measurement to scale and this replica may not scan.
 */
export function needsDiskEstimate(
  measured: { appliedIndex: number } | undefined,
  appliedIndex: number,
  mayScan: boolean,
): boolean {
  return measured === undefined ? mayScan : measured.appliedIndex !== appliedIndex;
}

/**
 * What a refresh should do. A region that changed is read whole when it is small (or was never
 * measured and this replica may read it); a large one is scaled by LevelDB's on-disk estimate,
 * which costs no read — the auto-split scans near a threshold correct the ratio.
 */
export function planRefresh(
  measured: { appliedIndex: number } | undefined,
  appliedIndex: number,
  diskBytes: number,
  mayScan: boolean,
  settings: Readonly<SizeEstimateSettings>,
): RefreshPlan {
  if (measured !== undefined && measured.appliedIndex === appliedIndex) return 'keep';
  if (mayScan && (measured === undefined || diskBytes < settings.exactScanBelowBytes)) return 'measure';
  return measured === undefined ? 'keep' : 'scale';
}

/**
 * The last measured size grown or shrunk with the on-disk estimate. LevelDB's estimate counts
 * compressed, flushed tables only; the ratio to the measured size carries the units across.
 */
export function scaleSize(measured: ApproximateSize, measuredDiskBytes: number, diskBytes: number): ApproximateSize {
  if (measuredDiskBytes <= 0) return measured;
  const factor = diskBytes / measuredDiskBytes;
  return { keys: Math.round(measured.keys * factor), bytes: Math.round(measured.bytes * factor) };
}

/** Where a refresh reads from: the group's on-disk estimate and a scan that measures it. */
export interface SizeSource {
  diskBytes(): Promise<number>;
  measure(): Promise<RegionSize>;
}

/**
 * A region's approximate size for its report, cached: refreshed at most every
 * `refreshIntervalMs`, never by more than one read at a time, and only when the region applied
 * something since. Auto split's own measurements are adopted, so they are never repeated.
 */
export class RegionSizeEstimate {
  private measured: Measurement | undefined;
  private current: ApproximateSize = { keys: 0, bytes: 0 };
  private refreshedAt = Number.NEGATIVE_INFINITY;
  private refreshing = false;

  constructor(private readonly settings: Readonly<SizeEstimateSettings> = DEFAULT_SIZE_ESTIMATE_SETTINGS) {}

  /** The size as last refreshed (zero until the first refresh). */
  get size(): ApproximateSize {
    return this.current;
  }

  /** Whether {@link refresh} would do anything now. */
  due(now: number): boolean {
    return !this.refreshing && now - this.refreshedAt >= this.settings.refreshIntervalMs;
  }

  /** A measurement made elsewhere (auto split's scan), with the on-disk estimate it started from. */
  adopt(size: RegionSize, diskBytes: number, appliedIndex: number, now: number): void {
    this.measured = { size: { keys: size.keys, bytes: size.bytes }, diskBytes, appliedIndex };
    this.current = this.measured.size;
    this.refreshedAt = now;
  }

  /**
   * Refreshes the size from `source` if due. `mayScan`: this replica may read the region whole
   * (the leader; followers only scale, so a region is not read three times).
   */
  async refresh(source: SizeSource, appliedIndex: number, mayScan: boolean, now: number): Promise<void> {
    if (!this.due(now)) return;
    this.refreshedAt = now;
    if (!needsDiskEstimate(this.measured, appliedIndex, mayScan)) return;
    this.refreshing = true;
    try {
      const diskBytes = await source.diskBytes();
      const plan = planRefresh(this.measured, appliedIndex, diskBytes, mayScan, this.settings);
      if (plan === 'measure') {
        this.adopt(await source.measure(), diskBytes, appliedIndex, now);
      } else if (plan === 'scale' && this.measured !== undefined) {
        this.current = scaleSize(this.measured.size, this.measured.diskBytes, diskBytes);
      }
    } finally {
      this.refreshing = false;
    }
  }
}
