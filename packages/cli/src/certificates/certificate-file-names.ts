import { CertificateError } from './certificate-error.js';

/** The names of one certificate's two files in a certificate directory. */
export interface CertificateFileNames {
  /** The certificate, PEM: `<name>.crt`. */
  certificate: string;
  /** Its private key, PKCS#8 PEM: `<name>.key`, readable by its owner only. */
  key: string;
}

/** A user name that is also a safe file name: no path separator, no leading dot or hyphen. */
const FILE_SAFE_USER = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `ca.crt` and `ca.key`. */
export const CERTIFICATE_AUTHORITY_FILES: CertificateFileNames = { certificate: 'ca.crt', key: 'ca.key' };

/** `node-<id>.crt` and `node-<id>.key`. */
export function nodeCertificateFiles(nodeId: number): CertificateFileNames {
  return { certificate: `node-${nodeId}.crt`, key: `node-${nodeId}.key` };
}

/**
 * `client-<user>.crt` and `client-<user>.key`.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` when `user` would not make a plain
 *   file name: it must be letters, digits, `.`, `_` and `-`, starting with a letter or digit.
 */
export function clientCertificateFiles(user: string): CertificateFileNames {
  if (!FILE_SAFE_USER.test(user)) {
    throw new CertificateError(
      'FLINT_CERTS_INVALID_ARGUMENT',
      `user '${user}' must be letters, digits, '.', '_' and '-', starting with a letter or digit (it names a file)`,
    );
  }
  return { certificate: `client-${user}.crt`, key: `client-${user}.key` };
}
