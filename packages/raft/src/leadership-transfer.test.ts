import { MessageType } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { ProposalDroppedError } from './errors.js';
import { encodeText, InMemoryCluster } from './testing/in-memory-cluster.js';

describe('leadership transfer (Raft thesis §3.10)', () => {
  it('a leader hands leadership to an up-to-date follower with TimeoutNow', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { checkQuorum: true, preVote: true });
    cluster.elect(1);
    const timeoutNows: number[] = [];
    cluster.filter = (message) => {
      if (message.type === MessageType.TimeoutNow) timeoutNows.push(message.to);
      return true;
    };
    cluster.node(1).transferLeadership(2);
    cluster.stabilize();
    expect(timeoutNows).toEqual([2]);
    // The transferee campaigns at once, overriding the followers' leader lease.
    expect(cluster.leaderId()).toBe(2);
    expect(cluster.node(2).status().hardState.term).toBe(2);
  });

  it('a lagging transferee is caught up first, then receives TimeoutNow', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(3);
    for (let i = 0; i < 5; i++) cluster.node(1).propose(encodeText(`p${i}`));
    cluster.stabilize();
    cluster.heal();
    const order: string[] = [];
    cluster.filter = (message) => {
      if (message.to === 3 && message.type === MessageType.Append && message.entries.length > 0) order.push('append');
      if (message.type === MessageType.TimeoutNow) order.push('timeout-now');
      return true;
    };
    cluster.node(1).transferLeadership(3);
    cluster.stabilize();
    expect(order[order.length - 1]).toBe('timeout-now');
    expect(order).toContain('append');
    expect(cluster.leaderId()).toBe(3);
    expect(cluster.appliedData(3)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('proposals are dropped with reason transfer-in-progress while a transfer is in flight', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(2);
    cluster.node(1).transferLeadership(2);
    expect(cluster.node(1).status().leadTransferee).toBe(2);
    let error: unknown;
    try {
      cluster.node(1).propose(encodeText('x'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProposalDroppedError);
    expect(error).toMatchObject({ code: 'FLINT_PROPOSAL_DROPPED', reason: 'transfer-in-progress' });
  });

  it('a transfer that does not complete within an election timeout is aborted and proposals resume', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(2);
    cluster.node(1).transferLeadership(2);
    cluster.tickAll(10);
    expect(cluster.node(1).status().leadTransferee).toBe(0);
    expect(cluster.leaderId()).toBe(1);
    cluster.node(1).propose(encodeText('resumed'));
    cluster.stabilize();
    expect(cluster.appliedData(3)).toEqual(['resumed']);
  });

  it('a transfer request on a follower is forwarded to the leader', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.node(3).transferLeadership(3);
    cluster.stabilize();
    expect(cluster.leaderId()).toBe(3);
  });
});
