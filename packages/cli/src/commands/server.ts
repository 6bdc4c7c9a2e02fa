import { readFile } from 'node:fs/promises';
import {
  ConfigError,
  requiredThreadPoolSize,
  resolveServerConfig,
  type ServerFlags,
  serveUntilSignalled,
} from '@flintkv/server';
import type { Command } from 'commander';
import { rerunWithThreadPool } from '../thread-pool.js';
import { UsageError } from '../usage-error.js';

interface ServerOptions extends ServerFlags {
  config?: string;
}

/** Reads the `--config` file; an unreadable file is a usage error, like a bad flag. */
async function readConfigFile(path: string | undefined): Promise<string | undefined> {
  if (path === undefined) return undefined;
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--config: cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/** `flint server`: run one node of a cluster until SIGTERM/SIGINT. */
export function registerServerCommand(program: Command, exit: (code: number) => void): void {
  program
    .command('server')
    .description('run one node of a FlintKV cluster')
    .option('--id <id>', 'this node id (a member of --cluster)')
    .option('--data <dir>', 'data directory')
    .option('--peer <host:port>', "listen address for peers (default: this node's --cluster entry)")
    .option('--client <host:port>', "listen address for clients (default: this node's client address)")
    .option(
      '--cluster <members>',
      'all members: id=peerHost:port[/clientHost:port],... (client port defaults to peer port + 100)',
    )
    .option(
      '--join <host:port,...>',
      "join a running cluster through any member's client address (instead of --cluster; needs --peer and --client)",
    )
    .option('--cluster-id <n>', 'cluster id (default: a hash of the sorted member list; with --join, any)')
    .option('--regions <n>', 'initial region count of a fresh cluster (default 8)')
    .option(
      '--replicas <n>',
      'replicas of each region of a fresh cluster, placed round robin: odd, at most the members (default min(3, members))',
    )
    .option('--split-keys <keys>', 'initial split keys, comma-separated (text, or 0x-prefixed hex)')
    .option('--workers <n>', 'group host threads (default min(regions + 1, 4, cores), at least 2)')
    .option('--metrics <host:port>', 'serve Prometheus /metrics and /health on this address')
    .option('--log-level <level>', 'trace, debug, info, warn, error, fatal or silent (default info)')
    .option(
      '--split-size <size>',
      'a region splits when its data passes this size, e.g. 96MiB; 0 = never (default 96MiB)',
    )
    .option('--split-key-count <count>', 'a region splits when it holds this many keys; 0 = never (default 960000)')
    .option(
      '--split-load <ops>',
      'a region splits when reads+writes per second stay at or above this for 10 s; 0 = never (default 200)',
    )
    .option(
      '--merge-size <size>',
      'a region merges into the next one when both hold less than this, e.g. 1MiB; 0 = never (default 4MiB, the most)',
    )
    .option('--merge-load <ops>', 'and both serve fewer reads+writes per second than this (default 20)')
    .option('--merge-cooldown <seconds>', 'and have for this long, unsplit (default 60)')
    .option(
      '--replace-down-after <seconds>',
      "re-create a region's replica elsewhere when its node is unreachable this long; 0 = never (default 300)",
    )
    .option(
      '--placement-changes <n>',
      'replica changes (add, promote, remove) each node starts per 2 s for regions it leads: a rebalance throttle (default 1)',
    )
    .option(
      '--quiesce-after <seconds>',
      'an idle region stops ticking and heartbeating after this long without work; 0 = never (default 2)',
    )
    .option(
      '--stop-handoff <ms>',
      'on SIGTERM, hand leaderships to other replicas for up to this long before stopping; 0 = none (default 1000)',
    )
    .option('--snapshot-chunk-bytes <size>', 'snapshot stream chunk size, e.g. 1MiB (default 1MiB)')
    .option('--snapshot-window-bytes <size>', 'unacknowledged snapshot bytes per transfer (default 4MiB)')
    .option('--snapshot-concurrency <n>', 'snapshots a host thread sends, and receives, at once (default 2)')
    .option('--peer-tls-cert <file>', "this node's certificate for the peer port (mutual TLS; names flint://node/<id>)")
    .option('--peer-tls-key <file>', "the peer certificate's key")
    .option('--peer-tls-ca <file>', 'the cluster CA: peers must present certificates it signed')
    .option('--tls-cert <file>', 'serve the client port over TLS with this certificate')
    .option('--tls-key <file>', "the client port certificate's key")
    .option('--tls-ca <file>', 'CA of client certificates (with --client-cert-auth)')
    .option('--client-cert-auth', 'clients must present a certificate signed by --tls-ca')
    .option('--metrics-tls', 'serve --metrics over HTTPS with the client port certificate')
    .option(
      '--auth-session-ttl <seconds>',
      'with authentication on, a connection authenticates again after this long (default 3600)',
    )
    .option('--config <file>', 'YAML file with the same options (flags override it)')
    .addHelpText(
      'after',
      '\nExample:\n  flint server --id 1 --data ./data/n1 --metrics 127.0.0.1:9101 \\\n' +
        '    --cluster 1=127.0.0.1:7101,2=127.0.0.1:7102,3=127.0.0.1:7103\n' +
        '  flint server --id 4 --data ./data/n4 --peer 127.0.0.1:7104 --client 127.0.0.1:7204 \\\n' +
        '    --join 127.0.0.1:7201\n' +
        '  flint server --id 1 --data ./data/n1 --cluster ... \\\n' +
        '    --peer-tls-cert certs/node-1.crt --peer-tls-key certs/node-1.key --peer-tls-ca certs/ca.crt \\\n' +
        '    --tls-cert certs/node-1.crt --tls-key certs/node-1.key   # certificates: flint certs init',
    )
    .action(async (options: ServerOptions) => {
      const { config: configPath, ...flags } = options;
      let config: ReturnType<typeof resolveServerConfig>;
      try {
        config = resolveServerConfig(flags, await readConfigFile(configPath));
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const rerunCode = await rerunWithThreadPool(requiredThreadPoolSize(config.workers));
      exit(rerunCode ?? (await serveUntilSignalled(config)));
    });
}
