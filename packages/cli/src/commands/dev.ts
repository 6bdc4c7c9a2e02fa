import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { defaultReplicaCount, defaultWorkerCount, LOG_LEVELS, requiredThreadPoolSize } from '@flintkv/server';
import type { Command } from 'commander';
import { DEV_COMMAND_HELP, DevCluster, parseDevCommand } from '../dev/dev-cluster.js';
import type { DevCertificates } from '../dev/dev-certificates.js';
import { waitHealthy } from '../dev/health-probe.js';
import { secureServerFlags } from '../dev/secure-server-flags.js';
import { UsageError } from '../usage-error.js';

interface DevOptions {
  nodes: string;
  regions: string;
  replicas?: string;
  data: string;
  peerPort: string;
  clientPort: string;
  metricsPort: string;
  logLevel: string;
  secure?: boolean;
}

/** The CLI's own entry, to start `flint server` children with the same Node and flags. */
const BIN = fileURLToPath(new URL('../bin.js', import.meta.url));
const HOST = '127.0.0.1';

function integerOption(flag: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw new UsageError(`--${flag}: invalid value '${value}', expected an integer from ${min} to ${max}.`);
  }
  return parsed;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, HOST, () => probe.close(() => done(true)));
  });
}

/** `flint dev`: a local cluster of `flint server` processes, stopped together on Ctrl-C. */
export function registerDevCommand(program: Command, exit: (code: number) => void): void {
  program
    .command('dev')
    .description('run a local development cluster (one process per node) until Ctrl-C')
    .option('--nodes <n>', 'number of nodes', '3')
    .option('--regions <n>', 'initial region count', '8')
    .option('--replicas <n>', 'replicas of each region: odd, at most --nodes (default min(3, nodes))')
    .option('--data <dir>', 'parent directory of the nodes’ data directories', '.flint-dev')
    .option('--peer-port <port>', 'peer port of node 1 (node i uses port + i - 1)', '7101')
    .option('--client-port <port>', 'client port of node 1', '7201')
    .option('--metrics-port <port>', 'metrics port of node 1', '9101')
    .option('--log-level <level>', 'server log level', 'info')
    .option(
      '--secure',
      'TLS on every port with certificates of a dev CA (kept in <data>/certs), and a root user with a password',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  npx flint dev --nodes 3 --regions 16    # then, in another terminal: npx flint status\n' +
        '  npx flint dev --secure                 # prints the password, certificates and variables to connect with',
    )
    .action(async (options: DevOptions) => {
      const nodes = integerOption('nodes', options.nodes, 1, 9);
      const regions = integerOption('regions', options.regions, 1, 4096);
      const replicas =
        options.replicas === undefined ? defaultReplicaCount(nodes) : integerOption('replicas', options.replicas, 1, 9);
      if (replicas % 2 === 0 || replicas > nodes) {
        throw new UsageError(`--replicas: must be odd and at most --nodes (${nodes}), got ${replicas}.`);
      }
      const peerPort = integerOption('peer-port', options.peerPort, 1, 65_535 - nodes);
      const clientPort = integerOption('client-port', options.clientPort, 1, 65_535 - nodes);
      const metricsPort = integerOption('metrics-port', options.metricsPort, 1, 65_535 - nodes);
      if (!(LOG_LEVELS as readonly string[]).includes(options.logLevel)) {
        throw new UsageError(
          `--log-level: invalid value '${options.logLevel}', expected one of ${LOG_LEVELS.join(', ')}.`,
        );
      }
      const ids = Array.from({ length: nodes }, (_, index) => index + 1);
      const peer = (id: number) => `${HOST}:${peerPort + id - 1}`;
      const client = (id: number) => `${HOST}:${clientPort + id - 1}`;
      const metrics = (id: number) => `${HOST}:${metricsPort + id - 1}`;
      for (const id of ids) {
        for (const port of [peerPort, clientPort, metricsPort].map((base) => base + id - 1)) {
          if (!(await portIsFree(port))) {
            process.stderr.write(
              `flint dev: port ${port} on ${HOST} is in use (another cluster?); stop it or pick other ports with --peer-port/--client-port/--metrics-port.\n`,
            );
            exit(1);
            return;
          }
        }
      }
      const cluster = ids.map((id) => `${id}=${peer(id)}/${client(id)}`).join(',');
      const dataRoot = resolve(options.data);
      const threadPool = String(requiredThreadPoolSize(defaultWorkerCount(regions)));
      let stopping = false;
      const say = (line: string) => process.stdout.write(`flint dev: ${line}\n`);
      // Loaded only with --secure: it brings the X.509 library, slow to load.
      const secureDev = options.secure === true ? await import('../dev/secure-dev.js') : undefined;
      const certificates: DevCertificates | undefined = await secureDev?.prepareSecureDevCertificates(
        dataRoot,
        nodes,
        say,
      );
      const metricsScheme = certificates === undefined ? 'http' : 'https';
      const nodesOfCluster = new DevCluster({
        nodes: ids.map((id) => ({
          id,
          args: [
            ...process.execArgv,
            BIN,
            'server',
            '--id',
            String(id),
            '--data',
            resolve(dataRoot, `n${id}`),
            '--cluster',
            cluster,
            '--regions',
            String(regions),
            '--replicas',
            String(replicas),
            '--metrics',
            metrics(id),
            '--log-level',
            options.logLevel,
            ...(certificates === undefined ? [] : secureServerFlags(certificates, id)),
          ],
        })),
        env: { ...process.env, UV_THREADPOOL_SIZE: threadPool },
        out: process.stdout,
        err: process.stderr,
        say,
        onAllStopped: () => exit(0),
      });
      nodesOfCluster.startAll();
      const endpoints = ids.map(client).join(',');
      process.stdout.write(
        [
          `flint dev: ${nodes} node(s), ${regions} region(s) of ${replicas} replica(s), data in ${dataRoot}`,
          ...ids.map(
            (id) =>
              `  node ${id}: pid ${nodesOfCluster.pidOf(id)}  client ${client(id)}  peer ${peer(id)}  metrics ${metricsScheme}://${metrics(id)}/metrics`,
          ),
          ...(certificates === undefined
            ? [
                `  try:  npx flint put --endpoints ${endpoints} hello world`,
                `        npx flint status --endpoints ${endpoints}`,
              ]
            : ['  TLS on every port: the password and how to connect follow once every node is healthy.']),
          `  one node by hand: ${DEV_COMMAND_HELP};`,
          '    or from another shell: kill <pid> stops it (it stays down), kill -9 <pid> crashes it (restarted after a backoff).',
          '  Ctrl-C stops every node.',
          '',
        ].join('\n'),
      );

      const commands = createInterface({ input: process.stdin });
      commands.on('line', (line) => {
        if (stopping || line.trim() === '') return;
        const command = parseDevCommand(line, ids);
        if (command.verb === 'invalid') say(command.message);
        else if (command.verb === 'help') say(DEV_COMMAND_HELP);
        else nodesOfCluster[command.verb](command.nodeId);
      });
      // Without input (stdin closed or /dev/null) the commands are simply not available.
      commands.on('close', () => {});

      const parent = process.ppid;
      const stopAll = (why: string) => {
        if (stopping) return;
        stopping = true;
        clearInterval(parentWatch);
        commands.close();
        say(`${why}; stopping every node`);
        nodesOfCluster.stopAll();
      };
      // Whoever started us (npm start, a shell script) may die without passing a signal on; a
      // new parent pid means it is gone, and the nodes must not outlive it.
      const parentWatch = setInterval(() => {
        if (process.ppid !== parent) stopAll(`the parent process (pid ${parent}) is gone`);
      }, PARENT_WATCH_INTERVAL_MS);
      parentWatch.unref();
      process.on('SIGINT', () => stopAll('SIGINT'));
      process.on('SIGTERM', () => stopAll('SIGTERM'));
      process.on('SIGHUP', () => stopAll('SIGHUP'));

      const health = {
        addresses: ids.map(metrics),
        cancelled: () => stopping,
        // With --metrics-tls the probe speaks HTTPS, trusting the dev CA alone.
        ...(certificates === undefined ? {} : { ca: await readFile(certificates.ca, 'utf8') }),
      };
      const healthyLine = `all ${nodes} node(s) healthy (every region has a leader)`;
      const ready = await waitHealthy({ ...health, timeoutMs: READY_TIMEOUT_MS });
      if (stopping) return;
      say(
        ready
          ? healthyLine
          : `not every node is healthy after ${READY_TIMEOUT_MS / 1000} s; see the logs above and /health`,
      );
      if (secureDev === undefined || certificates === undefined) return;
      // The root user needs a serving cluster: a secure one goes on waiting for it.
      if (!ready) {
        if (!(await waitHealthy({ ...health, timeoutMs: Number.POSITIVE_INFINITY })) || stopping) return;
        say(healthyLine);
      }
      await secureDev.finishSecureDev({
        endpoints: ids.map(client),
        certificates,
        say,
        write: (text) => {
          if (!stopping) process.stdout.write(text);
        },
      });
    });
}

/** How often `flint dev` checks that its parent process is still there. */
const PARENT_WATCH_INTERVAL_MS = 500;

/** How long `flint dev` waits before saying the cluster is not healthy (it keeps running). */
const READY_TIMEOUT_MS = 60_000;
