import { connect, type FlintClient, FlintError } from '@flintkv/client';
import type { Command } from 'commander';
import { DEFAULT_ENDPOINTS, DEFAULT_TIMEOUT_MS, parseEndpoints, parseInteger } from '../arguments.js';

/** The connection flags every data and admin verb takes. */
export interface ConnectionFlags {
  endpoints?: string;
  timeout?: string;
}

/** Exit code when the cluster refused or failed a request (a `FlintError`), or a condition did not hold. */
export const EXIT_FAILURE = 1;

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
 * `FlintError` becomes one line `flint: <message>` and exit 1; a non-zero number returned by
 * `action` is the exit code; anything else (usage errors included) propagates to `runCli`.
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
    code = EXIT_FAILURE;
  } finally {
    await client?.close();
  }
  if (code !== undefined && code !== 0) exit(code);
}

/** Writes one line to stdout. */
export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}
