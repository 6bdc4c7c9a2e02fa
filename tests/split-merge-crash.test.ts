/**
 * kill -9 at each step of a split and of a merge, on real processes. Each round arms one
 * failpoint (`packages/server/src/failpoints.ts`) on every node, or on one node, and starts the
 * split or merge under a writer; a node that reaches the step kills itself there. The dead and
 * the still-armed nodes start again unarmed, the operation is asked again until it is done, and
 * then every replica holds the same data, every acknowledged write is there, and a scan both
 * ways returns every key once, in order.
 */
import { connect, FlintError, type FlintClient, type RegionInfo } from '@flintkv/client';
import { FAILPOINTS, FAILPOINTS_VARIABLE, type Failpoint, type TestCluster } from '@flintkv/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, replicasAgree, startCluster, stopAllClusters } from './helpers/cluster.js';

const KEYS = 400;
const key = (index: number) => `k${String(index).padStart(15, '0')}`;
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

type Operation = 'split' | 'merge';
/** Which nodes are armed: every node, or only `node`. */
type Armed = 'every node' | { node: number };

interface Round {
  step: Failpoint;
  operation: Operation;
  armed: Armed;
}

const SPLIT_STEPS: Failpoint[] = ['split-proposed', 'split-applying', 'split-applied', 'split-serving'];
const MERGE_STEPS: Failpoint[] = [
  'merge-prepare-proposed',
  'merge-preparing',
  'merge-prepared',
  'merge-commit-handed',
  'merge-commit-proposed',
  'merge-committing',
  'merge-committed',
  'merge-source-forgotten',
  'merge-source-removed',
];
/** Steps only the changing region's leader (or its node) takes: arming one node, made that leader, is enough. */
const LEADER_STEPS = new Set<Failpoint>([
  'split-proposed',
  'merge-prepare-proposed',
  'merge-commit-handed',
  'merge-commit-proposed',
]);
/**
 * Steps every replica takes where one replica's crash, while the others go on, is a case of its
 * own: it comes back to a region layout that moved on without it.
 */
const LONE_CRASH_STEPS = new Set<Failpoint>([
  'split-applied',
  'merge-prepared',
  'merge-committed',
  'merge-source-forgotten',
]);

/**
 * A leader's step with that one node armed; every other step with every node armed (all three
 * die there, a power cut of the cluster), and some again with one node armed.
 */
const ROUNDS: Round[] = [
  ...SPLIT_STEPS.map((step) => ['split', step] as const),
  ...MERGE_STEPS.map((step) => ['merge', step] as const),
].flatMap(([operation, step], index): Round[] => {
  const lone = { step, operation, armed: { node: (index % 3) + 1 } };
  if (LEADER_STEPS.has(step)) return [lone];
  return [{ step, operation, armed: 'every node' }, ...(LONE_CRASH_STEPS.has(step) ? [lone] : [])];
});

/** Settings that keep the region layout to what the rounds do: no automatic splits or merges. */
const STILL_LAYOUT = [
  '--workers',
  '2',
  '--split-size',
  '0',
  '--split-key-count',
  '0',
  '--split-load',
  '0',
  '--merge-size',
  '0',
];

