import { readFileSync } from 'node:fs';
import { connect, type FlintClient, FlintError, type FlintErrorCode, type TlsOptions } from '@flintkv/client';
import type { Command } from 'commander';
import { DEFAULT_ENDPOINTS, DEFAULT_TIMEOUT_MS, parseEndpoints, parseInteger } from '../arguments.js';
import { EXIT_USAGE, UsageError } from '../usage-error.js';
import { askPassword } from '../password-input.js';

/** The connection flags every data and admin verb takes. */
export interface ConnectionFlags {
  endpoints?: string;
  timeout?: string;
  /** etcdctl's names: the CA that signed the nodes' certificates, and a client certificate and key. */
  cacert?: string;
  cert?: string;
  key?: string;
  /** etcdctl's `--user name[:password]`. */
  user?: string;
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
    .option('--cacert <file>', "connect with TLS, trusting this CA for the nodes' certificates (env FLINT_CACERT)")
    .option('--cert <file>', 'client certificate, for nodes started with --client-cert-auth (env FLINT_CERT)')
    .option('--key <file>', "the client certificate's key (env FLINT_KEY)")
    .option(
      '--user <name[:password]>',
      'authenticate as this user (env FLINT_USER, FLINT_PASSWORD; the password is asked for on a terminal)',
    )
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
  const tls = tlsOptionsOf(flags);
  const auth = await credentialsOf(flags);
  let client: FlintClient | undefined;
  let code: number | undefined;
  try {
    client = await connect({
      endpoints,
      timeoutMs,
      ...(tls === undefined ? {} : { tls }),
      ...(auth === undefined ? {} : { auth }),
    });
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
 * The SDK's TLS settings from `--cacert`, `--cert` and `--key` (or `FLINT_CACERT`, `FLINT_CERT`,
 * `FLINT_KEY`); `undefined` when none is given (plaintext).
 * @throws UsageError when a file cannot be read or only one of cert and key is given.
 */
export function tlsOptionsOf(
  flags: ConnectionFlags,
  environment: NodeJS.ProcessEnv = process.env,
): TlsOptions | undefined {
  // An empty variable (`FLINT_CERT= flint get k`) counts as unset.
  const fromEnvironment = (name: string) => (environment[name] === '' ? undefined : environment[name]);
  const files = {
    cacert: flags.cacert ?? fromEnvironment('FLINT_CACERT'),
    cert: flags.cert ?? fromEnvironment('FLINT_CERT'),
    key: flags.key ?? fromEnvironment('FLINT_KEY'),
  };
  if (files.cacert === undefined && files.cert === undefined && files.key === undefined) return undefined;
  if ((files.cert === undefined) !== (files.key === undefined)) {
    throw new UsageError('--cert and --key go together: give both or neither.');
  }
  const read = (flag: keyof typeof files) => {
    const file = files[flag];
    if (file === undefined) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`--${flag}: cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  };
  const tls: TlsOptions = {};
  const ca = read('cacert');
  const cert = read('cert');
  const key = read('key');
  if (ca !== undefined) tls.ca = ca;
  if (cert !== undefined) tls.cert = cert;
  if (key !== undefined) tls.key = key;
  return tls;
}

/**
 * The credentials of `--user name[:password]` (or `FLINT_USER` and `FLINT_PASSWORD`); a
 * missing password is asked for on a terminal, and is an error elsewhere.
 * @throws UsageError
 */
export async function credentialsOf(
  flags: ConnectionFlags,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<{ user: string; password: string } | undefined> {
  const given = flags.user ?? environment.FLINT_USER;
  if (given === undefined) return undefined;
  const colon = given.indexOf(':');
  const user = colon < 0 ? given : given.slice(0, colon);
  if (user.length === 0) throw new UsageError('--user: give a user name (name or name:password).');
  const password = colon < 0 ? environment.FLINT_PASSWORD : given.slice(colon + 1);
  if (password !== undefined) return { user, password };
  if (!process.stdin.isTTY) {
    throw new UsageError(`--user ${user}: no password (give name:password, or FLINT_PASSWORD, or run on a terminal).`);
  }
  return { user, password: await askPassword(`password for ${user}: `) };
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
