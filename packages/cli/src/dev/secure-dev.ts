/**
 * The parts of `flint dev --secure` around the processes: certificates before the nodes start,
 * and, once they are healthy, the root user and the instructions to connect. Loaded only with
 * `--secure`, since the X.509 library takes a noticeable share of a second to load.
 */
import { FlintError } from '@flintkv/client';
import { join } from 'node:path';
import { type DevCertificates, prepareDevCertificates } from './dev-certificates.js';
import { setUpRootUser } from './root-user.js';
import { secureInstructions } from './secure-instructions.js';

/** The directory under the dev data directory that holds the cluster's certificates. */
export const DEV_CERTIFICATE_DIRECTORY = 'certs';

/**
 * The certificates of a secure dev cluster of `nodes` nodes in `<dataRoot>/certs`, reused from
 * an earlier `--secure` run of the same data directory when they are there; says which.
 */
export async function prepareSecureDevCertificates(
  dataRoot: string,
  nodes: number,
  say: (line: string) => void,
): Promise<DevCertificates> {
  const directory = join(dataRoot, DEV_CERTIFICATE_DIRECTORY);
  const { certificates, written, reusedAuthority } = await prepareDevCertificates(directory, nodes);
  if (!reusedAuthority) say(`wrote a new CA and its certificates to ${directory}`);
  else if (written.length === 0) say(`reusing the CA and certificates in ${directory}`);
  else
    say(
      `reusing the CA in ${directory}; issued ${written.filter((path) => path.endsWith('.crt')).length} missing or expiring certificate(s)`,
    );
  return certificates;
}

/** What {@link finishSecureDev} needs. */
export interface SecureDevFinish {
  endpoints: readonly string[];
  certificates: DevCertificates;
  say(line: string): void;
  /** Where the instructions go (stdout). */
  write(text: string): void;
}

/**
 * Once the cluster is healthy: gives it a root user with a new random password and turns
 * authentication on (unless it is on from an earlier run), then prints how to connect. A
 * failure is said, not thrown: the cluster keeps running.
 */
export async function finishSecureDev(finish: SecureDevFinish): Promise<void> {
  let root: Awaited<ReturnType<typeof setUpRootUser>>;
  try {
    root = await setUpRootUser(finish.endpoints, finish.certificates);
  } catch (error) {
    if (!(error instanceof FlintError)) throw error;
    finish.say(
      `could not set up the root user and authentication: ${error.message}; the nodes keep running (Ctrl-C and start again to retry)`,
    );
    return;
  }
  finish.write(
    `${secureInstructions({ endpoints: finish.endpoints, certificates: finish.certificates, root }).join('\n')}\n`,
  );
}
