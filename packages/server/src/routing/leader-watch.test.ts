import { describe, expect, it } from 'vitest';
import { groupReport } from '../test-support/group-report.js';
import { LeaderWatch } from './leader-watch.js';

const report = (groupId: number, leader: number, term = 1) => groupReport(groupId, { leader, term });

describe('LeaderWatch', () => {
  it('reports a group’s first known leader and each change, not repeats or a lost leader', () => {
    const watch = new LeaderWatch();
    expect(watch.observe([report(1, 0)])).toEqual([]);
    expect(watch.observe([report(1, 2)])).toEqual([{ groupId: 1, previousLeader: 0, leader: 2, term: 1 }]);
    expect(watch.observe([report(1, 2)])).toEqual([]);
    expect(watch.observe([report(1, 0, 2)])).toEqual([]);
    expect(watch.observe([report(1, 3, 2)])).toEqual([{ groupId: 1, previousLeader: 2, leader: 3, term: 2 }]);
  });
});
