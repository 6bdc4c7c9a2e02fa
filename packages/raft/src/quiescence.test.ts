import { MessageType } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { StateRole } from './ready.js';
import { encodeText, InMemoryCluster } from './testing/in-memory-cluster.js';

const QUIESCE = encodeText('quiesce');
const leaseOptions = { checkQuorum: true, preVote: true, readOnlyOption: 'lease-based' as const, electionTick: 10 };

/** A 3-node cluster led by node 1, every member caught up and answering heartbeats. */
function settledCluster(): InMemoryCluster {
  const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
  cluster.elect(1);
  cluster.tickAll(2);
  return cluster;
}

describe('a leader quiesces', () => {
  it('only with its log committed and held by every member that answered recently', () => {
    const cluster = settledCluster();
    expect(cluster.node(1).quiescible()).toBe(true);
    expect(cluster.node(2).quiescible()).toBe(false);

    // An entry not yet replicated keeps it awake.
    cluster.isolate(3);
    cluster.node(1).propose(encodeText('x'));
    cluster.stabilize();
    expect(cluster.node(1).quiescible()).toBe(false);
    cluster.heal();
    cluster.tickAll(2);
    expect(cluster.node(1).quiescible()).toBe(true);

    // A caught-up member reported unreachable (probed, with nothing to send) does not keep it awake.
    cluster.node(1).reportUnreachable(3);
    expect(cluster.node(1).status().progress.get(3)?.state).toBe('probe');
    expect(cluster.node(1).quiescible()).toBe(true);

    // A member silent for an election timeout keeps it awake, caught up or not.
    cluster.isolate(2);
    cluster.tick(1, 10);
    cluster.processReady(1);
    expect(cluster.node(1).quiescible()).toBe(false);
  });

  it('sends one heartbeat round carrying the context, and holds no lease until a new round after it ticks again', () => {
    const cluster = settledCluster();
    expect(cluster.node(1).leaseRead()).not.toBeNull();
    expect(cluster.node(1).quiesce(QUIESCE)).toBe(true);
    cluster.processReady(1);
    const round = cluster.queue.filter((message) => message.type === MessageType.Heartbeat);
    expect(round.map((message) => message.to).sort()).toEqual([2, 3]);
    expect(round.every((message) => Buffer.from(message.context).toString() === 'quiesce')).toBe(true);
    expect(cluster.node(1).leaseRead()).toBeNull();
    cluster.stabilize();
    // The round's acknowledgements do not restore the lease: they date from before the pause.
    expect(cluster.node(1).leaseRead()).toBeNull();
    cluster.tick(1, 1);
    expect(cluster.node(1).leaseRead()).toBeNull();
    cluster.tickAll(2);
    expect(cluster.node(1).leaseRead()).not.toBeNull();
  });

  it('cannot serve a lease read after a pause in which the others elected a new leader', () => {
    const cluster = settledCluster();
    expect(cluster.node(1).quiesce(QUIESCE)).toBe(true);
    cluster.stabilize();
    // The followers wake without the leader (it is cut off) and elect one of them.
    cluster.isolate(1);
    const leads = (id: number) => cluster.node(id).status().softState.role === StateRole.Leader;
    for (let tick = 0; tick < 100 && !leads(2) && !leads(3); tick++) {
      cluster.tick(2, 1);
      cluster.tick(3, 1);
      cluster.stabilize();
    }
    expect(leads(2) || leads(3)).toBe(true);
    expect(leads(1)).toBe(true);
    // Node 1 wakes (ticks again) still believing it leads: no lease, however its acks were stamped.
    cluster.tick(1, 1);
    expect(cluster.node(1).leaseRead()).toBeNull();
  });

  it('steps down one election timeout after it ticks again, when nobody answers any more', () => {
    const cluster = settledCluster();
    expect(cluster.node(1).quiesce(QUIESCE)).toBe(true);
    cluster.stabilize();
    cluster.isolate(1);
    cluster.tick(1, 10);
    cluster.processReady(1);
    expect(cluster.node(1).status().softState.role).toBe(StateRole.Follower);
  });

  it('refuses an empty context', () => {
    const cluster = settledCluster();
    expect(() => cluster.node(1).quiesce(new Uint8Array(0))).toThrow(RangeError);
  });
});
