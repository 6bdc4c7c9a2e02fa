import { nodeCertificateUri } from '@flintkv/proto';
import { CertificateError } from './certificate-error.js';
import { hostName } from './host-names.js';
import type { CertificateWithKey, IssuedCertificate } from './issued-certificate.js';
import { issueLeafCertificate } from './leaf-certificate.js';
import type { ValidityOptions } from './validity.js';

/** What {@link issueNodeCertificate} is asked for. */
export interface NodeCertificateOptions extends ValidityOptions {
  /** The node's id (a positive integer): the certificate names it as `flint://node/<id>`. */
  nodeId: number;
  /** DNS names and IP addresses the node is reached at; duplicates are dropped. */
  hosts: readonly string[];
}

/**
 * A key and certificate for node `nodeId`, signed by the cluster CA: common name
 * `flint-node-<id>`, SAN URI `flint://node/<id>` (how a peer learns which node it talks
 * to) and one DNS or IP SAN per host. Usable both to serve and to dial, since nodes dial each
 * other with the same certificate they serve with. Valid for a year unless told otherwise.
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` for a bad id, host, period or CA.
 * @example
 * const ca = await createCertificateAuthority({ commonName: 'FlintKV cluster CA' });
 * const node1 = await issueNodeCertificate(ca, { nodeId: 1, hosts: ['10.0.0.1', 'db1.example.com'] });
 */
export async function issueNodeCertificate(
  ca: CertificateWithKey,
  options: NodeCertificateOptions,
): Promise<IssuedCertificate> {
  if (!Number.isSafeInteger(options.nodeId) || options.nodeId <= 0) {
    throw new CertificateError(
      'FLINT_CERTS_INVALID_ARGUMENT',
      `node id must be a positive integer, got ${options.nodeId}`,
    );
  }
  const hosts = [...new Set(options.hosts)].map(hostName);
  return issueLeafCertificate(ca, {
    commonName: `flint-node-${options.nodeId}`,
    alternativeNames: [{ type: 'uri', value: nodeCertificateUri(options.nodeId) }, ...hosts],
    roles: ['server', 'client'],
    notBefore: options.notBefore,
    notAfter: options.notAfter,
  });
}
