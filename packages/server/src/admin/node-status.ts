import type { NodeStatus } from '@flintkv/proto';
import { formatHostAndPort } from '../config/parse-values.js';
import type { ClusterMember, ServerConfig } from '../config/server-config.js';
import { SERVER_VERSION } from '../server-version.js';

/** What Status answers about this node: addresses, uptime, which members it is connected to. */
export function nodeStatus(
  config: ServerConfig,
  /** The members now (`../host-pool/cluster-membership.ts`). */
  members: readonly ClusterMember[],
  startedAt: number,
  isConnected: (nodeId: number) => boolean,
  recordedIncarnation: (nodeId: number) => string | undefined,
): NodeStatus {
  const self =
    members.find((member) => member.nodeId === config.nodeId) ??
    config.members.find((member) => member.nodeId === config.nodeId)!;
  return {
    nodeId: config.nodeId,
    clusterId: config.clusterId,
    peerAddress: formatHostAndPort(self.peerAddress),
    clientAddress: formatHostAndPort(self.clientAddress),
    adminAddress: config.metricsListen ? formatHostAndPort(config.metricsListen) : '',
    uptimeMs: Date.now() - startedAt,
    members: members.map((member) => ({
      nodeId: member.nodeId,
      peerAddress: formatHostAndPort(member.peerAddress),
      clientAddress: formatHostAndPort(member.clientAddress),
      up: member.nodeId === config.nodeId || isConnected(member.nodeId),
      incarnation: recordedIncarnation(member.nodeId) ?? '',
      state: member.leaving === true ? 'leaving' : 'active',
    })),
    version: SERVER_VERSION,
  };
}
