/**
 * The replication factor is the bootstrap's choice, not the node count: on five nodes each
 * region lives on three of them by default (round robin), and a region changes are still
 * recorded in the region table when the meta group's leader holds no replica of it.
 */
import { FlintError } from '@flintkv/client';
import { decodeResponse, encodeRequestFrame, makeRequest, type RegionDescriptor } from '@flintkv/proto';
import type { TestCluster } from '@flintkv/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTo, eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';
import { RawConnection } from './helpers/raw-connection.js';

afterAll(stopAllClusters);

const samePeers = (a: RegionDescriptor, b: RegionDescriptor) => a.peers.join(',') === b.peers.join(',');

/** The regions one node answers a Regions request with: for regions it holds no replica of, its meta group's table. */
async function regionsAnsweredBy(cluster: TestCluster, nodeId: number): Promise<RegionDescriptor[]> {
  const { connection } = await RawConnection.handshake(cluster.node(nodeId).clientAddress, { clusterId: 0 });
  try {
    connection.write(encodeRequestFrame(makeRequest({ requestId: 1, command: { type: 'regions' } })));
    const frame = await eventually('a regions answer', () => connection.frames()[0]);
    const { result } = decodeResponse(frame.payload);
    if (result.type !== 'regions') throw new Error(`node ${nodeId} answered ${result.type}`);
    return result.regions;
  } finally {
    connection.close();
  }
}

describe('replication factor', () => {
  it('places each region on 3 of 5 nodes; a split the meta leader does not hold reaches the table; neighbours on other replicas refuse to merge', async () => {
    const cluster = await startCluster({ nodes: 5, regions: 5, extraFlags: ['--merge-size', '0'] });
    const client = await connectTo(cluster);
    const regions = await client.regions();
    expect(regions).toHaveLength(5);
    for (const region of regions) expect(region.peers).toHaveLength(3);
    // Round robin: every node holds 3 of the 15 replicas.
    const members = await eventually('every member reported', async () => {
      const listed = await client.members();
      return listed.length === 5 && listed.every((member) => member.up) ? listed : undefined;
    });
    expect(members.map((member) => member.replicas)).toEqual([3, 3, 3, 3, 3]);
    for (let index = 0; index < 100; index++) await client.put(`key-${index}`, `v${index}`);

    const status = await client.status();
    const metaLeader = status.nodes.flatMap((node) => node.groups).find((group) => group.groupId === 0)?.leader;
    const away = regions.find((region) => metaLeader !== undefined && !region.peers.includes(metaLeader));
    expect(away, `a region without a replica on the meta leader n${metaLeader}`).toBeDefined();
    // Just above the region's start: inside it whatever its end.
    const splitKey = `${new TextDecoder().decode(away!.startKey)}\u0001split`;
    const halves = await client.splitRegion(splitKey);
    expect(halves.map((half) => half.peers)).toEqual([away!.peers, away!.peers]);
    // The meta leader's node holds neither half: what it answers is the meta group's table.
    await eventually('the meta table to list the split', async () => {
      const listed = await regionsAnsweredBy(cluster, metaLeader!);
      return listed.length === 6 && listed.some((region) => new TextDecoder().decode(region.startKey) === splitKey);
    });
    for (let index = 0; index < 100; index++) expect(await client.getString(`key-${index}`)).toBe(`v${index}`);

    // Neighbours on other replicas cannot merge: refused before the region freezes, so it still serves.
    const table = await client.regions();
    const at = table.findIndex((region, index) => index + 1 < table.length && !samePeers(region, table[index + 1]!));
    const first = table[at];
    expect(first, 'two neighbours on other replicas').toBeDefined();
    const refused = await client.mergeRegion(first!.id).catch((error: unknown) => error as Error);
    expect(refused).toBeInstanceOf(FlintError);
    expect((refused as Error).message).toMatch(/FLINT_MERGE_PEERS_DIFFER/);
    await client.put(`${new TextDecoder().decode(first!.startKey)}\u0001still`, 'still served', { timeoutMs: 5_000 });
    await eventually('replicas to agree', () => replicasAgree(client, [1, 2, 3, 4, 5]), 30_000);
    await client.close();
  }, 120_000);
});
