import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { connect } from '@flintkv/client';
import { waitUntilEveryNodeRequiresAuth } from './auth-propagation.js';
import { DEV_ANONYMOUS_CERTIFICATE_USER, DEV_ROOT_USER, type DevCertificates } from './dev-certificates.js';

/** Random bytes in a dev root password: 144 bits, 24 base64url characters that need no shell quoting. */
const PASSWORD_BYTES = 18;

/** What {@link setUpRootUser} did. */
export type RootUserOutcome =
  /** Root has this new password (added, or an existing root's password replaced) and authentication is now on. */
  | { kind: 'created'; password: string }
  /** Authentication was already on: root keeps the password it had, which this process cannot know. */
  | { kind: 'kept' };

/** A new random password for the dev root user. */
export function randomPassword(): string {
  return randomBytes(PASSWORD_BYTES).toString('base64url');
}

/**
 * Gives a secure dev cluster its admin and turns authentication on, unless it is on already
 * (a restarted secure dev cluster keeps its users). It connects with the `client-root`
 * certificate, which passes while authentication is off and, once on, logs in as root without
 * a password — so the same connection works for either state. It returns once every node
 * refuses clients without credentials and takes root's new password.
 *
 * @throws {FlintError} when the cluster cannot be reached or refuses (e.g. authentication is
 *   on and there is no root user any more: `FLINT_UNAUTHENTICATED`).
 * @example
 * const outcome = await setUpRootUser(endpoints, certificates);
 * if (outcome.kind === 'created') console.log(`root's password: ${outcome.password}`);
 */
export async function setUpRootUser(
  endpoints: readonly string[],
  certificates: DevCertificates,
  timeoutMs = 20_000,
): Promise<RootUserOutcome> {
  const ca = await readFile(certificates.ca, 'utf8');
  const tlsAs = async (user: string) => {
    const files = certificates.client(user);
    return { ca, cert: await readFile(files.certificate, 'utf8'), key: await readFile(files.key, 'utf8') };
  };
  const client = await connect({ endpoints: [...endpoints], timeoutMs, tls: await tlsAs(DEV_ROOT_USER) });
  let password: string;
  try {
    const list = await client.users();
    if (list.authEnabled) return { kind: 'kept' };
    password = randomPassword();
    // A root left from a run whose authentication was later turned off gets the new password.
    if (list.users.some((user) => user.name === DEV_ROOT_USER)) {
      await client.changePassword(DEV_ROOT_USER, password, { role: 'admin' });
    } else {
      await client.addUser(DEV_ROOT_USER, 'admin', password);
    }
    await client.setAuth(true);
  } finally {
    await client.close();
  }
  await waitUntilEveryNodeRequiresAuth({
    endpoints,
    tls: await tlsAs(DEV_ANONYMOUS_CERTIFICATE_USER),
    credentials: { user: DEV_ROOT_USER, password },
    timeoutMs,
  });
  return { kind: 'created', password };
}
