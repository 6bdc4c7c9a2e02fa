import {
  type ConfChange,
  type ConfChangeSingle,
  ConfChangeTransition,
  ConfChangeType,
  type ConfState,
} from '@flintkv/proto/raft';
import type { SeededRandom } from './random.js';

/** Voter count the simulator never goes below, so a majority survives one crash. */
const MINIMUM_VOTERS = 3;

/**
 * Chooses a membership change for a cluster whose leader has `confState`, over node slots
 * 1..slots: add a learner, promote a learner, remove or demote a voter, or swap a voter for a
 * new one in one joint-consensus change; leave an explicit joint configuration. Returns
 * undefined when nothing fits.
 */
export function chooseMembershipChange(
  confState: ConfState,
  slots: number,
  random: SeededRandom,
): ConfChange | undefined {
  const context = new Uint8Array(0);
  if (confState.votersOutgoing.length > 0) {
    return confState.autoLeave ? undefined : { transition: ConfChangeTransition.Auto, changes: [], context };
  }
  const voters = confState.voters;
  const learners = confState.learners;
  const members = new Set([...voters, ...learners]);
  const outsiders: number[] = [];
  for (let id = 1; id <= slots; id++) if (!members.has(id)) outsiders.push(id);
  const transition = random.pick([
    ConfChangeTransition.Auto,
    ConfChangeTransition.Auto,
    ConfChangeTransition.JointImplicit,
    ConfChangeTransition.JointExplicit,
  ]);

  const options: (() => ConfChangeSingle[] | undefined)[] = [
    () =>
      outsiders.length > 0 ? [{ type: ConfChangeType.AddLearnerNode, nodeId: random.pick(outsiders) }] : undefined,
    () => (learners.length > 0 ? [{ type: ConfChangeType.AddNode, nodeId: random.pick(learners) }] : undefined),
    () => (learners.length > 0 ? [{ type: ConfChangeType.RemoveNode, nodeId: random.pick(learners) }] : undefined),
    () =>
      voters.length > MINIMUM_VOTERS ? [{ type: ConfChangeType.RemoveNode, nodeId: random.pick(voters) }] : undefined,
    () =>
      voters.length > MINIMUM_VOTERS
        ? [{ type: ConfChangeType.AddLearnerNode, nodeId: random.pick(voters) }]
        : undefined,
    () => {
      // Swap a voter for a learner (or an outsider) in one joint change.
      const candidates = learners.length > 0 ? learners : outsiders;
      if (candidates.length === 0 || voters.length === 0) return undefined;
      return [
        { type: ConfChangeType.AddNode, nodeId: random.pick(candidates) },
        {
          type: random.chance(0.5) ? ConfChangeType.RemoveNode : ConfChangeType.AddLearnerNode,
          nodeId: random.pick(voters),
        },
      ];
    },
  ];
  for (let attempt = 0; attempt < 4; attempt++) {
    const changes = random.pick(options)();
    if (changes !== undefined) return { transition, changes, context };
  }
  return undefined;
}

/** Readable form of a change, e.g. `+v4 -2 (joint-explicit)`. */
export function describeMembershipChange(change: ConfChange): string {
  if (change.changes.length === 0) return 'leave-joint';
  const parts = change.changes.map((single) => {
    switch (single.type) {
      case ConfChangeType.AddNode:
        return `+voter${single.nodeId}`;
      case ConfChangeType.AddLearnerNode:
        return `+learner${single.nodeId}`;
      default:
        return `-${single.nodeId}`;
    }
  });
  return `${parts.join(' ')} (${ConfChangeTransition[change.transition]})`;
}
