import { isIP } from 'node:net';
import { CertificateError } from './certificate-error.js';

/** A host as a certificate names it: a DNS name or an IP address (v4 or v6). */
export interface HostName {
  type: 'dns' | 'ip';
  value: string;
}

/** Longest DNS name, in characters, without a trailing dot. */
const DNS_NAME_MAX_LENGTH = 253;
/** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * How a certificate names `host`: an IPv4 or IPv6 literal as an IP address (a TLS client
 * checks an address it dialled against IP names only), anything else as a DNS name.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` when `host` is neither an IP
 *   address nor a DNS name.
 */
export function hostName(host: string): HostName {
  if (isIP(host) !== 0) return { type: 'ip', value: host };
  const labels = host.split('.');
  if (host.length > DNS_NAME_MAX_LENGTH || !labels.every((label) => DNS_LABEL.test(label))) {
    throw new CertificateError(
      'FLINT_CERTS_INVALID_ARGUMENT',
      `host '${host}' is neither an IP address nor a DNS name (e.g. 10.0.0.1, ::1, db1.example.com)`,
    );
  }
  return { type: 'dns', value: host };
}
