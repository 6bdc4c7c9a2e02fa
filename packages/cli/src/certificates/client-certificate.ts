import { checkCommonName } from './common-name.js';
import type { CertificateWithKey, IssuedCertificate } from './issued-certificate.js';
import { issueLeafCertificate } from './leaf-certificate.js';
import type { ValidityOptions } from './validity.js';

/** What {@link issueClientCertificate} is asked for. */
export interface ClientCertificateOptions extends ValidityOptions {
  /** The user the certificate names, as its subject common name (1 to 64 characters). */
  user: string;
}

/**
 * A key and certificate for a client of the cluster, signed by the cluster CA: common name
 * `user` (the client port reads the user from it), usable to dial only. Valid for a year
 * unless told otherwise.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` for a bad user, period or CA.
 * @example
 * const alice = await issueClientCertificate(ca, { user: 'alice' });
 * tls.connect({ host, port, ca: ca.certificatePem, cert: alice.certificatePem, key: alice.privateKeyPem });
 */
export async function issueClientCertificate(
  ca: CertificateWithKey,
  options: ClientCertificateOptions,
): Promise<IssuedCertificate> {
  checkCommonName(options.user, 'user');
  return issueLeafCertificate(ca, {
    commonName: options.user,
    alternativeNames: [],
    roles: ['client'],
    notBefore: options.notBefore,
    notAfter: options.notAfter,
  });
}
