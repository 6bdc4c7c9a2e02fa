import { MessageType, makeMessage } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { leaseTicks } from './lease.js';
import { StateRole } from './ready.js';
import { encodeText, InMemoryCluster, raftOf } from './testing/in-memory-cluster.js';

const leaseOptions = { checkQuorum: true, readOnlyOption: 'lease-based' as const, electionTick: 10 };
const role = (cluster: InMemoryCluster, id: number) => cluster.node(id).status().softState.role;

describe('leader lease bounded by clock drift', () => {
  it('lasts floor((electionTick - 1)(1 - d)/(1 + d)) ticks', () => {
    expect(leaseTicks(10, 0.05)).toBe(8);
    expect(leaseTicks(4, 0.05)).toBe(2);
    expect(leaseTicks(10, 0)).toBe(9);
    expect(leaseTicks(6, 0.2)).toBe(3);
  });

  it('is held only on the leader, once a quorum acknowledged a heartbeat round', () => {
    const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
    cluster.node(1).campaign();
    cluster.processReady(1);
    cluster.stabilize();
    cluster.tickAll(1);
    expect(cluster.node(1).leaseRead()).toBe(1);
    expect(cluster.node(2).leaseRead()).toBeNull();
    cluster.node(1).propose(encodeText('x'));
    cluster.stabilize();
    expect(cluster.node(1).leaseRead()).toBe(2);
  });

  it('runs from the SEND time of the acknowledged round, however late the acknowledgements arrive', () => {
    const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
    cluster.elect(1);
    cluster.tick(1);
    cluster.processReady(1);
    const heartbeats = cluster.queue.filter((message) => message.type === MessageType.Heartbeat);
    expect(heartbeats).toHaveLength(2);
    cluster.queue = [];
    // Six ticks pass (the heartbeats of those ticks are lost) before the first round is answered.
    cluster.tick(1, 6);
    cluster.processReady(1);
    cluster.queue = [...heartbeats];
    cluster.stabilize();
    expect(cluster.node(1).leaseRead()).toBe(1);
    cluster.isolate(1);
    // Sent at leader tick 1; lease 8 ticks: it ends at tick 9, two ticks after the answer arrived.
    cluster.tick(1, 1);
    expect(cluster.node(1).leaseRead()).toBe(1);
    cluster.tick(1, 1);
    expect(cluster.node(1).leaseRead()).toBeNull();
  });

  it('is given up when a leadership transfer starts', () => {
    const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
    cluster.elect(1);
    cluster.tickAll(1);
    expect(cluster.node(1).leaseRead()).toBe(1);
    cluster.partition(1, 2);
    cluster.node(1).transferLeadership(2);
    expect(cluster.node(1).leaseRead()).toBeNull();
  });

  it('followers refuse votes for an election timeout after hearing from the leader', () => {
    const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
    cluster.elect(1);
    cluster.tickAll(1);
    cluster.isolate(1);
    const vote = makeMessage({ type: MessageType.Vote, from: 3, to: 2, term: 2, index: 1, logTerm: 1 });
    cluster.tick(2, 9);
    cluster.node(2).step(vote);
    expect(cluster.node(2).status().hardState.term).toBe(1);
    cluster.tick(2, 1);
    cluster.node(2).step(vote);
    expect(cluster.node(2).status().hardState).toMatchObject({ term: 2, vote: 3 });
  });

  it('a restarted node waits an election timeout before granting a vote or campaigning', () => {
    const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
    cluster.elect(1);
    cluster.tickAll(1);
    const storage = cluster.crash(2);
    cluster.restart(2, storage, leaseOptions);
    cluster.node(2).campaign();
    expect(role(cluster, 2)).toBe(StateRole.Follower);
    cluster.node(2).step(makeMessage({ type: MessageType.Vote, from: 3, to: 2, term: 2, index: 1, logTerm: 1 }));
    expect(cluster.node(2).status().hardState.term).toBe(1);
    cluster.tick(2, 10);
    expect(raftOf(cluster.node(2)).inLeaderLease()).toBe(false);
  });

  it('a node started with a lease holder (a split’s new group) lets that holder campaign at once and votes only for it', () => {
    const cluster = new InMemoryCluster([1, 2, 3], leaseOptions);
    cluster.elect(1);
    cluster.tickAll(1);
    // Every member restarts inside the promise it gave node 1, as a split's new group starts.
    for (const id of [1, 2, 3]) cluster.restart(id, cluster.crash(id), { ...leaseOptions, leaseHolder: 1 });
    // Another candidate still waits the promise out…
    const stranger = makeMessage({ type: MessageType.Vote, from: 3, to: 2, term: 2, index: 1, logTerm: 1 });
    cluster.node(2).step(stranger);
    expect(cluster.node(2).status().hardState.term).toBe(1);
    cluster.node(3).campaign();
    expect(role(cluster, 3)).toBe(StateRole.Follower);
    // …while the holder is elected without waiting.
    cluster.node(1).campaign();
    cluster.stabilize();
    expect(role(cluster, 1)).toBe(StateRole.Leader);
    expect(cluster.node(2).status().softState.leader).toBe(1);
  });

  it('leaseReads beside a safe ReadIndex (as the server runs): the lease serves, ReadIndex still asks a quorum', () => {
    const options = { checkQuorum: true, readOnlyOption: 'safe' as const, leaseReads: true, electionTick: 10 };
    const cluster = new InMemoryCluster([1, 2, 3], options);
    cluster.elect(1);
    cluster.tickAll(1);
    expect(cluster.node(1).leaseRead()).toBe(1);
    cluster.isolate(1);
    cluster.node(1).readIndex(encodeText('r'));
    cluster.stabilize();
    expect(cluster.member(1).readStates).toEqual([]);
    // The lease runs out on its own, cut off or not.
    cluster.tick(1, 8);
    expect(cluster.node(1).leaseRead()).toBeNull();
    // Followers keep the lease promise here too.
    const vote = makeMessage({ type: MessageType.Vote, from: 3, to: 2, term: 2, index: 1, logTerm: 1 });
    cluster.node(2).step(vote);
    expect(cluster.node(2).status().hardState.term).toBe(1);
  });

  it('leaseReads needs checkQuorum, and without leases leaseRead answers null', () => {
    expect(() => new InMemoryCluster([1, 2, 3], { checkQuorum: false, leaseReads: true, electionTick: 10 })).toThrow(
      /checkQuorum/,
    );
    const cluster = new InMemoryCluster([1, 2, 3], { checkQuorum: true, electionTick: 10 });
    cluster.elect(1);
    cluster.tickAll(1);
    expect(cluster.node(1).leaseRead()).toBeNull();
  });
});
