/**
 * `npm run bench -- --vs-etcd` drives the shared peers harness: start etcd, one bench.js run per
 * operation with our levels and timings, always stop etcd, and read the harness's JSON lines.
 * A stand-in harness in a temporary directory records what it was asked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { etcdUnavailableReason, runEtcd } from '../scripts/bench/etcd-peer.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'flint-bench-etcd-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeHarness(name: string, benchFails = false): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'scripts'), { recursive: true });
  mkdirSync(join(root, 'etcd-bench'), { recursive: true });
  writeFileSync(join(root, 'scripts/start-etcd.sh'), 'echo start >> calls.log\n');
  writeFileSync(join(root, 'scripts/stop-etcd.sh'), 'echo stop >> calls.log\n');
  writeFileSync(
    join(root, 'etcd-bench/bench.js'),
    `const fs = require('fs');
const args = process.argv.slice(2);
const flag = (name) => args[args.indexOf('--' + name) + 1];
fs.appendFileSync('calls.log', 'bench ' + args.join(' ') + '\\n');
if (${benchFails}) process.exit(3);
for (const c of flag('concurrency').split(',')) {
  fs.appendFileSync(flag('out'), JSON.stringify({ op: flag('op'), concurrency: Number(c), ops_per_s: 100 * Number(c),
    lat_ms: { p50: 1, p99: 2, p999: 3 }, errors: 0, server_cpu_s_per_pid: [1, 1, 1], server_version: '3.4.23', client: 'etcd3' }) + '\\n');
}
`,
  );
  return root;
}

describe('runEtcd', () => {
  it('runs each operation at every level with our timings, between a start and a stop', () => {
    const root = fakeHarness('ok');
    const points = runEtcd({
      peersDir: root,
      ops: ['put', 'get'],
      levels: [1, 16],
      warmupS: 1,
      durationS: 3,
      runId: 'run-1',
      log: () => {},
    });
    const calls = readFileSync(join(root, 'calls.log'), 'utf8').trim().split('\n');
    expect(calls[0]).toBe('start');
    expect(calls.at(-1)).toBe('stop');
    expect(calls[1]).toMatch(/^bench --op put --concurrency 1,16 --warmup 1 --duration 3 --out \S+ /);
    expect(calls[2]).toMatch(/^bench --op get /);
    expect(points.map((point) => [point.workload, point.concurrency, point.opsPerS])).toEqual([
      ['put', 1, 100],
      ['put', 16, 1600],
      ['get', 1, 100],
      ['get', 16, 1600],
    ]);
    expect(points[0]).toMatchObject({ target: 'etcd', latencyMs: { p99: 2 }, cpuSecondsPerNode: [1, 1, 1] });
  });

  it('stops etcd even when a bench run fails, and says which', () => {
    const root = fakeHarness('failing', true);
    expect(() =>
      runEtcd({ peersDir: root, ops: ['put'], levels: [1], warmupS: 1, durationS: 1, runId: 'r', log: () => {} }),
    ).toThrow(/etcd-bench\/bench.js --op put .* failed \(exit 3\)/);
    expect(readFileSync(join(root, 'calls.log'), 'utf8').trim().split('\n').at(-1)).toBe('stop');
  });
});

describe('etcdUnavailableReason', () => {
  it('names the missing harness directory', () => {
    expect(etcdUnavailableReason(join(scratch, 'nowhere'))).toMatch(/no peers harness at .*nowhere/);
  });
});
