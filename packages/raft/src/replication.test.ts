import { EntryType, type Message, MessageType, makeMessage } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage.js';
import { StateRole } from './ready.js';
import { encodeText, InMemoryCluster, raftOf } from './testing/in-memory-cluster.js';

const appendsTo = (messages: Message[], to: number) =>
  messages.filter((message) => message.type === MessageType.Append && message.to === to);

describe('log replication (Raft §5.3)', () => {
  it('log matching: a follower rejects an Append whose previous entry it does not have, with a hint', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.node(2).step(makeMessage({ type: MessageType.Append, from: 1, to: 2, term: 1, index: 5, logTerm: 1 }));
    const ready = cluster.node(2).ready();
    expect(ready.messagesAfterPersist).toEqual([
      expect.objectContaining({ type: MessageType.AppendResponse, reject: true, index: 5, rejectHint: 0, logTerm: 0 }),
    ]);
  });

  it('log matching: a follower replaces a conflicting uncommitted suffix with the leader entries', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(1);
    for (let i = 0; i < 3; i++) cluster.node(1).propose(encodeText(`lost${i}`));
    cluster.stabilize();
    cluster.elect(2);
    cluster.node(2).propose(encodeText('kept'));
    cluster.stabilize();
    cluster.heal();
    cluster.tickAll(3);
    const storage = cluster.member(1).storage;
    const entries = storage.entries(1, storage.lastIndex() + 1);
    expect(entries.map((entry) => entry.term)).toEqual([1, 2, 2]);
    expect(cluster.appliedData(1)).toEqual(['kept']);
  });

  it('fast backtracking: a follower with a long divergent tail is repaired in one rejection per term, not per entry', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(1);
    for (let i = 0; i < 50; i++) cluster.node(1).propose(encodeText(`old${i}`));
    cluster.stabilize();
    cluster.elect(2);
    for (let i = 0; i < 50; i++) cluster.node(2).propose(encodeText(`new${i}`));
    cluster.stabilize();
    let rejections = 0;
    cluster.filter = (message) => {
      if (message.type === MessageType.AppendResponse && message.reject && message.from === 1) rejections++;
      return true;
    };
    cluster.heal();
    cluster.tickAll(3);
    expect(cluster.appliedData(1)).toHaveLength(50);
    expect(cluster.appliedData(1)[0]).toBe('new0');
    expect(rejections).toBeLessThanOrEqual(2);
  });

  it('pipelining: a leader streams Appends to a replicating follower without waiting, up to maxInflightMsgs', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { maxInflightMsgs: 4 });
    cluster.elect(1);
    expect(cluster.node(1).status().progress.get(2)?.state).toBe('replicate');
    for (let i = 0; i < 10; i++) {
      cluster.node(1).propose(encodeText(`p${i}`));
      cluster.processReady(1);
    }
    // Nothing was delivered: the window of 4 unacknowledged Appends is full.
    expect(appendsTo(cluster.queue, 2)).toHaveLength(4);
    cluster.stabilize();
    expect(cluster.appliedData(2)).toHaveLength(10);
  });

  it('probe state: a leader sends one Append per heartbeat round to a follower whose position is unknown', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    // Node 2's acknowledgements are lost, so the leader keeps probing it.
    cluster.filter = (message) => !(message.type === MessageType.AppendResponse && message.from === 2);
    cluster.elect(1);
    expect(cluster.node(1).status().progress.get(2)?.state).toBe('probe');
    for (let i = 0; i < 5; i++) cluster.node(1).propose(encodeText(`p${i}`));
    cluster.processReady(1);
    expect(appendsTo(cluster.queue, 2)).toHaveLength(0);
    expect(appendsTo(cluster.queue, 3)).toHaveLength(1);
    cluster.stabilize();
    // A heartbeat response shows node 2 is alive: exactly one new probe goes out.
    cluster.tick(1);
    cluster.processReady(1);
    cluster.queue = cluster.queue.filter((message) => message.to === 2);
    cluster.deliverOne();
    cluster.processReady(2);
    cluster.deliverOne();
    cluster.processReady(1);
    expect(appendsTo(cluster.queue, 2)).toHaveLength(1);
  });

  it('batching: proposals of one turn travel to each follower in a single Append', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    for (let i = 0; i < 50; i++) cluster.node(1).propose(encodeText(`p${i}`));
    cluster.processReady(1);
    const appends = appendsTo(cluster.queue, 2);
    expect(appends).toHaveLength(1);
    expect(appends[0]!.entries).toHaveLength(50);
    cluster.stabilize();
    expect(cluster.appliedData(3)).toHaveLength(50);
  });

  it('commit propagation: a new commit index rides on the next Append or heartbeat, never on an Append of its own', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.tickAll(2);
    const sent: Message[] = [];
    cluster.filter = (message) => {
      sent.push(message);
      return true;
    };
    cluster.node(1).propose(encodeText('x'));
    // Deliver the Appends and their acknowledgements, without any tick.
    for (let round = 0; round < 10; round++) {
      for (const id of [1, 2, 3]) cluster.processReady(id);
      while (cluster.deliverOne()) {
        // Everything queued.
      }
    }
    const leaderCommit = cluster.node(1).status().hardState.commit;
    expect(cluster.appliedData(1)).toEqual(['x']);
    const commitOnly = sent.filter(
      (message) => message.from === 1 && message.type === MessageType.Append && message.entries.length === 0,
    );
    expect(commitOnly).toEqual([]);
    expect(cluster.node(2).status().hardState.commit).toBeLessThan(leaderCommit);
    // The next heartbeat carries it.
    cluster.tick(1, 2);
    cluster.stabilize();
    expect(cluster.node(2).status().hardState.commit).toBe(leaderCommit);
    expect(cluster.appliedData(2)).toEqual(['x']);
    // So does the next Append.
    cluster.node(1).propose(encodeText('y'));
    for (let round = 0; round < 3; round++) {
      for (const id of [1, 2, 3]) cluster.processReady(id);
      while (cluster.deliverOne()) {
        // Everything queued.
      }
    }
    cluster.node(1).propose(encodeText('z'));
    for (let round = 0; round < 3; round++) {
      for (const id of [1, 2, 3]) cluster.processReady(id);
      while (cluster.deliverOne()) {
        // Everything queued.
      }
    }
    expect(cluster.appliedData(3)).toEqual(['x', 'y']);
  });

  it('max message size: an Append carries at most maxSizePerMsg payload bytes, but always at least one entry', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { maxSizePerMsg: 100 });
    cluster.elect(1);
    cluster.isolate(2);
    for (let i = 0; i < 10; i++) cluster.node(1).propose(new Uint8Array(40));
    cluster.node(1).propose(new Uint8Array(500));
    cluster.stabilize();
    const sizes: number[][] = [];
    cluster.filter = (message) => {
      if (message.type === MessageType.Append && message.to === 2 && message.entries.length > 0) {
        sizes.push(message.entries.map((entry) => entry.data.length));
      }
      return true;
    };
    cluster.heal();
    cluster.tickAll(5);
    expect(cluster.member(2).applied).toHaveLength(11);
    for (const batch of sizes) {
      const total = batch.reduce((sum, size) => sum + size, 0);
      expect(batch.length === 1 || total <= 100).toBe(true);
    }
    expect(sizes).toContainEqual([500]);
  });

  it('a no-op entry of the new term lets a new leader commit entries of earlier terms (Raft §8)', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.node(1).propose(encodeText('a'));
    cluster.stabilize();
    cluster.elect(2);
    const status = cluster.node(2).status();
    expect(status.hardState.term).toBe(2);
    expect(cluster.member(2).storage.entries(3, 4)[0]).toMatchObject({ term: 2, type: EntryType.Normal });
    expect(status.hardState.commit).toBe(3);
  });
});

