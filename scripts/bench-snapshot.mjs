// Snapshot catch-up benchmark (issue 20): how long a follower takes to catch up from a streamed
// snapshot of a big region, how much memory the sender and the receiver use meanwhile, and how
// long writes to another region on the same nodes stall during the transfer.
//
// Three `flint server` processes, two regions split at "p": region A takes `--bytes` of
// `--value-bytes` values under "bulk/" (parallel puts), region B takes the probe writes under
// "probe/". Node 3 is killed (SIGKILL), ~10% more is written to region A, region A's log is
// compacted, and node 3 restarts: it can only catch up from a snapshot. Measured from the
// restart: catch-up time (node 3's checksum of region A equals the leader's), peak RSS of the
// sender (region A's leader) and receiver (node 3) sampled from /proc every 100 ms plus their
// VmHWM at the end, and the latency of single puts to region B in a loop (max and p99).
//
//   npm run bench:snapshot -- [--bytes 1GiB] [--value-bytes 16KiB] [--writers 16]
//                             [--chunk-bytes 1MiB] [--window-bytes 4MiB] [--keep]
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from '../packages/client/dist/index.js';
import { startTestCluster } from '../packages/server/dist/index.js';
import { parseSize } from './bench/parse-size.mjs';

const FLINT_BIN = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const { values: options } = parseArgs({
  options: {
    bytes: { type: 'string', default: '1GiB' },
    'value-bytes': { type: 'string', default: '16KiB' },
    writers: { type: 'string', default: '16' },
    'chunk-bytes': { type: 'string' },
    'window-bytes': { type: 'string' },
    keep: { type: 'boolean', default: false },
    'checksum-timeout-ms': { type: 'string', default: '300000' },
  },
});

const totalBytes = parseSize(options.bytes);
const valueBytes = parseSize(options['value-bytes']);
const writers = Number(options.writers);
const checksumTimeoutMs = Number(options['checksum-timeout-ms']);
const extraFlags = ['--split-keys', 'p'];
if (options['chunk-bytes']) extraFlags.push('--snapshot-chunk-bytes', options['chunk-bytes']);
if (options['window-bytes']) extraFlags.push('--snapshot-window-bytes', options['window-bytes']);

