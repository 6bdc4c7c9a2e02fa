import { join } from 'node:path';
import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { EXIT_FAILURE, printLine } from './cluster-connection.js';

interface InitFlags {
  dir: string;
  nodes: string;
  hosts: string;
  users: string;
  force?: boolean;
}

/** Most node certificates one `certs init` issues; ids are 1 to `--nodes`. */
const MAX_NODES = 99;

/**
 * `flint certs init`: a cluster CA and, signed by it, a certificate and key for each node and
 * each client user, written to one directory for `flint server`'s TLS flags.
 */
export function registerCertsCommand(program: Command, exit: (code: number) => void): void {
  const certs = program.command('certs').description('TLS certificates for a cluster');
  certs
    .command('init')
    .description(
      'create a cluster CA and, signed by it, a certificate for each node (ids 1 to --nodes) and each client user',
    )
    .requiredOption('--dir <dir>', 'directory to write into (created if missing)')
    .option('--nodes <n>', `node certificates to issue, for ids 1 to n (at most ${MAX_NODES})`, '3')
    .requiredOption(
      '--hosts <list>',
      'comma-separated DNS names and IP addresses the nodes are reached at; each node certificate names them all',
    )
    .option('--users <list>', 'comma-separated client users, one certificate each (its common name)', 'root')
    .option('--force', 'overwrite the certificate and key files already in --dir')
    .addHelpText('after', '\nExample:\n  flint certs init --dir ./certs --nodes 3 --hosts 127.0.0.1,localhost\n')
    .action(async (flags: InitFlags) => {
      if (flags.dir.trim() === '') throw new UsageError('--dir: expected a directory, got an empty value.');
      const nodes = parseInteger('--nodes', flags.nodes, 1, MAX_NODES);
      const hosts = parseList('--hosts', flags.hosts, 'DNS names and IP addresses');
      const users = parseList('--users', flags.users, 'user names');
      // Loaded here, not at the top: the X.509 library takes a noticeable share of a second to
      // load, which every other verb would otherwise pay at each start.
      const { CertificateError, writeCertificateDirectory } = await import('../certificates/index.js');
      let written: string[];
      try {
        written = await writeCertificateDirectory(flags.dir, { nodes, hosts, users, force: flags.force === true });
      } catch (error) {
        if (!(error instanceof CertificateError)) throw error;
        if (error.code === 'FLINT_CERTS_INVALID_ARGUMENT') throw new UsageError(`${error.message}.`);
        process.stderr.write(`flint: ${error.code}: ${error.message} (--force overwrites them)\n`);
        exit(EXIT_FAILURE);
        return;
      }
      for (const path of written) printLine(`wrote ${path}`);
      printLine(nextSteps(flags.dir));
    });
  registerCertsAdd(certs, exit);
}

interface AddFlags {
  dir: string;
  node?: string;
  hosts?: string;
  user?: string;
  force?: boolean;
}

/** `flint certs add`: one more certificate from the CA of a `certs init` directory. */
function registerCertsAdd(certs: Command, exit: (code: number) => void): void {
  certs
    .command('add')
    .description(
      "issue one more certificate with --dir's CA: a node's (--node N --hosts ...) or a client user's (--user)",
    )
    .requiredOption('--dir <dir>', 'a directory written by flint certs init (its ca.crt and ca.key)')
    .option('--node <id>', 'a node certificate for this id (flint://node/<id>)')
    .option('--hosts <list>', "the node's DNS names and IP addresses, comma-separated")
    .option('--user <name>', 'a client certificate whose common name is this user')
    .option('--force', 'overwrite its files if they exist')
    .addHelpText('after', '\nExample:\n  flint certs add --dir ./certs --node 4 --hosts 10.0.0.4,db4\n')
    .action(async (flags: AddFlags) => {
      if ((flags.node === undefined) === (flags.user === undefined)) {
        throw new UsageError('give --node <id> (with --hosts) or --user <name>.');
      }
      const subject =
        flags.node !== undefined
          ? {
              nodeId: parseInteger('--node', flags.node, 1),
              hosts: parseList('--hosts', flags.hosts ?? '', 'DNS names and IP addresses'),
            }
          : { user: flags.user! };
      const { CertificateError, addCertificate } = await import('../certificates/index.js');
      try {
        for (const path of await addCertificate(flags.dir, subject, flags.force === true)) printLine(`wrote ${path}`);
      } catch (error) {
        if (!(error instanceof CertificateError)) throw error;
        if (error.code === 'FLINT_CERTS_INVALID_ARGUMENT') throw new UsageError(`${error.message}.`);
        process.stderr.write(`flint: ${error.code}: ${error.message}\n`);
        exit(EXIT_FAILURE);
      }
    });
}

/**
 * A comma-separated flag value, blanks dropped.
 * @throws {UsageError} when it names nothing.
 */
function parseList(flag: string, value: string, what: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new UsageError(`${flag}: expected comma-separated ${what}, got '${value}'.`);
  return entries;
}

/** How the files are used: node 1's flags, and which files the other nodes and the clients take. */
function nextSteps(directory: string): string {
  const certificate = join(directory, 'node-1.crt');
  const key = join(directory, 'node-1.key');
  const ca = join(directory, 'ca.crt');
  return [
    `next: flint server --id 1 ... --peer-tls-cert ${certificate} --peer-tls-key ${key} --peer-tls-ca ${ca} ` +
      `--tls-cert ${certificate} --tls-key ${key} --tls-ca ${ca}`,
    `  (node <id> takes ${join(directory, 'node-<id>.crt')} and .key, a client ${join(directory, 'client-<user>.crt')} and .key;`,
    `  ${join(directory, 'ca.key')} only issues certificates: keep it off the nodes)`,
  ].join('\n');
}
