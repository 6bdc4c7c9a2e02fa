import { access, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CertificateError } from './certificate-error.js';
import { CERTIFICATE_AUTHORITY_FILES, clientCertificateFiles, nodeCertificateFiles } from './certificate-file-names.js';
import { issueClientCertificate } from './client-certificate.js';
import type { CertificateWithKey } from './issued-certificate.js';
import { issueNodeCertificate } from './node-certificate.js';

/** What {@link addCertificate} issues: a node's certificate, or a client user's. */
export type CertificateSubject = { nodeId: number; hosts: readonly string[] } | { user: string };

/**
 * Issues one more certificate with the CA already in `directory` (`ca.crt`, `ca.key` of
 * `flint certs init`): for a node that joins a running cluster, or a new client user. Refuses
 * to overwrite its files unless `force`. Returns the paths written.
 *
 * @throws {CertificateError} `FLINT_CERTS_NO_CA` when the directory has no CA, `FLINT_CERTS_EXIST`.
 * @example
 * await addCertificate('certs', { nodeId: 4, hosts: ['10.0.0.4'] }); // ['certs/node-4.crt', 'certs/node-4.key']
 */
export async function addCertificate(directory: string, subject: CertificateSubject, force = false): Promise<string[]> {
  let ca: CertificateWithKey;
  try {
    ca = {
      certificatePem: await readFile(join(directory, CERTIFICATE_AUTHORITY_FILES.certificate), 'utf8'),
      privateKeyPem: await readFile(join(directory, CERTIFICATE_AUTHORITY_FILES.key), 'utf8'),
    };
  } catch {
    throw new CertificateError(
      'FLINT_CERTS_NO_CA',
      `${directory} holds no CA (ca.crt and ca.key): create one with flint certs init`,
    );
  }
  const names = 'user' in subject ? clientCertificateFiles(subject.user) : nodeCertificateFiles(subject.nodeId);
  const issued =
    'user' in subject
      ? await issueClientCertificate(ca, { user: subject.user })
      : await issueNodeCertificate(ca, { nodeId: subject.nodeId, hosts: subject.hosts });
  const certificatePath = join(directory, names.certificate);
  const keyPath = join(directory, names.key);
  if (!force) {
    const existing = (await Promise.all([certificatePath, keyPath].map(existsAt))).some(Boolean);
    if (existing) throw new CertificateError('FLINT_CERTS_EXIST', `${certificatePath} or ${keyPath} exists`);
  }
  // A key written over an old one keeps the old file's mode: remove it first so it is 0600.
  await rm(keyPath, { force: true });
  await writeFile(keyPath, issued.privateKeyPem, { mode: 0o600 });
  await writeFile(certificatePath, issued.certificatePem, { mode: 0o644 });
  return [certificatePath, keyPath];
}

async function existsAt(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
