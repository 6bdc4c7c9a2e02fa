import { DEV_ANONYMOUS_CERTIFICATE_USER, DEV_ROOT_USER, type DevCertificates } from './dev-certificates.js';
import type { RootUserOutcome } from './root-user.js';

/** What the connection instructions of `flint dev --secure` are about. */
export interface SecureInstructionsInput {
  /** Client addresses, `host:port`. */
  endpoints: readonly string[];
  certificates: DevCertificates;
  root: RootUserOutcome;
}

/** What stands for root's password where this process cannot know it. */
const UNKNOWN_PASSWORD = '<root password>';

/**
 * How to connect to a secure dev cluster, as lines to print: the shell variables of the CLI
 * (with the `client-dev` certificate, which names no user, so the password logs in), an
 * example command, and the SDK's `connect()` with the same settings. When root's password
 * was set earlier (`root.kind === 'kept'`) it says so, and how to set a new one with the
 * `client-root` certificate, which logs in as root without a password.
 *
 * @example
 * secureInstructions({ endpoints: ['127.0.0.1:7201'], certificates, root: { kind: 'created', password } });
 * // ['flint dev: secure: TLS on the peer, client and metrics ports; authentication on', ...]
 */
export function secureInstructions(input: SecureInstructionsInput): string[] {
  const { certificates, root } = input;
  const client = certificates.client(DEV_ANONYMOUS_CERTIFICATE_USER);
  const rootCertificate = certificates.client(DEV_ROOT_USER);
  const endpoints = input.endpoints.join(',');
  const lines = [
    `flint dev: secure: TLS on the peer, client and metrics ports; authentication on; certificates in ${certificates.directory}`,
  ];
  if (root.kind === 'created') {
    lines.push(`  user ${DEV_ROOT_USER} (admin), password: ${root.password}   (new: printed only now)`);
  } else {
    lines.push(
      `  authentication was already on: ${DEV_ROOT_USER} keeps its password (printed when this data directory first ran with --secure, unless changed since).`,
      `  To set a new one, log in with the client-${DEV_ROOT_USER} certificate, which needs no password:`,
      `    env -u FLINT_USER -u FLINT_PASSWORD npx flint user passwd ${DEV_ROOT_USER} --endpoints ${endpoints} ` +
        `--cacert ${shellWord(certificates.ca)} --cert ${shellWord(rootCertificate.certificate)} ` +
        `--key ${shellWord(rootCertificate.key)}`,
    );
  }
  const password = root.kind === 'created' ? root.password : UNKNOWN_PASSWORD;
  lines.push(
    '  connect from a shell:',
    `    export FLINT_ENDPOINTS=${endpoints}`,
    `    export FLINT_CACERT=${shellWord(certificates.ca)}`,
    `    export FLINT_CERT=${shellWord(client.certificate)} FLINT_KEY=${shellWord(client.key)}`,
    root.kind === 'created'
      ? `    export FLINT_USER=${DEV_ROOT_USER} FLINT_PASSWORD=${root.password}`
      : `    export FLINT_USER=${DEV_ROOT_USER}    # the CLI asks for the password, or export FLINT_PASSWORD too`,
    '    npx flint get hello',
    `  (client-${DEV_ANONYMOUS_CERTIFICATE_USER}.crt names no user, so the password logs in; with ` +
      `${rootCertificate.certificate} and its .key instead, a client is ${DEV_ROOT_USER} without one)`,
    '  connect from Node:',
    "    import { readFileSync } from 'node:fs'; import { connect } from '@flintkv/client';",
    `    const tls = { ca: readFileSync(${literal(certificates.ca)}), ` +
      `cert: readFileSync(${literal(client.certificate)}), key: readFileSync(${literal(client.key)}) };`,
    `    const db = await connect({ endpoints: [${input.endpoints.map(literal).join(', ')}], tls, ` +
      `auth: { user: ${literal(DEV_ROOT_USER)}, password: ${literal(password)} } });`,
    '',
  );
  return lines;
}

/** `text` as one shell word: as it is when that is safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `text` as a single-quoted JavaScript string literal. */
function literal(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}
