import {
  DEFAULT_SPLIT_SETTINGS,
  decideSplit,
  LoadSplitSampler,
  type RegionDescriptor,
  type SplitDecision,
} from '@flintkv/pd';
import { isUserDataKey, userKeyOf } from './kv-keys.js';

/**
 * When a region splits by itself, as its leader sees it: by size, by key count, or by load
 * (TiKV's load-based split). The policy is `@flintkv/pd`'s {@link decideSplit}; this module
 * gathers what it needs — requests per window with a sample of their keys, and the region's
 * size — and `region-clients.ts` proposes the split.
 */

/** The thresholds (`--split-size`, `--split-key-count`, `--split-load`); 0 turns one off. */
export interface AutoSplitSettings {
  sizeBytes: number;
  keyCount: number;
  loadPerSecond: number;
  /** How long load must stay above `loadPerSecond` (also the sampling window). */
  loadWindowSeconds: number;
}

/** The defaults of `@flintkv/pd` (`packages/pd/README.md` says why). */
export const DEFAULT_AUTO_SPLIT_SETTINGS: Readonly<AutoSplitSettings> = Object.freeze({
  sizeBytes: DEFAULT_SPLIT_SETTINGS.splitSizeBytes,
  keyCount: DEFAULT_SPLIT_SETTINGS.splitKeys,
  loadPerSecond: DEFAULT_SPLIT_SETTINGS.splitLoadPerSecond,
  loadWindowSeconds: DEFAULT_SPLIT_SETTINGS.splitLoadWindowSeconds,
});

/** A stored pair takes at least this many bytes: below it, the key count threshold is met before the size one. */
const SMALLEST_PAIR_BYTES = 16;

/** The size of a region's data, read by one scan. */
export interface RegionSize {
  bytes: number;
  keys: number;
  /** The user key at half the bytes (undefined for an empty region). */
  middleKey?: Uint8Array;
}

/**
 * Reads a region's user data once: bytes, keys, and the key at half the bytes (a boundary key
 * every `stepBytes` is kept, so memory is bounded by the region's size over `stepBytes`).
 */
export async function measureRegion(
  pairs: AsyncIterable<[Uint8Array, Uint8Array]>,
  stepBytes = 1024 * 1024,
): Promise<RegionSize> {
  let bytes = 0;
  let keys = 0;
  let nextBoundary = 0;
  const boundaries: { bytes: number; key: Uint8Array }[] = [];
  for await (const [key, value] of pairs) {
    if (!isUserDataKey(key)) continue;
    if (bytes >= nextBoundary) {
      boundaries.push({ bytes, key: Uint8Array.from(userKeyOf(key)) });
      nextBoundary = bytes + stepBytes;
    }
    bytes += key.byteLength + value.byteLength;
    keys++;
  }
  const half = bytes / 2;
  const middle = boundaries.findLast((boundary) => boundary.bytes <= half) ?? boundaries[0];
  return middle === undefined ? { bytes, keys } : { bytes, keys, middleKey: middle.key };
}

/**
 * The load side of auto split for one region while this replica leads: counts requests per
 * window and samples their keys. {@link closeWindow} ends a window and says how long load has
 * stayed above the threshold.
 *
 * @example
 * ```ts
 * const autoSplit = new AutoSplit(settings, Math.random, Date.now());
 * autoSplit.record(key);
 * if (autoSplit.windowDue(now)) decide(autoSplit.closeWindow(now));
 * ```
 */
export class AutoSplit {
  private sampler: LoadSplitSampler;
  private requests = 0;
  private windowStart: number;
  private sustainedSeconds = 0;
  /** The approximate size at the last measuring scan (0: none since the last reset). */
  private measuredAtBytes = 0;

  constructor(
    readonly settings: Readonly<AutoSplitSettings>,
    private readonly random: () => number,
    now: number,
  ) {
    this.sampler = new LoadSplitSampler({ random });
    this.windowStart = now;
  }

