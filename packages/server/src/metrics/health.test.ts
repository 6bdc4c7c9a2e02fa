import { describe, expect, it } from 'vitest';
import type { GroupReport } from '../host-protocol.js';
import { HEALTHY_APPLY_LAG, judgeHealth } from './health.js';

const group = (groupId: number, leader: number, commit: number, applied: number): GroupReport => ({
  groupId,
  role: 'follower',
  term: 1,
  leader,
  commit,
  applied,
  firstIndex: 1,
  lastIndex: commit,
  logBytes: 0,
  matchIndex: {},
});

describe('judgeHealth', () => {
  it('is healthy when every host reported and every group has a leader and has applied nearly all it knows committed', () => {
    const reports = new Map([
      [0, [group(0, 1, 10, 10)]],
      [1, [group(1, 2, 500, 500 - HEALTHY_APPLY_LAG)]],
    ]);
    expect(judgeHealth(reports, 2)).toEqual({ healthy: true, problems: [] });
  });

  it('is unhealthy before every host reported, without a leader, or while far behind on apply', () => {
    expect(judgeHealth(new Map([[0, [group(0, 1, 1, 1)]]]), 2).problems).toEqual(['host 1 has not reported yet']);
    expect(judgeHealth(new Map([[0, [group(3, 0, 1, 1)]]]), 1).problems).toEqual(['group 3 has no known leader']);
    expect(judgeHealth(new Map([[0, [group(4, 1, 1_000, 10)]]]), 1).problems).toEqual([
      'group 4 applied 10 of 1000 committed',
    ]);
  });
});
