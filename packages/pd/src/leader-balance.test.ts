import { SeededRandom } from '@flintkv/test-kit';
import { describe, expect, it } from 'vitest';
import { decideLeaderTransfers, type RegionLeadership } from './leader-balance.js';

/** Regions 1..n led by `leaders[i]`, replicated on `peers` (default nodes 1, 2, 3). */
function led(leaders: number[], peers: number[] = [1, 2, 3]): RegionLeadership[] {
  return leaders.map((leader, index) => ({ regionId: index + 1, leader, peers }));
}

/** Leaders per node after applying `transfers`. */
function countsAfter(
  regions: RegionLeadership[],
  nodeIds: number[],
  transfers: { regionId: number; to: number }[],
): number[] {
  const leaderOf = new Map(regions.map((region) => [region.regionId, region.leader]));
  for (const { regionId, to } of transfers) leaderOf.set(regionId, to);
  return nodeIds.map((node) => [...leaderOf.values()].filter((leader) => leader === node).length);
}

describe('decideLeaderTransfers', () => {
  const cases: [string, RegionLeadership[], number[], number, [number, number, number][]][] = [
    ['no regions', [], [1, 2, 3], 10, []],
    ['already even', led([1, 2, 3]), [1, 2, 3], 10, []],
    ['even within one (4 leaders on 3 nodes)', led([1, 1, 2, 3]), [1, 2, 3], 10, []],
    [
      'all on one node: spread, busiest first, to the least loaded then lowest id',
      led([1, 1, 1, 1, 1, 1]),
      [1, 2, 3],
      10,
      [
        [1, 1, 2],
        [2, 1, 3],
        [3, 1, 2],
        [4, 1, 3],
      ],
    ],
    [
      'the limit caps the transfers of one call',
      led([1, 1, 1, 1, 1, 1]),
      [1, 2, 3],
      2,
      [
        [1, 1, 2],
        [2, 1, 3],
      ],
    ],
    ['a limit of 0', led([1, 1, 1]), [1, 2, 3], 0, []],
    ['2, 2, 0 is not even: one moves', led([1, 1, 2, 2]), [1, 2, 3], 10, [[1, 1, 3]]],
    ['2, 1, 0 on 3 nodes: the 2 gives one to the 0', led([1, 1, 2]), [1, 2, 3], 10, [[1, 1, 3]]],
    [
      'only to peers of the region: node 4 holds no replica',
      led([1, 1, 1, 1]),
      [1, 2, 3, 4],
      10,
      [
        [1, 1, 2],
        [2, 1, 3],
      ],
    ],
    [
      'regions led by nodes outside nodeIds (none, or gone) are not counted or moved',
      led([0, 9, 1, 1, 1]),
      [1, 2, 3],
      10,
      [
        [3, 1, 2],
        [4, 1, 3],
      ],
    ],
    [
      'only nodes in nodeIds receive leaders',
      led([1, 1, 1, 1], [1, 2, 9]),
      [1, 2],
      10,
      [
        [1, 1, 2],
        [2, 1, 2],
      ],
    ],
    [
      'the meta group counts when the caller passes it',
      [{ regionId: 0, leader: 1, peers: [1, 2, 3] }, ...led([1, 2])],
      [1, 2, 3],
      10,
      [[0, 1, 3]],
    ],
  ];

  it.each(cases)('%s', (_name, regions, nodeIds, limit, expected) => {
    expect(decideLeaderTransfers(regions, nodeIds, limit)).toEqual(
      expected.map(([regionId, from, to]) => ({ regionId, from, to })),
    );
  });

  it('gives the same answer whatever the order of its input', () => {
    const regions = led([1, 1, 1, 2, 1, 1, 3, 1]);
    const expected = decideLeaderTransfers(regions, [1, 2, 3], 10);
    const random = new SeededRandom(1);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(decideLeaderTransfers(random.shuffle(regions), random.shuffle([1, 2, 3]), 10)).toEqual(expected);
    }
  });

  it('reaches floor/ceiling balance on random layouts and then proposes nothing', () => {
    const random = new SeededRandom(2);
    const nodeIds = [1, 2, 3, 4, 5];
    for (let layout = 0; layout < 50; layout++) {
      // Every region on all five nodes, so every balance is reachable.
      const regions = led(
        Array.from({ length: random.integer(1, 40) }, () => random.pick(nodeIds)),
        nodeIds,
      );
      const transfers = decideLeaderTransfers(regions, nodeIds, 1_000);
      expect(new Set(transfers.map((transfer) => transfer.regionId)).size).toBe(transfers.length);
      const counts = countsAfter(regions, nodeIds, transfers);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      const balanced = regions.map((region) => ({
        ...region,
        leader: transfers.find((transfer) => transfer.regionId === region.regionId)?.to ?? region.leader,
      }));
      expect(decideLeaderTransfers(balanced, nodeIds, 1_000)).toEqual([]);
    }
  });
});
