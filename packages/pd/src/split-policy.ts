import { compareBytes } from '@flintkv/proto';
import { PlacementError } from './errors.js';
import { displayKey, displayRange } from './key-display.js';

/** What a region's leader measures about its region, the input of {@link decideSplit}. */
export interface RegionLoadStats {
  regionId: number;
  /** First key of the region; empty is -infinity. */
  startKey: Uint8Array;
  /** End of the region, exclusive; empty is +infinity. */
  endKey: Uint8Array;
  approximateBytes: number;
  approximateKeys: number;
  /** The approximate median key by size, if the leader has one. */
  middleKey?: Uint8Array;
  /** Reads plus writes per second, averaged over the last load window. */
  loadPerSecond: number;
  /** How long the load has stayed at or above `splitLoadPerSecond`, in seconds. */
  sustainedSeconds: number;
  /** The key the {@link LoadSplitSampler} chose in the last window, if any. */
  loadSplitKey?: Uint8Array;
  /**
   * Other regions led from the same host thread whose load is at or above the threshold (0 if
   * unknown): a load split waits while this host already leads `maxHotRegionsPerHost` of them.
   */
  otherHotRegionsLed?: number;
}

/** When a region splits; see {@link DEFAULT_SPLIT_SETTINGS} for the defaults and why. */
export interface SplitSettings {
  /** Split when the region holds at least this many bytes. */
  splitSizeBytes: number;
  /** Split when the region holds at least this many keys. */
  splitKeys: number;
  /** Split by load when reads plus writes per second stay at or above this... */
  splitLoadPerSecond: number;
  /** ...for at least this many seconds (also the sampler's window). */
  splitLoadWindowSeconds: number;
  /**
   * At most this many hot regions (at or above the load threshold) per host thread come from
   * load splits; more would not spread the load further, only cut it finer. Default unbounded.
   */
  maxHotRegionsPerHost?: number;
}

/**
 * Default split thresholds.
 *
 * - `splitSizeBytes` 96 MiB and `splitKeys` 960,000 are TiKV's region-split-size and
 *   region-split-keys: regions small enough to snapshot and move in seconds.
 * - `splitLoadPerSecond` 200: a 2-core node serves 500–6,000 ops/s, so a hot range at the low
 *   end (500 ops/s) splits, and its halves (250 ops/s each, 25% above the threshold, so
 *   uneven halves still qualify) split again: at least 4 regions. Regions at 125 ops/s stop,
 *   ten times above the merge threshold, so split and merge never undo each other.
 * - `splitLoadWindowSeconds` 10 (TiKV's detect-times): long enough for a load split sampler
 *   window to see ~2,000 requests at the threshold, short enough that a 200k-key load at
 *   6,000 ops/s (33 s) has time for two rounds of splits (4 regions) before it ends, and a
 *   hot range splits within a minute.
 * - `maxHotRegionsPerHost` 2: a hot region splits once on its host thread; its halves split
 *   again only after one of them moved to another thread or node (host and leader balance).
 *   Without a cap a range split until each piece fell under 200 ops/s — 37 regions at 7,000
 *   ops/s, splitting all the time, puts at 0.44× etcd (docs/benchmarks.md); with it a
 *   3-node cluster of 2-thread nodes holds about 12 hot regions: every thread leads two.
 *
 * @example
 * ```ts
 * decideSplit(stats, { ...DEFAULT_SPLIT_SETTINGS, splitLoadPerSecond: 1_000 });
 * ```
 */
export const DEFAULT_SPLIT_SETTINGS: Readonly<SplitSettings> = Object.freeze({
  splitSizeBytes: 96 * 1024 * 1024,
  splitKeys: 960_000,
  splitLoadPerSecond: 200,
  splitLoadWindowSeconds: 10,
  maxHotRegionsPerHost: 2,
});

/** Why a region splits: too many bytes, too many keys, or too much traffic. */
export type SplitReason = 'size' | 'keys' | 'load';

/** Split region `regionId` at `splitKey`: the left half keeps `[startKey, splitKey)`. */
export interface SplitDecision {
  regionId: number;
  splitKey: Uint8Array;
  reason: SplitReason;
}

/**
 * Whether a region should split, and where. Reasons are tried in order — size, keys, load —
 * and the first one that applies and has a usable key wins: size and keys cut at the
 * median key by size (`middleKey`), load at the sampler's key (`loadSplitKey`), which splits
 * the traffic rather than the bytes. A key must lie strictly inside the region — after the
 * start key and before the end key — or that reason is skipped (an empty half would only
 * need merging back). Undefined if no reason applies with a usable key.
 *
 * @example
 * ```ts
 * const decision = decideSplit(stats, DEFAULT_SPLIT_SETTINGS);
 * if (decision !== undefined) server.split(decision.regionId, decision.splitKey);
 * ```
 */
export function decideSplit(
  stats: RegionLoadStats,
  settings: SplitSettings = DEFAULT_SPLIT_SETTINGS,
): SplitDecision | undefined {
  const candidates: [SplitReason, boolean, Uint8Array | undefined][] = [
    ['size', stats.approximateBytes >= settings.splitSizeBytes, stats.middleKey],
    ['keys', stats.approximateKeys >= settings.splitKeys, stats.middleKey],
    [
      'load',
      stats.loadPerSecond >= settings.splitLoadPerSecond &&
        stats.sustainedSeconds >= settings.splitLoadWindowSeconds &&
        (stats.otherHotRegionsLed ?? 0) + 1 < (settings.maxHotRegionsPerHost ?? Number.POSITIVE_INFINITY),
      stats.loadSplitKey,
    ],
  ];
  for (const [reason, applies, key] of candidates) {
    if (!applies || key === undefined || validateSplitKey(stats, key) !== undefined) continue;
    return { regionId: stats.regionId, splitKey: Uint8Array.from(key), reason };
  }
  return undefined;
}

/**
 * Checks a split key for a region, as a manual split (`flint region split`) needs: the key
 * must sort after the region's start key and before its end key (empty is +infinity).
 * Returns a {@link PlacementError} `FLINT_SPLIT_KEY_OUTSIDE` naming the region's range, or
 * undefined if the key is usable.
 *
 * @example
 * ```ts
 * const refusal = validateSplitKey(region, key);
 * if (refusal !== undefined) return reply(refusal.code, refusal.message);
 * ```
 */
export function validateSplitKey(
  region: { id?: number; regionId?: number; startKey: Uint8Array; endKey: Uint8Array },
  key: Uint8Array,
): PlacementError | undefined {
  const afterStart = compareBytes(key, region.startKey) > 0;
  const beforeEnd = region.endKey.length === 0 || compareBytes(key, region.endKey) < 0;
  if (afterStart && beforeEnd) return undefined;
  const id = region.id ?? region.regionId;
  const name = `region ${id === undefined ? '' : `${id} `}${displayRange(region.startKey, region.endKey)}`;
  const problem = compareBytes(key, region.startKey) === 0 ? `equals the start key of ${name}` : `lies outside ${name}`;
  return new PlacementError(
    'FLINT_SPLIT_KEY_OUTSIDE',
    `Split key ${displayKey(key)} ${problem}; choose a key after the start key and before the end key.`,
  );
}