  /** The last measurement led nowhere (no id, no leadership): measure again next window. */
  forgetMeasurement(): void {
    this.measuredAtBytes = 0;
  }

  /** Whether any threshold is on. */
  get enabled(): boolean {
    return this.settings.sizeBytes > 0 || this.settings.keyCount > 0 || this.settings.loadPerSecond > 0;
  }

  /** A get or a write of `key`. */
  record(key: Uint8Array): void {
    this.requests++;
    if (this.settings.loadPerSecond > 0) this.sampler.record(key);
  }

  /** A scan of `[start, end)`. */
  recordRange(start: Uint8Array, end: Uint8Array): void {
    this.requests++;
    if (this.settings.loadPerSecond > 0) this.sampler.recordRange(start, end);
  }

  /** This replica stopped leading (or the region changed): what was counted no longer applies. */
  reset(now: number): void {
    this.requests = 0;
    this.sustainedSeconds = 0;
    this.measuredAtBytes = 0;
    this.windowStart = now;
    this.sampler = new LoadSplitSampler({ random: this.random });
  }

  windowDue(now: number): boolean {
    return now - this.windowStart >= this.settings.loadWindowSeconds * 1000;
  }

  /** Ends the window: its load, how long load has stayed above the threshold, and the sampled split key. */
  closeWindow(now: number): { loadPerSecond: number; sustainedSeconds: number; loadSplitKey?: Uint8Array } {
    const seconds = Math.max(0.001, (now - this.windowStart) / 1000);
    const loadPerSecond = this.requests / seconds;
    const threshold = this.settings.loadPerSecond;
    this.sustainedSeconds = threshold > 0 && loadPerSecond >= threshold ? this.sustainedSeconds + seconds : 0;
    const loadSplitKey = this.sampler.finish();
    this.requests = 0;
    this.windowStart = now;
    return loadSplitKey === undefined
      ? { loadPerSecond, sustainedSeconds: this.sustainedSeconds }
      : { loadPerSecond, sustainedSeconds: this.sustainedSeconds, loadSplitKey };
  }

  /**
   * Whether the region's approximate on-disk size is worth a scan that measures it exactly: near
   * a threshold, and grown by a tenth since the last scan (a region that stays just below one is
   * not read whole every window). Records the size when it says yes.
   */
  worthMeasuring(approximateBytes: number): boolean {
    const { sizeBytes, keyCount } = this.settings;
    const bounds = [sizeBytes, keyCount * SMALLEST_PAIR_BYTES].filter((bound) => bound > 0);
    if (bounds.length === 0 || approximateBytes * 2 < Math.min(...bounds)) return false;
    if (approximateBytes < this.measuredAtBytes * 1.1) return false;
    this.measuredAtBytes = approximateBytes;
    return true;
  }

  /** The split to make, if any: `pd`'s policy on this window's load and the measured size. */
  decide(
    region: RegionDescriptor,
    load: { loadPerSecond: number; sustainedSeconds: number; loadSplitKey?: Uint8Array; otherHotRegionsLed?: number },
    size: RegionSize | undefined,
  ): SplitDecision | undefined {
    const { sizeBytes, keyCount, loadPerSecond, loadWindowSeconds } = this.settings;
    const off = Number.POSITIVE_INFINITY;
    return decideSplit(
      {
        regionId: region.id,
        startKey: region.startKey,
        endKey: region.endKey,
        approximateBytes: size?.bytes ?? 0,
        approximateKeys: size?.keys ?? 0,
        ...(size?.middleKey === undefined ? {} : { middleKey: size.middleKey }),
        ...load,
      },
      {
        splitSizeBytes: sizeBytes > 0 ? sizeBytes : off,
        splitKeys: keyCount > 0 ? keyCount : off,
        splitLoadPerSecond: loadPerSecond > 0 ? loadPerSecond : off,
        splitLoadWindowSeconds: loadWindowSeconds,
        maxHotRegionsPerHost: DEFAULT_SPLIT_SETTINGS.maxHotRegionsPerHost,
      },
    );
  }
}
