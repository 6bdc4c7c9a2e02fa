/** A region's replicas and which of them leads, the input of {@link decideLeaderTransfers}. */
export interface RegionLeadership {
  regionId: number;
  /** Node id of the current leader; a node not in `nodeIds` (0 for none) is left alone. */
  leader: number;
  /** Node ids of its replicas, the leader among them. */
  peers: readonly number[];
}

/** Transfer region `regionId`'s leadership from node `from` to node `to`, one of its peers. */
export interface LeaderTransfer {
  regionId: number;
  from: number;
  to: number;
}

/**
 * Leader transfers that even out how many regions each node leads: leaders serve every
 * request of their region, so a node leading more than its share does more than its share of
 * the work. A leader moves from a node to one of the region's peers only when the peer leads
 * at least two fewer regions; so every move brings both nodes toward the even share, and the
 * next call cannot undo it. The busiest node gives first, to its least loaded peer.
 *
 * Once every node leads the floor or ceiling of the even share it returns []. Moving only
 * from nodes above the ceiling to nodes below the floor would stop short: with 4 leaders on
 * 3 nodes led 2, 2, 0, no node is above the ceiling (2), yet 2, 1, 1 is possible.
 *
 * Deterministic: ties go to the lower node id, then the lower region id. At most `limit`
 * transfers, at most one per region. Regions led by a node outside `nodeIds` are neither
 * counted nor moved, and only nodes in `nodeIds` receive leaders — pass the live nodes. The
 * meta group is balanced like any region if the caller includes it.
 *
 * @example
 * ```ts
 * const transfers = decideLeaderTransfers(regions, [1, 2, 3], 4);
 * for (const { regionId, to } of transfers) server.transferLeader(regionId, to);
 * ```
 */
export function decideLeaderTransfers(
  regions: readonly RegionLeadership[],
  nodeIds: readonly number[],
  limit: number,
): LeaderTransfer[] {
  const led = new Map<number, number>(nodeIds.map((node) => [node, 0]));
  for (const region of regions) {
    const count = led.get(region.leader);
    if (count !== undefined) led.set(region.leader, count + 1);
  }
  const byRegionId = [...regions].sort((a, b) => a.regionId - b.regionId);
  const moved = new Set<number>();
  const transfers: LeaderTransfer[] = [];

  while (transfers.length < limit) {
    const transfer = nextTransfer(byRegionId, led, moved);
    if (transfer === undefined) break;
    transfers.push(transfer);
    moved.add(transfer.regionId);
    led.set(transfer.from, led.get(transfer.from)! - 1);
    led.set(transfer.to, led.get(transfer.to)! + 1);
  }
  return transfers;
}

/** The best single move from the busiest node that has one, or undefined. */
function nextTransfer(
  regions: readonly RegionLeadership[],
  led: ReadonlyMap<number, number>,
  moved: ReadonlySet<number>,
): LeaderTransfer | undefined {
  const donors = [...led.keys()].sort((a, b) => led.get(b)! - led.get(a)! || a - b);
  for (const donor of donors) {
    const donorCount = led.get(donor)!;
    let best: LeaderTransfer | undefined;
    for (const region of regions) {
      if (region.leader !== donor || moved.has(region.regionId)) continue;
      for (const peer of region.peers) {
        const peerCount = led.get(peer);
        if (peer === donor || peerCount === undefined || peerCount > donorCount - 2) continue;
        const bestCount = best === undefined ? undefined : led.get(best.to)!;
        if (bestCount === undefined || peerCount < bestCount || (peerCount === bestCount && peer < best!.to)) {
          best = { regionId: region.regionId, from: donor, to: peer };
        }
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
