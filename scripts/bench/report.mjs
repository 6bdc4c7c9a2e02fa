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
 * gives, so `npm run lint` stays clean); numeric columns (all but the first `textColumns`)
 * align right.
 */
export function markdownTable(headers, rows, textColumns = 2) {
  const widths = headers.map((header, index) => Math.max(3, header.length, ...rows.map((row) => row[index].length)));
  const right = (index) => index >= textColumns;
  const line = (cells) =>
    `| ${cells.map((cell, index) => (right(index) ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, index) => (right(index) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const regionCount = (value) => (value === undefined || value === null ? '?' : String(value));

/** Main-thread CPU seconds per node, `a / b / c`. */
export function mainThreadCpu(point) {
  return perNode((point.threadCpuPerNode ?? []).map((threads) => threads?.mainCpuSeconds ?? null));
}

/** Host-thread CPU seconds per node, busiest first: `0.8 0.7 / 0.9 0.6 / ...`. */
export function hostThreadCpu(point) {
  return (point.threadCpuPerNode ?? [])
    .map((threads) => (threads ? threads.hosts.map((thread) => thread.cpuSeconds).join(' ') || '-' : '?'))
    .join(' / ');
}

/** One row per FlintKV point, labelled with its splitting mode. */
export function flintTable(points) {
  return markdownTable(
    [
      'workload',
      'splitting',
      'C',
      'ops/s',
      'p50 ms',
      'p99 ms',
      'p99.9 ms',
      'errors',
      'regions after',
      'CPU s per node (n1/n2/n3)',
      'main thread CPU s per node',
      'host threads CPU s per node',
      'peak RSS MiB per node',
      'client CPU s',
      'other processes (cores)',
      'box busy / steal %',
    ],
    points.map((point) => [
      workloadName(point),
      point.splitting ?? '-',
      String(point.concurrency),
      count(point.opsPerS),
      milliseconds(point.latencyMs.p50),
      milliseconds(point.latencyMs.p99),
      milliseconds(point.latencyMs.p999),
      point.errors === 0 && point.misses === 0
        ? '0'
        : `${point.errors}${point.misses ? ` (+${point.misses} misses)` : ''}`,
      regionCount(point.regionsAfter),
      perNode(point.cpuSecondsPerNode),
      mainThreadCpu(point),
      hostThreadCpu(point),
      perNode(point.peakRssMiBPerNode),
      String(point.clientCpuSeconds ?? '-'),
      String(point.otherProcessesCores ?? '-'),
      point.machineCpuPercent ? `${point.machineCpuPercent.busy} / ${point.machineCpuPercent.steal}` : '-',
    ]),
    2,
  );
}

/** How a configuration's nodes and client talk; runs from before `--secure` were all plaintext. */
const securityOf = (configuration) => configuration.security ?? 'plaintext';
/** What sets one configuration of a run apart from another. */
const SETTINGS = {
  regions: (configuration) => configuration.regions,
  splitting: (configuration) => configuration.splitting,
  security: securityOf,
};

/** `numerator / denominator` to two decimals, or null when there is nothing to divide by. */
const quotient = (numerator, denominator) =>
  denominator > 0 ? Math.round((100 * numerator) / denominator) / 100 : null;

/**
 * Every point of a configuration whose `setting` is `value`, with the point of the same
 * workload and concurrency in the configuration that has `baseline` there and the same other
 * settings: `{ configuration, point, baselinePoint }`. Only like is compared with like.
 */
function pairedPoints(configurations, setting, value, baseline) {
  const others = Object.entries(SETTINGS).filter(([name]) => name !== setting);
  const pairs = [];
  for (const configuration of configurations.filter((entry) => SETTINGS[setting](entry) === value)) {
    const counterpart = configurations.find(
      (entry) =>
        SETTINGS[setting](entry) === baseline &&
        others.every(([, settingOf]) => settingOf(entry) === settingOf(configuration)),
    );
    if (counterpart === undefined) continue;
    for (const point of configuration.points) {
      const baselinePoint = counterpart.points.find(
        (entry) => entry.workload === point.workload && entry.concurrency === point.concurrency,
      );
      if (baselinePoint !== undefined) pairs.push({ configuration, point, baselinePoint });
    }
  }
  return pairs;
}

/**
 * Splitting on versus off, same run: for each region count (and transport) measured both ways,
 * the points of the same workload and concurrency side by side, with on/off ratios of ops/s and
 * p99 (for p99, lower is better) and the region count after each point.
 */
export function splittingRows(configurations) {
  return pairedPoints(configurations, 'splitting', 'on', 'off').map(
    ({ configuration, point: onPoint, baselinePoint: offPoint }) => ({
      regions: configuration.regions,
      security: securityOf(configuration),
      workload: onPoint.workload,
      readShare: onPoint.readShare,
      concurrency: onPoint.concurrency,
      onOpsPerS: onPoint.opsPerS,
      offOpsPerS: offPoint.opsPerS,
      throughputRatio: quotient(onPoint.opsPerS, offPoint.opsPerS),
      onP99: onPoint.latencyMs.p99,
      offP99: offPoint.latencyMs.p99,
      p99Ratio: quotient(onPoint.latencyMs.p99, offPoint.latencyMs.p99),
      onRegionsAfter: onPoint.regionsAfter ?? null,
      offRegionsAfter: offPoint.regionsAfter ?? null,
    }),
  );
}

/**
 * TLS versus plaintext, same run (`--secure`): for each region count and splitting mode measured
 * both ways, the points of the same workload and concurrency side by side, with TLS/plaintext
 * ratios of ops/s, p50 and p99 (below 1 for ops/s and above 1 for latency is what TLS costs).
 */
export function securityRows(configurations) {
  return pairedPoints(configurations, 'security', 'tls', 'plaintext').map(
    ({ configuration, point, baselinePoint }) => ({
      regions: configuration.regions,
      splitting: configuration.splitting,
      workload: point.workload,
      readShare: point.readShare,
      concurrency: point.concurrency,
      plaintextOpsPerS: baselinePoint.opsPerS,
      tlsOpsPerS: point.opsPerS,
      throughputRatio: quotient(point.opsPerS, baselinePoint.opsPerS),
      plaintextP50: baselinePoint.latencyMs.p50,
      tlsP50: point.latencyMs.p50,
      p50Ratio: quotient(point.latencyMs.p50, baselinePoint.latencyMs.p50),
      plaintextP99: baselinePoint.latencyMs.p99,
      tlsP99: point.latencyMs.p99,
      p99Ratio: quotient(point.latencyMs.p99, baselinePoint.latencyMs.p99),
    }),
  );
}

const ratio = (value) => (value === null || value === undefined ? '-' : `${value.toFixed(2)}×`);

const SECURITY_NAMES = { plaintext: 'plaintext', tls: 'TLS' };

export function splittingTable(rows) {
  // A transport column only when the run measured both, so that the usual table stays as it was.
  const transport = rows.some((row) => row.security === 'tls');
  return markdownTable(
    [
      'workload',
      ...(transport ? ['transport'] : []),
      'regions at start',
      'C',
      'ops/s on',
      'ops/s off',
      'on/off ops/s',
      'p99 ms on',
      'p99 ms off',
      'on/off p99',
      'regions after (on / off)',
    ],
    rows.map((row) => [
      workloadName(row),
      ...(transport ? [SECURITY_NAMES[row.security] ?? row.security] : []),
      String(row.regions),
      String(row.concurrency),
      count(row.onOpsPerS),
      count(row.offOpsPerS),
      ratio(row.throughputRatio),
      milliseconds(row.onP99),
      milliseconds(row.offP99),
      ratio(row.p99Ratio),
      `${regionCount(row.onRegionsAfter)} / ${regionCount(row.offRegionsAfter)}`,
    ]),
    transport ? 2 : 1,
  );
}

/** TLS versus plaintext per workload, splitting mode, region count and concurrency (`securityRows`). */
export function securityTable(rows) {
  return markdownTable(
    [
      'workload',
      'splitting',
      'regions at start',
      'C',
      'ops/s plaintext',
      'ops/s TLS',
      'TLS/plaintext ops/s',
      'p50 ms plaintext',
      'p50 ms TLS',
      'TLS/plaintext p50',
      'p99 ms plaintext',
      'p99 ms TLS',
      'TLS/plaintext p99',
    ],
    rows.map((row) => [
      workloadName(row),
      row.splitting ?? '-',
      String(row.regions),
      String(row.concurrency),
      count(row.plaintextOpsPerS),
      count(row.tlsOpsPerS),
      ratio(row.throughputRatio),
      milliseconds(row.plaintextP50),
      milliseconds(row.tlsP50),
      ratio(row.p50Ratio),
      milliseconds(row.plaintextP99),
      milliseconds(row.tlsP99),
      ratio(row.p99Ratio),
    ]),
    2,
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

/** A configuration for a person: `3 nodes, 8 regions at start, splitting on` (`, TLS` with `--secure`). */
export function configurationName(configuration) {
  const regions = `${configuration.regions} region${configuration.regions === 1 ? '' : 's'}`;
  const tls = securityOf(configuration) === 'tls' ? ', TLS' : '';
  return configuration.splitting === undefined
    ? `${configuration.nodes} nodes, ${regions}${tls}`
    : `${configuration.nodes} nodes, ${regions} at start, splitting ${configuration.splitting}${tls}`;
}

/** Whether the host threads of this run were told apart by their names (else: the busiest N). */
function hostThreadsByName(run) {
  return run.configurations.some((configuration) =>
    configuration.points.some((point) => point.threadCpuPerNode?.some((threads) => threads?.identifiedBy === 'name')),
  );
}

/** How the TLS configurations of a run were set up (undefined when it has none). */
function securityParagraph(run) {
  const secure = run.configurations.filter((configuration) => securityOf(configuration) === 'tls');
  if (secure.length === 0) return undefined;
  const negotiated = [
    ...new Set(
      secure
        .map((configuration) => configuration.tls)
        .filter(Boolean)
        .map((tls) => `${tls.protocol} ${tls.cipher}`),
    ),
  ];
  return (
    'TLS (`--secure`): each configuration also runs on a fresh cluster with TLS wherever the load goes, right ' +
    'after its plaintext twin: mutual TLS between the nodes on the peer ports (`--peer-tls-cert`, ' +
    '`--peer-tls-key`, `--peer-tls-ca`) and TLS with client certificates on the client ports (`--tls-cert`, ' +
    '`--tls-key`, `--tls-ca`, `--client-cert-auth`); the client connects with the CA and a client ' +
    'certificate. Certificates are made for the run (ECDSA P-256, `writeCertificateDirectory` of ' +
    '`@flintkv/cli`). ' +
    (negotiated.length > 0 ? `Negotiated: ${negotiated.join(', ')}. ` : '') +
    'The client keeps one connection per node and the nodes keep theirs, so the handshakes happen before the ' +
    'measured window: the ratios are the cost of encrypting the traffic. The metrics ports stay HTTP ' +
    '(nothing reads them during a point).'
  );
}

/**
 * The whole markdown section for one run (heading included); `charts` are the SVG charts drawn
 * of it, `{ workload, href }` with `href` relative to the markdown file.
 */
export function markdownSection(run, { charts = [] } = {}) {
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
    '',
    'Splitting: each region count runs on a fresh cluster per mode. "on" starts the servers with the default ' +
      'split thresholds (96 MiB, 960,000 keys, 200 reads+writes/s sustained for a 10 s window); "off" passes ' +
      '`--split-size 0 --split-key-count 0 --split-load 0`. With splitting on, regions may split by themselves ' +
      'during the preload and during the warm-up and measured window of each point (every point writes or reads), ' +
      'and the points run one after the other on the same cluster, so a later point sees the regions the earlier ' +
      'ones made; "regions after" is the length of the region table (`client.regions()`) right after the point. ' +
      'With this key space only the load threshold can fire, after a region has seen more than 200 ops/s for a ' +
      'whole 10 s window, so short points may end before any split. ' +
      'Per-thread CPU is utime+stime of each thread over the window (/proc/<pid>/task/<tid>/stat). ' +
      (hostThreadsByName(run)
        ? '"host threads" are the threads whose name (/proc/<pid>/task/<tid>/comm) says worker or host.'
        : `Node ${run.machine.node} names every thread of a node process "node" (main, V8 platform, libuv pool, ` +
          'LevelDB, host threads), so the host threads cannot be told apart by name: "host threads" lists the N ' +
          'busiest threads other than the main one, N being the host (piscina worker) thread count of the node ' +
          '(`--workers` default, min(regions + 1, 4)); under load these are the host threads, but a busy libuv pool ' +
          'or LevelDB thread can take a place among them.'),
  ];
  const tlsParagraph = securityParagraph(run);
  if (tlsParagraph !== undefined) parts.push('', tlsParagraph);
  if (charts.length > 0) {
    parts.push(
      '',
      'Throughput and p99 latency against concurrency, every configuration of this run' +
        `${run.etcd && run.etcd.points.length > 0 ? ' and etcd' : ''}:`,
      '',
      ...charts.map(
        ({ workload, href }) => `![${WORKLOAD_NAMES[workload] ?? workload}: ops/s and p99 latency](${href})`,
      ),
    );
  }
  const rows = splittingRows(run.configurations);
  if (rows.length > 0) {
    parts.push('', '### Splitting on / off, same run', '', splittingTable(rows));
  }
  const tlsRows = securityRows(run.configurations);
  if (tlsRows.length > 0) {
    parts.push('', '### TLS / plaintext, same run', '', securityTable(tlsRows));
  }
  for (const configuration of run.configurations) {
    const regionsAfterPreload =
      configuration.regionsAfterPreload === undefined
        ? ''
        : ` Regions after the preload: ${regionCount(configuration.regionsAfterPreload)}.`;
    parts.push(
      '',
      `### ${configurationName(configuration)}`,
      '',
      `Preload: ${configuration.preload.written.toLocaleString('en-US')} of ${configuration.preload.keys.toLocaleString('en-US')} keys in ${configuration.preload.seconds.toFixed(1)} s` +
        `${configuration.preload.errors ? ` (${configuration.preload.errors} failed batches: ${configuration.preload.firstError})` : ''}.` +
        regionsAfterPreload,
      '',
      flintTable(configuration.points),
    );
  }
  if (!run.etcd) {
    parts.push(
      '',
      'etcd was not measured in this run: `npm run bench -- --vs-etcd` runs the same put/get points against a ' +
        '3-member etcd through the shared peers harness and adds FlintKV/etcd ratios (install etcd first with ' +
        "the harness's `scripts/install.sh`; its directory is `--peers-dir`).",
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
          `FlintKV (${configurationName(configuration)}) / etcd:`,
          '',
          ratioTable(ratioRows(configuration.points, run.etcd.points)),
        );
      }
    }
  }
  return parts.join('\n');
}

