// The cluster benchmark: `npm run bench [-- options]` (builds first). Starts a fresh 3-node
// FlintKV cluster on loopback from the built code for each region count and splitting mode
// (automatic region splits on or off), preloads the key space, and runs closed-loop puts,
// linearizable gets and a mixed 90/10 get/put load at each concurrency level; prints ops/s,
// p50/p99/p99.9 latency, CPU seconds (per node and per thread) and peak RSS per node, the region
// count after each point, and splitting on/off ratios; writes the figures as JSON and as the
// "Cluster (npm run bench)" section of docs/benchmarks.md.
// With --vs-etcd it also runs the same put/get points against etcd through the shared peers
// harness and prints FlintKV/etcd ratios. With --secure each configuration also runs on a cluster
// with TLS on the peer and client ports (client certificates), and it prints TLS/plaintext
// ratios. It draws throughput and p99 against concurrency as SVG charts (chart.mjs). With
// --idle-regions N it measures an idle cluster instead (idle.mjs): CPU and RSS at N regions and
// at a small baseline, memory per region, the first write after ready and restart-to-ready.
// Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchKeys, formatCount, formatProgressLine, printableValue } from '../../packages/cli/dist/index.js';
import { writeCharts } from './chart.mjs';
import { etcdUnavailableReason, runEtcd } from './etcd-peer.mjs';
import { preload, runFlintPoint, SPLITTING_FLAGS, startFlintCluster } from './flint-target.mjs';
import { measureIdleConfiguration, perRegionMemory, RESTART_SIGNALS } from './idle.mjs';
import {
  configurationName,
  hostThreadCpu,
  IDLE_SECTION_MARKERS,
  idleMarkdownSection,
  idleRestartProblems,
  idleTable,
  idleThreadTable,
  mainThreadCpu,
  markdownSection,
  ratioRows,
  securityRows,
  securityTable,
  splittingRows,
  writeMarkdownSection,
} from './report.mjs';
import { SECURE_DEFAULTS, SECURITY_MODES, secureDefaults } from './secure-cluster.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `usage: npm run bench -- [options]
  --duration <s>          measured seconds per point (default 10)
  --warmup <s>            unmeasured seconds before each point (default 2)
  --levels <list>         concurrent requests (default 1,16,64,256)
  --regions <list>        region counts at start, one fresh cluster each (default 1,8)
  --splitting <list>      on, off: automatic region splits, one fresh cluster per region count
                          each (default on,off); off = --split-size 0 --split-key-count 0 --split-load 0
  --workloads <list>      put, get, mixed (default all three)
  --mixed-read-share <r>  share of gets in the mixed workload (default 0.9)
  --keys <n>              key space (default 100000)
  --value-size <bytes>    (default 256)
  --vs-etcd               also measure etcd via the shared peers harness and print ratios
  --secure                also run each configuration with TLS on the peer and client ports (client
                          certificates) and print TLS/plaintext ratios; unless given, --levels
                          ${SECURE_DEFAULTS.levels}, --workloads ${SECURE_DEFAULTS.workloads}, --regions ${SECURE_DEFAULTS.regions}, --splitting ${SECURE_DEFAULTS.splitting}
  --peers-dir <path>      the peers harness, outside this repository (default $FLINT_PEERS_DIR)
  --charts <dir>          where the SVG charts go (default docs): bench-puts.svg, bench-gets.svg, bench-mixed.svg
  --out <file>            JSON results (default docs/benchmarks-cluster.json; idle: docs/benchmarks-idle.json)
  --markdown <file>       markdown file whose cluster (or idle) section is rewritten (default docs/benchmarks.md)
  --no-docs               print only; write no file (JSON, markdown, charts)
idle mode (no load; of the options above only --out, --markdown and --no-docs apply):
  --idle-regions <n>      measure an idle cluster with n regions and with the baseline count
  --idle-baseline <n>     the small region count memory per region is taken against (default 8)
  --idle-window <s>       measured seconds without traffic (default 20)
  --idle-settle <s>       seconds without traffic between the first write and the window (default 5)
  --idle-restarts <list>  SIGTERM, SIGKILL (restart node 3 after each, in turn) or none (default SIGTERM,SIGKILL)
