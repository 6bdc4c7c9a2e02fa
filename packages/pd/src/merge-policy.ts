import { bytesEqual } from '@flintkv/proto';
import { PlacementError, type PlacementErrorCode } from './errors.js';

/** What {@link validateMerge} needs of a region: its range, replicas and whether it is busy. */
export interface MergeRegion {
  regionId: number;
  startKey: Uint8Array;
  /** End of the region, exclusive; empty is +infinity. */
  endKey: Uint8Array;
  /** Node ids of its replicas. */
  peers: readonly number[];
  /** True while it is splitting, changing membership or merging. */
  busy: boolean;
}

/** A region as {@link decideMerges} judges it: its range and peers plus what its leader measures. */
export interface MergeCandidateStats extends MergeRegion {
  approximateBytes: number;
  approximateKeys: number;
  /** Reads plus writes per second, averaged over the last load window. */
  loadPerSecond: number;
  /** How long the load has stayed below `mergeLoadPerSecond`, in seconds. */
  coldSeconds: number;
  /** Seconds since the region was last split (or born of a split); Infinity if never. */
  secondsSinceSplit: number;
}

/** When regions merge; see {@link DEFAULT_MERGE_SETTINGS} for the defaults and why. */
export interface MergeSettings {
  /** Both regions hold fewer bytes than this. */
  mergeSizeBytes: number;
  /** Both regions hold fewer keys than this. */
  mergeKeys: number;
  /** Both regions serve fewer reads plus writes per second than this... */
  mergeLoadPerSecond: number;
  /** ...and have for this long, and were not split within this long. */
  mergeCooldownSeconds: number;
}

/**
 * Default merge thresholds.
 *
 * - `mergeSizeBytes` 20 MiB and `mergeKeys` 200,000 are TiKV's max-merge-region-size and
 *   -keys. A merged pair (under 40 MiB, 400,000 keys) stays far below the split thresholds
 *   (96 MiB, 960,000 keys), so it is not split again at once.
 * - `mergeLoadPerSecond` 20: a tenth of the load split threshold (200 ops/s), so a region
 *   split for load (its halves at 100 ops/s or more) is not merged back while the load lasts.
 * - `mergeCooldownSeconds` 60: six load windows of quiet, and a minute after a split, before
 *   undoing anything — a pause in a workload should not merge regions it will split again.
 *
 * @example
 * ```ts
 * decideMerges(regions, { ...DEFAULT_MERGE_SETTINGS, mergeCooldownSeconds: 600 });
 * ```
 */
export const DEFAULT_MERGE_SETTINGS: Readonly<MergeSettings> = Object.freeze({
  mergeSizeBytes: 20 * 1024 * 1024,
  mergeKeys: 200_000,
  mergeLoadPerSecond: 20,
  mergeCooldownSeconds: 60,
});

/** Merge region `sourceId` into `targetId`, its right neighbour: the target keeps both ranges. */
export interface MergeDecision {
  sourceId: number;
  targetId: number;
}

/** The answer of {@link validateMerge}: the merge to run, or why not. */
export type MergeValidation = { ok: true; decision: MergeDecision } | { ok: false; error: PlacementError };

/**
 * The merges of one round: adjacent pairs that are both small, both cold for the cool-down,
 * neither split within the cool-down, neither busy, on exactly the same peers (a merge joins
 * two Raft logs replica by replica, so both need a replica on the same nodes). The left
 * region of a pair is the source, merged into its right neighbour.
 *
 * `regions` must be sorted by start key; a pair whose ranges do not meet (the caller left a
 * region out) is never merged. Pairs are taken greedily from the left, and a region takes
 * part in at most one merge per round, so the round's merges can run side by side.
 *
 * @example
 * ```ts
 * for (const { sourceId, targetId } of decideMerges(statsInKeyOrder, DEFAULT_MERGE_SETTINGS)) {
 *   server.merge(sourceId, targetId);
 * }
 * ```
 */
