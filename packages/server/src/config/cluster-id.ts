import { createHash } from 'node:crypto';
import { formatHostAndPort } from './parse-values.js';
import { type ClusterMember, defaultReplicaCount } from './server-config.js';

/**
 * The default cluster id: the first 6 bytes of SHA-256 over the sorted `id=peerAddress` list
 * (and `;replicas=R` when `replicas` is not the default for that many members), as an integer
 * (the wire carries a u64; 48 bits keep it a safe JS integer), never 0. Every node started with
 * the same `--cluster` and `--replicas` computes the same id, and a node given another member
 * list or replica count — which would place the regions otherwise — is refused at the handshake.
 */
export function clusterIdOf(members: readonly ClusterMember[], replicas = defaultReplicaCount(members.length)): number {
  const memberList = [...members]
    .sort((a, b) => a.nodeId - b.nodeId)
    .map((member) => `${member.nodeId}=${formatHostAndPort(member.peerAddress)}`)
    .join(',');
  const canonical =
    replicas === defaultReplicaCount(members.length) ? memberList : `${memberList};replicas=${replicas}`;
  const id = createHash('sha256').update(canonical).digest().readUIntBE(0, 6);
  return id === 0 ? 1 : id;
}
