import { describe, expect, it } from 'vitest';
import { ProposalDroppedError } from './errors.js';
import { encodeText, InMemoryCluster } from './testing/in-memory-cluster.js';

function dropped(action: () => void): ProposalDroppedError {
  try {
    action();
  } catch (error) {
    if (error instanceof ProposalDroppedError) return error;
    throw error;
  }
  throw new Error('expected the proposal to be dropped');
}

describe('proposals', () => {
  it('a proposal on a follower is forwarded to the leader by default', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.node(3).propose(encodeText('via-follower'));
    cluster.stabilize();
    expect(cluster.appliedData(1)).toEqual(['via-follower']);
  });

  it('with forwarding disabled a follower rejects proposals with the leader as hint', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { disableProposalForwarding: true });
    cluster.elect(1);
    const error = dropped(() => cluster.node(3).propose(encodeText('x')));
    expect(error).toMatchObject({ code: 'FLINT_PROPOSAL_DROPPED', reason: 'forwarding-disabled', leaderHint: 1 });
    expect(error.message).toContain('retry at leader 1');
  });

  it('a proposal on a node that knows no leader is dropped with no-leader', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    expect(dropped(() => cluster.node(2).propose(encodeText('x')))).toMatchObject({
      reason: 'no-leader',
      leaderHint: 0,
    });
    cluster.node(2).campaign();
    expect(dropped(() => cluster.node(2).propose(encodeText('x')))).toMatchObject({ reason: 'no-leader' });
  });

  it('a leader drops proposals beyond maxUncommittedEntriesSize, and accepts again once entries commit', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { maxUncommittedEntriesSize: 100 });
    cluster.elect(1);
    cluster.isolate(1);
    cluster.node(1).propose(new Uint8Array(60));
    expect(dropped(() => cluster.node(1).propose(new Uint8Array(60)))).toMatchObject({
      reason: 'uncommitted-size-exceeded',
    });
    cluster.heal();
    cluster.tickAll(2);
    cluster.node(1).propose(new Uint8Array(60));
    cluster.stabilize();
    expect(cluster.member(2).applied).toHaveLength(2);
  });
});
