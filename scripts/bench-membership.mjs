// A cluster that grows from 3 to 5 nodes while it serves: how the growth affects client writes,
// and how long replica placement takes to spread the regions' replicas over the new nodes.
//
// Three nodes with `--regions` fixed regions (no split, no merge) are preloaded with
// `--preload-mib` of values spread over every region, so that each replica moved is a real
// snapshot. `--concurrency` closed-loop writers then put `--value-bytes` values to random keys
// of `--keys` (spread over every region) the whole time: `--duration-before` seconds measured,
// then nodes 4 and 5 join (`--join`), the replicas are polled every 500 ms until balanced (5
// members up, every region on 3 replicas, every member within [floor(0.8 mean), ceil(1.2 mean)]
// replicas) or `--balance-timeout`, then `--duration-after` seconds more. Reported per phase
// (before / during = first join until balanced / after): puts/s, p50/p99/max latency, failed
// puts; the time to balance; 2-second throughput buckets while it rebalanced; replicas per node,
// snapshot bytes received and RSS of each node at the end; per phase also how busy the machine
// was and how many cores processes outside the benchmark used (when that is not near 0, the
// figures are pessimistic). Flags after `--` go to every server.
//
//   npm run bench:membership -- [--regions 8] [--duration-before 10] [--duration-after 10]
//                               [--concurrency 32] [--value-bytes 256] [--keys 10000]
//                               [--preload-mib 32] [--preload-value-bytes 4096]
//                               [--balance-timeout 300] [--json] [-- <server flags>]
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { connect } from '../packages/client/dist/index.js';
import { startTestCluster } from '../packages/server/dist/testing/index.js';
import { machineCpu, machineCpuShares, otherProcessesCpu, otherProcessesCpuSeconds } from './bench/process-stats.mjs';

const argv = process.argv.slice(2);
const separator = argv.indexOf('--');
const { values } = parseArgs({
  args: separator < 0 ? argv : argv.slice(0, separator),
  options: {
    regions: { type: 'string', default: '8' },
    'duration-before': { type: 'string', default: '10' },
    'duration-after': { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '32' },
    'value-bytes': { type: 'string', default: '256' },
    keys: { type: 'string', default: '10000' },
    'preload-mib': { type: 'string', default: '32' },
    'preload-value-bytes': { type: 'string', default: '4096' },
    'balance-timeout': { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});
const serverFlags = separator < 0 ? [] : argv.slice(separator + 1);
const regionCount = Number(values.regions);
const durationBeforeMs = Number(values['duration-before']) * 1000;
const durationAfterMs = Number(values['duration-after']) * 1000;
const concurrency = Number(values.concurrency);
const valueBytes = Number(values['value-bytes']);
const keyCount = Number(values.keys);
const preloadBytes = Number(values['preload-mib']) * 1024 * 1024;
const preloadValueBytes = Number(values['preload-value-bytes']);
const balanceTimeoutMs = Number(values['balance-timeout']) * 1000;
const START_NODES = 3;
const END_NODES = 5;
const REPLICAS = 3;
const WARM_UP_MS = 2_000;
const POLL_MS = 500;
const BUCKET_MS = 2_000;
// A fixed region count: no split (by size, keys or load) and no merge.
const FIXED_REGION_FLAGS = ['--merge-size', '0', '--split-load', '0', '--split-size', '0', '--split-key-count', '0'];

const MiB = 1024 * 1024;
const log = (text) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const compareBytes = (a, b) => Buffer.compare(a, b);

/**
 * `count` keys spread round-robin over the regions: key i is region (i mod R)'s start key, '/',
 * `tag` and i in fixed width, so every key sorts inside its region (checked on the table).
 */
function keysOverRegions(regions, tag, count) {
  const width = String(count).length;
  const prefixes = regions.map((region) => {
    const prefix = Buffer.concat([Buffer.from(region.startKey), Buffer.from(`/${tag}`)]);
    const end = Buffer.from(region.endKey);
    const highest = Buffer.concat([prefix, Buffer.from('9'.repeat(width))]);
    if (end.length > 0 && compareBytes(highest, end) >= 0) {
      throw new Error(`keys under region ${region.id}'s start key would leave it; choose another --regions`);
    }
    return prefix;
  });
  return Array.from({ length: count }, (_, index) =>
    Buffer.concat([prefixes[index % prefixes.length], Buffer.from(String(index).padStart(width, '0'))]),
  );
}

/** Puts a random value of `bytes` under each key, `writers` at a time. */
async function preload(client, keys, bytes, writers) {
  let next = 0;
  const value = randomBytes(bytes);
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < keys.length) {
        const index = next++;
        // A different value each time (the first bytes), so nothing compresses to nothing.
        const own = Buffer.from(value);
        own.writeUInt32BE(index, 0);
        await client.put(keys[index], own);
      }
    }),
  );
}

