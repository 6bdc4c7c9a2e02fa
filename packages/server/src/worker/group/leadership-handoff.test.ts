import type { ProgressStatus, RaftStatus } from '@flintkv/raft';
import { describe, expect, it } from 'vitest';
import { handoffTarget, mayTakeLeadership } from './leadership-handoff.js';

function status(
  progress: Record<number, Partial<ProgressStatus>>,
  confState: Partial<RaftStatus['confState']> = {},
): Pick<RaftStatus, 'id' | 'confState' | 'progress'> {
  return {
    id: 1,
    confState: {
      voters: [1, 2, 3],
      learners: [],
      votersOutgoing: [],
      learnersNext: [],
      autoLeave: false,
      ...confState,
    },
    progress: new Map(
      Object.entries(progress).map(([id, each]) => [
        Number(id),
        { match: 0, next: 1, state: 'replicate', recentActive: true, ...each },
      ]),
    ),
  };
}

describe('handoffTarget', () => {
  it.each([
    ['the voter holding the most of the log', status({ 1: { match: 9 }, 2: { match: 7 }, 3: { match: 9 } }), 3],
    ['the lower id among equals', status({ 1: { match: 9 }, 2: { match: 9 }, 3: { match: 9 } }), 2],
    ['never an inactive voter', status({ 1: { match: 9 }, 2: { match: 5 }, 3: { match: 9, recentActive: false } }), 2],
    ['never a learner', status({ 1: { match: 9 }, 2: { match: 5 }, 4: { match: 9 } }, { learners: [4] }), 2],
    [
      'in a joint configuration, only a voter of both',
      status(
        { 1: { match: 9 }, 2: { match: 5 }, 3: { match: 9 }, 4: { match: 9 } },
        {
          voters: [1, 2, 4],
          votersOutgoing: [1, 2, 3],
        },
      ),
      2,
    ],
    ['nobody when no other voter is active', status({ 1: { match: 9 }, 2: { recentActive: false } }), undefined],
    ['nobody when this node does not lead (no progress)', status({}), undefined],
  ])('%s', (_case, given, expected) => {
    expect(handoffTarget(given)).toBe(expected);
  });
});

describe('mayTakeLeadership', () => {
  const at = (commit: number, progress: Record<number, Partial<ProgressStatus>>) => ({
    ...status(progress),
    hardState: { term: 2, vote: 1, commit },
  });

  it.each([
    ['a replica that answered lately', at(9, { 1: { match: 9 }, 2: { match: 4 } }), true],
    [
      'a silent replica that holds the commit (an idle region)',
      at(9, { 1: { match: 9 }, 2: { match: 9, recentActive: false } }),
      true,
    ],
    [
      'not a silent replica behind the commit (down, or its disk full)',
      at(9, { 1: { match: 9 }, 2: { match: 4, recentActive: false } }),
      false,
    ],
    ['not a node without a replica', at(9, { 1: { match: 9 } }), false],
  ])('%s', (_case, given, expected) => {
    expect(mayTakeLeadership(given, 2)).toBe(expected);
  });
});
