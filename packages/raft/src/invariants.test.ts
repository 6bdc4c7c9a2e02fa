import { EMPTY_BYTES, EntryType } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { RaftInvariantError } from './errors.js';
import { MemoryStorage } from './memory-storage.js';
import { RawNode } from './raw-node.js';
import { InMemoryCluster, raftOf } from './testing/in-memory-cluster.js';

const entry = (index: number, term: number) => ({ index, term, type: EntryType.Normal, data: EMPTY_BYTES });

function invariantViolation(action: () => void): RaftInvariantError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(RaftInvariantError);
    expect((error as RaftInvariantError).code).toBe('FLINT_RAFT_INVARIANT');
    return error as RaftInvariantError;
  }
  throw new Error('expected an invariant violation');
}

describe('always-on invariant assertions', () => {
  it('the commit index never moves beyond the log', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    expect(invariantViolation(() => raftOf(cluster.node(2)).log.commitTo(99)).message).toContain('commit 99');
  });

  it('the term never decreases', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    invariantViolation(() => raftOf(cluster.node(2)).becomeFollower(0, 0));
  });

  it('a node never votes for two candidates in one term', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    const raft = raftOf(cluster.node(2));
    expect(raft.vote).toBe(1);
    invariantViolation(() => raft.setVote(3));
  });

  it('appended entries are contiguous and never leave a gap after the log', () => {
    const raft = raftOf(new InMemoryCluster([1]).node(1));
    invariantViolation(() => raft.log.append([entry(1, 1), entry(3, 1)]));
    invariantViolation(() => raft.log.append([entry(5, 1)]));
  });

  it('a committed entry is never truncated', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    const raft = raftOf(cluster.node(2));
    expect(raft.log.committed).toBe(1);
    invariantViolation(() => raft.log.append([entry(1, 7)]));
  });

  it('a stored commit index beyond the stored log is refused at start', () => {
    const storage = new MemoryStorage({
      confState: { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
    });
    storage.setHardState({ term: 1, vote: 1, commit: 5 });
    invariantViolation(() => new RawNode({ id: 1, electionTick: 10, heartbeatTick: 1, storage, random: () => 0 }));
  });

  it('a Ready never carries a hard state whose commit moved back', () => {
    const cluster = new InMemoryCluster([1]);
    cluster.elect(1);
    const raft = raftOf(cluster.node(1));
    raft.log.committed = 0;
    invariantViolation(() => cluster.node(1).ready());
  });
});
