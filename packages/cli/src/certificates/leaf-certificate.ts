import { loadCertificateAuthority } from './certificate-authority.js';
import type { HostName } from './host-names.js';
import type { CertificateWithKey, IssuedCertificate } from './issued-certificate.js';
import { generateKeyPair, privateKeyToPem, SIGNING_ALGORITHM } from './key-pair.js';
import { certificateToPem } from './pem.js';
import { randomSerialNumber } from './serial-number.js';
import { LEAF_VALIDITY_YEARS, type ValidityOptions, validityPeriod } from './validity.js';
import { x509 } from './x509-library.js';

/** A name a leaf certificate is issued for: a host, or a URI such as a node's identity. */
export type AlternativeName = HostName | { type: 'uri'; value: string };

/** What a node or client certificate holds besides its key; the caller has checked the names. */
export interface LeafCertificateRequest extends ValidityOptions {
  commonName: string;
  alternativeNames: readonly AlternativeName[];
  /** TLS roles the key may take: `server`, `client` or both. */
  roles: readonly ('server' | 'client')[];
}

const EXTENDED_KEY_USAGE = {
  server: x509.ExtendedKeyUsage.serverAuth,
  client: x509.ExtendedKeyUsage.clientAuth,
} as const;

/**
 * A new key and an end-entity certificate for it, signed by `ca`, valid for a year unless
 * told otherwise. Key usage is digitalSignature only: an ECDSA key signs the TLS handshake
 * and never encrypts a key, so keyEncipherment would not apply.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` when `ca` is not a usable CA or
 *   the validity period is empty.
 */
export async function issueLeafCertificate(
  ca: CertificateWithKey,
  request: LeafCertificateRequest,
): Promise<IssuedCertificate> {
  const validity = validityPeriod(request, LEAF_VALIDITY_YEARS);
  const authority = await loadCertificateAuthority(ca);
  const keys = await generateKeyPair();
  const serialNumber = randomSerialNumber();
  const authorityKeyId = authority.certificate.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension(
      request.roles.map((role) => EXTENDED_KEY_USAGE[role]),
      false,
    ),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    authorityKeyId === undefined
      ? await x509.AuthorityKeyIdentifierExtension.create(authority.certificate.publicKey)
      : new x509.AuthorityKeyIdentifierExtension(authorityKeyId),
  ];
  if (request.alternativeNames.length > 0) {
    extensions.push(new x509.SubjectAlternativeNameExtension(request.alternativeNames.map(generalName), false));
  }
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject: [{ CN: [request.commonName] }],
    issuer: authority.certificate.subjectName,
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    publicKey: keys.publicKey,
    signingKey: authority.signingKey,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions,
  });
  return {
    certificatePem: certificateToPem(certificate),
    privateKeyPem: privateKeyToPem(keys.privateKey),
    serialNumber,
    ...validity,
  };
}

function generalName(name: AlternativeName): x509.JsonGeneralName {
  return { type: name.type === 'uri' ? x509.URL : name.type, value: name.value };
}