/**
 * The writes: `concurrency` closed loops putting to random keys; each put's completion time
 * and latency are kept, and each failure's time.
 */
function startWriters(client, keys) {
  const ends = [];
  const latencies = [];
  const failures = [];
  let stopped = false;
  const value = randomBytes(valueBytes);
  const loops = Array.from({ length: concurrency }, async () => {
    while (!stopped) {
      const key = keys[Math.floor(Math.random() * keys.length)];
      const startedAt = performance.now();
      try {
        await client.put(key, value);
        const endedAt = performance.now();
        ends.push(endedAt);
        latencies.push(endedAt - startedAt);
      } catch {
        failures.push(performance.now());
      }
    }
  });
  return {
    ends,
    latencies,
    failures,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Puts that completed in [from, to): rate, latency percentiles and the failures in the window. */
function windowStats(writers, from, to) {
  const latencies = [];
  for (let index = 0; index < writers.ends.length; index++) {
    const at = writers.ends[index];
    if (at >= from && at < to) latencies.push(writers.latencies[index]);
  }
  latencies.sort((a, b) => a - b);
  const seconds = (to - from) / 1000;
  return {
    seconds: round(seconds, 1),
    puts: latencies.length,
    putsPerSecond: seconds > 0 ? Math.round(latencies.length / seconds) : 0,
    p50Ms: round(percentile(latencies, 0.5), 2),
    p99Ms: round(percentile(latencies, 0.99), 2),
    maxMs: round(latencies.at(-1) ?? 0, 1),
    failed: writers.failures.filter((at) => at >= from && at < to).length,
  };
}

function round(number, digits) {
  const factor = 10 ** digits;
  return Math.round(number * factor) / factor;
}

/** Whether the placement is balanced: every member up, every region on 3 replicas, counts near the mean. */
function balanced(members, regions) {
  if (members.length !== END_NODES || !members.every((member) => member.up)) return false;
  if (regions.length !== regionCount || !regions.every((region) => region.peers.length === REPLICAS)) return false;
  const mean = (regions.length * REPLICAS) / END_NODES;
  const [low, high] = [Math.floor(mean * 0.8), Math.ceil(mean * 1.2)];
  return members.every((member) => member.replicas >= low && member.replicas <= high);
}

/** Replicas per node 1..5 from the region table, e.g. "5/5/5/0/0" (the table, not the members' answers). */
function replicaCounts(regions) {
  const counts = Array.from({ length: END_NODES }, () => 0);
  for (const region of regions) for (const peer of region.peers) if (peer >= 1 && peer <= END_NODES) counts[peer - 1]++;
  return counts;
}

/**
 * What the machine did until now: its CPU counters and the CPU of every process outside this
 * benchmark (this process and the cluster's nodes), to tell how much else ran in a phase.
 */
function machineSample(cluster) {
  const pids = cluster.nodes.map((node) => node.process?.pid).filter((pid) => pid !== undefined);
  return { at: performance.now(), machine: machineCpu(), others: otherProcessesCpu([...pids, process.pid]) };
}

/** Busy % of all cores and the cores other processes used between two {@link machineSample}s. */
function machineShare(from, to) {
  const seconds = (to.at - from.at) / 1000;
  return {
    boxBusyPercent: machineCpuShares(from.machine, to.machine)?.busy ?? null,
    otherProcessesCores: seconds > 0 ? round(otherProcessesCpuSeconds(from.others, to.others) / seconds, 2) : null,
  };
}

/** GET http://<address>/metrics, or '' when it does not answer. */
function scrape(address) {
  const at = address.lastIndexOf(':');
  return new Promise((resolve) => {
    const call = request(
      { host: address.slice(0, at), port: Number(address.slice(at + 1)), path: '/metrics', timeout: 5_000 },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve(body));
      },
    );
    call.once('error', () => resolve(''));
    call.once('timeout', () => call.destroy());
    call.end();
  });
}

