import { MessageType } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { RaftConfigError } from './errors.js';
import { MemoryStorage } from './memory-storage.js';
import { RawNode } from './raw-node.js';
import { encodeText, InMemoryCluster, raftOf } from './testing/in-memory-cluster.js';

const context = (text: string) => encodeText(text);

describe('linearizable reads (Raft thesis §6.4)', () => {
  it('ReadIndex: the leader answers with its commit index only after a quorum acknowledges a heartbeat round', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.node(1).propose(encodeText('a'));
    cluster.stabilize();
    cluster.isolate(1);
    cluster.node(1).readIndex(context('r1'));
    cluster.stabilize();
    // Cut off from every follower: leadership cannot be confirmed, no read state.
    expect(cluster.member(1).readStates).toEqual([]);
    cluster.heal();
    cluster.tick(1);
    cluster.stabilize();
    expect(cluster.member(1).readStates).toEqual([{ index: 2, context: context('r1') }]);
  });

  it('ReadIndex: a heartbeat round confirms every read queued before it', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    let heartbeats = 0;
    cluster.filter = (message) => {
      if (message.type === MessageType.Heartbeat) heartbeats++;
      return true;
    };
    cluster.node(1).readIndex(context('a'));
    cluster.node(1).readIndex(context('b'));
    cluster.stabilize();
    expect(cluster.member(1).readStates.map((state) => new TextDecoder().decode(state.context))).toEqual(['a', 'b']);
    expect(heartbeats).toBe(4);
  });

  it('ReadIndex: a new leader postpones reads until it has committed an entry of its own term', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.filter = (message) => message.type !== MessageType.Append;
    cluster.elect(1);
    cluster.node(1).readIndex(context('early'));
    cluster.stabilize();
    expect(cluster.member(1).readStates).toEqual([]);
    expect(raftOf(cluster.node(1)).pendingReadIndexMessages).toHaveLength(1);
    cluster.filter = () => true;
    cluster.tick(1);
    cluster.stabilize();
    expect(cluster.member(1).readStates).toEqual([{ index: 1, context: context('early') }]);
  });

  it('ReadIndex: a follower forwards the request to the leader and receives the read index', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.node(1).propose(encodeText('a'));
    cluster.stabilize();
    cluster.node(3).readIndex(context('from-3'));
    cluster.stabilize();
    expect(cluster.member(3).readStates).toEqual([{ index: 2, context: context('from-3') }]);
    expect(cluster.member(1).readStates).toEqual([]);
  });

  it('ReadIndex on a node that knows no leader is refused with no-leader', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    expect(() => cluster.node(2).readIndex(context('x'))).toThrow(expect.objectContaining({ reason: 'no-leader' }));
  });

  it('lease-based reads: while the leader holds its lease it answers at once, without a heartbeat round', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { checkQuorum: true, readOnlyOption: 'lease-based' });
    cluster.elect(1);
    // One heartbeat round acknowledged by a quorum gives the lease.
    cluster.tickAll(1);
    cluster.isolate(1);
    cluster.node(1).readIndex(context('lease'));
    cluster.processReady(1);
    expect(cluster.member(1).readStates).toEqual([{ index: 1, context: context('lease') }]);
  });

  it('lease-based reads: without the lease the leader falls back to a heartbeat round', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { checkQuorum: true, readOnlyOption: 'lease-based' });
    cluster.elect(1);
    cluster.tickAll(1);
    cluster.isolate(1);
    // electionTick 10, drift 0.05: the lease is 8 ticks from sending the acknowledged round.
    cluster.tick(1, 8);
    cluster.node(1).readIndex(context('late'));
    cluster.processReady(1);
    expect(cluster.member(1).readStates).toEqual([]);
    cluster.heal();
    cluster.stabilize();
    expect(cluster.member(1).readStates).toEqual([{ index: 1, context: context('late') }]);
  });

  it('lease-based reads are refused as configuration without check-quorum', () => {
    expect(
      () =>
        new RawNode({
          id: 1,
          electionTick: 10,
          heartbeatTick: 1,
          storage: new MemoryStorage(),
          random: () => 0,
          readOnlyOption: 'lease-based',
        }),
    ).toThrow(RaftConfigError);
  });
});
