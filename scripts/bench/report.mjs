// Tables of a cluster benchmark run: for the terminal, and the markdown section of docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The section of docs/benchmarks.md this script owns; other sections belong to other benchmarks. */
export const SECTION_START = '<!-- cluster-bench:start (written by npm run bench; edits inside are overwritten) -->';
export const SECTION_END = '<!-- cluster-bench:end -->';
const SECTION_HEADING = '## Cluster (npm run bench)';

const milliseconds = (value) =>
  value === undefined || value === null
    ? '-'
    : value < 1
      ? value.toFixed(3)
      : value < 10
        ? value.toFixed(2)
        : value < 100
          ? value.toFixed(1)
          : String(Math.round(value));
const perNode = (values) => (values ?? []).map((value) => (value === null ? '?' : String(value))).join(' / ');
const count = (value) => Math.round(value).toLocaleString('en-US');
const WORKLOAD_NAMES = { put: 'put', get: 'get (linearizable)', mixed: 'mixed get/put' };
/** A point's workload for a person: the mixed one says its read share. */
function workloadName(point) {
  if (point.workload !== 'mixed' || point.readShare === undefined)
    return WORKLOAD_NAMES[point.workload] ?? point.workload;
  const reads = Math.round(point.readShare * 100);
  return `mixed ${reads}/${100 - reads} get/put`;
}

/**
 * A markdown table with every column padded to its widest cell (the layout `biome format`
 * gives, so `npm run lint` stays clean); numeric columns (all but the first two) align right.
 */
