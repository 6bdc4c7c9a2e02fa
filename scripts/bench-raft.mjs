// `npm run bench:raft`: the Raft core alone, no disk and no network. A 3-node in-memory
// cluster is driven synchronously (every Ready persisted to MemoryStorage, every message
// delivered at once); we measure proposals committed per second with batching, and the cost
// of one RawNode.step() call.
import { performance } from 'node:perf_hooks';
import { MemoryStorage, RawNode } from '../packages/raft/dist/index.js';
import { seededRandom } from '../packages/test-kit/dist/index.js';

const NODE_IDS = [1, 2, 3];
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3000);
const PAYLOAD_BYTES = 64;

function createCluster() {
  const confState = { voters: NODE_IDS, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
  const nodes = new Map();
  for (const id of NODE_IDS) {
    const storage = new MemoryStorage({ confState });
    const raw = new RawNode({
      id,
      electionTick: 10,
      heartbeatTick: 1,
      storage,
      random: seededRandom(id),
      maxSizePerMsg: 1024 * 1024,
      maxInflightMsgs: 256,
      checkQuorum: true,
      preVote: true,
    });
    nodes.set(id, { id, raw, storage, applied: 0 });
  }
  return nodes;
}

/** Steps counted and timed separately so that µs/step excludes the harness. */
const stepStats = { calls: 0, nanoseconds: 0n };

function deliver(nodes, messages) {
  for (const message of messages) {
    const target = nodes.get(message.to);
    if (target === undefined) continue;
    const began = process.hrtime.bigint();
    target.raw.step(message);
    stepStats.nanoseconds += process.hrtime.bigint() - began;
    stepStats.calls++;
  }
}

/** Handles Readies and delivers messages until the cluster is quiet. Returns entries applied by node 1. */
function stabilize(nodes) {
  let appliedByLeader = 0;
  for (let progressed = true; progressed; ) {
    progressed = false;
    for (const node of nodes.values()) {
      if (!node.raw.hasReady()) continue;
      progressed = true;
      const ready = node.raw.ready();
      const outgoing = [...ready.messagesBeforePersist];
      if (ready.snapshot) node.storage.applySnapshot(ready.snapshot);
      if (ready.entries.length > 0) node.storage.append(ready.entries);
      if (ready.hardState) node.storage.setHardState(ready.hardState);
      outgoing.push(...ready.messagesAfterPersist);
      for (const entry of ready.committedEntries) {
        node.applied = entry.index;
        if (node.id === 1 && entry.data.length > 0) appliedByLeader++;
      }
      node.raw.advance(ready);
      deliver(nodes, outgoing);
    }
  }
  return appliedByLeader;
}

function compact(nodes) {
  for (const node of nodes.values()) {
    const index = node.applied - 1000;
    if (index > node.storage.firstIndex()) {
      node.storage.createSnapshot(index, node.raw.status().confState, new Uint8Array(0));
      node.storage.compact(index);
    }
  }
}

function run(batch) {
  const nodes = createCluster();
  nodes.get(1).raw.campaign();
  stabilize(nodes);
  if (nodes.get(1).raw.status().softState.role !== 3) throw new Error('node 1 did not become leader');
  const payload = new Uint8Array(PAYLOAD_BYTES).fill(7);
  stepStats.calls = 0;
  stepStats.nanoseconds = 0n;
  let committed = 0;
  let turns = 0;
  const began = performance.now();
  while (performance.now() - began < DURATION_MS) {
    for (let index = 0; index < batch; index++) nodes.get(1).raw.propose(payload);
    committed += stabilize(nodes);
    if (++turns % 64 === 0) {
      for (const node of nodes.values()) node.raw.tick();
      committed += stabilize(nodes);
      compact(nodes);
    }
  }
  const seconds = (performance.now() - began) / 1000;
  return {
    batch,
    committedPerSecond: Math.round(committed / seconds),
    microsecondsPerStep: Number(stepStats.nanoseconds) / 1000 / stepStats.calls,
    steps: stepStats.calls,
  };
}

for (const batch of [1, 64]) {
  const result = run(batch);
  console.log(
    `bench:raft 3 nodes in memory, ${PAYLOAD_BYTES}-byte proposals, batch ${result.batch}: ` +
      `${result.committedPerSecond.toLocaleString('en-US')} proposals committed/s, ` +
      `${result.microsecondsPerStep.toFixed(2)} µs per step() (${result.steps} steps)`,
  );
}
