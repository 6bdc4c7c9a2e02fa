// Profiles a 3-node cluster under one closed-loop load: every node process (main thread and
// host workers) runs with --cpu-prof; prints the top self-time functions per thread.
// usage: node scripts/bench/profile.mjs [--concurrency 16] [--duration 8] [--regions 1] [--workload put|get]
//        [--out <dir>]   (.cpuprofile files stay there for Chrome DevTools)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchKeys, kvWorkload, runClosedLoop } from '../../packages/cli/dist/index.js';
import { connect } from '../../packages/client/dist/index.js';
import { startTestCluster } from '../../packages/server/dist/testing/index.js';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '16' },
    duration: { type: 'string', default: '8' },
    regions: { type: 'string', default: '1' },
    workload: { type: 'string', default: 'put' },
    top: { type: 'string', default: '18' },
    out: { type: 'string' },
  },
});
const directory = values.out ?? mkdtempSync(join(tmpdir(), 'flint-profile-'));
mkdirSync(directory, { recursive: true });
const serverEntry = fileURLToPath(new URL('../../packages/server/dist/node-main.js', import.meta.url));
const cluster = await startTestCluster({
  nodes: 3,
  regions: Number(values.regions),
  logLevel: 'warn',
  command: (flags) => ({
    file: process.execPath,
    args: ['--cpu-prof', `--cpu-prof-dir=${directory}`, serverEntry, ...flags],
  }),
});
const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 30_000 });
const value = new Uint8Array(256).fill(120);
const step = kvWorkload(
  { put: (key, data) => client.put(key, data), get: (key) => client.get(key) },
  { keys: benchKeys(100_000), value, readShare: values.workload === 'get' ? 1 : 0 },
);
const result = await runClosedLoop({
  concurrency: Number(values.concurrency),
  warmupMs: 1000,
  durationMs: Number(values.duration) * 1000,
  step,
});
if (result.errors > 0) console.log(`errors: ${result.errors}, first: ${result.firstError}`);
console.log(
  `${values.workload} C=${values.concurrency}: ${Math.round(result.operationsPerSecond)} ops/s p50 ${result.latency.p50.toFixed(2)} ms p99 ${result.latency.p99.toFixed(2)} ms`,
);
await client.close();
await cluster.stop();

for (const file of readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(directory, file), 'utf8'));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    const delta = deltas[index] ?? 0;
    total += delta;
    self.set(name, (self.get(name) ?? 0) + delta);
  });
  const busy = [...self.entries()].filter(([name]) => !name.startsWith('(idle)'));
  const busyTotal = busy.reduce((sum, [, time]) => sum + time, 0);
  console.log(`\n${file}: busy ${(busyTotal / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s`);
  for (const [name, time] of busy.sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    console.log(
      `  ${((time / busyTotal) * 100).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
  }
}
console.log(`\nprofiles: ${directory}`);