const MiB = 1024 * 1024;
const mebibytes = (bytes) => (bytes / MiB).toFixed(1);
const since = (start) => (performance.now() - start) / 1000;
const log = (text) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${text}`);

/** VmRSS and VmHWM of a process, in bytes (undefined once it is gone). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    // RssAnon is the process's own memory; VmRSS also counts LevelDB's mmapped table files.
    return { rss: field('VmRSS'), anon: field('RssAnon'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

let tooOldRetries = 0;

/**
 * A put, once more when the region refused it as older than every result its session table
 * keeps (256 per client): with many writes of one client in flight across a kill, a delayed
 * retry can fall out of that window. The same key and value again is harmless; counted.
 */
async function putRetryingTooOld(client, key, value) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.put(key, value);
    } catch (error) {
      if (attempt >= 3 || !/session sequence older/.test(error.message)) throw error;
      tooOldRetries++;
    }
  }
}

/** Puts `count` values under `prefix/` starting at `first`, `writers` at a time; reports progress. */
async function load(client, prefix, first, count) {
  let next = first;
  const end = first + count;
  const started = performance.now();
  let lastReport = started;
  const writer = async () => {
    const value = randomBytes(valueBytes);
    while (next < end) {
      const index = next++;
      // A different value each time (the first bytes), so nothing compresses to nothing.
      value.writeUInt32BE(index, 0);
      await putRetryingTooOld(client, `${prefix}/${String(index).padStart(9, '0')}`, value);
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const done = index - first;
        log(`  ${mebibytes(done * valueBytes)} MiB of ${mebibytes(count * valueBytes)} MiB loaded`);
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const seconds = since(started);
  log(`  loaded ${mebibytes(count * valueBytes)} MiB in ${seconds.toFixed(1)} s`);
}

async function regionLeader(client, regionId) {
  for (;;) {
    const region = (await client.regions()).find((each) => each.id === regionId);
    if (region !== undefined && region.leader !== 0) return region.leader;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const cluster = await startTestCluster({
  nodes: 3,
  regions: 2,
  extraFlags,
  command: (flags) => ({ file: process.execPath, args: [FLINT_BIN, 'server', ...flags] }),
  readyTimeoutMs: 120_000,
  keepData: options.keep,
});
const client = await connect({ endpoints: cluster.endpoints, timeoutMs: 60_000 });
// A node that exits unasked is reported with its last lines (kills of node 3 are expected).
const watchExit = (node) =>
  node.process?.once('exit', (code, signal) => {
    log(`node ${node.nodeId} exited (code ${code}, signal ${signal})`);
    if (code !== 0 && signal !== 'SIGKILL') console.error(node.output.slice(-15).join('\n'));
  });
for (const node of cluster.nodes) watchExit(node);
try {
  const regions = await client.regions();
  const regionA = regions.find((region) => region.startKey.length === 0);
  const regionB = regions.find((region) => region.startKey.length > 0);
  const bulkCount = Math.ceil(totalBytes / valueBytes);
  const moreCount = Math.ceil(bulkCount / 10);
  log(`loading ${mebibytes(bulkCount * valueBytes)} MiB into region ${regionA.id} (${bulkCount} values)`);
  await load(client, 'bulk', 0, bulkCount);

  log('SIGKILL node 3; writing 10% more');
  await cluster.kill(3, 'SIGKILL');
  await load(client, 'bulk', bulkCount, moreCount);
  const { firstIndex } = await client.compact(regionA.id);
  const senderId = await regionLeader(client, regionA.id);
  const regionBLeader = await regionLeader(client, regionB.id);
  log(`region ${regionA.id} compacted on node ${senderId} (first index ${firstIndex}); restarting node 3`);

  const sender = cluster.node(senderId);
  const receiver = cluster.node(3);
  const senderPid = sender.process.pid;
  const since3 = receiver.output.length;
  const restartedAt = performance.now();
  cluster.start(3);
  watchExit(receiver);
  const receiverPid = receiver.process.pid;

  // Memory of both sides, every 100 ms, until caught up.
  const peak = { sender: 0, receiver: 0, senderAnon: 0, receiverAnon: 0 };
  const sampler = setInterval(() => {
    const [sender, receiver] = [memoryOf(senderPid), memoryOf(receiverPid)];
    peak.sender = Math.max(peak.sender, sender?.rss ?? 0);
    peak.senderAnon = Math.max(peak.senderAnon, sender?.anon ?? 0);
    peak.receiver = Math.max(peak.receiver, receiver?.rss ?? 0);
    peak.receiverAnon = Math.max(peak.receiverAnon, receiver?.anon ?? 0);
  }, 100);

  // Single puts to region B in a loop, one at a time: each latency is a possible stall.
  const latencies = [];
  let probing = true;
  let probeFailures = 0;
  const prober = (async () => {
    for (let index = 0; probing; index++) {
      const started = performance.now();
      try {
        await client.put(`probe/${index}`, `v${index}`);
      } catch (error) {
        probeFailures++;
        if (probeFailures <= 5) log(`probe put failed: ${error.message}`);
        // A failure can settle without I/O: pause, so this loop cannot starve the event loop.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      latencies.push({ at: since(restartedAt), ms: performance.now() - started });
    }
  })();

  const lineOf = (msg) =>
    receiver.output
      .slice(since3)
      .map((line) => (line.includes(`"msg":"${msg}"`) ? JSON.parse(line) : undefined))
      .find((line) => line !== undefined && line.group === regionA.id);
  let installedAt;
  let received;
  let appliedAt;
  let caughtUpAt;
  let checksumSeconds;
  let checksumsEqual;
  for (;;) {
    received ??= lineOf('snapshot received');
    if (installedAt === undefined && lineOf('snapshot installed') !== undefined) {
      installedAt = since(restartedAt);
      log(`node 3 installed the snapshot ${installedAt.toFixed(1)} s after its restart`);
    }
    if (installedAt !== undefined) {
      // Cheap first: applied indexes from Status; the checksums (which read the whole region) once they match.
      const status = await client.status();
      const appliedOn = (nodeId) =>
        status.nodes.find((node) => node.nodeId === nodeId)?.groups.find((group) => group.groupId === regionA.id)
          ?.applied;
      if (appliedOn(3) !== undefined && appliedOn(3) === appliedOn(senderId)) {
        appliedAt = since(restartedAt);
        log(`node 3 applied as far as the leader ${appliedAt.toFixed(1)} s after its restart`);
        break;
      }
    }
    if (receiver.process === undefined) throw new Error(`node 3 exited:\n${receiver.output.slice(-20).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  probing = false;
  await prober;
  // The checksums read the whole region on both nodes; bounded, so a slow one is reported, not waited for.
  const checksumStarted = performance.now();
  try {
    const leaderSum = await client.checksum(regionA.id, senderId, { timeoutMs: checksumTimeoutMs });
    const followerSum = await client.checksum(regionA.id, 3, { timeoutMs: checksumTimeoutMs });
    checksumSeconds = since(checksumStarted);
    checksumsEqual =
      leaderSum.appliedIndex === followerSum.appliedIndex &&
      Buffer.compare(leaderSum.checksum, followerSum.checksum) === 0;
    if (checksumsEqual) caughtUpAt = appliedAt;
    log(`checksums ${checksumsEqual ? 'equal' : 'DIFFER'} (both took ${checksumSeconds.toFixed(1)} s)`);
  } catch (error) {
    log(`checksum failed: ${error.message}`);
  }
  clearInterval(sampler);
  const hwm = { sender: memoryOf(senderPid)?.hwm ?? 0, receiver: memoryOf(receiverPid)?.hwm ?? 0 };

  // The stall that matters is during the transfer: from the restart until node 3 applied as
  // far as the leader (the checksums afterwards read whole regions and are not part of it).
  const sorted = latencies
    .filter((probe) => probe.at <= appliedAt)
    .map((probe) => probe.ms)
    .sort((a, b) => a - b);
  const results = {
    regionBytes: (bulkCount + moreCount) * valueBytes,
    snapshotBytes: received?.bytes,
    snapshotReceiveSeconds: received?.seconds,
    installedSeconds: Number(installedAt.toFixed(1)),
    appliedEqualSeconds: Number(appliedAt.toFixed(1)),
    checksumsEqual,
    catchUpSeconds: caughtUpAt === undefined ? undefined : Number(caughtUpAt.toFixed(1)),
    checksumSeconds: checksumSeconds === undefined ? undefined : Number(checksumSeconds.toFixed(1)),
    senderNode: senderId,
    senderPeakRssMiB: Number(mebibytes(peak.sender)),
    senderPeakRssAnonMiB: Number(mebibytes(peak.senderAnon)),
    senderVmHwmMiB: Number(mebibytes(hwm.sender)),
    receiverPeakRssMiB: Number(mebibytes(peak.receiver)),
    receiverPeakRssAnonMiB: Number(mebibytes(peak.receiverAnon)),
    receiverVmHwmMiB: Number(mebibytes(hwm.receiver)),
    regionBLeader,
    probeWrites: sorted.length,
    probeFailures,
    probeMaxMs: Number((sorted.at(-1) ?? 0).toFixed(1)),
    probeP99Ms: Number(percentile(sorted, 0.99).toFixed(1)),
    probeP50Ms: Number(percentile(sorted, 0.5).toFixed(1)),
    loadRetriesTooOld: tooOldRetries,
  };
  const rows = [
    ['region A data', `${mebibytes(results.regionBytes)} MiB (${valueBytes} B values)`],
    ['snapshot streamed', `${mebibytes(results.snapshotBytes ?? 0)} MiB in ${results.snapshotReceiveSeconds} s`],
    ['installed after restart', `${results.installedSeconds} s`],
    [
      'catch-up (applied = leader, checksums)',
      `${results.appliedEqualSeconds} s after restart; checksums ${checksumsEqual === undefined ? 'did not answer' : checksumsEqual ? `equal (${results.checksumSeconds} s to compute both)` : 'DIFFER'}`,
    ],
    [
      `sender (node ${senderId}) peak during transfer`,
      `VmRSS ${results.senderPeakRssMiB} MiB, RssAnon ${results.senderPeakRssAnonMiB} MiB (VmHWM over its life ${results.senderVmHwmMiB} MiB)`,
    ],
    [
      'receiver (node 3) peak during transfer',
      `VmRSS ${results.receiverPeakRssMiB} MiB, RssAnon ${results.receiverPeakRssAnonMiB} MiB (VmHWM ${results.receiverVmHwmMiB} MiB)`,
    ],
    [
      `region B puts during transfer (leader node ${regionBLeader})`,
      `${results.probeWrites} writes, ${probeFailures} failed; p50 ${results.probeP50Ms} ms, p99 ${results.probeP99Ms} ms, max ${results.probeMaxMs} ms`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n'));
  console.log(JSON.stringify(results));
} finally {
  await client.close();
  await cluster.stop();
}
