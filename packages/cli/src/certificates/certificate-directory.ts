import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCertificateAuthority } from './certificate-authority.js';
import { CertificateError } from './certificate-error.js';
import {
  CERTIFICATE_AUTHORITY_FILES,
  type CertificateFileNames,
  clientCertificateFiles,
  nodeCertificateFiles,
} from './certificate-file-names.js';
import { issueClientCertificate } from './client-certificate.js';
import { hostName } from './host-names.js';
import type { IssuedCertificate } from './issued-certificate.js';
import { issueNodeCertificate } from './node-certificate.js';

/** What {@link writeCertificateDirectory} writes. */
export interface CertificateDirectoryOptions {
  /** Node certificates to issue, for ids 1 to `nodes`. */
  nodes: number;
  /** DNS names and IP addresses the nodes are reached at; every node certificate names them all. */
  hosts: readonly string[];
  /** Client certificates to issue, one per user; default {@link DEFAULT_CERTIFICATE_USERS}. */
  users?: readonly string[];
  /** Overwrite certificate and key files already there; default false (refuse). */
  force?: boolean;
}

/** The client users a certificate directory gets when none are named. */
export const DEFAULT_CERTIFICATE_USERS: readonly string[] = ['root'];

/** Subject common name of the CA a certificate directory starts with. */
export const CERTIFICATE_AUTHORITY_COMMON_NAME = 'FlintKV cluster CA';

/** Certificates are public; keys are for their owner only. */
const CERTIFICATE_MODE = 0o644;
const KEY_MODE = 0o600;
/** The directory holds private keys, so only its owner may list or enter it when we create it. */
const DIRECTORY_MODE = 0o700;

/**
 * Creates a cluster's certificates in `directory` (made if missing): a new CA (`ca.crt`,
 * `ca.key`), a certificate for each node id 1 to `nodes` (`node-<id>.crt`, `.key`) and for
 * each client user (`client-<user>.crt`, `.key`). Keys are written with mode 0600. Nothing
 * is written when any of these files is already there, unless `force`; other files in the
 * directory are left alone. Returns the paths written, CA first.
 *
 * @throws {CertificateError} `FLINT_CERTS_EXIST` naming the files already there;
 *   `FLINT_CERTS_INVALID_ARGUMENT` for a bad node count, host or user.
 * @example
 * const written = await writeCertificateDirectory('certs', { nodes: 3, hosts: ['127.0.0.1', 'localhost'] });
 * // ['certs/ca.crt', 'certs/ca.key', 'certs/node-1.crt', ..., 'certs/client-root.key']
 */
export async function writeCertificateDirectory(
  directory: string,
  options: CertificateDirectoryOptions,
): Promise<string[]> {
  if (!Number.isSafeInteger(options.nodes) || options.nodes <= 0) {
    throw new CertificateError(
      'FLINT_CERTS_INVALID_ARGUMENT',
      `nodes must be a positive integer, got ${options.nodes}`,
    );
  }
  if (options.hosts.length === 0) {
    throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', 'hosts must name at least one DNS name or IP address');
  }
  // Every argument is checked before anything is generated or written.
  options.hosts.forEach(hostName);
  const nodeIds = Array.from({ length: options.nodes }, (_, index) => index + 1);
  const users = [...new Set(options.users ?? DEFAULT_CERTIFICATE_USERS)];
  const clientFiles = users.map(clientCertificateFiles);
  const allFiles = [CERTIFICATE_AUTHORITY_FILES, ...nodeIds.map(nodeCertificateFiles), ...clientFiles].flatMap(
    (files) => [files.certificate, files.key],
  );
  if (!options.force) await refuseExisting(directory, allFiles);

  const ca = await createCertificateAuthority({ commonName: CERTIFICATE_AUTHORITY_COMMON_NAME });
  const issued: Array<[CertificateFileNames, IssuedCertificate]> = [[CERTIFICATE_AUTHORITY_FILES, ca]];
  for (const nodeId of nodeIds) {
    issued.push([nodeCertificateFiles(nodeId), await issueNodeCertificate(ca, { nodeId, hosts: options.hosts })]);
  }
  for (const [index, user] of users.entries()) {
    issued.push([clientFiles[index]!, await issueClientCertificate(ca, { user })]);
  }

  await mkdir(directory, { recursive: true, mode: DIRECTORY_MODE });
  const written: string[] = [];
  for (const [files, certificate] of issued) {
    written.push(
      await writeNewFile(directory, files.certificate, certificate.certificatePem, CERTIFICATE_MODE, options),
    );
    written.push(await writeNewFile(directory, files.key, certificate.privateKeyPem, KEY_MODE, options));
  }
  return written;
}

async function refuseExisting(directory: string, names: readonly string[]): Promise<void> {
  let present: Set<string>;
  try {
    present = new Set(await readdir(directory));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const existing = names.filter((name) => present.has(name));
  if (existing.length > 0) {
    throw new CertificateError(
      'FLINT_CERTS_EXIST',
      `${directory} already holds ${existing.join(', ')}; nothing was written`,
    );
  }
}

/**
 * Writes a file that did not exist a moment ago: with `force` the old one is removed first,
 * so the mode given applies (it does only to a file being created) and a key never spends a
 * moment in a file readable by others.
 */
async function writeNewFile(
  directory: string,
  name: string,
  content: string,
  mode: number,
  options: CertificateDirectoryOptions,
): Promise<string> {
  const path = join(directory, name);
  if (options.force) await rm(path, { force: true });
  try {
    await writeFile(path, content, { mode, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new CertificateError('FLINT_CERTS_EXIST', `${path} appeared while the certificates were being written`, {
      cause: error,
    });
  }
  return path;
}
