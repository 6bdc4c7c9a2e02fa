import { X509Certificate as NodeX509Certificate, createPrivateKey, type webcrypto } from 'node:crypto';
import { CertificateError } from './certificate-error.js';
import { checkCommonName } from './common-name.js';
import type { CertificateWithKey, IssuedCertificate } from './issued-certificate.js';
import { generateKeyPair, importSigningKey, privateKeyToPem, SIGNING_ALGORITHM } from './key-pair.js';
import { certificateToPem } from './pem.js';
import { randomSerialNumber } from './serial-number.js';
import { CERTIFICATE_AUTHORITY_VALIDITY_YEARS, type ValidityOptions, validityPeriod } from './validity.js';
import { x509 } from './x509-library.js';

/** What {@link createCertificateAuthority} is asked for. */
export interface CertificateAuthorityOptions extends ValidityOptions {
  /** Subject common name of the CA, e.g. `FlintKV cluster CA` (1 to 64 characters). */
  commonName: string;
}

/** A CA ready to sign: its certificate parsed, its private key imported. */
export interface LoadedCertificateAuthority {
  certificate: x509.X509Certificate;
  signingKey: webcrypto.CryptoKey;
}

/**
 * A new self-signed cluster CA: an ECDSA P-256 key and a certificate that may sign
 * certificates (basicConstraints cA, keyUsage keyCertSign and cRLSign), valid for 10 years
 * unless told otherwise.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` for a bad common name or period.
 * @example
 * const ca = await createCertificateAuthority({ commonName: 'FlintKV cluster CA' });
 * await writeFile('ca.crt', ca.certificatePem);
 */
export async function createCertificateAuthority(options: CertificateAuthorityOptions): Promise<IssuedCertificate> {
  checkCommonName(options.commonName, 'CA common name');
  const validity = validityPeriod(options, CERTIFICATE_AUTHORITY_VALIDITY_YEARS);
  const keys = await generateKeyPair();
  const serialNumber = randomSerialNumber();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name: [{ CN: [options.commonName] }],
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      // Path length 0: this CA signs node and client certificates, never another CA.
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return {
    certificatePem: certificateToPem(certificate),
    privateKeyPem: privateKeyToPem(keys.privateKey),
    serialNumber,
    ...validity,
  };
}

/**
 * Reads a CA to sign with, checking that it is one and that the key belongs to the certificate,
 * so that nothing is issued that its own CA would not verify.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` when it is not.
 */
export async function loadCertificateAuthority(ca: CertificateWithKey): Promise<LoadedCertificateAuthority> {
  let nodeCertificate: NodeX509Certificate;
  try {
    nodeCertificate = new NodeX509Certificate(ca.certificatePem);
  } catch (error) {
    throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', 'the CA certificate is not a PEM certificate', {
      cause: error,
    });
  }
  if (!nodeCertificate.ca) {
    throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', 'the CA certificate is not a CA (basicConstraints cA)');
  }
  const signingKey = await importSigningKey(ca.privateKeyPem);
  if (!nodeCertificate.checkPrivateKey(createPrivateKey(ca.privateKeyPem))) {
    throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', 'the CA private key does not match the CA certificate');
  }
  return { certificate: new x509.X509Certificate(ca.certificatePem), signingKey };
}
