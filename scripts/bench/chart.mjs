// SVG charts of a cluster benchmark run: throughput and p99 latency against concurrency, one
// line per FlintKV configuration and one for etcd when the run measured it. Rendered by Vega-Lite
// (compiled to Vega, drawn headless with the SVG renderer: no browser, no native canvas).
// `npm run bench` writes them with the results; to draw them again from a results file:
//   node scripts/bench/chart.mjs [results.json] [--out-dir <dir>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_RESULTS = 'docs/benchmarks-cluster.json';
const DEFAULT_DIRECTORY = 'docs';
/** File name of each workload's chart (`docs/bench-puts.svg`, ...). */
const FILE_NAMES = { put: 'bench-puts.svg', get: 'bench-gets.svg', mixed: 'bench-mixed.svg' };
const WORKLOAD_TITLES = { put: 'put', get: 'linearizable get', mixed: 'mixed get/put' };

/** A FlintKV configuration's line name: `FlintKV 8 regions, splitting off` (`, TLS` with `--secure`). */
function seriesName(configuration) {
  const regions = `${configuration.regions} region${configuration.regions === 1 ? '' : 's'}`;
  const tls = configuration.security === 'tls' ? ', TLS' : '';
  return configuration.splitting === undefined
    ? `FlintKV ${regions}${tls}`
    : `FlintKV ${regions}, splitting ${configuration.splitting}${tls}`;
}

/**
 * The rows a chart draws, from a run's results (the JSON that `npm run bench` writes): one per
 * point, `{ workload, series, concurrency, opsPerS, p99Ms }`, FlintKV's and etcd's alike.
 */
export function chartRows(run) {
  const rows = [];
  for (const configuration of run.configurations ?? []) {
    for (const point of configuration.points ?? []) {
      rows.push({
        workload: point.workload,
        series: seriesName(configuration),
        concurrency: point.concurrency,
        opsPerS: point.opsPerS,
        p99Ms: point.latencyMs?.p99 ?? null,
      });
    }
  }
  for (const point of run.etcd?.points ?? []) {
    rows.push({
      workload: point.workload,
      series: 'etcd',
      concurrency: point.concurrency,
      opsPerS: point.opsPerS,
      p99Ms: point.latencyMs?.p99 ?? null,
    });
  }
  return rows;
}

/** The Vega-Lite spec of one workload's chart: throughput and p99 side by side, shared colours. */
export function chartSpec(rows, workload, { subtitle = '' } = {}) {
  const data = rows.filter((row) => row.workload === workload);
  const levels = [...new Set(data.map((row) => row.concurrency))].sort((a, b) => a - b);
  // The levels are few and far apart (1, 16, 64, 256): evenly spaced categories read better than a log axis.
  const x = {
    field: 'concurrency',
    type: 'ordinal',
    sort: levels,
    title: 'concurrent requests',
    axis: { labelAngle: 0 },
  };
  const color = { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 2 } };
  const panel = (field, title) => ({
    width: 320,
    height: 220,
    mark: { type: 'line', point: true },
    encoding: {
      x,
      y: { field, type: 'quantitative', title },
      color,
      tooltip: [{ field: 'series' }, { field: 'concurrency' }, { field, type: 'quantitative' }],
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `${WORKLOAD_TITLES[workload] ?? workload}: throughput and p99 latency`, subtitle },
    data: { values: data },
    hconcat: [panel('opsPerS', 'ops/s'), panel('p99Ms', 'p99 latency (ms)')],
    config: { font: 'sans-serif', background: 'white' },
  };
}

/** Renders a Vega-Lite spec to an SVG document. */
export async function renderSvg(spec) {
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A line under each chart's title saying where its figures come from. */
function subtitleOf(run) {
  const parts = [
    run.date ? `${run.date.slice(0, 16).replace('T', ' ')} UTC` : undefined,
    run.machine ? `${run.machine.cpus} cores, Node ${run.machine.node}` : undefined,
    run.settings ? `${run.settings.durationS} s per point` : undefined,
  ].filter(Boolean);
  return parts.join(', ');
}

/**
 * Writes one SVG per workload of `run` that has points into `directory`; resolves to what it
 * wrote, `{ workload, path }` each.
 */
export async function writeCharts(run, directory) {
  const rows = chartRows(run);
  const workloads = [...new Set(rows.map((row) => row.workload))].filter((workload) => workload in FILE_NAMES);
  mkdirSync(directory, { recursive: true });
  const written = [];
  for (const workload of workloads) {
    const path = join(directory, FILE_NAMES[workload]);
    writeFileSync(path, await renderSvg(chartSpec(rows, workload, { subtitle: subtitleOf(run) })));
    written.push({ workload, path });
  }
  return written;
}

const USAGE = `usage: node scripts/bench/chart.mjs [results.json] [--out-dir <dir>]
  results.json      a run of npm run bench (default ${DEFAULT_RESULTS})
  --out-dir <dir>   where the SVG files go (default the repository's ${DEFAULT_DIRECTORY}/): ${Object.values(FILE_NAMES).join(', ')}`;

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'out-dir': { type: 'string' }, help: { type: 'boolean', default: false } },
    });
  } catch (error) {
    process.stderr.write(`chart: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (parsed.positionals.length > 1) {
    process.stderr.write(`chart: one results file at most, got ${parsed.positionals.length}\n${USAGE}\n`);
    process.exit(2);
  }
  // Relative paths are from the current directory, as a shell user expects of a file argument.
  const resultsPath = resolve(parsed.positionals[0] ?? resolve(ROOT, DEFAULT_RESULTS));
  let run;
  try {
    run = JSON.parse(readFileSync(resultsPath, 'utf8'));
  } catch (error) {
    process.stderr.write(`chart: cannot read ${resultsPath}: ${error.message}\n`);
    process.exit(1);
  }
  if (run.mode === 'idle') {
    process.stderr.write(`chart: ${resultsPath} is an idle-regions run: it has no load points to draw\n`);
    process.exit(1);
  }
  if (!Array.isArray(run.configurations)) {
    process.stderr.write(`chart: ${resultsPath} is no load run of npm run bench (it has no configurations)\n`);
    process.exit(1);
  }
  const directory =
    parsed.values['out-dir'] === undefined ? resolve(ROOT, DEFAULT_DIRECTORY) : resolve(parsed.values['out-dir']);
  const written = await writeCharts(run, directory);
  if (written.length === 0) {
    process.stderr.write(`chart: ${resultsPath} has no put, get or mixed points to draw\n`);
    process.exit(1);
  }
  for (const { path } of written) process.stdout.write(`chart: wrote ${relative(process.cwd(), path) || path}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    process.stderr.write(`chart: ${error.stack ?? error}\n`);
    process.exit(1);
  });
}
