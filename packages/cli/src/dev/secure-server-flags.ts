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
  const node = certificates.node(nodeId);
  return [
    ...['--peer-tls-cert', node.certificate, '--peer-tls-key', node.key, '--peer-tls-ca', certificates.ca],
    ...['--tls-cert', node.certificate, '--tls-key', node.key, '--tls-ca', certificates.ca],
    '--client-cert-auth',
    '--metrics-tls',
  ];
}
