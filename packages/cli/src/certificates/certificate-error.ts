/** Codes of {@link CertificateError}. */
export type CertificateErrorCode =
  /** A certificate or key file to be written already exists, and overwriting was not asked for. */
  | 'FLINT_CERTS_EXIST'
  /** `flint certs add` found no CA (`ca.crt`, `ca.key`) in its directory. */
  | 'FLINT_CERTS_NO_CA'
  /** An argument is out of range: a node id, a host, a user, a validity period, a CA that is not one. */
  | 'FLINT_CERTS_INVALID_ARGUMENT';

/**
 * Why a certificate could not be issued or written.
 *
 * @example
 * try {
 *   await writeCertificateDirectory('certs', { nodes: 3, hosts: ['127.0.0.1'] });
 * } catch (error) {
 *   if (error instanceof CertificateError && error.code === 'FLINT_CERTS_EXIST') console.error(error.message);
 *   else throw error;
 * }
 */
export class CertificateError extends Error {
  override readonly name = 'CertificateError';
  readonly code: CertificateErrorCode;

  constructor(code: CertificateErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