describe('commitment (Raft §5.4.2)', () => {
  /**
   * The paper's Figure 8: S1 leads term 4 with log [1:1, 2:2]; S2 and S3 also hold 2:2, so the
   * term-2 entry is on a majority — yet S5 (log [1:1, 2:3]) can still be elected and overwrite it.
   * Hence a leader must not commit it by counting replicas, only via an entry of its own term.
   */
  it('Figure 8: an entry of a previous term on a majority is not committed by counting replicas', () => {
    const cluster = new InMemoryCluster([1, 2, 3, 4, 5]);
    const voters = { voters: [1, 2, 3, 4, 5], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
    const entry = (index: number, term: number) => ({
      index,
      term,
      type: EntryType.Normal,
      data: encodeText(`${index}@${term}`),
    });
    const logs: Record<number, ReturnType<typeof entry>[]> = {
      1: [entry(1, 1), entry(2, 2)],
      2: [entry(1, 1), entry(2, 2)],
      3: [entry(1, 1), entry(2, 2)],
      4: [entry(1, 1)],
      5: [entry(1, 1), entry(2, 3)],
    };
    for (const id of [1, 2, 3, 4, 5]) {
      const storage = new MemoryStorage({ confState: voters });
      storage.append(logs[id]!);
      storage.setHardState({ term: 3, vote: 0, commit: 1 });
      cluster.add(id, storage);
    }
    // S1 wins term 4 (S2, S3, S4 vote for it), but none of its Appends arrive yet.
    cluster.filter = (message) => message.type !== MessageType.Append;
    cluster.elect(1);
    expect(cluster.node(1).status().softState.role).toBe(StateRole.Leader);
    expect(cluster.node(1).status().hardState.term).toBe(4);
    // S2 and S3 acknowledge index 2 (their copy of 2:2): a majority holds it, counting S1.
    for (const from of [2, 3]) {
      cluster.node(1).step(makeMessage({ type: MessageType.AppendResponse, from, to: 1, term: 4, index: 2 }));
    }
    cluster.processReady(1);
    expect(cluster.node(1).status().hardState.commit).toBe(1);

    // Figure 8 (d): S1 crashes; S5 is elected with S2, S3 and S4 and overwrites index 2.
    cluster.crash(1);
    cluster.filter = () => true;
    cluster.queue = [];
    for (let attempt = 0; attempt < 3 && cluster.leaderId() !== 5; attempt++) cluster.elect(5);
    expect(cluster.leaderId()).toBe(5);
    cluster.stabilize();
    expect(cluster.member(2).storage.term(2)).toBe(3);
  });

  it('a previous-term entry is committed once an entry of the current term is replicated to a majority', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(1);
    cluster.partition(2, 3);
    cluster.heal();
    cluster.partition(1, 3);
    cluster.node(1).propose(encodeText('x'));
    cluster.processReady(1);
    // Entry 2 (term 1) reaches node 2 only; then node 1 wins term 2 with node 2.
    cluster.queue = cluster.queue.filter((message) => message.to === 2 && message.type === MessageType.Append);
    cluster.deliverOne();
    cluster.queue = [];
    cluster.processReady(2);
    cluster.queue = [];
    raftOf(cluster.node(1)).becomeFollower(1, 0);
    cluster.elect(1);
    expect(cluster.node(1).status().hardState.term).toBe(2);
    expect(cluster.node(1).status().hardState.commit).toBe(3);
    expect(cluster.appliedData(1)).toEqual(['x']);
  });

  it('a leader counts its own entry toward a quorum only after the entry is persisted', () => {
    const cluster = new InMemoryCluster([1]);
    cluster.elect(1);
    const node = cluster.node(1);
    node.propose(encodeText('a'));
    const ready = node.ready();
    expect(ready.entries.map((entry) => entry.index)).toEqual([2]);
    expect(node.status().hardState.commit).toBe(1);
    cluster.member(1).storage.append(ready.entries);
    node.advance(ready);
    expect(node.status().hardState.commit).toBe(2);
    const next = node.ready();
    expect(next.committedEntries.map((entry) => entry.index)).toEqual([2]);
    expect(next.hardState?.commit).toBe(2);
  });

  it('a leader may send Appends before persisting; acknowledgements and votes go only after persist', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.node(1).campaign();
    const candidateReady = cluster.node(1).ready();
    expect(candidateReady.messagesBeforePersist).toEqual([]);
    expect(candidateReady.messagesAfterPersist.every((message) => message.type === MessageType.Vote)).toBe(true);
    expect(candidateReady.mustSync).toBe(true);
    cluster.member(1).storage.setHardState(candidateReady.hardState!);
    cluster.node(1).advance(candidateReady);
    cluster.queue.push(...candidateReady.messagesAfterPersist);
    cluster.deliverOne();
    const voterReady = cluster.node(2).ready();
    expect(voterReady.messagesBeforePersist).toEqual([]);
    expect(voterReady.messagesAfterPersist).toEqual([expect.objectContaining({ type: MessageType.VoteResponse })]);
    cluster.node(2).advance(voterReady);
    cluster.node(1).step(voterReady.messagesAfterPersist[0]!);
    const leaderReady = cluster.node(1).ready();
    expect(leaderReady.entries).toHaveLength(1);
    expect(leaderReady.messagesBeforePersist.map((message) => message.type)).toEqual([
      MessageType.Append,
      MessageType.Append,
    ]);
  });
});

