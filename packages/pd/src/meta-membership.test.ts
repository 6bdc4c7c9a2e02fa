import { describe, expect, it } from 'vitest';
import { type MetaGroupView, metaVoterTarget, nextMembershipStep } from './meta-membership.js';
import type { Member } from './meta-state.js';
import type { RegionDescriptor } from './region.js';

const member = (nodeId: number, leaving = false): Member => ({
  nodeId,
  peerAddress: `127.0.0.1:${7100 + nodeId}`,
  clientAddress: `127.0.0.1:${7200 + nodeId}`,
  ...(leaving ? { state: 'leaving' as const } : {}),
});
const region = (id: number, peers: number[]): RegionDescriptor => ({
  id,
  startKey: new Uint8Array(0),
  endKey: new Uint8Array(0),
  epoch: { confVersion: 1, version: 1 },
  peers,
});
const group = (overrides: Partial<MetaGroupView>): MetaGroupView => ({
  voters: [1, 2, 3],
  learners: [],
  leader: 1,
  caughtUp: [],
  changing: false,
  ...overrides,
});

describe('metaVoterTarget', () => {
  it('is odd and at most five', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(metaVoterTarget)).toEqual([1, 1, 3, 3, 5, 5, 5]);
  });
});

describe('nextMembershipStep', () => {
  const three = [member(1), member(2), member(3)];

  it('does nothing for a settled cluster', () => {
    expect(nextMembershipStep(three, [region(1, [1, 2, 3])], group({}))).toBeUndefined();
  });

  it('adds a learner on a member that joined, and promotes learners up to five voters', () => {
    const five = [...three, member(4), member(5)];
    expect(nextMembershipStep(five, [], group({}))).toEqual({ type: 'add-learner', nodeId: 4 });
    expect(nextMembershipStep(five, [], group({ learners: [4] }))).toEqual({ type: 'add-learner', nodeId: 5 });
    // Not caught up yet: not promoted.
    expect(nextMembershipStep(five, [], group({ learners: [4, 5] }))).toBeUndefined();
    expect(nextMembershipStep(five, [], group({ learners: [4, 5], caughtUp: [5, 4] }))).toEqual({
      type: 'promote-learner',
      nodeId: 4,
    });
    // Four members want three voters: the learner stays a learner.
    expect(nextMembershipStep(five.slice(0, 4), [], group({ learners: [4], caughtUp: [4] }))).toBeUndefined();
  });

  it('takes no step while a configuration change runs, but may still remove a drained member', () => {
    const withLeaving = [...three, member(4, true)];
    expect(nextMembershipStep([...three, member(4)], [], group({ changing: true }))).toBeUndefined();
    expect(nextMembershipStep(withLeaving, [], group({ changing: true, learners: [4] }))).toEqual({
      type: 'remove-member',
      nodeId: 4,
    });
  });

  it('removes a leaving member once no region lists it, and its meta replica only after that', () => {
    // Still listed (leaving, with a replica of region 7): its meta replica stays.
    expect(
      nextMembershipStep([...three, member(4, true)], [region(7, [2, 3, 4])], group({ learners: [4] })),
    ).toBeUndefined();
    expect(nextMembershipStep([...three, member(4, true)], [region(7, [1, 2, 3])], group({ learners: [4] }))).toEqual({
      type: 'remove-member',
      nodeId: 4,
    });
    expect(nextMembershipStep(three, [], group({ learners: [4] }))).toEqual({ type: 'remove-replica', nodeId: 4 });
  });

  it('replaces a removed voter by a caught-up learner first, then removes it; the leader hands off first', () => {
    const members = [member(2), member(3), member(4)];
    expect(nextMembershipStep(members, [], group({ learners: [4], caughtUp: [4], leader: 2 }))).toEqual({
      type: 'promote-learner',
      nodeId: 4,
    });
    expect(nextMembershipStep(members, [], group({ voters: [1, 2, 3, 4], leader: 2 }))).toEqual({
      type: 'remove-replica',
      nodeId: 1,
    });
    expect(nextMembershipStep(members, [], group({ voters: [1, 2, 3, 4], leader: 1 }))).toEqual({
      type: 'transfer-leader',
      to: 2,
    });
    // No learner to replace it: removed all the same (the cluster shrinks).
    expect(nextMembershipStep([member(2), member(3)], [], group({ leader: 3 }))).toEqual({
      type: 'remove-replica',
      nodeId: 1,
    });
  });

  it('never removes the last voter', () => {
    expect(nextMembershipStep([member(2)], [], group({ voters: [1], leader: 1 }))).toEqual({
      type: 'add-learner',
      nodeId: 2,
    });
    expect(nextMembershipStep([], [], group({ voters: [1], leader: 1 }))).toBeUndefined();
  });
});
