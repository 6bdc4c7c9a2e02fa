import type { ReplicaStatistics } from '@flintkv/proto';
import type { RegionInfo } from './route-cache.js';

/** Where one replica of a region runs. */
export interface ReplicaPlacement {
  nodeId: number;
  /** The host thread (worker) index on that node; undefined when the node did not answer. */
  host: number | undefined;
  /** Whether this replica said it leads the region. */
  leader: boolean;
}

/** A region with its size, its load and where its replicas run: one row of `flint regions`. */
export interface RegionDetails extends RegionInfo {
  /** Approximate user keys, as the region's leader last measured (refreshed every few seconds). */
  approximateKeys: number;
  /** Approximate bytes of user keys plus values, as the leader last measured. */
  approximateBytes: number;
  /** Write requests the leader accepted per second over the last ~10 s. */
  writesPerSecond: number;
  /** Read requests the leader served per second over the last ~10 s. */
  readsPerSecond: number;
  /** Every replica, in node id order. */
  replicas: ReplicaPlacement[];
  /** The node whose replica's figures these are (0: no replica answered, all figures 0). */
  measuredBy: number;
}

/**
 * Joins the region table with the replicas every node reported of itself. A region's figures
 * are its leader's replica's (it serves the writes and the reads); with no leader among the
 * answers, the replica that measured the most bytes (the others may not have measured yet).
 */
export function mergeRegionDetails(
  regions: readonly RegionInfo[],
  replicas: readonly ReplicaStatistics[],
): RegionDetails[] {
  const byRegion = new Map<number, ReplicaStatistics[]>();
  for (const replica of replicas) {
    const list = byRegion.get(replica.regionId);
    if (list === undefined) byRegion.set(replica.regionId, [replica]);
    else list.push(replica);
  }
  return regions.map((region) => {
    const reported = byRegion.get(region.id) ?? [];
    const source =
      reported.find((replica) => replica.leader) ??
      reported.reduce<ReplicaStatistics | undefined>(
        (largest, replica) =>
          largest === undefined || replica.approximateBytes > largest.approximateBytes ? replica : largest,
        undefined,
      );
    const nodeIds = [...new Set([...region.peers, ...reported.map((replica) => replica.nodeId)])].sort((a, b) => a - b);
    return {
      ...region,
      epoch: { ...region.epoch },
      peers: [...region.peers],
      approximateKeys: source?.approximateKeys ?? 0,
      approximateBytes: source?.approximateBytes ?? 0,
      writesPerSecond: source?.writesPerSecond ?? 0,
      readsPerSecond: source?.readsPerSecond ?? 0,
      replicas: nodeIds.map((nodeId) => {
        const replica = reported.find((candidate) => candidate.nodeId === nodeId);
        return { nodeId, host: replica?.host, leader: replica?.leader ?? false };
      }),
      measuredBy: source?.nodeId ?? 0,
    };
  });
}
