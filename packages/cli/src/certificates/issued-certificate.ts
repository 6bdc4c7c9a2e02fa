/** A certificate and its private key, both PEM: what a TLS endpoint (or a CA) is configured with. */
export interface CertificateWithKey {
  /** The certificate, PEM (`-----BEGIN CERTIFICATE-----`). */
  certificatePem: string;
  /** Its private key, PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  privateKeyPem: string;
}

/** A certificate just made, with its key and the facts a caller may want to print or check. */
export interface IssuedCertificate extends CertificateWithKey {
  /** Serial number, lower-case hex. */
  serialNumber: string;
  /** First instant of validity (whole seconds). */
  notBefore: Date;
  /** Last instant of validity (whole seconds). */
  notAfter: Date;
}