function markdownTable(headers, rows) {
  const widths = headers.map((header, index) => Math.max(3, header.length, ...rows.map((row) => row[index].length)));
  const right = (index) => index >= 2;
  const line = (cells) =>
    `| ${cells.map((cell, index) => (right(index) ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, index) => (right(index) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** One row per FlintKV point. */
export function flintTable(points) {
  return markdownTable(
    [
      'workload',
      'C',
      'ops/s',
      'p50 ms',
      'p99 ms',
      'p99.9 ms',
      'errors',
      'CPU s per node (n1/n2/n3)',
      'peak RSS MiB per node',
      'client CPU s',
      'other processes (cores)',
      'box busy / steal %',
    ],
    points.map((point) => [
      workloadName(point),
      String(point.concurrency),
      count(point.opsPerS),
      milliseconds(point.latencyMs.p50),
      milliseconds(point.latencyMs.p99),
      milliseconds(point.latencyMs.p999),
      point.errors === 0 && point.misses === 0
        ? '0'
        : `${point.errors}${point.misses ? ` (+${point.misses} misses)` : ''}`,
      perNode(point.cpuSecondsPerNode),
      perNode(point.peakRssMiBPerNode),
      String(point.clientCpuSeconds ?? '-'),
      String(point.otherProcessesCores ?? '-'),
      point.machineCpuPercent ? `${point.machineCpuPercent.busy} / ${point.machineCpuPercent.steal}` : '-',
    ]),
  );
}

/** One row per etcd point. */
export function etcdTable(points) {
  return markdownTable(
    ['workload', 'C', 'ops/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'errors', 'CPU s per member'],
    points.map((point) => [
      workloadName(point),
      String(point.concurrency),
      count(point.opsPerS),
      milliseconds(point.latencyMs?.p50),
      milliseconds(point.latencyMs?.p99),
      milliseconds(point.latencyMs?.p999),
      String(point.errors ?? '-'),
      perNode(point.cpuSecondsPerNode),
    ]),
  );
}

/** FlintKV/etcd per workload and level: throughput ratio and p99 ratio (lower is better for p99). */
export function ratioRows(flintPoints, etcdPoints) {
  const rows = [];
  for (const flint of flintPoints) {
    const etcd = etcdPoints.find(
      (point) => point.workload === flint.workload && point.concurrency === flint.concurrency,
    );
    if (etcd === undefined || !(etcd.opsPerS > 0)) continue;
    rows.push({
      workload: flint.workload,
      concurrency: flint.concurrency,
      flintOpsPerS: flint.opsPerS,
      etcdOpsPerS: etcd.opsPerS,
      throughputRatio: Math.round((100 * flint.opsPerS) / etcd.opsPerS) / 100,
      p99Ratio: etcd.latencyMs?.p99 > 0 ? Math.round((100 * flint.latencyMs.p99) / etcd.latencyMs.p99) / 100 : null,
    });
  }
  return rows;
}

export function ratioTable(rows) {
  return markdownTable(
    ['workload', 'C', 'FlintKV ops/s', 'etcd ops/s', 'FlintKV/etcd ops/s', 'FlintKV/etcd p99'],
    rows.map((row) => [
      workloadName(row),
      String(row.concurrency),
      count(row.flintOpsPerS),
      count(row.etcdOpsPerS),
      `${row.throughputRatio.toFixed(2)}×`,
      row.p99Ratio === null ? '-' : `${row.p99Ratio.toFixed(2)}×`,
    ]),
  );
}

/** The whole markdown section for one run (heading included). */
export function markdownSection(run) {
  const parts = [
    SECTION_HEADING,
    '',
    `Run ${run.date.slice(0, 16).replace('T', ' ')} UTC with \`${run.command}\` on ${run.machine.cpus} cores (${run.machine.cpuModel}), Node ${run.machine.node}, ` +
      `loopback, fsync on. Closed loop through \`@flintkv/client\` (one client, requests pipelined): ` +
      `${run.settings.keys.toLocaleString('en-US')} keys of 16 bytes (\`k\` + 15 digits) drawn uniformly, ` +
      `${run.settings.valueSize}-byte printable values, keys preloaded before the points; each point ` +
      `${run.settings.warmupS} s of warm-up, then ${run.settings.durationS} s measured (an operation counts if it ` +
      'started and finished inside the window). Gets are linearizable (ReadIndex). CPU seconds are utime+stime of each node ' +
      'process over the window (/proc/<pid>/stat); peak RSS is VmHWM since the node started; client CPU is the ' +
      'load generator (this process, client included); "other processes" is the CPU that processes outside the ' +
      "benchmark used during the window, in cores out of the machine's: when it is not near 0 the figures " +
      'are pessimistic. Raw figures: ' +
      `\`${run.jsonPath}\`.`,
  ];
  for (const configuration of run.configurations) {
    parts.push(
      '',
      `### ${configuration.nodes} nodes, ${configuration.regions} region${configuration.regions === 1 ? '' : 's'}`,
      '',
      `Preload: ${configuration.preload.written.toLocaleString('en-US')} of ${configuration.preload.keys.toLocaleString('en-US')} keys in ${configuration.preload.seconds.toFixed(1)} s` +
        `${configuration.preload.errors ? ` (${configuration.preload.errors} failed batches: ${configuration.preload.firstError})` : ''}.`,
      '',
      flintTable(configuration.points),
    );
  }
  if (!run.etcd) {
    parts.push(
      '',
      'etcd was not measured in this run: `npm run bench -- --vs-etcd` runs the same put/get points against a ' +
        '3-member etcd through the shared peers harness and adds FlintKV/etcd ratios (install etcd first with ' +
        '`bash ../shared/peers/scripts/install.sh`). Earlier etcd figures for this machine: `../shared/peers/RESULTS.md`.',
    );
  }
  if (run.etcd) {
    parts.push('', '### etcd, same workload, same run (shared peers harness)', '');
    if (run.etcd.error) parts.push(`Not measured: ${run.etcd.error}`);
    else {
      parts.push(
        `${run.etcd.points[0]?.serverVersion ? `etcd ${run.etcd.points[0].serverVersion}, ` : ''}3 members, default settings, ` +
          `client ${run.etcd.points[0]?.client ?? 'etcd3'}.`,
        '',
        etcdTable(run.etcd.points),
      );
      for (const configuration of run.configurations) {
        parts.push(
          '',
          `FlintKV (${configuration.regions} region${configuration.regions === 1 ? '' : 's'}) / etcd:`,
          '',
          ratioTable(ratioRows(configuration.points, run.etcd.points)),
        );
      }
    }
  }
  return parts.join('\n');
}

/**
 * Puts `section` into `path` between this script's markers, leaving every other section as it
 * is; appends it (creating the file if needed) the first time.
 */
export function writeMarkdownSection(path, section) {
  const block = `${SECTION_START}\n${section}\n${SECTION_END}`;
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf(SECTION_START);
  const end = existing.indexOf(SECTION_END);
  const updated =
    start >= 0 && end > start
      ? `${existing.slice(0, start)}${block}${existing.slice(end + SECTION_END.length)}`
      : `${existing.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, updated);
}
