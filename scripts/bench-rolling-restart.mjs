// A rolling restart under a write load, with and without the leadership handoff of a stopping
// node (`flint server --stop-handoff`): per node, how long its SIGTERM stop took and the longest
// stall of the writes while it stopped and came back.
//
//   npm run bench:rolling-restart -- [--nodes 3] [--regions 4] [--concurrency 16] [--modes handoff,none]
import { parseArgs } from 'node:util';
import { connect } from '../packages/client/dist/index.js';
import { startTestCluster } from '../packages/server/dist/testing/index.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '3' },
    regions: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '16' },
    modes: { type: 'string', default: 'handoff,none' },
  },
});
const nodes = Number(values.nodes);
const regions = Number(values.regions);
const concurrency = Number(values.concurrency);
const MODE_FLAGS = { handoff: [], none: ['--stop-handoff', '0'] };
const modes = values.modes.split(',');
for (const mode of modes) if (!(mode in MODE_FLAGS)) throw new Error(`unknown mode '${mode}' (handoff, none)`);

/** The writes: `concurrency` closed loops; each acknowledged write's completion time is kept. */
function startWriters(client) {
  const completions = [];
  let failures = 0;
  let stopped = false;
  const loops = Array.from({ length: concurrency }, async (_, loop) => {
    for (let count = 0; !stopped; count++) {
      try {
        await client.put(`k${String(loop).padStart(3, '0')}${String(count % 1000).padStart(12, '0')}`, `v${count}`);
        completions.push(performance.now());
      } catch {
        failures++;
      }
    }
  });
  return {
    completions,
    failures: () => failures,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** The longest time in [from, to] without an acknowledged write. */
function longestStall(completions, from, to) {
  let previous = from;
  let longest = 0;
  for (const at of completions) {
    if (at < from) continue;
    if (at > to) break;
    longest = Math.max(longest, at - previous);
    previous = at;
  }
  return Math.max(longest, to - previous);
}

async function runMode(mode) {
  const cluster = await startTestCluster({ nodes, regions, logLevel: 'info', extraFlags: MODE_FLAGS[mode] });
  const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 30_000 });
  const rows = [];
  try {
    const writers = startWriters(client);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // warm-up: leaders settled, load steady
    for (const node of cluster.nodes) {
      const signalledAt = performance.now();
      const code = await cluster.kill(node.nodeId, 'SIGTERM');
      const stoppedAt = performance.now();
      cluster.start(node.nodeId);
      await cluster.waitHealthy();
      // The stall a stop causes shows once writes flow again: look a second past the restart.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const handoff = node.output.findLast((line) => line.includes('"msg":"leaderships handed off"'));
      rows.push({
        node: node.nodeId,
        exit: code,
        stopMs: Math.round(stoppedAt - signalledAt),
        handedOff: handoff === undefined ? '-' : JSON.parse(handoff).handedOff,
        stallMs: Math.round(longestStall(writers.completions, signalledAt, performance.now())),
      });
    }
    await writers.stop();
    return { mode, rows, writes: writers.completions.length, failures: writers.failures() };
  } finally {
    await client.close();
    await cluster.stop();
  }
}

console.log(`rolling restart: ${nodes} nodes, ${regions} regions, ${concurrency} closed-loop writers`);
for (const mode of modes) {
  const { rows, writes, failures } = await runMode(mode);
  console.log(`\n${mode === 'handoff' ? 'with leadership handoff (default)' : 'without handoff (--stop-handoff 0)'}`);
  console.log('  node  exit  stop ms  leaderships handed off  longest write stall ms');
  for (const row of rows) {
    console.log(
      `  ${String(row.node).padStart(4)}  ${String(row.exit).padStart(4)}  ${String(row.stopMs).padStart(7)}  ${String(row.handedOff).padStart(22)}  ${String(row.stallMs).padStart(23)}`,
    );
  }
  console.log(`  ${writes} writes acknowledged, ${failures} failed`);
}
