import type { FlintClient } from '@flintkv/client';

/** A region as the replicas themselves report it. */
export interface ReportedRegion {
  id: number;
  startKey: Uint8Array;
  /** Nodes that reported a replica. */
  replicas: number[];
  /** The leader named in the report with the highest term; 0 = none known. */
  leader: number;
}

/**
 * The regions of the cluster, in key order, built from every node's Status (the replicas each
 * hosts) rather than from the Regions request: a node's own view covers exactly its replicas,
 * and the harness must see every region, including those on nodes that are down (as long as
 * one replica answers).
 */
export async function reportedRegions(client: FlintClient, timeoutMs = 3_000): Promise<ReportedRegion[]> {
  const status = await client.status({ timeoutMs });
  const regions = new Map<number, ReportedRegion & { term: number }>();
  for (const node of status.nodes) {
    for (const group of node.groups) {
      if (group.groupId === 0) continue;
      let region = regions.get(group.groupId);
      if (region === undefined) {
        region = { id: group.groupId, startKey: group.startKey, replicas: [], leader: 0, term: -1 };
        regions.set(group.groupId, region);
      }
      region.replicas.push(node.nodeId);
      if (group.leader !== 0 && group.term > region.term) {
        region.leader = group.leader;
        region.term = group.term;
      }
    }
  }
  return [...regions.values()]
    .map(({ term: _term, ...region }) => ({ ...region, replicas: region.replicas.sort((left, right) => left - right) }))
    .sort((left, right) => Buffer.compare(Buffer.from(left.startKey), Buffer.from(right.startKey)));
}
