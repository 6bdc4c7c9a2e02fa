import {
  type ConfChange,
  type ConfChangeSingle,
  ConfChangeTransition,
  ConfChangeType,
  type ConfState,
} from '@flintkv/proto/raft';
import { ConfChangeError } from './errors.js';
import { Progress } from './progress.js';
import { cloneTrackerConfig, emptyTrackerConfig, type TrackerConfig } from './tracker.js';

/** A configuration and the progress map that goes with it, computed but not yet installed. */
export interface ConfigAndProgress {
  config: TrackerConfig;
  progress: Map<number, Progress>;
}

/** The empty change leaves a joint configuration (etcd ConfChangeV2.LeaveJoint). */
export function isLeaveJoint(change: ConfChange): boolean {
  return change.changes.length === 0 && change.transition === ConfChangeTransition.Auto;
}

/**
 * Whether `change` enters a joint configuration, and if so whether it is left automatically:
 * any explicit joint transition, or more than one change under `Auto` (Raft §6 — changing more
 * than one voter at once is only safe through joint consensus).
 */
export function entersJoint(change: ConfChange): { joint: boolean; autoLeave: boolean } {
  if (change.transition !== ConfChangeTransition.Auto || change.changes.length > 1) {
    return { joint: true, autoLeave: change.transition !== ConfChangeTransition.JointExplicit };
  }
  return { joint: false, autoLeave: false };
}

/**
 * Computes configuration changes (etcd confchange.Changer) on copies, validating them, so that an
 * invalid change leaves the live configuration untouched.
 */
export class ConfChanger {
  constructor(
    private readonly current: ConfigAndProgress,
    private readonly lastIndex: number,
    private readonly maxInflight: number,
  ) {}

  /** Applies a change by the rule its shape calls for: leave joint, enter joint, or one simple step. */
  apply(change: ConfChange): ConfigAndProgress {
    if (isLeaveJoint(change)) return this.leaveJoint();
    const { joint, autoLeave } = entersJoint(change);
    if (joint) return this.enterJoint(autoLeave, change.changes);
    return this.simple(change.changes);
  }

  /** Raft §6: C_old,new — the old voters become the outgoing half, the changes apply to the incoming half. */
  enterJoint(autoLeave: boolean, changes: readonly ConfChangeSingle[]): ConfigAndProgress {
    const { config, progress } = this.copy();
    if (config.voters.outgoing.size > 0) throw new ConfChangeError('configuration is already joint');
    if (config.voters.incoming.size === 0) throw new ConfChangeError('cannot make a zero-voter configuration joint');
    config.voters.outgoing = new Set(config.voters.incoming);
    this.applyChanges(config, progress, changes);
    config.autoLeave = autoLeave;
    return this.checked(config, progress);
  }

  /** Leaves joint consensus: the outgoing half is dropped, its demoted voters become learners. */
  leaveJoint(): ConfigAndProgress {
    const { config, progress } = this.copy();
    if (config.voters.outgoing.size === 0) throw new ConfChangeError('configuration is not joint');
    for (const id of config.learnersNext) {
      config.learners.add(id);
      progress.get(id)!.isLearner = true;
    }
    config.learnersNext.clear();
    for (const id of config.voters.outgoing) {
      if (!config.voters.incoming.has(id) && !config.learners.has(id)) progress.delete(id);
    }
    config.voters.outgoing = new Set();
    config.autoLeave = false;
    return this.checked(config, progress);
  }

  /** A change that alters at most one voter: safe without joint consensus (Raft thesis §4.1). */
  simple(changes: readonly ConfChangeSingle[]): ConfigAndProgress {
    const { config, progress } = this.copy();
    if (config.voters.outgoing.size > 0) {
      throw new ConfChangeError('cannot apply a simple change in a joint configuration');
    }
    if (config.voters.incoming.size === 0) {
      // Groups are bootstrapped through the storage's initial ConfState, never by replaying
      // changes onto nothing: a node without a configuration was started without its bootstrap
      // state and would otherwise believe itself a group of one.
      throw new ConfChangeError(
        'this node has no configuration; start it with the group bootstrap configuration (or let it install a snapshot)',
      );
    }
    const before = new Set(config.voters.incoming);
    this.applyChanges(config, progress, changes);
    let difference = 0;
    for (const id of before) if (!config.voters.incoming.has(id)) difference++;
    for (const id of config.voters.incoming) if (!before.has(id)) difference++;
    if (difference > 1) throw new ConfChangeError('more than one voter changed without joint consensus');
    return this.checked(config, progress);
  }

  private copy(): ConfigAndProgress {
    const progress = new Map<number, Progress>();
    for (const [id, entry] of this.current.progress) progress.set(id, entry.clone());
    return { config: cloneTrackerConfig(this.current.config), progress };
  }

