import type { ReplicaStatistics } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { mergeRegionDetails } from './region-details.js';
import type { RegionInfo } from './route-cache.js';

const region: RegionInfo = {
  id: 7,
  startKey: new Uint8Array(),
  endKey: new Uint8Array(),
  epoch: { confVersion: 1, version: 1 },
  peers: [1, 2, 3],
  leader: 2,
};

const replica = (nodeId: number, host: number, fields: Partial<ReplicaStatistics> = {}): ReplicaStatistics => ({
  regionId: 7,
  nodeId,
  host,
  leader: false,
  approximateKeys: 0,
  approximateBytes: 0,
  writesPerSecond: 0,
  readsPerSecond: 0,
  ...fields,
});

describe('mergeRegionDetails', () => {
  it("takes the leader's figures and places every replica on its node and host thread", () => {
    const [details] = mergeRegionDetails(
      [region],
      [
        replica(3, 0, { approximateKeys: 90, approximateBytes: 900 }),
        replica(2, 1, {
          leader: true,
          approximateKeys: 100,
          approximateBytes: 800,
          writesPerSecond: 5,
          readsPerSecond: 2,
        }),
        replica(1, 0),
      ],
    );
    expect(details).toMatchObject({
      id: 7,
      approximateKeys: 100,
      approximateBytes: 800,
      writesPerSecond: 5,
      readsPerSecond: 2,
      measuredBy: 2,
      replicas: [
        { nodeId: 1, host: 0, leader: false },
        { nodeId: 2, host: 1, leader: true },
        { nodeId: 3, host: 0, leader: false },
      ],
    });
  });

  it('without a leader among the answers, takes the replica that measured the most; silent nodes have no host', () => {
    const [details] = mergeRegionDetails(
      [region],
      [replica(1, 0, { approximateBytes: 10 }), replica(3, 1, { approximateBytes: 30 })],
    );
    expect(details?.measuredBy).toBe(3);
    expect(details?.approximateBytes).toBe(30);
    expect(details?.replicas[1]).toEqual({ nodeId: 2, host: undefined, leader: false });
  });

  it('reports zeros for a region no node described', () => {
    const [details] = mergeRegionDetails([region], []);
    expect(details).toMatchObject({ approximateKeys: 0, writesPerSecond: 0, measuredBy: 0 });
    expect(details?.replicas.map((each) => each.host)).toEqual([undefined, undefined, undefined]);
  });
});
