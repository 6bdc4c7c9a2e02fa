/**
 * The reasons a TLS handshake fails, in words an operator acts on. Node reports them as
 * OpenSSL verification codes (`CERT_HAS_EXPIRED`) or `ERR_SSL_*` alerts; both sides of a
 * FlintKV connection, and the SDK, log and throw them as `FLINT_TLS` with one of these reasons.
 */

/** What a code says about the certificate, for the side that checked it. */
const VERIFICATION_REASONS: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet (check the clocks)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown CA: the certificate is not signed by a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT: 'unknown CA: the certificate is not signed by a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown CA: the certificate is not signed by a trusted CA',
  SELF_SIGNED_CERT_IN_CHAIN: 'unknown CA: the certificate chain ends in an untrusted CA',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'unknown CA: the certificate is self-signed and not trusted',
  CERT_SIGNATURE_FAILURE: 'the certificate signature does not verify',
  CERT_REVOKED: 'the certificate was revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'name mismatch: the certificate does not name the address dialed',
};

/** What an alert from the other side says about our own certificate. */
const ALERT_REASONS: Readonly<Record<string, string>> = {
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED: 'the other side refused our certificate: it has expired',
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: 'the other side refused our certificate: unknown CA',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'the other side refused our certificate',
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'the other side requires a client certificate; none was given',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the other side does not speak TLS on this port',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'the other side does not speak TLS on this port',
};

/**
 * A one-line reason for a failed TLS handshake or certificate check.
 *
 * @param code - Node's error code (`error.code`) or a socket's `authorizationError`.
 * @param message - The error's message, used when the code is not one FlintKV knows.
 * @example
 * socket.on('error', (error) => log(describeTlsFailure((error as NodeJS.ErrnoException).code, error.message)));
 */
export function describeTlsFailure(code: string | undefined, message: string): string {
  if (code === undefined) return message;
  return VERIFICATION_REASONS[code] ?? ALERT_REASONS[code] ?? `${message} (${code})`;
}

/**
 * Whether `code` means the certificate exchange or the TLS handshake failed (as opposed to the
 * network), so the caller reports `FLINT_TLS` rather than a lost connection.
 */
export function isTlsFailureCode(code: string | undefined): boolean {
  if (code === undefined) return false;
  return (
    code in VERIFICATION_REASONS || code in ALERT_REASONS || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')
  );
}
