/**
 * Multi-process test clusters: `flint server` processes (the built CLI, packages/cli/dist/bin.js)
 * on free loopback ports with temporary data directories. Every cluster started here is
 * stopped by `stopAllClusters()` (call it in afterEach/afterAll); a process-exit hook in
 * @flintkv/server kills whatever is left, and each node stops by itself when the test
 * process dies (IPC channel).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connect, type FlintClient } from '@flintkv/client';
import { startTestCluster, type TestCluster, type TestClusterOptions } from '@flintkv/server/testing';
import { pollUntil } from '@flintkv/test-kit';

/** The built `flint` entry; tests run what `npm run build` produced. */
export const FLINT_BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

/** What one `flint` invocation printed and how it exited. */
export interface FlintRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `flint` with `args` to completion. FLINT_ENDPOINTS is `endpoints` when given
 * and unset otherwise, so the caller's environment never picks a cluster. `input`, when
 * given, is written to its standard input (which is otherwise empty).
 */
export function runFlint(args: string[], endpoints?: string, input?: string | Uint8Array): Promise<FlintRun> {
  return new Promise((resolve, reject) => {
    const environment = { ...process.env };
    delete environment.FLINT_ENDPOINTS;
    if (endpoints !== undefined) environment.FLINT_ENDPOINTS = endpoints;
    const child = spawn(process.execPath, [FLINT_BIN, ...args], {
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: environment,
    });
    if (input !== undefined) child.stdin?.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    // 'close', not 'exit': only then has all of the child's output been read.
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const running = new Set<TestCluster>();

/** Starts a cluster of `flint server` processes and waits until every node is healthy. */
export async function startCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  const cluster = await startTestCluster({
    command: (flags) => ({ file: process.execPath, args: [FLINT_BIN, 'server', ...flags] }),
    ...options,
  });
  running.add(cluster);
  return cluster;
}

const openClients: FlintClient[] = [];

/** A client of `cluster`'s nodes, closed by {@link stopAllClusters}. */
export async function connectTo(cluster: TestCluster, timeoutMs = 20_000): Promise<FlintClient> {
  const client = await connect({ endpoints: cluster.endpoints, timeoutMs });
  openClients.push(client);
  return client;
}

/** Closes the clients of {@link connectTo}, then stops every cluster started by {@link startCluster} and not yet stopped. */
export async function stopAllClusters(): Promise<void> {
  for (const client of openClients.splice(0)) await client.close();
  const clusters = [...running];
  running.clear();
  await Promise.all(clusters.map((cluster) => cluster.stop()));
}

/**
 * {@link pollUntil} at the pace of process-level checks: 20 s by default, every 50 ms, and an
 * error thrown (a node still starting refuses connections) means "not yet".
 */
export function eventually<T>(
  what: string,
  condition: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
  intervalMs = 50,
): Promise<T> {
  return pollUntil(what, condition, { timeoutMs, intervalMs, retryErrors: true });
}

/**
 * Whether every replica of every region on `nodeIds` reports the same digest at the same
 * applied index (poll it: replicas converge a moment after the last write).
 */
export async function replicasAgree(client: FlintClient, nodeIds: readonly number[]): Promise<boolean> {
  for (const region of await client.regions()) {
    const replicas = region.peers.filter((peer) => nodeIds.includes(peer));
    const reports = await Promise.all(replicas.map((nodeId) => client.checksum(region.id, nodeId)));
    const first = reports[0]!;
    const same = reports.every(
      (report) =>
        report.appliedIndex === first.appliedIndex &&
        report.keyCount === first.keyCount &&
        Buffer.compare(report.checksum, first.checksum) === 0,
    );
    if (!same) return false;
  }
  return true;
}