/**
 * Puts `section` into `path` between `markers` (by default the load benchmark's), leaving every
 * other section as it is; appends it (creating the file if needed) the first time.
 */
export function writeMarkdownSection(path, section, markers = { start: SECTION_START, end: SECTION_END }) {
  const block = `${markers.start}\n${section}\n${markers.end}`;
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf(markers.start);
  const end = existing.indexOf(markers.end);
  const updated =
    start >= 0 && end > start
      ? `${existing.slice(0, start)}${block}${existing.slice(end + markers.end.length)}`
      : `${existing.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, updated);
}

/** The section of docs/benchmarks.md that `npm run bench -- --idle-regions N` owns. */
export const IDLE_SECTION_MARKERS = Object.freeze({
  start: '<!-- idle-bench:start (written by npm run bench -- --idle-regions; edits inside are overwritten) -->',
  end: '<!-- idle-bench:end -->',
});
const IDLE_SECTION_HEADING = '## Idle regions (npm run bench -- --idle-regions)';

const restartFigures = (restart) =>
  restart === undefined
    ? '-'
    : `${restart.readyS ?? '?'} / ${restart.leadsS ?? '?'} / ${restart.servesS ?? '?'}${restart.error ? ' (!)' : ''}`;

/**
 * One row per region count of an idle run: bootstrap, first write, CPU and RSS per node over
 * the idle window, memory per region against the baseline, and restart-to-ready per signal.
 */
export function idleTable(run) {
  const signals = [
    ...new Set(run.configurations.flatMap((configuration) => configuration.restarts.map((r) => r.signal))),
  ];
  const memory = run.memoryPerRegion;
  return markdownTable(
    [
      'regions',
      'bootstrap s',
      'first write ms',
      'CPU % of a core per node (n1/n2/n3)',
      'RSS MiB per node',
      'KiB per region per node (mean)',
      ...signals.map((signal) => `restart after ${signal}: ready / leads / serves s`),
    ],
    run.configurations.map((configuration) => [
      String(configuration.regions),
      String(configuration.bootstrapS),
      milliseconds(configuration.firstWriteMs),
      perNode(configuration.cpuPercentPerNode),
      perNode(configuration.rssMiBPerNode),
      memory && configuration.regions === memory.regions
        ? `${perNode(memory.kibPerRegionPerNode)} (${memory.kibPerRegionMean ?? '?'})`
        : '-',
      ...signals.map((signal) => restartFigures(configuration.restarts.find((restart) => restart.signal === signal))),
    ]),
    0,
  );
}

/** Where the idle CPU went, per node: main thread, the busiest N other threads, the rest; and context. */
export function idleThreadTable(run) {
  const percent = (configuration, value) =>
    value === null || value === undefined ? '?' : String(Math.round((1000 * value) / configuration.windowS) / 10);
  return markdownTable(
    [
      'regions',
      'host threads',
      'main thread CPU %',
      'host threads CPU % (busiest N)',
      'rest CPU %',
      'threads',
      'leaders per node',
      'peak RSS MiB',
      'other processes (cores)',
      'box busy / steal %',
    ],
    run.configurations.map((configuration) => {
      const threads = configuration.threadCpuPerNode ?? [];
      return [
        String(configuration.regions),
        String(configuration.hostThreads),
        threads.map((entry) => percent(configuration, entry?.mainCpuSeconds)).join(' / '),
        threads
          .map((entry) =>
            entry ? entry.hosts.map((thread) => percent(configuration, thread.cpuSeconds)).join(' ') || '-' : '?',
          )
          .join(' / '),
        threads.map((entry) => percent(configuration, entry?.restCpuSeconds)).join(' / '),
        threads.map((entry) => String(entry?.threadCount ?? '?')).join(' / '),
        perNode(configuration.leadersPerNode),
        perNode(configuration.peakRssMiBPerNode),
        String(configuration.otherProcessesCores ?? '-'),
        configuration.machineCpuPercent
          ? `${configuration.machineCpuPercent.busy} / ${configuration.machineCpuPercent.steal}`
          : '-',
      ];
    }),
    0,
  );
}

/** Restarts whose measurement did not finish, one line each (empty when all did). */
export function idleRestartProblems(run) {
  return run.configurations.flatMap((configuration) =>
    configuration.restarts
      .filter((restart) => restart.error)
      .map((restart) => `${configuration.regions} regions, ${restart.signal}: ${restart.error}`),
  );
}

/** The idle section of docs/benchmarks.md for one run (heading included). */
export function idleMarkdownSection(run) {
  const settings = run.settings;
  const problems = idleRestartProblems(run);
  return [
    IDLE_SECTION_HEADING,
    '',
    `Run ${run.date.slice(0, 16).replace('T', ' ')} UTC with \`${run.command}\` on ${run.machine.cpus} cores (${run.machine.cpuModel}), Node ${run.machine.node}, ` +
      'loopback, fsync on, default server flags. Per region count, a fresh 3-node cluster is bootstrapped with ' +
      '`--regions N`; "bootstrap" runs from spawning the nodes until every node\'s `/readyz` answers 200 with every ' +
      'leader known. "First write" is one put through a fresh `@flintkv/client` right after that (its connect ' +
      `is not counted; it is in the JSON). Then ${settings.settleS} s without traffic, then ${settings.windowS} s ` +
      'measured without traffic: CPU is utime+stime of each node process over the window (/proc/<pid>/stat) as a ' +
      'percentage of one core; RSS is the mean of VmRSS sampled every second. KiB per region is (RSS at N regions ' +
      `− RSS at ${settings.baselineRegions}) / (N − ${settings.baselineRegions}), per node. "Other processes" is the ` +
      'CPU that processes outside the benchmark used during the window: when it is not near 0 the figures are ' +
      `pessimistic. Raw figures: \`${run.jsonPath}\`.`,
    '',
    `Restart: node ${run.configurations[0]?.restarts[0]?.nodeId ?? 3} is stopped with the signal, then started ` +
      'again with the same data directory and flags; the figures count from that start. "ready": its `/readyz` ' +
      'answers 200 with every leader known. "leads": it leads a region again — a restarted node leads nothing until ' +
      'leaders move to it (the leader balance moves one per node every 5 s), so the bench asks for one ' +
      "(`transferLeader` through a client whose only endpoint is that node) and polls that node's status. " +
      '"serves": a put and then a linearizable get of a key of that region, through that client, with the ' +
      'restarted node as the leader, returned the value written. After each restart the bench waits for the ' +
      'whole cluster to be ready again.',
    '',
    idleTable(run),
    '',
    'Where the idle CPU went (percent of one core over the window, per node n1 / n2 / n3; host threads are the ' +
      'N busiest threads other than the main one, N the host thread count, as Node names every thread "node"):',
    '',
    idleThreadTable(run),
    ...(problems.length > 0 ? ['', 'Restarts that did not finish:', '', ...problems.map((line) => `- ${line}`)] : []),
  ].join('\n');
}
