import { describe, expect, it } from 'vitest';
import { ProposalDroppedError } from './errors.js';
import { encodeText, InMemoryCluster, raftOf, seededRandom } from './testing/in-memory-cluster.js';

/**
 * A small randomized run (the full simulator lives in simulation/): message loss, reordering,
 * partitions, crashes losing unpersisted state, and snapshots; then state-machine safety.
 */
export function runSeed(seed: number, nodes: number[]): void {
  const random = seededRandom(seed);
  const cluster = new InMemoryCluster(nodes, { checkQuorum: seed % 2 === 0, preVote: seed % 3 === 0 }, seed);
  const crashed = new Map<number, ReturnType<InMemoryCluster['crash']>>();
  let proposals = 0;
  for (let step = 0; step < 400; step++) {
    const roll = random();
    const ids = [...cluster.members.keys()];
    const id = ids[Math.floor(random() * ids.length)];
    if (id === undefined) break;
    if (roll < 0.3) cluster.tick(id);
    else if (roll < 0.45) {
      try {
        cluster.node(id).propose(encodeText(`p${proposals++}`));
      } catch (error) {
        expect(error).toBeInstanceOf(ProposalDroppedError);
      }
    } else if (roll < 0.47 && crashed.size === 0 && ids.length === nodes.length) {
      crashed.set(id, cluster.crash(id));
      continue;
    } else if (roll < 0.5 && crashed.size > 0) {
      for (const [down, storage] of crashed) cluster.restart(down, storage);
      crashed.clear();
    } else if (roll < 0.52) {
      const other = ids[Math.floor(random() * ids.length)]!;
      if (other !== id) cluster.partition(id, other);
    } else if (roll < 0.56) cluster.heal();
    else if (roll < 0.58) {
      const member = cluster.member(id);
      const applied = member.node.status().applied;
      const storage = member.storage;
      if (applied > storage.snapshot().metadata.index && applied >= storage.firstIndex()) {
        storage.createSnapshot(applied, member.confState, encodeText(String(member.applied.length)));
        storage.compact(applied);
      }
    }
    for (const each of cluster.members.keys()) cluster.processReady(each);
    // Deliver a random subset, reordered, dropping some.
    const batch = cluster.queue;
    cluster.queue = [];
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [batch[i], batch[j]] = [batch[j]!, batch[i]!];
    }
    for (const message of batch) {
      if (random() < 0.1) continue;
      cluster.queue.push(message);
      cluster.deliverOne();
    }
  }
  for (const [down, storage] of crashed) cluster.restart(down, storage);
  cluster.heal();
  for (let i = 0; i < 200 && cluster.leaderId() === undefined; i++) cluster.tickAll();
  const leader = cluster.leaderId();
  expect(leader, `seed ${seed}: no leader after healing`).toBeDefined();
  cluster.node(leader!).propose(encodeText('final'));
  cluster.stabilize();
  const decoder0 = new TextDecoder();
  const allApplied = () =>
    [...cluster.members.values()].every((member) =>
      member.applied.some((entry) => decoder0.decode(entry.data) === 'final'),
    );
  // Liveness: once healed, the final proposal reaches every node within a bounded number of ticks.
  // A proposal may be lost when leadership changes; the client retries (as a real client would).
  for (let i = 0; i < 100 && !allApplied(); i++) {
    cluster.tickAll();
    const current = cluster.leaderId();
    if (i % 20 === 19 && current !== undefined) cluster.node(current).propose(encodeText('final'));
  }
  // State-machine safety: everyone applied the same sequence (restarted nodes replay from their log;
  // snapshot-installed nodes start from the snapshot, so compare suffixes by entry index).
  const byIndex = new Map<number, string>();
  const decoder = new TextDecoder();
  for (const member of cluster.members.values()) {
    for (const entry of member.applied) {
      const data = decoder.decode(entry.data);
      const seen = byIndex.get(entry.index);
      if (seen !== undefined) expect(data, `seed ${seed}: index ${entry.index} differs`).toBe(seen);
      byIndex.set(entry.index, data);
    }
    const done = member.applied.some((entry) => decoder.decode(entry.data) === 'final');
    if (!done && process.env.DEBUG_SEED) {
      const raft = raftOf(member.node);
      console.log(
        member.id,
        JSON.stringify(member.node.status(), (_k, v) => (v instanceof Map ? [...v] : v)),
        raft.log.lastIndex(),
        raft.log.firstIndex(),
        member.storage.snapshot().metadata,
        JSON.stringify([...raftOf(cluster.node(leader!)).tracker.progress]),
      );
    }
    expect(done, `seed ${seed} node ${member.id}`).toBe(true);
  }
}

describe('randomized faults', () => {
  it('no two nodes apply different entries at one index, and the healed cluster commits (3 nodes)', () => {
    for (let seed = Number(process.env.FUZZ_START ?? 1); seed <= Number(process.env.FUZZ_SEEDS ?? 60); seed++)
      runSeed(seed, [1, 2, 3]);
  });
  it('no two nodes apply different entries at one index, and the healed cluster commits (5 nodes)', () => {
    for (let seed = 100; seed <= 100 + Number(process.env.FUZZ_SEEDS_5 ?? 30); seed++) runSeed(seed, [1, 2, 3, 4, 5]);
  });
});