example: npm run bench -- --duration 3 --warmup 1 --levels 1,64 --regions 8 --workloads put
         npm run bench -- --secure --no-docs
         npm run bench -- --idle-regions 1000 --no-docs`;

/** Options of the load benchmark only, refused in idle mode rather than silently ignored. */
const LOAD_OPTIONS = [
  'duration',
  'warmup',
  'levels',
  'regions',
  'splitting',
  'workloads',
  'mixed-read-share',
  'keys',
  'value-size',
  'vs-etcd',
  'secure',
  'peers-dir',
  'charts',
];
const IDLE_OPTIONS = ['idle-baseline', 'idle-window', 'idle-settle', 'idle-restarts'];
/** How long a bootstrap or a restart may take to be ready in idle mode: large region counts are slow to start. */
const IDLE_READY_TIMEOUT_MS = 600_000;

function fail(message) {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  let values;
  let tokens;
  try {
    ({ values, tokens } = parseArgs({
      tokens: true,
      options: {
        duration: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '2' },
        levels: { type: 'string', default: '1,16,64,256' },
        regions: { type: 'string', default: '1,8' },
        splitting: { type: 'string', default: 'on,off' },
        workloads: { type: 'string', default: 'put,get,mixed' },
        'mixed-read-share': { type: 'string', default: '0.9' },
        keys: { type: 'string', default: '100000' },
        'value-size': { type: 'string', default: '256' },
        'vs-etcd': { type: 'boolean', default: false },
        secure: { type: 'boolean', default: false },
        'peers-dir': { type: 'string' },
        charts: { type: 'string', default: 'docs' },
        out: { type: 'string' },
        markdown: { type: 'string', default: 'docs/benchmarks.md' },
        'no-docs': { type: 'boolean', default: false },
        'idle-regions': { type: 'string' },
        'idle-baseline': { type: 'string', default: '8' },
        'idle-window': { type: 'string', default: '20' },
        'idle-settle': { type: 'string', default: '5' },
        'idle-restarts': { type: 'string', default: 'SIGTERM,SIGKILL' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const number = (name, min, max) => {
    const value = Number(values[name]);
    if (values[name].trim() === '' || !Number.isFinite(value) || value < min || value > max) {
      fail(`--${name}: expected a number from ${min} to ${max}, got '${values[name]}'`);
    }
    return value;
  };
  const given = new Set(tokens.filter((token) => token.kind === 'option').map((token) => token.name));
  if (values['idle-regions'] !== undefined) {
    const misplaced = LOAD_OPTIONS.filter((name) => given.has(name));
    if (misplaced.length > 0) {
      fail(`${misplaced.map((name) => `--${name}`).join(', ')}: the load benchmark's, not --idle-regions's`);
    }
    return idleOptions(values, number);
  }
  const idleOnly = IDLE_OPTIONS.filter((name) => given.has(name));
  if (idleOnly.length > 0) fail(`${idleOnly.map((name) => `--${name}`).join(', ')}: only with --idle-regions <n>`);
  // --secure measures what tells the cost of TLS, unless the command line says otherwise.
  if (values.secure) values = { ...values, ...secureDefaults(given) };
  const integers = (name) => {
    const list = values[name].split(',').map((entry) => Number(entry.trim()));
    if (list.length === 0 || list.some((entry) => !Number.isInteger(entry) || entry < 1)) {
      fail(`--${name}: expected a comma-separated list of positive integers, got '${values[name]}'`);
    }
    return list;
  };
  const splitting = values.splitting.split(',').map((entry) => entry.trim());
  for (const mode of splitting) {
    if (!Object.hasOwn(SPLITTING_FLAGS, mode)) fail(`--splitting: expected on and/or off, got '${mode}'`);
  }
  if (new Set(splitting).size !== splitting.length) fail(`--splitting: '${values.splitting}' repeats a mode`);
  const workloads = values.workloads.split(',').map((entry) => entry.trim());
  for (const workload of workloads) {
    if (!['put', 'get', 'mixed'].includes(workload)) fail(`--workloads: unknown workload '${workload}'`);
  }
  return {
    durationS: number('duration', 0.1, 3600),
    warmupS: number('warmup', 0, 600),
    levels: integers('levels'),
    regions: integers('regions'),
    splitting,
    workloads,
    mixedReadShare: number('mixed-read-share', 0, 1),
    keys: number('keys', 1, 10_000_000),
    valueSize: number('value-size', 0, 1024 * 1024),
    vsEtcd: values['vs-etcd'],
    security: values.secure ? [...SECURITY_MODES] : ['plaintext'],
    peersDir: peersDirectory(values['peers-dir'] ?? process.env.FLINT_PEERS_DIR),
    charts: resolve(ROOT, values.charts),
    out: resolve(ROOT, values.out ?? 'docs/benchmarks-cluster.json'),
    markdown: resolve(ROOT, values.markdown),
    writeDocs: !values['no-docs'],
  };
}

/** The options of idle mode (`--idle-regions`). */
function idleOptions(values, number) {
  const regions = number('idle-regions', 2, 65_536);
  const baseline = number('idle-baseline', 1, 65_536);
  if (!Number.isInteger(regions) || !Number.isInteger(baseline)) {
    fail(`--idle-regions and --idle-baseline: expected whole region counts, got ${regions} and ${baseline}`);
  }
  if (baseline >= regions) {
    fail(`--idle-baseline ${baseline} must be below --idle-regions ${regions}: memory per region is their difference`);
  }
  const restarts =
    values['idle-restarts'].trim().toLowerCase() === 'none'
      ? []
      : values['idle-restarts'].split(',').map((entry) => entry.trim().toUpperCase());
  for (const signal of restarts) {
    if (!RESTART_SIGNALS.includes(signal)) {
      fail(`--idle-restarts: expected ${RESTART_SIGNALS.join(' and/or ')} or none, got '${signal}'`);
    }
  }
  if (new Set(restarts).size !== restarts.length)
    fail(`--idle-restarts: '${values['idle-restarts']}' repeats a signal`);
  return {
    mode: 'idle',
    regions,
    baseline,
    windowS: number('idle-window', 1, 3600),
    settleS: number('idle-settle', 0, 3600),
    restarts,
    out: resolve(ROOT, values.out ?? 'docs/benchmarks-idle.json'),
    markdown: resolve(ROOT, values.markdown),
    writeDocs: !values['no-docs'],
  };
}

/** The peers harness's directory, if given: relative paths are from the repository root. */
function peersDirectory(given) {
  return given === undefined || given === '' ? undefined : resolve(ROOT, given);
}

const log = (line) => process.stderr.write(`${line}\n`);
const progress = (line) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
};
const clearProgress = () => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
};

function pointLine(point) {
  const latency = point.latencyMs;
  const format = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
  const problems = [
    point.errors ? `${point.errors} errors (${point.firstError})` : '',
    point.misses ? `${point.misses} misses` : '',
  ].filter(Boolean);
  const threads = point.threadCpuPerNode.find((entry) => entry !== null);
  const hostsBy = threads?.identifiedBy === 'name' ? 'by name' : `top ${threads?.hosts.length ?? '?'} by CPU`;
  return (
    `${point.workload.padEnd(5)} ${configurationLabel(point).padEnd(13)} C=${String(point.concurrency).padEnd(4)} ` +
    `${formatCount(point.opsPerS).padStart(8)} ops/s  ` +
    `p50 ${format(latency.p50)}  p99 ${format(latency.p99)}  p99.9 ${format(latency.p999)} ms  ` +
    `regions after ${point.regionsAfter ?? '?'}  ` +
    `CPU s ${point.cpuSecondsPerNode.join('/')}  peak RSS MiB ${point.peakRssMiBPerNode.join('/')}  ` +
    `other processes ${point.otherProcessesCores} cores` +
    `${problems.length ? `  ${problems.join(', ')}` : ''}\n` +
    `      thread CPU s per node: main ${mainThreadCpu(point)}; host threads (${hostsBy}) ${hostThreadCpu(point)}; ` +
    `rest ${point.threadCpuPerNode.map((entry) => entry?.restCpuSeconds ?? '?').join(' / ')}`
  );
}

/** How this run was started, for the record: through npm (which built first) or directly. */
function commandLine() {
  const args = process.argv.slice(2).join(' ');
  if (process.env.npm_lifecycle_event === 'bench') return `npm run bench${args ? ` -- ${args}` : ''}`;
  return `node scripts/bench/run.mjs${args ? ` ${args}` : ''}`;
}

/** Lays the JSON out as `biome format` would, so `npm run lint` stays clean (best effort). */
function formatWithBiome(path) {
  spawnSync(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', path], { stdio: 'ignore' });
}

/** What stops the cluster that runs now (nodes still starting included), for a signal or an error. */
let activeTarget;
const track = (target) => {
  activeTarget = target;
};
async function stopAndExit(signal) {
  log(`bench: ${signal}, stopping the cluster`);
  await activeTarget?.stop().catch(() => {});
  process.exit(130);
}
process.once('SIGINT', () => stopAndExit('SIGINT'));
process.once('SIGTERM', () => stopAndExit('SIGTERM'));

async function measureFlint(options, keys, value) {
  const configurations = [];
  // On and off (plaintext and TLS) side by side per region count, so that both see about the same machine.
  for (const regions of options.regions) {
    for (const splitting of options.splitting) {
      for (const security of options.security) {
        configurations.push(await measureConfiguration(options, keys, value, { regions, splitting, security }));
      }
    }
  }
  return configurations;
}

/** A point's configuration in the terminal: `split off`, `split off tls`. */
const configurationLabel = ({ splitting, security }) => `split ${splitting}${security === 'tls' ? ' tls' : ''}`;

async function measureConfiguration(options, keys, value, { regions, splitting, security }) {
  log(
    `flintkv: starting 3 nodes, ${regions} region(s), splitting ${splitting}` +
      `${security === 'tls' ? ', TLS on the peer and client ports (client certificates)' : ''}`,
  );
  const target = await startFlintCluster({ nodes: 3, regions, splitting, security, track });
  activeTarget = target;
  try {
    const loaded = await preload(target.client, keys, value, { log });
    const regionsAfterPreload = await target.regionCount();
    log(
      `flintkv: preloaded ${loaded.written}/${loaded.keys} keys in ${loaded.seconds.toFixed(1)} s; ` +
        `${regionsAfterPreload ?? '?'} region(s) now`,
    );
    const points = [];
    for (const workload of options.workloads) {
      const readShare = workload === 'put' ? 0 : workload === 'get' ? 1 : options.mixedReadShare;
      for (const concurrency of options.levels) {
        const point = await runFlintPoint(target, {
          workload,
          readShare,
          concurrency,
          warmupS: options.warmupS,
          durationS: options.durationS,
          keys,
          value,
          onProgress: (state) =>
            progress(
              `${workload} ${configurationLabel({ splitting, security })} C=${concurrency}: ${formatProgressLine(state)}`,
            ),
        });
        clearProgress();
        log(`  ${pointLine(point)}`);
        points.push(point);
      }
    }
    return {
      nodes: 3,
      regions,
      splitting,
      security,
      ...(target.tls ? { tls: target.tls } : {}),
      serverFlags: target.serverFlags,
      hostThreads: target.hostThreads,
      preload: loaded,
      regionsAfterPreload,
      points,
    };
  } finally {
    activeTarget = undefined;
    await target.stop();
  }
}

async function main() {
  const options = parseOptions();
  if (options.mode === 'idle') return idleMain(options);
  const keys = benchKeys(options.keys);
  const value = printableValue(options.valueSize);
  const date = new Date().toISOString();
  const runId = date.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  // Refuse up front rather than after minutes of FlintKV points.
  const etcdReason = options.vsEtcd ? etcdUnavailableReason(options.peersDir) : undefined;
  if (etcdReason) {
    log(`bench: --vs-etcd: ${etcdReason}`);
    process.exit(1);
  }

  const configurations = await measureFlint(options, keys, value);

  let etcd;
  if (options.vsEtcd) {
    const etcdWorkloads = options.workloads.filter((workload) => workload === 'put' || workload === 'get');
    try {
      etcd = {
        points: runEtcd({
          peersDir: options.peersDir,
          ops: etcdWorkloads,
          levels: options.levels,
          warmupS: options.warmupS,
          durationS: options.durationS,
          runId,
          log,
        }),
      };
    } catch (error) {
      etcd = { error: error.message, points: [] };
      log(`bench: etcd run failed: ${error.message}`);
    }
  }

  const run = {
    date,
    command: commandLine(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
    settings: {
      durationS: options.durationS,
      warmupS: options.warmupS,
      levels: options.levels,
      regions: options.regions,
      splitting: options.splitting,
      security: options.security,
      keys: options.keys,
      keyBytes: 16,
      valueSize: options.valueSize,
      mixedReadShare: options.mixedReadShare,
    },
    jsonPath: relative(ROOT, options.out),
    configurations,
    ...(etcd ? { etcd } : {}),
  };

  const splitRows = splittingRows(configurations);
  if (splitRows.length > 0) {
    log('\nSplitting on / off, same run (regions after: the region count right after the point):');
    const format = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
    const ratio = (value) => (value === null ? '-' : `${value.toFixed(2)}x`);
    for (const row of splitRows) {
      log(
        `  ${row.workload.padEnd(5)}${row.security === 'tls' ? ' tls' : ''} regions at start ${String(row.regions).padEnd(3)} C=${String(row.concurrency).padEnd(4)} ` +
          `ops/s on ${formatCount(row.onOpsPerS)} vs off ${formatCount(row.offOpsPerS)} = ${ratio(row.throughputRatio)}   ` +
          `p99 on ${format(row.onP99)} vs off ${format(row.offP99)} ms = ${ratio(row.p99Ratio)}   ` +
          `regions after on ${row.onRegionsAfter ?? '?'} / off ${row.offRegionsAfter ?? '?'}`,
      );
    }
  }

  const tlsRows = securityRows(configurations);
  if (tlsRows.length > 0) {
    log('\nTLS / plaintext, same run (TLS on the peer and client ports, client certificates):');
    log(securityTable(tlsRows));
    const negotiated = configurations.find((configuration) => configuration.tls)?.tls;
    if (negotiated) log(`negotiated: ${negotiated.protocol} ${negotiated.cipher}`);
  }

  if (etcd && etcd.points.length > 0) {
    for (const configuration of configurations) {
      log(`\nFlintKV (${configurationName(configuration)}) / etcd, same run:`);
      for (const row of ratioRows(configuration.points, etcd.points)) {
        log(
          `  ${row.workload.padEnd(4)} C=${String(row.concurrency).padEnd(4)} ops/s ${formatCount(row.flintOpsPerS)} vs ${formatCount(row.etcdOpsPerS)} = ${row.throughputRatio.toFixed(2)}x` +
            `   p99 ratio ${row.p99Ratio === null ? '-' : `${row.p99Ratio.toFixed(2)}x`}`,
        );
      }
    }
  }

  if (options.writeDocs) {
    writeJson(options.out, run);
    const charts = await writeCharts(run, options.charts);
    const chartLinks = charts.map(({ workload, path }) => ({
      workload,
      href: relative(dirname(options.markdown), path).split('\\').join('/'),
    }));
    writeMarkdownSection(options.markdown, markdownSection(run, { charts: chartLinks }));
    log(
      `\nbench: wrote ${relative(ROOT, options.out)}, ${charts.map(({ path }) => relative(ROOT, path)).join(', ')} ` +
        `and the cluster section of ${relative(ROOT, options.markdown)}`,
    );
  }
  if (etcd?.error) process.exitCode = 1;
}

function writeJson(path, run) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(run, null, 2)}\n`);
  formatWithBiome(path);
}

