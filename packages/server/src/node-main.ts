/**
 * A process entry that runs one node from `flint server` flags without the CLI package:
 * `node dist/node-main.js --id 1 --data d --cluster 1=127.0.0.1:7101,...`. It is what
 * {@link startTestCluster} spawns; people use `flint server`. Set UV_THREADPOOL_SIZE in the
 * environment (it cannot be raised from inside the process).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/config-error.js';
import { resolveServerConfig } from './config/resolve-server-config.js';
import { flagOf, isSwitch, SETTINGS } from './config/settings.js';
import { serveUntilSignalled } from './node-process.js';

/** Every flag of `flint server`, kebab-case, and the config file's; switches take no value, as there. */
const OPTIONS: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries([
  ...SETTINGS.map((setting) => [
    flagOf(setting.name),
    { type: isSwitch(setting) ? ('boolean' as const) : ('string' as const) },
  ]),
  ['config', { type: 'string' as const }],
]);

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

async function main(): Promise<number> {
  let config: ReturnType<typeof resolveServerConfig>;
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    });
    const flags = Object.fromEntries(
      Object.entries(values).flatMap(([key, value]) => (key === 'config' ? [] : [[camel(key), value]])),
    );
    const file = typeof values.config === 'string' ? readFileSync(values.config, 'utf8') : undefined;
    config = resolveServerConfig(flags, file, process.cwd(), process.env);
  } catch (error) {
    // Bad flags (parseArgs), an unreadable config file or a ConfigError: one line, exit 2.
    const message = error instanceof ConfigError ? error.message : (error as Error).message.split('\n')[0];
    process.stderr.write(`flint: ${message}\n`);
    return 2;
  }
  return serveUntilSignalled(config);
}

process.exit(await main());
