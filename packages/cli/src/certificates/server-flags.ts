import { join } from 'node:path';
import { CERTIFICATE_AUTHORITY_FILES, nodeCertificateFiles } from './certificate-file-names.js';

/**
 * The `flint server` TLS flags of node `nodeId` with the certificates of a `flint certs init`
 * directory: its certificate on both ports, mutual TLS on the peer port, client certificates of
 * the CA required on the client port. (HTTPS on the metrics port is `--metrics-tls`, apart.)
 *
 * @example
 * tlsServerFlags('certs', 2); // ['--peer-tls-cert', 'certs/node-2.crt', …, '--client-cert-auth']
 */
export function tlsServerFlags(directory: string, nodeId: number): string[] {
  const node = nodeCertificateFiles(nodeId);
  const certificate = join(directory, node.certificate);
  const key = join(directory, node.key);
  const authority = join(directory, CERTIFICATE_AUTHORITY_FILES.certificate);
  return [
    ...['--peer-tls-cert', certificate, '--peer-tls-key', key, '--peer-tls-ca', authority],
    ...['--tls-cert', certificate, '--tls-key', key, '--tls-ca', authority],
    '--client-cert-auth',
  ];
}
