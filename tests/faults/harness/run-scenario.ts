import {
  checkLinearizability,
  describeVerdict,
  type HistoryEvent,
  type LinearizabilityVerdict,
} from '../checker/index.js';
import { NemesisRunner } from '../nemesis/nemesis-runner.js';
import { type FaultKind, generateSchedule, type ScheduledEvent } from '../nemesis/schedule.js';
import {
  compareReplicas,
  crashAndRestartAll,
  healEverything,
  recordFinalReads,
  type ReplicaMismatch,
} from './final-checks.js';
import { HistoryRecorder } from './history-recorder.js';
import { ProxiedCluster, type UnexpectedExit } from './proxied-cluster.js';
import { createScenarioCertificates } from './scenario-certificates.js';
import { type ReadConsistencyChoice, type UnexpectedError, Workload } from './workload.js';

/** Keys k0…k7 over four regions split at k2, k4, k6: two keys per region. */
export const DEFAULT_KEYS = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
export const DEFAULT_SPLIT_KEYS = ['k2', 'k4', 'k6'];

export interface ScenarioOptions {
  name: string;
  seed: number;
  nodes: number;
  durationMs: number;
  faults: readonly FaultKind[];
  workers?: number;
  keys?: string[];
  splitKeys?: string[];
  operationTimeoutMs?: number;
  /** Read consistency of the workers; default 'mixed' (linearizable and lease reads; 'stale' is for the self-test). */
  readConsistency?: ReadConsistencyChoice;
  /** Quiet time and window length of the nemesis, in ms. */
  quietMs?: [number, number];
  faultMs?: [number, number];
  /**
   * TLS everywhere: every node (those the nemesis adds included) with mutual TLS between nodes,
   * TLS with client certificates on the client port and HTTPS metrics; every client of the run
   * with the root user's certificate. The certificates live in a temporary directory for the run.
   */
  secure?: boolean;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** Everything a run found; `problems` is empty when it passed. */
export interface ScenarioReport {
  name: string;
  seed: number;
  nodes: number;
  durationMs: number;
  operations: { ok: number; fail: number; info: number; invoked: number };
  verdict: LinearizabilityVerdict;
  replicaMismatches: ReplicaMismatch[];
  unexpectedExits: UnexpectedExit[];
  unexpectedErrors: UnexpectedError[];
  nemesisLog: string[];
  history: HistoryEvent[];
  checkMs: number;
  problems: string[];
}

/**
 * One fault run: a proxied cluster, concurrent workers, the nemesis on its seeded schedule; then
 * heal, stop the workers, crash and restart every node, read every key into the history, check
 * linearizability, compare replicas, and collect unexpected exits and error codes.
 */
export async function runScenario(options: ScenarioOptions): Promise<ScenarioReport> {
  const log = options.log ?? (() => {});
  const keys = options.keys ?? DEFAULT_KEYS;
  const splitKeys = options.splitKeys ?? DEFAULT_SPLIT_KEYS;
  const schedule = generateSchedule({
    seed: options.seed,
    durationMs: options.durationMs,
    nodes: Array.from({ length: options.nodes }, (_, index) => index + 1),
    regionCount: splitKeys.length + 1,
    faults: options.faults,
    ...(options.quietMs === undefined ? {} : { quietMs: options.quietMs }),
    ...(options.faultMs === undefined ? {} : { faultMs: options.faultMs }),
  });
  const certificates = options.secure
    ? await createScenarioCertificates(highestNodeId(options.nodes, schedule))
    : undefined;
  let cluster: ProxiedCluster;
  try {
    cluster = await ProxiedCluster.start({
      nodes: options.nodes,
      splitKeys,
      ...(certificates === undefined ? {} : { certificates }),
    });
  } catch (error) {
    await certificates?.remove();
    throw error;
  }
  log(
    `${options.name}: cluster of ${options.nodes} up${certificates === undefined ? '' : ' (TLS everywhere)'}, ${schedule.length} fault events, seed ${options.seed}`,
  );
  const recorder = new HistoryRecorder();
  const workload = new Workload(
    {
      endpoints: cluster.endpoints,
      workers: options.workers ?? 6,
      keys,
      seed: options.seed,
      operationTimeoutMs: options.operationTimeoutMs ?? 2_000,
      readConsistency: options.readConsistency ?? 'mixed',
      ...(certificates === undefined ? {} : { tls: certificates.clientTls }),
    },
    recorder,
  );
  const nemesis = new NemesisRunner(cluster, schedule);
  const problems: string[] = [];
  let replicaMismatches: ReplicaMismatch[] = [];
  try {
    await workload.start();
    const nemesisDone = nemesis.run();
    await new Promise((resolve) => setTimeout(resolve, options.durationMs));
    await nemesis.stop();
    await nemesisDone;
    log(`${options.name}: faults done; healing`);
    await healEverything(cluster);
    problems.push(...(await nemesis.settle()));
    await workload.stop();
    log(`${options.name}: workload stopped (${JSON.stringify(recorder.counts())}); crashing and restarting every node`);
    await crashAndRestartAll(cluster);
    await recordFinalReads(cluster, keys, recorder);
    replicaMismatches = await compareReplicas(cluster, Math.min(3, options.nodes));
  } catch (error) {
    problems.push(`the run itself failed: ${(error as Error).stack ?? String(error)}`);
    await workload.stop().catch(() => {});
    await nemesis.stop().catch(() => {});
  } finally {
    await cluster.stop();
    await certificates?.remove();
  }
  const checkStart = performance.now();
  const verdict = checkLinearizability(recorder.events);
  const checkMs = performance.now() - checkStart;
  if (!verdict.ok) problems.push(describeVerdict(verdict));
  for (const mismatch of replicaMismatches) problems.push(`region ${mismatch.regionId}: ${mismatch.reason}`);
  for (const exit of cluster.unexpectedExits) {
    problems.push(
      `node ${exit.nodeId} exited unexpectedly (code ${exit.code}, signal ${exit.signal}):\n${exit.lastLines.join('\n')}`,
    );
  }
  for (const error of workload.unexpectedErrors.slice(0, 20)) {
    problems.push(`unexpected error ${error.code} on ${error.operation}: ${error.message}`);
  }
  const operations = recorder.counts();
  if (operations.ok === 0) problems.push('no operation succeeded');
  log(
    `${options.name}: ${verdict.outcome}, ${operations.ok} ok / ${operations.info} indeterminate / ${operations.fail} failed, checked in ${checkMs.toFixed(0)} ms`,
  );
  return {
    name: options.name,
    seed: options.seed,
    nodes: options.nodes,
    durationMs: options.durationMs,
    operations,
    verdict,
    replicaMismatches,
    unexpectedExits: cluster.unexpectedExits,
    unexpectedErrors: workload.unexpectedErrors,
    nemesisLog: nemesis.log,
    history: recorder.events,
    checkMs,
    problems,
  };
}

/** The highest node id of a run: the bootstrap's nodes, then those the schedule's `member-change` windows add. */
function highestNodeId(nodes: number, schedule: readonly ScheduledEvent[]): number {
  const joining = schedule.flatMap(({ event }) => (event.kind === 'join' ? [event.node] : []));
  return Math.max(nodes, ...joining);
}