/** Idle mode: the baseline region count, then N, each on a fresh cluster; then the tables. */
async function idleMain(options) {
  const date = new Date().toISOString();
  const configurations = [];
  for (const regions of [options.baseline, options.regions]) {
    configurations.push(
      await measureIdleConfiguration({
        regions,
        windowS: options.windowS,
        settleS: options.settleS,
        restartSignals: options.restarts,
        readyTimeoutMs: IDLE_READY_TIMEOUT_MS,
        log,
        track,
      }),
    );
    activeTarget = undefined;
  }
  const run = {
    mode: 'idle',
    date,
    command: commandLine(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
    settings: {
      regions: options.regions,
      baselineRegions: options.baseline,
      windowS: options.windowS,
      settleS: options.settleS,
      restarts: options.restarts,
      readyTimeoutS: IDLE_READY_TIMEOUT_MS / 1000,
    },
    jsonPath: relative(ROOT, options.out),
    memoryPerRegion: perRegionMemory(configurations[0], configurations[1]),
    configurations,
  };
  log(
    `\nIdle cluster, 3 nodes, ${options.windowS} s without traffic (restart figures: seconds from the node's start):`,
  );
  log(idleTable(run));
  log('\nWhere the idle CPU went (% of one core per node, n1 / n2 / n3):');
  log(idleThreadTable(run));
  const memory = run.memoryPerRegion;
  log(
    `\nmemory per idle region (${memory.regions} vs ${memory.baselineRegions} regions): ` +
      `${memory.kibPerRegionPerNode.map((value) => value ?? '?').join(' / ')} KiB per node, mean ${memory.kibPerRegionMean ?? '?'} KiB`,
  );
  const otherCores = Math.max(...configurations.map((configuration) => configuration.otherProcessesCores ?? 0));
  if (otherCores >= 0.1) {
    log(
      `bench: processes outside the benchmark used up to ${otherCores} cores during a window: the figures are pessimistic`,
    );
  }
  const problems = idleRestartProblems(run);
  for (const problem of problems) log(`bench: restart not measured in full: ${problem}`);
  if (options.writeDocs) {
    writeJson(options.out, run);
    writeMarkdownSection(options.markdown, idleMarkdownSection(run), IDLE_SECTION_MARKERS);
    log(`\nbench: wrote ${relative(ROOT, options.out)} and the idle section of ${relative(ROOT, options.markdown)}`);
  }
  if (problems.length > 0) process.exitCode = 1;
}

main().catch(async (error) => {
  clearProgress();
  log(`bench: ${error.stack ?? error}`);
  await activeTarget?.stop().catch(() => {});
  process.exit(1);
});
