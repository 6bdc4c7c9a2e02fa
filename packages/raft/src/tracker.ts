import type { ConfState } from '@flintkv/proto/raft';
import type { Progress } from './progress.js';
import { type JointConfig, jointCommittedIndex, jointVoteResult, jointVoterIds, type VoteResult } from './quorum.js';

/** The membership configuration (etcd tracker.Config). */
export interface TrackerConfig {
  voters: JointConfig;
  /** Leave the joint configuration automatically once it is applied. */
  autoLeave: boolean;
  /** Non-voting members; never in `voters`. */
  learners: Set<number>;
  /** Outgoing voters that become learners when the joint configuration is left. */
  learnersNext: Set<number>;
}

export function emptyTrackerConfig(): TrackerConfig {
  return {
    voters: { incoming: new Set(), outgoing: new Set() },
    autoLeave: false,
    learners: new Set(),
    learnersNext: new Set(),
  };
}

export function cloneTrackerConfig(config: TrackerConfig): TrackerConfig {
  return {
    voters: { incoming: new Set(config.voters.incoming), outgoing: new Set(config.voters.outgoing) },
    autoLeave: config.autoLeave,
    learners: new Set(config.learners),
    learnersNext: new Set(config.learnersNext),
  };
}

const ascending = (a: number, b: number) => a - b;

export function confStateOf(config: TrackerConfig): ConfState {
  return {
    voters: [...config.voters.incoming].sort(ascending),
    votersOutgoing: [...config.voters.outgoing].sort(ascending),
    learners: [...config.learners].sort(ascending),
    learnersNext: [...config.learnersNext].sort(ascending),
    autoLeave: config.autoLeave,
  };
}

/** Tracks the configuration, each member's replication progress and the votes of an election. */
export class ProgressTracker {
  config: TrackerConfig = emptyTrackerConfig();
  progress = new Map<number, Progress>();
  votes = new Map<number, boolean>();

  constructor(readonly maxInflight: number) {}

  isJoint(): boolean {
    return this.config.voters.outgoing.size > 0;
  }

  /** Exactly one voter and no joint configuration. */
  isSingleton(): boolean {
    return this.config.voters.incoming.size === 1 && this.config.voters.outgoing.size === 0;
  }

  isVoter(id: number): boolean {
    return this.config.voters.incoming.has(id) || this.config.voters.outgoing.has(id);
  }

  voterIds(): number[] {
    return jointVoterIds(this.config.voters);
  }

  private sortedIds: number[] = [];
  private sortedFor: Map<number, Progress> | undefined;

  /**
   * Every member id (voters and learners), ascending: deterministic iteration order. Cached per
   * progress map (a configuration change installs a new map; nothing else adds or removes keys).
   */
  memberIds(): number[] {
    if (this.sortedFor !== this.progress || this.sortedIds.length !== this.progress.size) {
      this.sortedIds = [...this.progress.keys()].sort(ascending);
      this.sortedFor = this.progress;
    }
    return this.sortedIds;
  }

  /** Visits every member's progress in ascending id order. */
  visit(visitor: (id: number, progress: Progress) => void): void {
    for (const id of this.memberIds()) visitor(id, this.progress.get(id)!);
  }

  /** The highest index durable on a quorum (joint-aware). */
  committed(): number {
    return jointCommittedIndex(this.config.voters, (id) => this.progress.get(id)?.match);
  }

  /** Check-quorum: a quorum of voters has been heard from recently. */
  quorumActive(): boolean {
    const active = new Map<number, boolean>();
    this.visit((id, progress) => {
      if (!progress.isLearner) active.set(id, progress.recentActive);
    });
    return jointVoteResult(this.config.voters, active) === 'won';
  }

  resetVotes(): void {
    this.votes = new Map();
  }

  /** Records a vote; the first answer of a voter in an election is the one that counts. */
  recordVote(id: number, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tallyVotes(): { granted: number; rejected: number; result: VoteResult } {
    let granted = 0;
    let rejected = 0;
    for (const [id, vote] of this.votes) {
      if (!this.isVoter(id)) continue;
      if (vote) granted++;
      else rejected++;
    }
    return { granted, rejected, result: jointVoteResult(this.config.voters, this.votes) };
  }

  /** Vote result for an arbitrary acknowledgement set (read-index heartbeats). */
  voteResultOf(acks: ReadonlyMap<number, boolean>): VoteResult {
    return jointVoteResult(this.config.voters, acks);
  }

  private confStateCache: ConfState | undefined;
  private confStateCacheFor: TrackerConfig | undefined;

  /**
   * The configuration as a ConfState (sorted ids). Cached per configuration object: a change
   * installs a new one (ConfChanger works on a copy), and status() asks for this on every call.
   * Each caller gets its own arrays, so that one caller's edits cannot leak into another's.
   */
  confState(): ConfState {
    if (this.confStateCacheFor !== this.config || this.confStateCache === undefined) {
      this.confStateCache = confStateOf(this.config);
      this.confStateCacheFor = this.config;
    }
    const cached = this.confStateCache;
    return {
      voters: cached.voters.slice(),
      votersOutgoing: cached.votersOutgoing.slice(),
      learners: cached.learners.slice(),
      learnersNext: cached.learnersNext.slice(),
      autoLeave: cached.autoLeave,
    };
  }
}
