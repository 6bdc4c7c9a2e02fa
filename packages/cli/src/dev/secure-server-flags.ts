import { dirname } from 'node:path';
import { tlsServerFlags } from '../certificates/server-flags.js';
import type { DevCertificates } from './dev-certificates.js';

/**
 * The `flint server` flags of node `nodeId` in `flint dev --secure`: mutual TLS on the peer
 * port, TLS on the client port where every client shows a certificate of the dev CA (its
 * common name may name a user), and HTTPS on the metrics port.
 *
 * @example
 * secureServerFlags(certificates, 1); // ['--peer-tls-cert', '…/node-1.crt', …, '--metrics-tls']
 */
export function secureServerFlags(certificates: DevCertificates, nodeId: number): string[] {
  return [...tlsServerFlags(dirname(certificates.ca), nodeId), '--metrics-tls'];
}