  private applyChanges(config: TrackerConfig, progress: Map<number, Progress>, changes: readonly ConfChangeSingle[]) {
    for (const change of changes) {
      if (change.nodeId === 0) continue;
      switch (change.type) {
        case ConfChangeType.AddNode:
          this.makeVoter(config, progress, change.nodeId);
          break;
        case ConfChangeType.AddLearnerNode:
          this.makeLearner(config, progress, change.nodeId);
          break;
        case ConfChangeType.RemoveNode:
          this.remove(config, progress, change.nodeId);
          break;
        default:
          throw new ConfChangeError(`unknown change type ${String(change.type)}`);
      }
    }
    if (config.voters.incoming.size === 0) throw new ConfChangeError('removed all voters');
  }

  private makeVoter(config: TrackerConfig, progress: Map<number, Progress>, id: number): void {
    const existing = progress.get(id);
    if (existing === undefined) {
      this.initProgress(config, progress, id, false);
      return;
    }
    existing.isLearner = false;
    config.learners.delete(id);
    config.learnersNext.delete(id);
    config.voters.incoming.add(id);
  }

  /**
   * A voter of the outgoing half cannot become a learner while it still votes there: it is
   * staged in `learnersNext` and demoted when the joint configuration is left.
   */
  private makeLearner(config: TrackerConfig, progress: Map<number, Progress>, id: number): void {
    const existing = progress.get(id);
    if (existing === undefined) {
      this.initProgress(config, progress, id, true);
      return;
    }
    if (existing.isLearner) return;
    this.remove(config, progress, id);
    progress.set(id, existing);
    if (config.voters.outgoing.has(id)) {
      config.learnersNext.add(id);
    } else {
      existing.isLearner = true;
      config.learners.add(id);
    }
  }

  private remove(config: TrackerConfig, progress: Map<number, Progress>, id: number): void {
    if (!progress.has(id)) return;
    config.voters.incoming.delete(id);
    config.learners.delete(id);
    config.learnersNext.delete(id);
    // An outgoing voter keeps its progress: it still votes until the joint configuration is left.
    if (!config.voters.outgoing.has(id)) progress.delete(id);
  }

  private initProgress(config: TrackerConfig, progress: Map<number, Progress>, id: number, isLearner: boolean) {
    if (isLearner) config.learners.add(id);
    else config.voters.incoming.add(id);
    const entry = new Progress(Math.max(this.lastIndex, 1), this.maxInflight, isLearner);
    // A new member counts as active so that check-quorum does not depose the leader before it is heard from.
    entry.recentActive = true;
    progress.set(id, entry);
  }

  private checked(config: TrackerConfig, progress: Map<number, Progress>): ConfigAndProgress {
    checkConfigInvariants(config, progress);
    return { config, progress };
  }
}

/** The configuration's internal consistency (etcd confchange checkInvariants). */
export function checkConfigInvariants(config: TrackerConfig, progress: ReadonlyMap<number, Progress>): void {
  const members = [...config.voters.incoming, ...config.voters.outgoing, ...config.learners, ...config.learnersNext];
  for (const id of members) {
    if (!progress.has(id)) throw new ConfChangeError(`no progress for member ${id}`);
  }
  for (const id of config.learnersNext) {
    if (!config.voters.outgoing.has(id))
      throw new ConfChangeError(`${id} is in learnersNext but not an outgoing voter`);
    if (progress.get(id)!.isLearner) throw new ConfChangeError(`${id} is in learnersNext but already a learner`);
  }
  for (const id of config.learners) {
    if (config.voters.incoming.has(id) || config.voters.outgoing.has(id)) {
      throw new ConfChangeError(`${id} is both a learner and a voter`);
    }
    if (!progress.get(id)!.isLearner) throw new ConfChangeError(`${id} is a learner but its progress is not`);
  }
  for (const [id, entry] of progress) {
    const inConfig =
      config.voters.incoming.has(id) ||
      config.voters.outgoing.has(id) ||
      config.learners.has(id) ||
      config.learnersNext.has(id);
    if (!inConfig) throw new ConfChangeError(`progress for ${id}, which is not a member`);
    if (entry.isLearner !== config.learners.has(id)) throw new ConfChangeError(`learner flag of ${id} disagrees`);
  }
  if (config.voters.outgoing.size === 0 && config.autoLeave)
    throw new ConfChangeError('autoLeave set outside a joint configuration');
}

/** Rebuilds the configuration a {@link ConfState} describes (restart or snapshot install). */
export function restoreConfig(confState: ConfState, lastIndex: number, maxInflight: number): ConfigAndProgress {
  const config = emptyTrackerConfig();
  const progress = new Map<number, Progress>();
  const add = (id: number, isLearner: boolean) => {
    if (progress.has(id)) return;
    const entry = new Progress(Math.max(lastIndex, 1), maxInflight, isLearner);
    entry.recentActive = true;
    progress.set(id, entry);
  };
  for (const id of confState.voters) {
    config.voters.incoming.add(id);
    add(id, false);
  }
  for (const id of confState.votersOutgoing) {
    config.voters.outgoing.add(id);
    add(id, false);
  }
  for (const id of confState.learners) {
    config.learners.add(id);
    add(id, true);
  }
  for (const id of confState.learnersNext) config.learnersNext.add(id);
  config.autoLeave = confState.votersOutgoing.length > 0 && confState.autoLeave;
  checkConfigInvariants(config, progress);
  return { config, progress };
}
