import { connect, type FlintClient, FlintError, type FlintErrorCode } from '@flintkv/client';
import type { Command } from 'commander';
import { DEFAULT_ENDPOINTS, DEFAULT_TIMEOUT_MS, parseEndpoints, parseInteger } from '../arguments.js';
import { EXIT_USAGE } from '../usage-error.js';

/** The connection flags every data and admin verb takes. */
export interface ConnectionFlags {
  endpoints?: string;
  timeout?: string;
}

/** Exit code when the cluster refused or failed a request (a `FlintError`), or a condition did not hold. */
export const EXIT_FAILURE = 1;

/** The help of every `<key>` argument. */
export const KEY_HELP = 'the key: UTF-8 text, or 0x followed by hex digits for bytes';

/**
 * SDK errors that mean the command line was wrong (exit 2, like a bad flag), not that the
 * cluster failed: an argument it refused, or an endpoint that is not a client port.
 */
const USAGE_ERROR_CODES: ReadonlySet<FlintErrorCode> = new Set([
  'FLINT_INVALID_ARGUMENT',
  'FLINT_KEY_TOO_LARGE',
  'FLINT_VALUE_TOO_LARGE',
  'FLINT_NOT_A_CLIENT_PORT',
]);

/** Adds `--endpoints` and `--timeout` to a verb, and an example at the end of its help. */
export function withConnectionFlags(command: Command, example: string): Command {
  return command
    .option(
      '--endpoints <list>',
      `comma-separated host:port of cluster nodes (env FLINT_ENDPOINTS; default ${DEFAULT_ENDPOINTS})`,
    )
    .option('--timeout <ms>', `deadline of each request, retries included (default ${DEFAULT_TIMEOUT_MS})`)
    .addHelpText('after', `\nExample:\n  ${example}\n`);
}

/**
 * Connects with the verb's flags, runs `action`, and always closes the client. A
 * `FlintError` becomes one line `flint: <message>` and exit 1 (exit 2 when it says the
 * arguments or endpoints were wrong); a non-zero number returned by `action` is the exit
 * code; anything else (usage errors included) propagates to `runCli`.
 */
export async function withClient(
  flags: ConnectionFlags,
  exit: (code: number) => void,
  action: (client: FlintClient) => Promise<number | undefined>,
): Promise<void> {
  const endpoints = parseEndpoints(flags.endpoints, process.env.FLINT_ENDPOINTS);
  const timeoutMs = flags.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseInteger('--timeout', flags.timeout, 1);
  let client: FlintClient | undefined;
  let code: number | undefined;
  try {
    client = await connect({ endpoints, timeoutMs });
    code = await action(client);
  } catch (error) {
    if (!(error instanceof FlintError)) throw error;
    process.stderr.write(`flint: ${error.message}\n`);
    code = USAGE_ERROR_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILURE;
  } finally {
    await client?.close();
  }
  if (code !== undefined && code !== 0) exit(code);
}

/**
 * Why `regionId` cannot be asked anything (it is not in the region table), in the CLI's
 * words; undefined when it exists. Admin verbs check first, so the person reads about
 * `flint regions`, not about the SDK.
 */
export async function missingRegion(client: FlintClient, regionId: number): Promise<string | undefined> {
  const regions = await client.regions();
  if (regions.some((region) => region.id === regionId)) return undefined;
  const ids = regions.map((region) => region.id).join(', ');
  return `region ${regionId} does not exist (regions: ${ids}); \`flint regions\` lists them with their ranges.`;
}

/** Writes one line to stdout. */
export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}
