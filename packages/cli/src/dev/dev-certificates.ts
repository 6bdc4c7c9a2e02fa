/**
 * The certificates of `flint dev --secure`: one cluster CA, a certificate per node and two
 * client certificates, kept in the dev data directory so that a restarted secure dev cluster
 * finds the same CA its nodes and clients already trust.
 */
import { X509Certificate } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CERTIFICATE_AUTHORITY_FILES,
  type CertificateFileNames,
  type CertificateWithKey,
  clientCertificateFiles,
  issueClientCertificate,
  issueNodeCertificate,
  nodeCertificateFiles,
  writeCertificateDirectory,
} from '../certificates/index.js';

/** The addresses a dev node is reached at: every dev node certificate names them. */
export const DEV_CERTIFICATE_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/** The admin user `flint dev --secure` creates; its certificate logs in as it without a password. */
export const DEV_ROOT_USER = 'root';

/**
 * The common name of the client certificate that names no user: a client holding it passes
 * TLS and must then log in with a password.
 */
export const DEV_ANONYMOUS_CERTIFICATE_USER = 'dev';

/** A certificate this close to its end is issued again rather than reused. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

const CERTIFICATE_MODE = 0o644;
/** Keys are for their owner only, as `flint certs init` writes them. */
const KEY_MODE = 0o600;

/** Absolute paths of one certificate and its key. */
export interface CertificatePaths {
  certificate: string;
  key: string;
}

/** Where the files of a secure dev cluster are. */
export interface DevCertificates {
  directory: string;
  /** The CA certificate that nodes and clients trust. */
  ca: string;
  node(id: number): CertificatePaths;
  /** The client certificate named `client-<user>`. */
  client(user: string): CertificatePaths;
}

/** What {@link prepareDevCertificates} found and did. */
export interface PreparedDevCertificates {
  certificates: DevCertificates;
  /** Files written by this call; empty when every certificate was reused. */
  written: string[];
  /** Whether the CA was already there and is kept (with whatever it had signed and is still good). */
  reusedAuthority: boolean;
}

/**
 * Makes sure `directory` holds a CA, a certificate for nodes 1 to `nodes` and the client
 * certificates `client-root` and `client-dev`. A CA already there is reused, and so is every
 * certificate it signed that is not about to expire; what is missing or stale is issued from
 * it. Without a usable CA, a new one and all the certificates are written.
 *
 * @example
 * const { certificates } = await prepareDevCertificates('.flint-dev/certs', 3);
 * certificates.node(1); // { certificate: '.flint-dev/certs/node-1.crt', key: '.flint-dev/certs/node-1.key' }
 */
export async function prepareDevCertificates(directory: string, nodes: number): Promise<PreparedDevCertificates> {
  const at = (files: CertificateFileNames): CertificatePaths => ({
    certificate: join(directory, files.certificate),
    key: join(directory, files.key),
  });
  const certificates: DevCertificates = {
    directory,
    ca: join(directory, CERTIFICATE_AUTHORITY_FILES.certificate),
    node: (id) => at(nodeCertificateFiles(id)),
    client: (user) => at(clientCertificateFiles(user)),
  };
  const users = [DEV_ROOT_USER, DEV_ANONYMOUS_CERTIFICATE_USER];
  const nodeIds = Array.from({ length: nodes }, (_, index) => index + 1);

  const authority = await readUsableAuthority(at(CERTIFICATE_AUTHORITY_FILES));
  if (authority === undefined) {
    // Certificates left without their CA are useless: everything starts over.
    const written = await writeCertificateDirectory(directory, {
      nodes,
      hosts: DEV_CERTIFICATE_HOSTS,
      users,
      force: true,
    });
    return { certificates, written, reusedAuthority: false };
  }

  const written: string[] = [];
  for (const id of nodeIds) {
    const paths = certificates.node(id);
    if (await isUsableLeaf(paths, authority.certificate)) continue;
    const issued = await issueNodeCertificate(authority.files, { nodeId: id, hosts: DEV_CERTIFICATE_HOSTS });
    written.push(...(await writePair(paths, issued)));
  }
  for (const user of users) {
    const paths = certificates.client(user);
    if (await isUsableLeaf(paths, authority.certificate)) continue;
    written.push(...(await writePair(paths, await issueClientCertificate(authority.files, { user }))));
  }
  return { certificates, written, reusedAuthority: true };
}

/** The CA in `paths`, if both files are there and the certificate is a CA not about to expire. */
async function readUsableAuthority(
  paths: CertificatePaths,
): Promise<{ files: CertificateWithKey; certificate: X509Certificate } | undefined> {
  const certificatePem = await readIfPresent(paths.certificate);
  const privateKeyPem = await readIfPresent(paths.key);
  if (certificatePem === undefined || privateKeyPem === undefined) return undefined;
  const certificate = parseCertificate(certificatePem);
  if (certificate === undefined || !certificate.ca || !isCurrent(certificate)) return undefined;
  return { files: { certificatePem, privateKeyPem }, certificate };
}

/** Whether a leaf certificate and its key are there, signed by `authority` and not about to expire. */
async function isUsableLeaf(paths: CertificatePaths, authority: X509Certificate): Promise<boolean> {
  const pem = await readIfPresent(paths.certificate);
  if (pem === undefined || (await readIfPresent(paths.key)) === undefined) return false;
  const certificate = parseCertificate(pem);
  if (certificate === undefined) return false;
  return certificate.verify(authority.publicKey) && isCurrent(certificate);
}

function isCurrent(certificate: X509Certificate): boolean {
  const now = Date.now();
  return Date.parse(certificate.validFrom) <= now && Date.parse(certificate.validTo) - RENEW_BEFORE_MS > now;
}

function parseCertificate(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Replaces a certificate and its key. The old files are removed first so that the mode given
 * applies (it does only to a file being created): a key is never readable by others.
 */
async function writePair(paths: CertificatePaths, issued: CertificateWithKey): Promise<string[]> {
  await rm(paths.certificate, { force: true });
  await rm(paths.key, { force: true });
  await writeFile(paths.certificate, issued.certificatePem, { mode: CERTIFICATE_MODE, flag: 'wx' });
  await writeFile(paths.key, issued.privateKeyPem, { mode: KEY_MODE, flag: 'wx' });
  return [paths.certificate, paths.key];
}
