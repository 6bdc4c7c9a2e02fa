import { describe, expect, it } from 'vitest';
import { groupReport } from '../test-support/group-report.js';
import { hotRegions, leaderTransfersFrom } from './leader-balance.js';

const report = (groupId: number, leader: number) =>
  groupReport(groupId, {
    leader,
    region: {
      id: groupId,
      startKey: Uint8Array.of(groupId),
      endKey: Uint8Array.of(groupId + 1),
      epoch: { confVersion: 1, version: 1 },
      peers: [1, 2, 3],
    },
  });

describe('leaderTransfersFrom', () => {
  it('hands off one of the leaderships of a node that leads everything; the others do nothing', () => {
    const reports = [1, 2, 3, 4, 5, 6].map((id) => report(id, 1));
    const fromOne = leaderTransfersFrom(reports, [1, 2, 3], 1);
    expect(fromOne).toHaveLength(1);
    expect([2, 3]).toContain(fromOne[0]!.to);
    expect(leaderTransfersFrom(reports, [1, 2, 3], 2)).toEqual([]);
  });

  it('leaves a balanced cluster, the meta group and leaderless regions alone', () => {
    const reports = [report(0, 1), report(1, 1), report(2, 2), report(3, 3), report(4, 0)];
    for (const node of [1, 2, 3]) expect(leaderTransfersFrom(reports, [1, 2, 3], node)).toEqual([]);
  });
});

describe('leaderTransfersFrom, with loaded regions', () => {
  it('spreads the leaders of the loaded regions even when the count of all regions is even', () => {
    // Node 1 leads the four busy regions, nodes 2 and 3 lead four idle ones each: 4/4/4 overall.
    const reports = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((id) => report(id, id <= 4 ? 1 : id <= 8 ? 2 : 3));
    expect(leaderTransfersFrom(reports, [1, 2, 3], 1)).toEqual([]);
    const busy = new Set([1, 2, 3, 4]);
    const moved = leaderTransfersFrom(reports, [1, 2, 3], 1, busy);
    expect(moved).toHaveLength(1);
    expect(busy.has(moved[0]!.regionId)).toBe(true);
  });

  it('calls a region loaded from how many entries every replica applied since the last look', () => {
    const earlier = new Map([
      [1, 100],
      [2, 100],
    ]);
    const now = [groupReport(1, { applied: 200 }), groupReport(2, { applied: 120 }), groupReport(3, { applied: 900 })];
    expect(hotRegions(earlier, now, 5)).toEqual(new Set([1]));
  });
});
