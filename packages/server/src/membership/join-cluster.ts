import type { SecureContext } from 'node:tls';
import { readNodeLayout } from '@flintkv/storage';
import { formatHostAndPort, parseHostAndPort } from '../config/parse-values.js';
import type { ClusterMember, ServerConfig } from '../config/server-config.js';
import type { Logger } from '../logger.js';
import { askFollowingRedirects } from './join-request.js';

/** How long a new node keeps asking before it gives up; a restart asks much shorter. */
const FIRST_JOIN_TIMEOUT_MS = 60_000;
const REJOIN_TIMEOUT_MS = 10_000;
/** Pause between rounds over the seeds. */
const ROUND_PAUSE_MS = 500;

/** A join the cluster refused, or that found no cluster: the node does not start. */
export class JoinError extends Error {
  override readonly name = 'JoinError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Makes a node started with `--join` a member: asks the seeds (and the meta leader they point
 * to) to add it, and returns its configuration completed with the cluster's id and members.
 * Asked again on every start — the same node asking again is no change — so that a node whose
 * first start stopped before its meta replica caught up still learns whom to dial. On a
 * restart the cluster's answer is not required: the meta replica on disk knows the members.
 *
 * @throws {@link JoinError} when the cluster refused the node (an id or an address in use,
 *   another cluster) or a new node found no member to answer in time.
 * @example
 * ```ts
 * const config = await joinCluster(resolveServerConfig(flags), logger); // config.join set
 * await startNode(config);
 * ```
 */
export async function joinCluster(
  config: ServerConfig,
  logger: Logger,
  tls: SecureContext | undefined = undefined,
): Promise<ServerConfig> {
  const seeds = config.join ?? [];
  const self = config.members.find((member) => member.nodeId === config.nodeId)!;
  const layout = await readNodeLayout(config.dataDirectory);
  const restart = layout?.bootstrapped === true;
  const knownClusterId = restart ? Number(layout.clusterId) : config.clusterId;
  if (restart && config.clusterId !== 0 && Number(layout.clusterId) !== config.clusterId) {
    throw new JoinError(
      'FLINT_CLUSTER_MISMATCH',
      `data directory ${config.dataDirectory} belongs to cluster ${layout.clusterId}, not --cluster-id ${config.clusterId}`,
    );
  }
  const ask = {
    nodeId: config.nodeId,
    peerAddress: self.peerAddress,
    clientAddress: self.clientAddress,
    clusterId: knownClusterId,
  };
  const deadline = Date.now() + (restart ? REJOIN_TIMEOUT_MS : FIRST_JOIN_TIMEOUT_MS);
  let last = 'no member answered';
  while (Date.now() < deadline) {
    for (const seed of seeds) {
      const answer = await askFollowingRedirects(seed, ask, tls);
      if (answer.kind === 'joined') {
        const members = answer.members.map(
          (member): ClusterMember => ({
            nodeId: member.nodeId,
            peerAddress: parseHostAndPort('member', member.peerAddress),
            clientAddress: parseHostAndPort('member', member.clientAddress),
            ...(member.state === 'leaving' ? { leaving: true } : {}),
          }),
        );
        logger.info(
          { clusterId: answer.clusterId, members: members.map((member) => member.nodeId) },
          'joined the cluster',
        );
        return { ...config, clusterId: answer.clusterId, members };
      }
      if (answer.kind === 'refused') {
        throw new JoinError(answer.code, `joining through ${formatHostAndPort(seed)} was refused: ${answer.message}`);
      }
      last = answer.kind === 'unavailable' ? answer.message : `${formatHostAndPort(seed)} knows no meta leader yet`;
      logger.debug({ seed: formatHostAndPort(seed), reason: last }, 'join not answered; asking again');
    }
    await new Promise((resolve) => setTimeout(resolve, ROUND_PAUSE_MS));
  }
  if (restart) {
    logger.warn({ reason: last }, 'no member answered the join; starting with the members this node recorded');
    return { ...config, clusterId: knownClusterId };
  }
  throw new JoinError(
    'FLINT_JOIN_UNAVAILABLE',
    `no member of ${seeds.map(formatHostAndPort).join(', ')} added this node within ${FIRST_JOIN_TIMEOUT_MS / 1000} s (last: ${last}); check --join names running members' client addresses`,
  );
}
