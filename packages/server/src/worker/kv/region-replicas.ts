import type { RegionDescriptor } from '@flintkv/pd';
import { type ConfChangeSingle, ConfChangeType, type ConfState, type ReplicaChange } from '@flintkv/proto';
import type { RaftStatus } from '@flintkv/raft';
import { packOwned, unpackBytes } from '../group/stored-encoding.js';

/**
 * Every node holding a replica of a group in `confState`: voters and learners, and in a joint
 * configuration the outgoing voters and the learners to be, in node id order. A region's
 * descriptor lists them as its peers, so that routing, leader balance and the table see each
 * replica while a change runs.
 */
export function replicasOf(confState: ConfState): number[] {
  const nodes = new Set([
    ...confState.voters,
    ...confState.learners,
    ...confState.votersOutgoing,
    ...confState.learnersNext,
  ]);
  return [...nodes].sort((a, b) => a - b);
}

/**
 * The region after a membership change of its group applied: its peers are the group's
 * replicas now, and its epoch's `confVersion` grows by one, so a request or a merge that
 * named the older membership is refused with EPOCH_MISMATCH (as TiKV's conf_ver).
 *
 * @example
 * regionWithReplicas(region, { voters: [1, 2, 4], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false });
 * // { ...region, peers: [1, 2, 4], epoch: { confVersion: region.epoch.confVersion + 1, version: region.epoch.version } }
 */
export function regionWithReplicas(region: RegionDescriptor, confState: ConfState): RegionDescriptor {
  return {
    ...region,
    peers: replicasOf(confState),
    epoch: { confVersion: region.epoch.confVersion + 1, version: region.epoch.version },
  };
}

/** Who proposed a membership change: carried in the change's context, to answer the client once it applied. */
export interface ReplicaChangeStamp {
  nodeId: number;
  proposalId: number;
}

export function encodeReplicaChangeStamp(stamp: ReplicaChangeStamp): Uint8Array {
  return packOwned({ nodeId: stamp.nodeId, proposalId: stamp.proposalId });
}

/** The stamp in a change's context; undefined for a context that holds none (a change made elsewhere). */
export function decodeReplicaChangeStamp(context: Uint8Array): ReplicaChangeStamp | undefined {
  if (context.byteLength === 0) return undefined;
  try {
    const value = unpackBytes(context) as Partial<ReplicaChangeStamp> | null;
    if (typeof value?.nodeId !== 'number' || typeof value.proposalId !== 'number') return undefined;
    return { nodeId: value.nodeId, proposalId: value.proposalId };
  } catch {
    return undefined;
  }
}

/**
 * Why `change` of node `nodeId` may not be proposed in a group whose configuration is
 * `confState` and whose leader is `leaderId`; undefined when it may. One change at a time: a
 * joint configuration refuses every change until it is left.
 */
export function replicaChangeRefusal(
  confState: ConfState,
  change: ReplicaChange,
  nodeId: number,
  leaderId: number,
  isMember: (nodeId: number) => boolean,
): string | undefined {
  if (!isMember(nodeId)) return `FLINT_REPLICA_UNKNOWN_NODE: node ${nodeId} is not a member of the cluster`;
  if (confState.votersOutgoing.length > 0 || confState.learnersNext.length > 0) {
    return 'FLINT_REPLICA_CHANGE_PENDING: the region is between two configurations; retry when the change finished';
  }
  const voter = confState.voters.includes(nodeId);
  const learner = confState.learners.includes(nodeId);
  switch (change) {
    case 'add-learner':
      return voter || learner
        ? `FLINT_REPLICA_EXISTS: node ${nodeId} already holds a replica of the region`
        : undefined;
    case 'promote-learner':
      return learner
        ? undefined
        : `FLINT_REPLICA_NOT_LEARNER: node ${nodeId} holds no learner of the region to promote`;
    case 'remove-replica':
      if (!voter && !learner) return `FLINT_REPLICA_MISSING: node ${nodeId} holds no replica of the region`;
      if (nodeId === leaderId) {
        return `FLINT_REPLICA_IS_LEADER: node ${nodeId} leads the region; transfer the leadership first`;
      }
      return undefined;
  }
}

/** The Raft configuration change that carries out `change` of node `nodeId`. */
export function confChangeOf(change: ReplicaChange, nodeId: number): ConfChangeSingle {
  switch (change) {
    case 'add-learner':
      return { type: ConfChangeType.AddLearnerNode, nodeId };
    case 'promote-learner':
      return { type: ConfChangeType.AddNode, nodeId };
    case 'remove-replica':
      return { type: ConfChangeType.RemoveNode, nodeId };
  }
}

/** Entries a learner may lag its leader's commit and still be promoted. */
export const LEARNER_CAUGHT_UP_ENTRIES = 16;

/** Whether learner `nodeId` holds the log up to near the leader's commit (`status` is the leader's). */
export function learnerCaughtUp(status: Pick<RaftStatus, 'hardState' | 'progress'>, nodeId: number): boolean {
  const progress = status.progress.get(nodeId);
  return progress !== undefined && progress.match + LEARNER_CAUGHT_UP_ENTRIES >= status.hardState.commit;
}
