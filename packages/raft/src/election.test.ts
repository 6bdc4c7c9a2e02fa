import { EntryType, type Message, MessageType, makeMessage } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { StateRole } from './ready.js';
import { encodeText, InMemoryCluster, raftOf } from './testing/in-memory-cluster.js';

const role = (cluster: InMemoryCluster, id: number) => cluster.node(id).status().softState.role;
const term = (cluster: InMemoryCluster, id: number) => cluster.node(id).status().hardState.term;

function voteRequest(from: number, to: number, fields: Partial<Message> = {}): Message {
  return makeMessage({ type: MessageType.Vote, from, to, term: 1, index: 0, logTerm: 0, ...fields });
}

function sentMessages(cluster: InMemoryCluster, id: number): Message[] {
  const ready = cluster.node(id).ready();
  cluster.node(id).advance(ready);
  return [...ready.messagesBeforePersist, ...ready.messagesAfterPersist];
}

describe('leader election (Raft §5.2)', () => {
  it('a follower that hears no leader campaigns after a randomized timeout in [electionTick, 2 * electionTick)', () => {
    const timeouts = new Set<number>();
    for (let seed = 1; seed <= 20; seed++) {
      const cluster = new InMemoryCluster([1, 2, 3], { electionTick: 10 }, seed);
      let ticks = 0;
      while (role(cluster, 1) === StateRole.Follower) {
        cluster.tick(1);
        ticks++;
      }
      expect(ticks).toBeGreaterThanOrEqual(10);
      expect(ticks).toBeLessThan(20);
      timeouts.add(ticks);
    }
    // Randomization is what breaks split votes: the seeds must not all agree.
    expect(timeouts.size).toBeGreaterThan(2);
  });

  it('a candidate with votes from a majority becomes leader and appends a no-op entry of its term', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    expect(role(cluster, 1)).toBe(StateRole.Leader);
    expect(term(cluster, 1)).toBe(1);
    for (const id of [1, 2, 3]) {
      const storage = cluster.member(id).storage;
      expect(storage.lastIndex()).toBe(1);
      const [noop] = storage.entries(1, 2);
      expect(noop).toMatchObject({ index: 1, term: 1, type: EntryType.Normal });
      expect(noop!.data.length).toBe(0);
      expect(cluster.node(id).status().softState.leader).toBe(1);
    }
  });

  it('a candidate that hears of a majority rejecting it returns to follower', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(2);
    cluster.stabilize();
    // Node 3 falls behind and campaigns in a later term: both others reject its shorter log.
    cluster.isolate(3);
    cluster.node(2).propose(new Uint8Array([1]));
    cluster.stabilize();
    cluster.heal();
    raftOf(cluster.node(3)).becomeFollower(5, 0);
    cluster.node(3).campaign();
    cluster.stabilize();
    expect(role(cluster, 3)).not.toBe(StateRole.Leader);
    expect(role(cluster, 3)).not.toBe(StateRole.Candidate);
  });

  it('a node grants at most one vote per term', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.node(3).step(voteRequest(1, 3));
    const first = sentMessages(cluster, 3);
    expect(first).toEqual([expect.objectContaining({ type: MessageType.VoteResponse, to: 1, reject: false })]);
    cluster.node(3).step(voteRequest(2, 3));
    const second = sentMessages(cluster, 3);
    expect(second).toEqual([expect.objectContaining({ type: MessageType.VoteResponse, to: 2, reject: true })]);
    expect(cluster.node(3).status().hardState).toMatchObject({ term: 1, vote: 1 });
  });

  it('a voter rejects a candidate whose log is less up to date (§5.4.1)', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.node(3).step(voteRequest(2, 3, { term: 5, index: 0, logTerm: 0 }));
    const responses = sentMessages(cluster, 3);
    expect(responses).toEqual([expect.objectContaining({ type: MessageType.VoteResponse, reject: true, term: 5 })]);
    // The higher term is adopted even though the vote is refused.
    expect(term(cluster, 3)).toBe(5);
  });

  it('a refused vote request of a higher term adopts the term but does not restart the election timer', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.tick(3, 4);
    cluster.node(3).step(voteRequest(2, 3, { term: 5, index: 0, logTerm: 0 }));
    expect(sentMessages(cluster, 3)).toEqual([
      expect.objectContaining({ type: MessageType.VoteResponse, reject: true }),
    ]);
    expect(term(cluster, 3)).toBe(5);
    expect(raftOf(cluster.node(3)).electionElapsed).toBe(4);
    // Granting a vote does restart it (Raft §5.2).
    cluster.node(3).step(voteRequest(2, 3, { term: 6, index: 1, logTerm: 1 }));
    expect(sentMessages(cluster, 3)).toEqual([
      expect.objectContaining({ type: MessageType.VoteResponse, reject: false }),
    ]);
    expect(raftOf(cluster.node(3)).electionElapsed).toBe(0);
  });

  it('the only electable node campaigns even while a stale-log node keeps campaigning at higher terms (seed 5023513)', () => {
    // The simulator's trace: node 2 held the longest log; the others, with stale logs, took
    // turns campaigning at terms 30..44 and were refused; every refusal restarted node 2's
    // election timer, so node 2, the one node that could win, never reached its timeout.
    const cluster = new InMemoryCluster([1, 2, 3], { electionTick: 10 });
    cluster.elect(1);
    // Node 3 hears nothing from the leader of term 1, so its log stays behind node 1's.
    cluster.filter = (message) => !(message.from === 1 && message.to === 3 && message.term === 1);
    cluster.node(1).propose(encodeText('only on 1 and 2'));
    cluster.stabilize();
    cluster.crash(2);
    // Node 1 refuses node 3's stale log, and node 3 alone is no quorum: only node 1 can win.
    let becameLeader = false;
    for (let tick = 1; tick <= 40 && !becameLeader; tick++) {
      if (tick % 5 === 0) cluster.node(3).campaign();
      cluster.tick(1);
      cluster.stabilize();
      becameLeader = tick > 5 && role(cluster, 1) === StateRole.Leader;
    }
    expect(becameLeader).toBe(true);
    expect(cluster.appliedData(3)).toEqual(['only on 1 and 2']);
  });

  it('a refused candidate learns the commit index from the refusal when its log has that entry (seed 6067880)', () => {
    // The simulator's trace: leader n2 committed and applied the change removing it, stepped
    // down before n1 and n5 learned that commit, and still in the joint configuration they
    // needed n2's vote, which n2 refused for ever (its log was longer). The refusal now says
    // what is committed, so they apply the change and no longer need n2.
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    // Node 3 gets entry 2 but never hears that it is committed, nor anything after it.
    cluster.node(1).propose(encodeText('x'));
    cluster.processReady(1);
    while (cluster.deliverOne()) {
      // The Appends of entry 2 (commit 1) reach both followers.
    }
    cluster.cutOneWay(1, 3);
    cluster.stabilize();
    cluster.node(1).propose(encodeText('y'));
    cluster.stabilize();
    expect(cluster.node(3).status().hardState.commit).toBe(1);
    expect(cluster.member(3).storage.lastIndex()).toBe(2);
    cluster.crash(1);
    cluster.node(3).campaign();
    cluster.stabilize();
    expect(role(cluster, 3)).not.toBe(StateRole.Leader);
    expect(cluster.node(3).status().hardState.commit).toBe(2);
    expect(cluster.appliedData(3)).toEqual(['x']);
  });

  it('a stale leader steps down when it hears from a leader of a higher term', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(1);
    cluster.elect(2);
    expect(role(cluster, 2)).toBe(StateRole.Leader);
    expect(role(cluster, 1)).toBe(StateRole.Leader);
    cluster.heal();
    cluster.tickAll(2);
    expect(role(cluster, 1)).toBe(StateRole.Follower);
    expect(cluster.node(1).status().softState.leader).toBe(2);
    expect(term(cluster, 1)).toBe(2);
  });

  it('pre-vote: a partitioned node does not inflate its term, so it cannot disrupt the leader when it rejoins', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { preVote: true });
    cluster.elect(1);
    cluster.isolate(3);
    cluster.tickAll(100);
    expect(term(cluster, 3)).toBe(1);
    expect(role(cluster, 3)).toBe(StateRole.PreCandidate);
    cluster.heal();
    cluster.tickAll(5);
    expect(cluster.leaderId()).toBe(1);
    expect(term(cluster, 1)).toBe(1);
    expect(role(cluster, 3)).toBe(StateRole.Follower);
  });

  it('without pre-vote a partitioned node inflates its term (the problem pre-vote solves)', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    cluster.isolate(3);
    cluster.tickAll(100);
    expect(term(cluster, 3)).toBeGreaterThan(3);
  });

  it('pre-vote: a pre-candidate that wins the pre-vote runs a real election and becomes leader', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { preVote: true });
    cluster.elect(2);
    expect(role(cluster, 2)).toBe(StateRole.Leader);
    expect(term(cluster, 2)).toBe(1);
  });

  it('check-quorum: a leader that does not hear from a quorum within an election timeout steps down', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { checkQuorum: true });
    cluster.elect(1);
    cluster.tickAll(30);
    expect(role(cluster, 1)).toBe(StateRole.Leader);
    cluster.isolate(1);
    for (let i = 0; i < 20; i++) {
      cluster.tick(1);
      cluster.stabilize();
    }
    expect(role(cluster, 1)).toBe(StateRole.Follower);
    expect(term(cluster, 1)).toBe(1);
  });

  it('leader lease: with check-quorum a follower hearing from its leader ignores vote requests of a higher term', () => {
    const cluster = new InMemoryCluster([1, 2, 3], { checkQuorum: true });
    cluster.elect(1);
    cluster.node(2).step(voteRequest(3, 2, { term: 7, index: 10, logTerm: 7 }));
    expect(sentMessages(cluster, 2)).toEqual([]);
    expect(term(cluster, 2)).toBe(1);
    // Once the lease has expired (no leader heard for an election timeout), the vote is considered.
    cluster.isolate(2);
    cluster.tick(2, 10);
    cluster.node(2).step(voteRequest(3, 2, { term: 7, index: 10, logTerm: 7 }));
    expect(term(cluster, 2)).toBe(7);
  });

  it('learners never campaign, and their votes do not count toward a quorum', () => {
    const cluster = new InMemoryCluster([1, 2], {}, 1, [3]);
    cluster.tick(3, 100);
    expect(role(cluster, 3)).toBe(StateRole.Follower);
    expect(term(cluster, 3)).toBe(0);
    cluster.partition(1, 2);
    cluster.elect(1);
    // Only the learner could answer: no quorum of voters, no leader.
    expect(role(cluster, 1)).toBe(StateRole.Candidate);
    cluster.heal();
    cluster.elect(1);
    expect(role(cluster, 1)).toBe(StateRole.Leader);
  });

  it('a single voter elects itself at once', () => {
    const cluster = new InMemoryCluster([1]);
    cluster.elect(1);
    expect(role(cluster, 1)).toBe(StateRole.Leader);
    expect(cluster.node(1).status().hardState.commit).toBe(1);
  });
});
