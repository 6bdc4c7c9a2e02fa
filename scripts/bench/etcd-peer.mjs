// The same workload against a 3-member etcd, through the shared peers harness (`--peers-dir`).
// That harness is not part of this repository: we only run its scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why etcd cannot be measured from `peersDir` (undefined: none given), or undefined when it can. */
export function etcdUnavailableReason(peersDir) {
  if (peersDir === undefined) {
    return 'no peers harness given: pass --peers-dir <its directory> or set FLINT_PEERS_DIR';
  }
  const install = `bash ${join(peersDir, 'scripts/install.sh')}`;
  if (!existsSync(join(peersDir, 'etcd-bench/bench.js'))) {
    return `no peers harness at ${peersDir} (pass --peers-dir <its directory> or set FLINT_PEERS_DIR)`;
  }
  if (spawnSync('sh', ['-c', 'command -v etcd && command -v etcdctl'], { stdio: 'ignore' }).status !== 0) {
    return `etcd is not installed; run: ${install}`;
  }
  if (!existsSync(join(peersDir, 'etcd-bench/node_modules'))) {
    return `the etcd load generator's dependencies are not installed; run: ${install}`;
  }
  return undefined;
}

/**
 * Starts etcd with the harness's script, runs `ops` (put, get) at every level with the given
 * warm-up and duration, always stops etcd, and returns one row per point in the harness's own
 * JSON form (ops_per_s, lat_ms.p50/p99/p999, server_cpu_s_per_pid, ...).
 */
export function runEtcd({ peersDir, ops, levels, warmupS, durationS, runId, log }) {
  const outputDirectory = mkdtempSync(join(tmpdir(), 'flint-bench-etcd-'));
  const outputFile = join(outputDirectory, 'etcd.jsonl');
  const run = (file, args) => {
    const result = spawnSync(file, args, { cwd: peersDir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (exit ${result.status})`);
  };
  try {
    log('etcd: starting 3 members (scripts/start-etcd.sh)');
    run('bash', ['scripts/start-etcd.sh']);
    for (const op of ops) {
      log(`etcd: ${op} at ${levels.join(', ')} concurrent requests`);
      run(process.execPath, [
        'etcd-bench/bench.js',
        '--op',
        op,
        '--concurrency',
        levels.join(','),
        '--warmup',
        String(warmupS),
        '--duration',
        String(durationS),
        '--out',
        outputFile,
        '--label',
        'flint-vs-etcd',
        '--run-id',
        runId,
        // FlintKV's points neither wait for a quiet machine nor retry; neither do etcd's.
        '--quiet-wait',
        '0',
        '--retries',
        '0',
      ]);
    }
  } finally {
    log('etcd: stopping (scripts/stop-etcd.sh)');
    spawnSync('bash', ['scripts/stop-etcd.sh'], { cwd: peersDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const rows = existsSync(outputFile)
    ? readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line))
    : [];
  rmSync(outputDirectory, { recursive: true, force: true });
  return rows.map((row) => ({
    target: 'etcd',
    workload: row.op,
    concurrency: row.concurrency,
    opsPerS: row.ops_per_s,
    latencyMs: row.lat_ms,
    errors: row.errors,
    misses: row.misses ?? 0,
    cpuSecondsPerNode: row.server_cpu_s_per_pid,
    serverVersion: row.server_version,
    client: row.client,
  }));
}
