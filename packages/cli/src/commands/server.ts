import { readFile } from 'node:fs/promises';
import {
  ConfigError,
  flagOf,
  helpOf,
  isSwitch,
  requiredThreadPoolSize,
  SETTINGS,
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
  const command = program.command('server').description('run one node of a FlintKV cluster');
  // Every setting is defined once (`settings.ts` of @flintkv/server); docs/configuration.md lists them.
  for (const setting of SETTINGS) {
    command.option(`--${flagOf(setting.name)}${isSwitch(setting) ? '' : ` ${setting.value}`}`, helpOf(setting));
  }
  command
    .option('--config <file>', 'YAML file with the same options (flags override FLINT_* variables, which override it)')
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
        config = resolveServerConfig(flags, await readConfigFile(configPath), process.cwd(), process.env);
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const rerunCode = await rerunWithThreadPool(requiredThreadPoolSize(config.workers));
      exit(rerunCode ?? (await serveUntilSignalled(config)));
    });
}
