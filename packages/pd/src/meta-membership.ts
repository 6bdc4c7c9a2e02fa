import type { Member } from './meta-state.js';
import type { RegionDescriptor } from './region.js';

/** Most voters of the meta group: five survive two failures; more only slow its commits. */
export const MAX_META_VOTERS = 5;

/** The meta group's Raft configuration and its leader's view of it. */
export interface MetaGroupView {
  voters: readonly number[];
  learners: readonly number[];
  /** The meta group's leader: this node, which carries the step out. */
  leader: number;
  /** Learners whose log is close enough to the leader's to be promoted. */
  caughtUp: readonly number[];
  /** A configuration change is proposed or not yet left (joint): no other starts. */
  changing: boolean;
}

/** One step of the cluster's membership the meta group's leader takes next. */
export type MembershipStep =
  /** A member has no replica of the meta group: add a learner, caught up by a snapshot. */
  | { type: 'add-learner'; nodeId: number }
  /** Fewer active voters than the cluster should have: promote a caught-up learner. */
  | { type: 'promote-learner'; nodeId: number }
  /** A leaving or removed member's meta replica goes. */
  | { type: 'remove-replica'; nodeId: number }
  /** The leader itself is leaving: its leadership goes first, to an active voter. */
  | { type: 'transfer-leader'; to: number }
  /** A leaving member holds no replica of any group: it is removed from the members. */
  | { type: 'remove-member'; nodeId: number };

/**
 * The meta voters a cluster of `activeMembers` nodes should have: an odd count, at most
 * {@link MAX_META_VOTERS}. Only promotions aim for it: an active voter is never removed to
 * reach it (a two-node cluster keeps its two voters).
 */
export function metaVoterTarget(activeMembers: number): number {
  const capped = Math.min(MAX_META_VOTERS, activeMembers);
  return capped % 2 === 1 ? capped : capped - 1;
}

/**
 * The next membership step, or undefined when there is none: the meta group places a replica
 * on every member (a learner, promoted to keep {@link metaVoterTarget} voters from the active
 * ones), removes a leaving member once no region lists it, and then takes its meta replica
 * off. The member keeps its meta replica until then, so that it learns it was removed and
 * stops. One configuration change at a time; a removal never leaves the meta group without a
 * voter, and never removes its leader (whose leadership goes first).
 *
 * @example
 * ```ts
 * const step = nextMembershipStep(state.members, state.regions, { voters: [1, 2, 3], learners: [], leader: 1, caughtUp: [], changing: false });
 * // a member 4 that joined: { type: 'add-learner', nodeId: 4 }
 * ```
 */
export function nextMembershipStep(
  members: readonly Member[],
  regions: readonly RegionDescriptor[],
  group: MetaGroupView,
): MembershipStep | undefined {
  const listed = new Set(members.map((member) => member.nodeId));
  const active = new Set(members.filter((member) => member.state !== 'leaving').map((member) => member.nodeId));
  const removed = (nodeId: number) => !listed.has(nodeId);
  const drained = members.find(
    (member) => member.state === 'leaving' && !regions.some((region) => region.peers.includes(member.nodeId)),
  );
  if (drained !== undefined) return { type: 'remove-member', nodeId: drained.nodeId };
  if (group.changing) return undefined;

  const learnerToRemove = [...group.learners].sort((a, b) => a - b).find(removed);
  if (learnerToRemove !== undefined) return { type: 'remove-replica', nodeId: learnerToRemove };

  const activeVoters = group.voters.filter((nodeId) => active.has(nodeId)).length;
  const promotable = group.caughtUp.filter((nodeId) => active.has(nodeId) && group.learners.includes(nodeId));
  if (activeVoters < metaVoterTarget(active.size) && promotable.length > 0) {
    return { type: 'promote-learner', nodeId: Math.min(...promotable) };
  }

  const voterToRemove = [...group.voters].sort((a, b) => a - b).find(removed);
  if (voterToRemove !== undefined && group.voters.length > 1) {
    if (voterToRemove !== group.leader) return { type: 'remove-replica', nodeId: voterToRemove };
    const successor = group.voters.filter((nodeId) => active.has(nodeId)).sort((a, b) => a - b)[0];
    if (successor !== undefined) return { type: 'transfer-leader', to: successor };
  }

  const withoutReplica = [...active]
    .sort((a, b) => a - b)
    .find((nodeId) => !group.voters.includes(nodeId) && !group.learners.includes(nodeId));
  return withoutReplica === undefined ? undefined : { type: 'add-learner', nodeId: withoutReplica };
}