export function decideMerges(
  regions: readonly MergeCandidateStats[],
  settings: MergeSettings = DEFAULT_MERGE_SETTINGS,
): MergeDecision[] {
  const decisions: MergeDecision[] = [];
  for (let index = 0; index + 1 < regions.length; index++) {
    const source = regions[index]!;
    const target = regions[index + 1]!;
    if (!isSmallAndCold(source, settings) || !isSmallAndCold(target, settings)) continue;
    if (!areNeighbours(source, target) || !samePeers(source.peers, target.peers)) continue;
    decisions.push({ sourceId: source.regionId, targetId: target.regionId });
    // The target is taken: the next pair starts after it.
    index++;
  }
  return decisions;
}

/**
 * Checks a manual merge, `flint region merge <id>`: region `regionId` is merged into the
 * region that follows it in key order. The operator asked, so size and load do not matter;
 * the merge must only be possible. Refusals, with stable codes:
 * - `FLINT_MERGE_UNKNOWN_REGION`: no region has that id;
 * - `FLINT_MERGE_NO_NEIGHBOUR`: it is the last region (or the next one listed does not start
 *   where it ends);
 * - `FLINT_MERGE_PEERS_DIFFER`: the two are not replicated on exactly the same nodes;
 * - `FLINT_MERGE_BUSY`: either is splitting, changing membership or merging.
 *
 * @example
 * ```ts
 * const answer = validateMerge(regionsInKeyOrder, 7);
 * if (!answer.ok) return reply(answer.error.code, answer.error.message);
 * server.merge(answer.decision.sourceId, answer.decision.targetId);
 * ```
 */
export function validateMerge(regionsInKeyOrder: readonly MergeRegion[], regionId: number): MergeValidation {
  const index = regionsInKeyOrder.findIndex((region) => region.regionId === regionId);
  if (index < 0) {
    return refuse('FLINT_MERGE_UNKNOWN_REGION', `No region ${regionId}; list the regions with \`flint regions\`.`);
  }
  const source = regionsInKeyOrder[index]!;
  const target = regionsInKeyOrder[index + 1];
  if (target === undefined) {
    return refuse(
      'FLINT_MERGE_NO_NEIGHBOUR',
      `Region ${regionId} is the last region, so no region follows it; merge the region before it instead.`,
    );
  }
  if (!areNeighbours(source, target)) {
    return refuse(
      'FLINT_MERGE_NO_NEIGHBOUR',
      `Region ${target.regionId} does not start where region ${regionId} ends; re-read the regions and retry.`,
    );
  }
  if (!samePeers(source.peers, target.peers)) {
    return refuse(
      'FLINT_MERGE_PEERS_DIFFER',
      `Region ${regionId} is on nodes ${formatPeers(source.peers)} but region ${target.regionId} on ` +
        `${formatPeers(target.peers)}; move replicas until both are on the same nodes, then merge.`,
    );
  }
  const busy = [source, target].find((region) => region.busy);
  if (busy !== undefined) {
    return refuse(
      'FLINT_MERGE_BUSY',
      `Region ${busy.regionId} is splitting, changing membership or merging; retry when it is done.`,
    );
  }
  return { ok: true, decision: { sourceId: source.regionId, targetId: target.regionId } };
}

function isSmallAndCold(region: MergeCandidateStats, settings: MergeSettings): boolean {
  return (
    !region.busy &&
    region.approximateBytes < settings.mergeSizeBytes &&
    region.approximateKeys < settings.mergeKeys &&
    region.loadPerSecond < settings.mergeLoadPerSecond &&
    region.coldSeconds >= settings.mergeCooldownSeconds &&
    region.secondsSinceSplit >= settings.mergeCooldownSeconds
  );
}

/** True if `right` starts exactly where `left` ends (so neither ends at +infinity first). */
function areNeighbours(left: MergeRegion, right: MergeRegion): boolean {
  return left.endKey.length > 0 && bytesEqual(left.endKey, right.startKey);
}

/** Same set of nodes, whatever the order the caller lists them in. */
function samePeers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort((x, y) => x - y);
  return [...a].sort((x, y) => x - y).every((peer, index) => peer === sortedB[index]);
}

function formatPeers(peers: readonly number[]): string {
  return `[${[...peers].sort((x, y) => x - y).join(', ')}]`;
}

function refuse(code: PlacementErrorCode, message: string): MergeValidation {
  return { ok: false, error: new PlacementError(code, message) };
}