describe('kill -9 at each step of a split and a merge', () => {
  let cluster: TestCluster;
  let client: FlintClient;
  /** For splits and merges: gives up sooner than `client` when the armed nodes are all dead. */
  let admin: FlintClient;
  /** Per key: the last acknowledged value, and values written after it whose outcome is unknown. */
  const written = new Map<string, { acknowledged: string; unknown: string[] }>();

  beforeAll(async () => {
    cluster = await startCluster({ nodes: 3, regions: 1, extraFlags: STILL_LAYOUT });
    client = await connect({ endpoints: cluster.endpoints, timeoutMs: 20_000 });
    admin = await connect({ endpoints: cluster.endpoints, timeoutMs: 5_000 });
    for (let index = 0; index < KEYS; index++) {
      await client.put(key(index), 'v0');
      written.set(key(index), { acknowledged: 'v0', unknown: [] });
    }
  });

  afterAll(async () => {
    await client?.close();
    await admin?.close();
    await stopAllClusters();
  });

  /** One writer over the keys until `stop()`; requests in outages fail fast and count as unknown. */
  function startWriter(round: number): { stop: () => Promise<void> } {
    let stopped = false;
    const done = (async () => {
      const writer = await connect({ endpoints: cluster.endpoints, timeoutMs: 2_000 });
      try {
        for (let count = 0; !stopped; count++) {
          const name = key((count * 7 + round * 13) % KEYS);
          const value = `r${round}-${count}`;
          const entry = written.get(name)!;
          try {
            await writer.put(name, value);
            written.set(name, { acknowledged: value, unknown: [] });
          } catch {
            entry.unknown.push(value);
          }
        }
      } finally {
        await writer.close();
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        await done;
      },
    };
  }

  /** The region that ends at `end`, if any. */
  async function regionEndingAt(end: string): Promise<RegionInfo | undefined> {
    return (await admin.regions()).find((region) => text(region.endKey) === end);
  }

  /** Makes `nodeId` lead the region the operation changes: the one split at, or merged away at, `splitKey`. */
  async function makeLeader(nodeId: number, operation: Operation, splitKey: string): Promise<void> {
    // A node just restarted may answer a region table from before the round's split until its meta replica catches up.
    const region = await eventually(
      `a region to ${operation} at ${splitKey}`,
      async () => {
        const regions = await admin.regions();
        return operation === 'split'
          ? regions.find(
              (each) => text(each.startKey) <= splitKey && (each.endKey.length === 0 || text(each.endKey) > splitKey),
            )
          : regions.find((each) => text(each.endKey) === splitKey);
      },
      20_000,
      250,
    );
    await eventually(
      `node ${nodeId} to lead region ${region.id}`,
      async () => {
        const status = await admin.status();
        const group = status.nodes
          .find((node) => node.nodeId === nodeId)
          ?.groups.find((each) => each.groupId === region.id);
        if (group?.leader === nodeId) return true;
        await admin.transferLeader(region.id, nodeId).catch(() => undefined);
        return false;
      },
      20_000,
      250,
    );
  }

  /** Asks for the operation; a refusal or a timeout is fine here, the round asks again after the crash. */
  async function ask(operation: Operation, splitKey: string): Promise<void> {
    try {
      if (operation === 'split') await admin.splitRegion(splitKey);
      else {
        const source = await regionEndingAt(splitKey);
        if (source !== undefined) await admin.mergeRegion(source.id);
      }
    } catch (error) {
      if (!(error instanceof FlintError)) throw error;
    }
  }

  /** Whether the operation is done: the split key is a region boundary (split) or no longer one (merge). */
  async function isDone(operation: Operation, splitKey: string): Promise<boolean> {
    const boundary = (await client.regions()).some((region) => text(region.startKey) === splitKey);
    return operation === 'split' ? boundary : !boundary;
  }

  it('has a round for every failpoint', () => {
    expect([...SPLIT_STEPS, ...MERGE_STEPS].sort()).toEqual([...FAILPOINTS].sort());
  });

  const died = (nodeId: number, step: string) =>
    cluster.node(nodeId).output.some((line) => line.includes(`failpoint ${step}: killing the process`));

  it.each(
    ROUNDS.map((round, index) => ({
      ...round,
      index,
      label: typeof round.armed === 'string' ? round.armed : `node ${round.armed.node}`,
    })),
  )(
    '$step, $label armed: replicas equal, nothing lost or doubled',
    async ({ step, operation, armed, index }) => {
      const splitKey = key(10 + index * 15);
      // A merge folds the region that ends at the split key into the next: make that boundary first.
      if (operation === 'merge') await client.splitRegion(splitKey);
      const armedNodes = armed === 'every node' ? [1, 2, 3] : [armed.node];
      for (const nodeId of armedNodes) {
        await cluster.kill(nodeId, 'SIGKILL');
        cluster.node(nodeId).output.splice(0); // An earlier round's failpoint line is not this round's.
        cluster.start(nodeId, [], { [FAILPOINTS_VARIABLE]: step });
      }
      await cluster.waitHealthy();
      // A lone armed node is made the changing region's leader: a lagging follower may be spared
      // a step (its replica of a merged region can be removed before it applies `prepare-merge`),
      // and a leader's step happens on the leader only.
      if (armed !== 'every node') await makeLeader(armed.node, operation, splitKey);

      const writer = startWriter(index);
      let asked: Promise<void> = Promise.resolve();
      try {
        await eventually('the writer to get through', () =>
          [...written.values()].some((entry) => entry.acknowledged.startsWith(`r${index}-`)),
        );
        let asking = false;
        await eventually(
          `a node to die at ${step}`,
          async () => {
            if (armedNodes.some((nodeId) => died(nodeId, step))) return true;
            // Refused (a leader changed, the target was busy): asked again until a node gets to the step.
            if (!asking && !(await isDone(operation, splitKey))) {
              asking = true;
              asked = ask(operation, splitKey).finally(() => {
                asking = false;
              });
            }
            return false;
          },
          30_000,
        ).catch((error: unknown) => {
          const lines = armedNodes.flatMap((nodeId) =>
            cluster
              .node(nodeId)
              .output.slice(-15)
              .map((line) => `n${nodeId}: ${line}`),
          );
          throw new Error(`${(error as Error).message}\n${lines.join('\n')}`);
        });
      } finally {
        await writer.stop();
      }

      // The dead start again, and the armed survivors are killed and started unarmed.
      for (const nodeId of armedNodes) {
        await cluster.kill(nodeId, 'SIGKILL');
        cluster.start(nodeId);
      }
      await cluster.waitHealthy();
      await asked;
      await eventually(
        `the ${operation} to be done`,
        async () => {
          if (await isDone(operation, splitKey)) return true;
          await ask(operation, splitKey);
          return false;
        },
        60_000,
      );

      const forward: { name: string; value: string }[] = [];
      for await (const pair of client.scan({ start: 'k', end: 'l' }))
        forward.push({ name: text(pair.key), value: text(pair.value) });
      expect(forward.map((pair) => pair.name)).toEqual(Array.from({ length: KEYS }, (_, at) => key(at)));
      for (const { name, value } of forward) {
        const entry = written.get(name)!;
        expect([entry.acknowledged, ...entry.unknown], name).toContain(value);
        // Whatever a read returns is what is stored from now on.
        written.set(name, { acknowledged: value, unknown: [] });
      }
      const reverse: string[] = [];
      for await (const pair of client.scan({ start: 'k', end: 'l', reverse: true })) reverse.push(text(pair.key));
      expect(reverse).toEqual(forward.map((pair) => pair.name).reverse());
      await eventually('every replica to hold the same data', () => replicasAgree(client, [1, 2, 3]), 30_000);
    },
    150_000,
  );
});
