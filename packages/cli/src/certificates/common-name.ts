import { CertificateError } from './certificate-error.js';

/** Longest common name X.500 allows. */
export const COMMON_NAME_MAX_LENGTH = 64;

/**
 * Checks a subject common name before it goes into a certificate.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT`, naming `what`, when `name` is
 *   empty, longer than {@link COMMON_NAME_MAX_LENGTH} or holds a control character.
 */
export function checkCommonName(name: string, what: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (name.length === 0 || name.length > COMMON_NAME_MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new CertificateError(
      'FLINT_CERTS_INVALID_ARGUMENT',
      `${what} must be 1 to ${COMMON_NAME_MAX_LENGTH} characters without control characters, got ${JSON.stringify(name)}`,
    );
  }
}
