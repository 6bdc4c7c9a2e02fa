import { describe, expect, it } from 'vitest';
import { groupReport } from '../test-support/group-report.js';
import { HEALTHY_APPLY_LAG, HOST_SILENCE_LIMIT_MS, judgeLiveness, judgeReadiness } from './health.js';

const group = (groupId: number, leader: number, commit: number, applied: number) =>
  groupReport(groupId, { leader, commit, applied, lastIndex: commit });

const context = { nodeId: 1, members: [1, 2, 3], isConnected: (nodeId: number) => nodeId === 2 };

describe('judgeReadiness', () => {
  it('is ready when every host reported and every group has a leader and has applied nearly all it knows committed', () => {
    const reports = new Map([
      [0, [group(0, 1, 10, 10)]],
      [1, [group(1, 2, 500, 500 - HEALTHY_APPLY_LAG)]],
    ]);
    expect(judgeReadiness(reports, 2, context)).toEqual({ healthy: true, problems: [], electing: [] });
  });

  it('is ready while a group without a leader can elect one: this node reaches a majority of its replicas', () => {
    const verdict = judgeReadiness(new Map([[0, [group(0, 0, 1, 1)]]]), 1, context);
    expect(verdict).toEqual({ healthy: true, problems: [], electing: [0] });
  });

  it('is not ready before every host reported, without a leader and a majority, or while far behind on apply', () => {
    expect(judgeReadiness(new Map([[0, [group(0, 1, 1, 1)]]]), 2, context).problems).toEqual([
      'host 1 has not reported yet',
    ]);
    const alone = { ...context, isConnected: () => false };
    expect(judgeReadiness(new Map([[0, [group(3, 0, 1, 1)]]]), 1, alone).problems).toEqual([
      'group 3 has no known leader and this node reaches 1 of its 3 replicas',
    ]);
    expect(judgeReadiness(new Map([[0, [group(4, 1, 1_000, 10)]]]), 1, context).problems).toEqual([
      'group 4 applied 10 of 1000 committed',
    ]);
    const diskFull = { ...context, diskFullHosts: new Set([1]) };
    expect(judgeReadiness(new Map([[0, [group(0, 1, 1, 1)]]]), 2, diskFull).problems).toEqual([
      'host 1 is stopped: the disk is full (FLINT_DISK_FULL)',
    ]);
    const unbootstrappedMeta = { ...group(0, 1, 1, 1), regionTable: [] };
    expect(judgeReadiness(new Map([[0, [unbootstrappedMeta]]]), 1, context).problems).toEqual([
      "the meta group has not applied the cluster's bootstrap yet",
    ]);
  });
});

describe('judgeLiveness', () => {
  it('is live when every host thread reported within the limit, and names a silent one', () => {
    const now = 100_000;
    expect(judgeLiveness(new Map([[0, now - 100]]), 1, now)).toEqual({ healthy: true, problems: [] });
    expect(judgeLiveness(new Map([[0, now - HOST_SILENCE_LIMIT_MS - 1]]), 2, now).problems).toEqual([
      `host 0 has not reported for ${HOST_SILENCE_LIMIT_MS + 1} ms`,
      'host 1 has not reported yet',
    ]);
  });

  it('counts a host stopped for a full disk as live: it waits for space on purpose, a restart would not bring it', () => {
    const now = 100_000;
    expect(judgeLiveness(new Map([[0, now - 100]]), 2, now, new Set([1]))).toEqual({ healthy: true, problems: [] });
  });
});
