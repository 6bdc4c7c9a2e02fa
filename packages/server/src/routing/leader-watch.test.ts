import { describe, expect, it } from 'vitest';
import type { GroupReport } from '../host-protocol.js';
import { LeaderWatch } from './leader-watch.js';

const report = (groupId: number, leader: number, term = 1): GroupReport => ({
  groupId,
  role: 'follower',
  term,
  leader,
  commit: 0,
  applied: 0,
  firstIndex: 1,
  lastIndex: 0,
  logBytes: 0,
  matchIndex: {},
});

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