describe('snapshots and restarts', () => {
  it('a follower that needs compacted entries receives a Snapshot, installs it, then replicates normally', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(3);
    for (let i = 0; i < 10; i++) cluster.node(1).propose(encodeText(`p${i}`));
    cluster.stabilize();
    const leader = cluster.member(1);
    const applied = leader.node.status().applied;
    const data = encodeText('state-machine-image');
    leader.storage.createSnapshot(applied, leader.confState, data);
    leader.storage.compact(applied);
    let snapshots = 0;
    cluster.filter = (message) => {
      if (message.type === MessageType.Snapshot) {
        snapshots++;
        expect(message.snapshot?.data).toEqual(data);
      }
      return true;
    };
    cluster.heal();
    cluster.tickAll(3);
    expect(snapshots).toBe(1);
    expect(cluster.member(3).storage.snapshot().metadata.index).toBe(applied);
    cluster.node(1).propose(encodeText('after'));
    cluster.stabilize();
    expect(cluster.appliedData(3)).toEqual(['after']);
    expect(cluster.node(1).status().progress.get(3)?.state).toBe('replicate');
  });

  it('a lost snapshot is retried after an election timeout even if the transport never reports it', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(3);
    for (let i = 0; i < 5; i++) cluster.node(1).propose(encodeText(`p${i}`));
    cluster.stabilize();
    const leader = cluster.member(1);
    const applied = leader.node.status().applied;
    leader.storage.createSnapshot(applied, leader.confState, encodeText('image'));
    leader.storage.compact(applied);
    cluster.heal();
    let dropped = 0;
    cluster.filter = (message) => !(message.type === MessageType.Snapshot && dropped++ === 0);
    cluster.tickAll(3);
    expect(cluster.node(1).status().progress.get(3)?.state).toBe('snapshot');
    cluster.tickAll(25);
    expect(dropped).toBe(2);
    expect(cluster.member(3).storage.snapshot().metadata.index).toBe(applied);
  });

  it('reportSnapshot(failed) and reportUnreachable move the follower back to probing', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    const raft = raftOf(cluster.node(1));
    cluster.node(1).reportUnreachable(2);
    expect(cluster.node(1).status().progress.get(2)?.state).toBe('probe');
    raft.tracker.progress.get(3)!.becomeSnapshot(1);
    cluster.node(1).reportSnapshot(3, false);
    expect(cluster.node(1).status().progress.get(3)?.state).toBe('probe');
  });

  it('a restarted node recovers its term, vote, commit and log from storage', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    for (let i = 0; i < 3; i++) cluster.node(1).propose(encodeText(`p${i}`));
    cluster.stabilize();
    const before = cluster.node(2).status().hardState;
    const storage = cluster.crash(2);
    const restarted = cluster.restart(2, storage);
    expect(restarted.node.status().hardState).toEqual(before);
    cluster.stabilize();
    // Its state machine replays the committed log from the start.
    expect(cluster.appliedData(2)).toEqual(['p0', 'p1', 'p2']);
    cluster.node(1).propose(encodeText('p3'));
    cluster.stabilize();
    expect(cluster.appliedData(2)).toEqual(['p0', 'p1', 'p2', 'p3']);
  });
});
