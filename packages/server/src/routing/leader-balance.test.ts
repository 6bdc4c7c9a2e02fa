import { describe, expect, it } from 'vitest';
import { groupReport } from '../test-support/group-report.js';
import { leaderTransfersFrom } from './leader-balance.js';

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