/** The sum of every series of counter `name` in a Prometheus text page. */
function sumOf(page, name) {
  let sum = 0;
  for (const line of page.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return sum;
}

/** Snapshot bytes received and snapshots installed, summed over the running nodes. */
async function snapshotTotals(cluster) {
  const pages = await Promise.all(
    cluster.nodes.filter((node) => node.process !== undefined).map((node) => scrape(node.metricsAddress)),
  );
  return {
    bytes: pages.reduce((sum, page) => sum + sumOf(page, 'flint_snapshot_bytes_received_total'), 0),
    installed: pages.reduce((sum, page) => sum + sumOf(page, 'flint_snapshots_installed_total'), 0),
  };
}

/** VmRSS and RssAnon of a process in MiB (undefined once it is gone). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
    // RssAnon is the process's own memory; VmRSS also counts LevelDB's mmapped table files.
    return { rssMiB: round(field('VmRSS'), 1), anonMiB: round(field('RssAnon'), 1) };
  } catch {
    return undefined;
  }
}

let activeCluster;
let stopping = false;
async function stopAndExit(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping the cluster`);
  await activeCluster?.stop().catch(() => {});
  process.exit(130);
}
process.once('SIGINT', () => stopAndExit('SIGINT'));
process.once('SIGTERM', () => stopAndExit('SIGTERM'));

async function run() {
  const extraFlags = [...FIXED_REGION_FLAGS, ...serverFlags];
  log(
    `starting ${START_NODES} nodes, ${regionCount} regions${serverFlags.length ? `, flags ${serverFlags.join(' ')}` : ''}`,
  );
  const cluster = await startTestCluster({
    nodes: START_NODES,
    regions: regionCount,
    extraFlags,
    readyTimeoutMs: 120_000,
  });
  activeCluster = cluster;
  let client;
  let admin;
  let writers;
  try {
    client = await connect({ endpoints: cluster.endpoints, timeoutMs: 30_000 });
    admin = await connect({ endpoints: cluster.endpoints, timeoutMs: 10_000 });
    const table = await admin.regions();
    const preloadCount = Math.ceil(preloadBytes / preloadValueBytes);
    const preloadStarted = performance.now();
    await preload(client, keysOverRegions(table, 'p', preloadCount), preloadValueBytes, concurrency);
    const preloadSeconds = (performance.now() - preloadStarted) / 1000;
    log(
      `preloaded ${preloadCount} values of ${preloadValueBytes} B (${((preloadCount * preloadValueBytes) / MiB).toFixed(1)} MiB) ` +
        `over ${table.length} regions in ${preloadSeconds.toFixed(1)} s`,
    );

    writers = startWriters(client, keysOverRegions(table, 'k', keyCount));
    await delay(WARM_UP_MS);
    const beforeFrom = performance.now();
    const beforeSample = machineSample(cluster);
    log(`load running; ${durationBeforeMs / 1000} s measured before the joins`);
    await delay(durationBeforeMs);

    const baseline = await snapshotTotals(cluster);
    const joinAt = performance.now();
    const joinSample = machineSample(cluster);
    log('adding nodes 4 and 5');
    await cluster.addNode(4);
    await cluster.addNode(5);

    // Poll until balanced: each sample keeps the time and replicas per node (region table).
    const samples = [];
    let membersUpAt;
    let firstMoveAt;
    let balancedAt;
    let lastMembers = [];
    let lastRegions = table;
    let nextLog = 0;
    let shortTables = 0;
    while (performance.now() - joinAt < balanceTimeoutMs) {
      const polledAt = performance.now();
      try {
        const [members, regions] = await Promise.all([admin.members(), admin.regions()]);
        lastMembers = members;
        if (regions.length !== regionCount) {
          // A table without every region (e.g. from a node that has only just joined): not a sample.
          shortTables++;
          log(
            `  +${((performance.now() - joinAt) / 1000).toFixed(1)} s: region table with ${regions.length} regions, skipped`,
          );
          await delay(Math.max(0, POLL_MS - (performance.now() - polledAt)));
          continue;
        }
        lastRegions = regions;
        const counts = replicaCounts(regions);
        samples.push({ at: performance.now(), counts });
        if (membersUpAt === undefined && members.length === END_NODES && members.every((member) => member.up)) {
          membersUpAt = performance.now();
        }
        if (firstMoveAt === undefined && counts[3] + counts[4] > 0) firstMoveAt = performance.now();
        if (performance.now() >= nextLog) {
          nextLog = performance.now() + 10_000;
          log(`  +${((performance.now() - joinAt) / 1000).toFixed(1)} s: replicas per node ${counts.join('/')}`);
        }
        if (balanced(members, regions)) {
          balancedAt = performance.now();
          break;
        }
      } catch (error) {
        log(`  poll failed: ${error.message}`);
      }
      await delay(Math.max(0, POLL_MS - (performance.now() - polledAt)));
    }
    const duringTo = balancedAt ?? performance.now();
    const duringSample = machineSample(cluster);
    log(
      balancedAt === undefined
        ? `not balanced within ${balanceTimeoutMs / 1000} s; ${durationAfterMs / 1000} s more of load`
        : `balanced ${((balancedAt - joinAt) / 1000).toFixed(1)} s after the first join; ${durationAfterMs / 1000} s more of load`,
    );
    await delay(durationAfterMs);
    const afterTo = performance.now();
    const afterSample = machineSample(cluster);
    await writers.stop();
    const moved = await snapshotTotals(cluster);

    // Two buckets of the load before the joins, then every 2 s until balanced (or given up).
    const buckets = [];
    for (let from = joinAt - 2 * BUCKET_MS; from < duringTo; from += BUCKET_MS) {
      const to = Math.min(from + BUCKET_MS, duringTo);
      const stats = windowStats(writers, from, to);
      const sample = samples.findLast((each) => each.at < to);
      buckets.push({
        fromS: round((from - joinAt) / 1000, 1),
        seconds: round((to - from) / 1000, 1),
        putsPerSecond: stats.putsPerSecond,
        p99Ms: stats.p99Ms,
        maxMs: stats.maxMs,
        failed: stats.failed,
        replicas: from < joinAt ? undefined : sample?.counts,
      });
    }
    const finalRegions = await admin.regions().catch(() => lastRegions);
    const finalMembers = await admin.members().catch(() => lastMembers);
    return {
      nodes: `${START_NODES}->${END_NODES}`,
      regions: regionCount,
      regionsAtEnd: finalRegions.length,
      concurrency,
      valueBytes,
      keys: keyCount,
      preloadMiB: round((preloadCount * preloadValueBytes) / MiB, 1),
      preloadSeconds: round(preloadSeconds, 1),
      serverFlags,
      phases: {
        before: { ...windowStats(writers, beforeFrom, joinAt), ...machineShare(beforeSample, joinSample) },
        during: { ...windowStats(writers, joinAt, duringTo), ...machineShare(joinSample, duringSample) },
        after:
          balancedAt === undefined
            ? undefined
            : { ...windowStats(writers, balancedAt, afterTo), ...machineShare(duringSample, afterSample) },
      },
      balanced: balancedAt !== undefined,
      balanceSeconds: balancedAt === undefined ? null : round((balancedAt - joinAt) / 1000, 1),
      balanceTimeoutSeconds: balanceTimeoutMs / 1000,
      membersUpSeconds: membersUpAt === undefined ? null : round((membersUpAt - joinAt) / 1000, 1),
      firstReplicaOnNewNodeSeconds: firstMoveAt === undefined ? null : round((firstMoveAt - joinAt) / 1000, 1),
      replicasPerNode: Object.fromEntries(finalMembers.map((member) => [member.nodeId, member.replicas])),
      leadersPerNode: Object.fromEntries(finalMembers.map((member) => [member.nodeId, member.leaders])),
      snapshotMiBReceived: round((moved.bytes - baseline.bytes) / MiB, 1),
      snapshotsInstalled: moved.installed - baseline.installed,
      shortRegionTables: shortTables,
      rssMiB: Object.fromEntries(
        cluster.nodes.map((node) => [node.nodeId, node.process ? memoryOf(node.process.pid) : undefined]),
      ),
      buckets,
    };
  } finally {
    await writers?.stop();
    await client?.close();
    await admin?.close();
    if (!stopping) await cluster.stop();
    activeCluster = undefined;
  }
}

const results = await run();
const { phases } = results;
const pad = (text, width) => String(text).padStart(width);
console.log(
  `cluster growth ${results.nodes} nodes under load: ${results.regions} regions (${results.regionsAtEnd} at the end), ` +
    `${results.concurrency} closed-loop writers, ${results.valueBytes} B values over ${results.keys} keys, ` +
    `${results.preloadMiB} MiB preloaded`,
);
console.log(
  '\n  phase     seconds   puts/s   p50 ms   p99 ms   max ms   failed   box busy %   other processes (cores)',
);
for (const [name, stats] of Object.entries(phases)) {
  if (stats === undefined) {
    console.log(`  ${name.padEnd(8)}  (not balanced: no after phase)`);
    continue;
  }
  console.log(
    `  ${name.padEnd(8)}  ${pad(stats.seconds, 7)}  ${pad(stats.putsPerSecond, 7)}  ${pad(stats.p50Ms, 7)}  ${pad(stats.p99Ms, 7)}  ${pad(stats.maxMs, 7)}  ${pad(stats.failed, 7)}  ${pad(stats.boxBusyPercent ?? '-', 11)}  ${pad(stats.otherProcessesCores ?? '-', 24)}`,
  );
}
console.log(
  `\n  ${results.balanced ? `balanced ${results.balanceSeconds} s after the first addNode` : `NOT balanced within ${results.balanceTimeoutSeconds} s`}` +
    ` (5 members up at ${results.membersUpSeconds ?? '-'} s, first replica on a new node at ${results.firstReplicaOnNewNodeSeconds ?? '-'} s)`,
);
console.log(
  `  replicas per node at the end: ${Object.entries(results.replicasPerNode)
    .map(([node, count]) => `n${node} ${count}`)
    .join(', ')}; leaders: ${Object.entries(results.leadersPerNode)
    .map(([node, count]) => `n${node} ${count}`)
    .join(', ')}`,
);
console.log(
  `  snapshots installed: ${results.snapshotsInstalled}, ${results.snapshotMiBReceived} MiB received` +
    (results.shortRegionTables > 0 ? `; ${results.shortRegionTables} polls got a region table short of regions` : ''),
);
console.log(
  `  RSS at the end (VmRSS / RssAnon MiB): ${Object.entries(results.rssMiB)
    .map(([node, memory]) => `n${node} ${memory ? `${memory.rssMiB}/${memory.anonMiB}` : '-'}`)
    .join(', ')}`,
);
console.log('\n  2-second buckets from the first addNode (t = 0) until balanced; replicas per node n1/n2/n3/n4/n5');
for (const bucket of results.buckets) {
  console.log(
    `  ${pad(`${bucket.fromS >= 0 ? '+' : ''}${bucket.fromS.toFixed(1)} s`, 9)}${bucket.seconds < BUCKET_MS / 1000 ? ` (${bucket.seconds} s)` : ''}` +
      `  ${pad(bucket.putsPerSecond, 6)} puts/s  ` +
      `p99 ${pad(bucket.p99Ms, 7)} ms  max ${pad(bucket.maxMs, 7)} ms  failed ${pad(bucket.failed, 4)}` +
      `${bucket.replicas ? `  replicas ${bucket.replicas.join('/')}` : ''}`,
  );
}
if (values.json) console.log(JSON.stringify(results));
