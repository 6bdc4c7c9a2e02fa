import { PlacementError } from './errors.js';

/** One host thread's totals, the input of {@link leastLoadedHost}. */
export interface HostLoad {
  /** Host thread index, 0 and up. */
  host: number;
  /** Regions it runs. */
  regions: number;
  /** Reads plus writes per second over all its regions. */
  loadPerSecond: number;
}

/** One region on one host thread, the input of {@link decideHostMoves}. */
export interface RegionHostLoad {
  regionId: number;
  /** Host thread index, 0 to hostCount − 1. */
  host: number;
  /** Reads plus writes per second, averaged over the last load window. */
  loadPerSecond: number;
  approximateBytes: number;
}

/** When regions move between host threads; see {@link DEFAULT_HOST_BALANCE_SETTINGS}. */
export interface HostBalanceSettings {
  /** Move only while the busiest host carries more than this multiple of the mean load. */
  imbalanceRatio: number;
  /** ...and at least this much load, in reads plus writes per second. */
  minimumBusiestLoadPerSecond: number;
  /** Moves per call. */
  maxMoves: number;
}

/**
 * Default host balance settings.
 *
 * - `imbalanceRatio` 1.3: load is averaged over 10-second windows and regions are few per
 *   host, so a near-even split is the best there is; moving for less than 30% over the mean
 *   would chase noise.
 * - `minimumBusiestLoadPerSecond` 100: below this a host thread is nearly idle (a 2-core
 *   node serves thousands of ops/s), and moving a region would cost more than it saves.
 * - `maxMoves` 1: a moved region pauses while its host changes, and the next window's load
 *   should show the effect before the next move is chosen.
 *
 * @example
 * ```ts
 * decideHostMoves(regionLoads, 4, { ...DEFAULT_HOST_BALANCE_SETTINGS, maxMoves: 2 });
 * ```
 */
export const DEFAULT_HOST_BALANCE_SETTINGS: Readonly<HostBalanceSettings> = Object.freeze({
  imbalanceRatio: 1.3,
  minimumBusiestLoadPerSecond: 100,
  maxMoves: 1,
});

/** Move region `regionId` from host thread `fromHost` to `toHost` on the same node. */
export interface HostMove {
  regionId: number;
  fromHost: number;
  toHost: number;
}

/**
 * The host thread for a new region (a split's right half, a new replica): the one with the
 * least load, then the fewest regions, then the lowest index — load first, because a new
 * region of a split hot range brings its load along; region count breaks ties on an idle
 * node. Throws {@link PlacementError} `FLINT_NO_HOSTS` for an empty list.
 *
 * @example
 * ```ts
 * leastLoadedHost([
 *   { host: 0, regions: 3, loadPerSecond: 900 },
 *   { host: 1, regions: 5, loadPerSecond: 100 },
 * ]); // 1
 * ```
 */
export function leastLoadedHost(hostLoads: readonly HostLoad[]): number {
  let best: HostLoad | undefined;
  for (const candidate of hostLoads) {
    if (
      best === undefined ||
      candidate.loadPerSecond < best.loadPerSecond ||
      (candidate.loadPerSecond === best.loadPerSecond &&
        (candidate.regions < best.regions || (candidate.regions === best.regions && candidate.host < best.host)))
    ) {
      best = candidate;
    }
  }
  if (best === undefined) {
    throw new PlacementError('FLINT_NO_HOSTS', 'No host threads to place a region on; a node runs at least one.');
  }
  return best.host;
}

/**
 * Region moves between the host threads of one node that even out their load. While the
 * busiest host carries more than `imbalanceRatio` times the mean (and at least
 * `minimumBusiestLoadPerSecond`), it gives the least loaded host the region that leaves the
 * busier of the two with the least load. A move must lower that: one that would only make
 * the receiver the new busiest (a single hot region — a case for a load split, not a move)
 * is not made, so the highest load never rises and moves never undo each other. Ties go to the smaller region (less to
 * move), then the lower region id. At most `maxMoves` moves, one per region.
 *
 * Regions whose host lies outside 0..hostCount − 1 are ignored.
 *
 * @example
 * ```ts
 * for (const { regionId, toHost } of decideHostMoves(regionLoads, 4)) server.moveToHost(regionId, toHost);
 * ```
 */
export function decideHostMoves(
  regionLoads: readonly RegionHostLoad[],
  hostCount: number,
  settings: HostBalanceSettings = DEFAULT_HOST_BALANCE_SETTINGS,
): HostMove[] {
  const placed = regionLoads.filter(
    (region) => Number.isInteger(region.host) && region.host >= 0 && region.host < hostCount,
  );
  const hostLoad = Array.from({ length: Math.max(0, hostCount) }, () => 0);
  for (const region of placed) hostLoad[region.host]! += region.loadPerSecond;
  const mean = hostLoad.reduce((sum, load) => sum + load, 0) / hostLoad.length;
  const hostOf = new Map(placed.map((region) => [region.regionId, region.host]));
  const moves: HostMove[] = [];

  while (moves.length < settings.maxMoves && hostCount > 1) {
    const busiest = indexOfExtreme(hostLoad, (a, b) => a > b);
    const coolest = indexOfExtreme(hostLoad, (a, b) => a < b);
    const highest = hostLoad[busiest]!;
    if (highest <= settings.imbalanceRatio * mean || highest < settings.minimumBusiestLoadPerSecond) break;

    let best: { region: RegionHostLoad; resultingHighest: number } | undefined;
    for (const region of placed) {
      if (hostOf.get(region.regionId) !== busiest || moves.some((move) => move.regionId === region.regionId)) continue;
      // Judged on the two hosts involved: with another host as busy as this one, no single
      // move lowers the overall maximum, yet this one is still a step toward it.
      const resultingHighest = Math.max(highest - region.loadPerSecond, hostLoad[coolest]! + region.loadPerSecond);
      if (resultingHighest >= highest) continue;
      if (
        best === undefined ||
        resultingHighest < best.resultingHighest ||
        (resultingHighest === best.resultingHighest && isCheaperToMove(region, best.region))
      ) {
        best = { region, resultingHighest };
      }
    }
    if (best === undefined) break;
    moves.push({ regionId: best.region.regionId, fromHost: busiest, toHost: coolest });
    hostOf.set(best.region.regionId, coolest);
    hostLoad[busiest]! -= best.region.loadPerSecond;
    hostLoad[coolest]! += best.region.loadPerSecond;
  }
  return moves;
}

function isCheaperToMove(candidate: RegionHostLoad, current: RegionHostLoad): boolean {
  return (
    candidate.approximateBytes < current.approximateBytes ||
    (candidate.approximateBytes === current.approximateBytes && candidate.regionId < current.regionId)
  );
}

/** The first index whose value beats every other under `beats` (the lowest index on ties). */
function indexOfExtreme(values: readonly number[], beats: (a: number, b: number) => boolean): number {
  let chosen = 0;
  for (let index = 1; index < values.length; index++) {
    if (beats(values[index]!, values[chosen]!)) chosen = index;
  }
  return chosen;
}
