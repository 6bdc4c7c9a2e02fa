import {
  type ConfChange,
  ConfChangeTransition,
  decodeConfChange,
  EMPTY_BYTES,
  encodeConfChange,
  type Entry,
  EntryType,
  type HardState,
  type Message,
  MessageType,
  type Snapshot,
} from '@flintkv/proto/raft';
import { ConfChanger, type ConfigAndProgress, restoreConfig } from './conf-change.js';
import {
  type CampaignKind,
  campaign,
  handleVoteRequest,
  isTransferCampaign,
  learnCommitFromRefusal,
} from './election.js';
import { entriesPayloadSize } from './entry-size.js';
import { ProposalDroppedError, type ProposalDropReason, RaftConfigError } from './errors.js';
import { invariant } from './invariant.js';
import { DEFAULT_MAX_CLOCK_DRIFT, leaseTicks, quorumAcknowledgedStamp } from './lease.js';
import { RaftLog } from './log.js';
import { Progress } from './progress.js';
import { ReadOnly, type ReadOnlyOption } from './read-only.js';
import type { ReadState, SoftState } from './ready.js';
import { StateRole } from './ready.js';
import {
  bcastAppend,
  bcastEntries,
  bcastHeartbeat,
  handleAppendEntries,
  handleAppendResponse,
  handleHeartbeat,
  handleHeartbeatResponse,
  handleSnapshot,
  maybeSendAppend,
  sendAppend,
  sendTimeoutNow,
} from './replication.js';
import type { RaftNodeCore } from './raft-node-core.js';
import type { RaftStorage } from './storage.js';
import { ProgressTracker } from './tracker.js';

/** Configuration of one Raft node. Times are in ticks; the application decides how long a tick is. */
export interface RaftConfig {
  /** This node's id; never 0. */
  id: number;
  /** A follower that hears no leader for a randomized `[electionTick, 2 * electionTick)` ticks campaigns. */
  electionTick: number;
  /** A leader sends heartbeats every `heartbeatTick` ticks; must be less than `electionTick`. */
  heartbeatTick: number;
  storage: RaftStorage;
  /** Seeded random source in `[0, 1)`, used only to draw election timeouts (Raft §5.2). */
  random: () => number;
  /** Last index the application has applied (on restart); entries up to it are not handed out again. */
  applied?: number;
  /** Payload bytes per Append message (at least one entry is always sent). Default 1 MiB. */
  maxSizePerMsg?: number;
  /** Appends in flight per follower in replicate state. Default 256. */
  maxInflightMsgs?: number;
  /** Payload bytes of uncommitted entries a leader accepts before dropping proposals. Default unlimited. */
  maxUncommittedEntriesSize?: number;
  /** A leader steps down if it has not heard from a quorum within an election timeout (Raft thesis §6.2). */
  checkQuorum?: boolean;
  /** Run a pre-vote round before disrupting the cluster with a real election (Raft thesis §9.6). */
  preVote?: boolean;
  /**
   * How reads are confirmed; `lease-based` requires `checkQuorum`. Default `safe`. With
   * `lease-based` the leader serves reads from a lease bounded by `maxClockDrift` (see
   * `RawNode.leaseRead`), and followers refuse votes for an election timeout after hearing
   * from a leader, also right after a restart.
   */
  readOnlyOption?: ReadOnlyOption;
  /**
   * Keep a leader lease for {@link RawNode.leaseRead}, and the follower promise that makes it
   * safe (no vote, pre-vote or campaign for an election timeout after hearing from a leader, also
   * right after a restart), while ReadIndex stays as `readOnlyOption` says. Requires
   * `checkQuorum`. Default: on exactly when `readOnlyOption` is `lease-based`.
   */
  leaseReads?: boolean;
  /**
   * Bound on clock drift that lease reads rely on: every node's tick rate is within
   * `±maxClockDrift` of real time. In `[0, 1)`; default 0.05.
   */
  maxClockDrift?: number;
  /** Reject proposals on followers instead of forwarding them to the leader. */
  disableProposalForwarding?: boolean;
  /**
   * With leases: the node whose leadership the lease promise this node starts with protects. A
   * group made by a split inherits its parent's promise, given to the parent's leader: within
   * it, that node may campaign and gets this node's votes, while every other candidate waits
   * the promise out. Default 0: nobody; a started node refuses every candidate, itself included,
   * for an election timeout.
   */
  leaseHolder?: number;
}

const DEFAULT_MAX_SIZE_PER_MSG = 1024 * 1024;
const DEFAULT_MAX_INFLIGHT = 256;

function validateConfig(config: RaftConfig): void {
  if (!Number.isSafeInteger(config.id) || config.id <= 0) throw new RaftConfigError('id must be a positive integer');
  if (!(config.heartbeatTick > 0)) throw new RaftConfigError('heartbeatTick must be greater than 0');
  if (!(config.electionTick > config.heartbeatTick)) {
    throw new RaftConfigError('electionTick must be greater than heartbeatTick');
  }
  if (config.maxInflightMsgs !== undefined && !(config.maxInflightMsgs > 0)) {
    throw new RaftConfigError('maxInflightMsgs must be greater than 0');
  }
  if (
    config.maxClockDrift !== undefined &&
    !(Number.isFinite(config.maxClockDrift) && config.maxClockDrift >= 0 && config.maxClockDrift < 1)
  ) {
    throw new RaftConfigError('maxClockDrift must be in [0, 1)');
  }
  if ((config.readOnlyOption === 'lease-based' || config.leaseReads === true) && !config.checkQuorum) {
    throw new RaftConfigError('lease-based reads need checkQuorum: without it the lease is not safe');
  }
}

/** Message types a leader may send before its own log is durable (Raft thesis §10.2.1). */
function sendableBeforePersist(type: MessageType): boolean {
  return type === MessageType.Append || type === MessageType.Heartbeat || type === MessageType.Snapshot;
}

/**
 * One Raft node's consensus state machine: roles, terms, votes, the log, and per-role message
 * handling (etcd's raft struct). Deterministic: the only inputs are `tick()`, `step()`, the
 * application's reports (`onPersisted`, `appliedTo`) and the injected random source.
 */
export class Raft implements RaftNodeCore {
  readonly id: number;
  term = 0;
  vote = 0;
  /** Current leader; 0 = unknown. */
  lead = 0;
  state: StateRole = StateRole.Follower;
  isLearner = false;
  readonly log: RaftLog;
  readonly tracker: ProgressTracker;
  readOnly: ReadOnly;
  readStates: ReadState[] = [];
  messagesBeforePersist: Message[] = [];
  messagesAfterPersist: Message[] = [];
  leadTransferee = 0;
  /** Index of the latest conf change the leader proposed; a new one waits until it is applied. */
  pendingConfIndex = 0;
  uncommittedSize = 0;
  /** ReadIndex requests that arrived before the leader committed an entry of its term. */
  pendingReadIndexMessages: Message[] = [];
  /** Proposals appended entries not yet sent (see flushPendingAppends). */
  appendsPending = false;

  electionElapsed = 0;
  heartbeatElapsed = 0;
  randomizedElectionTimeout = 0;
  /**
   * Ticks since this node last heard from a leader of its term (or was one). Starts at 0 on
   * construction: a restarted node may have acknowledged a leader just before it went down.
   */
  ticksSinceLeaderHeard = 0;
  /**
   * The leader that promise is to (0: unknown). A vote for it keeps the promise: its lease ends
   * when it stops leading, and it campaigns only after it stopped.
   */
  leaseHolder = 0;
  /** Ticks since this node became leader; heartbeats carry it (plus one) as their send stamp. */
  leaderTicks = 0;
  /** A TimeoutNow went out this term: another node may win without waiting out our lease. */
  leaseRevoked = false;
  /**
   * This leader quiesced ({@link quiesce}): the application stopped ticking it. Its lease is void
   * until it ticks again and a quorum acknowledges a heartbeat round sent after that.
   */
  quiesced = false;

  readonly electionTimeout: number;
  readonly heartbeatTimeout: number;
  readonly maxSizePerMsg: number;
  readonly maxUncommittedSize: number;
  readonly maxInflight: number;
  readonly checkQuorum: boolean;
  readonly preVote: boolean;
  readonly readOnlyOption: ReadOnlyOption;
  /** Lease reads are on: the leader keeps a lease and followers keep the lease promise. */
  readonly leaseBased: boolean;
  readonly disableProposalForwarding: boolean;
  /** Lease reads' ticks after a quorum-acknowledged heartbeat round was sent (see leaseTicks). */
  readonly leaseDuration: number;
  private readonly random: () => number;

  constructor(config: RaftConfig) {
    validateConfig(config);
    this.id = config.id;
    this.electionTimeout = config.electionTick;
    this.heartbeatTimeout = config.heartbeatTick;
    this.random = config.random;
    this.maxSizePerMsg = config.maxSizePerMsg ?? DEFAULT_MAX_SIZE_PER_MSG;
    this.maxUncommittedSize = config.maxUncommittedEntriesSize ?? Number.POSITIVE_INFINITY;
    this.maxInflight = config.maxInflightMsgs ?? DEFAULT_MAX_INFLIGHT;
    this.checkQuorum = config.checkQuorum ?? false;
    this.preVote = config.preVote ?? false;
    this.readOnlyOption = config.readOnlyOption ?? 'safe';
    this.leaseBased = config.leaseReads ?? this.readOnlyOption === 'lease-based';
    this.disableProposalForwarding = config.disableProposalForwarding ?? false;
    this.readOnly = new ReadOnly(this.readOnlyOption);
    this.leaseDuration = leaseTicks(config.electionTick, config.maxClockDrift ?? DEFAULT_MAX_CLOCK_DRIFT);
    this.log = new RaftLog(config.storage);
    this.tracker = new ProgressTracker(this.maxInflight);

    const { hardState, confState } = config.storage.initialState();
    this.switchToConfig(restoreConfig(confState, this.log.lastIndex(), this.maxInflight));
    if (hardState.term !== 0 || hardState.vote !== 0 || hardState.commit !== 0) this.loadHardState(hardState);
    if (config.applied !== undefined && config.applied > 0) this.log.appliedTo(config.applied);
    this.becomeFollower(this.term, 0);
    // A node that never saw a term never acknowledged a leader: it has no lease promise to keep.
    if (this.term === 0) this.ticksSinceLeaderHeard = this.electionTimeout;
    this.leaseHolder = config.leaseHolder ?? 0;
  }

  private loadHardState(hardState: HardState): void {
    invariant(
      hardState.commit >= this.log.committed && hardState.commit <= this.log.lastIndex(),
      () => `stored commit ${hardState.commit} outside [${this.log.committed}, ${this.log.lastIndex()}]`,
    );
    this.log.committed = hardState.commit;
    this.term = hardState.term;
    this.vote = hardState.vote;
  }

  softState(): SoftState {
    return { leader: this.lead, role: this.state };
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  /** A node may campaign only as a voter, and not while installing a snapshot. */
  promotable(): boolean {
    const progress = this.tracker.progress.get(this.id);
    return progress !== undefined && !progress.isLearner && !this.log.hasPendingSnapshot();
  }

  // ---- sending ----------------------------------------------------------------------------

  /**
   * Queues a message. Vote traffic carries an explicit term; everything else the current term,
   * except proposals and read requests forwarded to the leader, which are local (term 0).
   */
  send(fields: Partial<Message> & Pick<Message, 'type' | 'to'>): void {
    // Built field by field (not spread): one object shape for every message keeps this hot path monomorphic.
    const message: Message = {
      type: fields.type,
      to: fields.to,
      from: fields.from ?? this.id,
      term: fields.term ?? 0,
      logTerm: fields.logTerm ?? 0,
      index: fields.index ?? 0,
      entries: fields.entries ?? [],
      commit: fields.commit ?? 0,
      reject: fields.reject ?? false,
      rejectHint: fields.rejectHint ?? 0,
      context: fields.context ?? EMPTY_BYTES,
    };
    if (fields.snapshot !== undefined) message.snapshot = fields.snapshot;
    const type = message.type;
    invariant(message.to !== this.id, () => `message of type ${type} addressed to self`);
    if (
      type === MessageType.Vote ||
      type === MessageType.VoteResponse ||
      type === MessageType.PreVote ||
      type === MessageType.PreVoteResponse
    ) {
      invariant(message.term !== 0, () => `vote message of type ${type} without a term`);
    } else if (type !== MessageType.Propose && type !== MessageType.ReadIndex) {
      message.term = this.term;
    }
    if (this.state === StateRole.Leader && sendableBeforePersist(type)) this.messagesBeforePersist.push(message);
    else this.messagesAfterPersist.push(message);
  }

  // ---- roles ------------------------------------------------------------------------------

  private resetRandomizedElectionTimeout(): void {
    const draw = Math.min(Math.floor(this.random() * this.electionTimeout), this.electionTimeout - 1);
    this.randomizedElectionTimeout = this.electionTimeout + Math.max(0, draw);
  }

  private reset(term: number): void {
    if (term !== this.term) {
      invariant(term > this.term, () => `term moving back from ${this.term} to ${term}`);
      this.term = term;
      this.vote = 0;
    }
    this.lead = 0;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.abortLeaderTransfer();
    this.tracker.resetVotes();
    const lastIndex = this.log.lastIndex();
    for (const [id, previous] of this.tracker.progress) {
      const progress = new Progress(lastIndex + 1, this.maxInflight, previous.isLearner);
      // The leader counts its own log only as far as it is durable (matched after persist).
      if (id === this.id) progress.match = this.log.persistedIndex();
      this.tracker.progress.set(id, progress);
    }
    this.pendingConfIndex = 0;
    this.uncommittedSize = 0;
    this.readOnly = new ReadOnly(this.readOnlyOption);
    this.pendingReadIndexMessages = [];
    this.appendsPending = false;
    this.leaderTicks = 0;
    this.leaseRevoked = false;
    this.quiesced = false;
  }

  /** Records a vote; Raft §5.2: at most one vote per term. */
  setVote(candidate: number): void {
    invariant(
      this.vote === 0 || this.vote === candidate,
      () => `node ${this.id} voting for ${candidate} in term ${this.term} after voting for ${this.vote}`,
    );
    this.vote = candidate;
  }

  becomeFollower(term: number, lead: number): void {
    this.reset(term);
    this.lead = lead;
    this.state = StateRole.Follower;
  }

  /**
   * Adopts a higher term announced by a vote request, without restarting the election timer
   * (Raft §5.2: the timer restarts on granting a vote or hearing the current leader, which
   * handleVoteRequest does if it grants). Restarting it on every refusal lets candidates with
   * stale logs, campaigning term after term, keep the only electable node from ever timing out.
   */
  private becomeFollowerKeepingElectionTimer(term: number): void {
    const elapsed = this.electionElapsed;
    const timeout = this.randomizedElectionTimeout;
    this.becomeFollower(term, 0);
    this.electionElapsed = elapsed;
    this.randomizedElectionTimeout = timeout;
  }

  becomeCandidate(): void {
    invariant(this.state !== StateRole.Leader, () => 'leader cannot become candidate');
    this.reset(this.term + 1);
    this.setVote(this.id);
    this.state = StateRole.Candidate;
  }

  /** Pre-vote: neither the term nor the vote changes until a quorum says we could win. */
  becomePreCandidate(): void {
    invariant(this.state !== StateRole.Leader, () => 'leader cannot become pre-candidate');
    this.tracker.resetVotes();
    this.lead = 0;
    this.state = StateRole.PreCandidate;
  }

  becomeLeader(): void {
    invariant(this.state === StateRole.Candidate, () => `only a candidate becomes leader (was ${this.state})`);
    this.reset(this.term);
    this.lead = this.id;
    this.state = StateRole.Leader;
    const self = this.tracker.progress.get(this.id);
    if (self !== undefined) {
      self.becomeReplicate();
      self.recentActive = true;
    }
    // Conservatively treat any conf change in the log as pending until applied.
    this.pendingConfIndex = this.log.lastIndex();
    // Raft §8: a no-op entry of the new term lets the leader commit (and learn) everything before it.
    const appended = this.appendEntries([{ term: 0, index: 0, type: EntryType.Normal, data: EMPTY_BYTES }], true);
    invariant(appended, () => 'leader could not append its no-op entry');
  }

  // ---- ticks ------------------------------------------------------------------------------

  tick(): void {
    if (this.quiesced) this.resumeFromQuiescence();
    this.ticksSinceLeaderHeard++;
    if (this.state === StateRole.Leader) {
      this.leaderTicks++;
      this.ticksSinceLeaderHeard = 0;
      this.leaseHolder = this.id;
      this.tickHeartbeat();
    } else {
      this.tickElection();
    }
  }

  /**
   * This node must not help elect anyone (nor itself) yet: with lease reads, for an election
   * timeout after hearing from a leader; otherwise (check-quorum) while it hears from a live one.
   */
  inLeaderLease(): boolean {
    if (this.leaseBased) return this.ticksSinceLeaderHeard < this.electionTimeout;
    return this.checkQuorum && this.lead !== 0 && this.electionElapsed < this.electionTimeout;
  }

  /**
   * A leader with nothing in flight, which may stop ticking: it committed an entry of its term,
   * its whole log is committed, every other member (voters and learners) holds all of it and
   * acknowledged a heartbeat round sent within the last election timeout, and no configuration
   * change, joint configuration, leadership transfer or read is pending.
   */
  quiescible(): boolean {
    if (this.state !== StateRole.Leader || this.leadTransferee !== 0 || this.tracker.isJoint()) return false;
    if (this.pendingReadIndexMessages.length > 0 || this.readOnly.pendingCount() > 0) return false;
    if (!this.committedEntryInCurrentTerm()) return false;
    const lastIndex = this.log.lastIndex();
    if (this.log.committed !== lastIndex || this.pendingConfIndex > this.log.applied) return false;
    const recentStamp = this.leaderTicks + 1 - this.electionTimeout;
    for (const [id, progress] of this.tracker.progress) {
      if (id === this.id) continue;
      // A follower probed after an unreachable report stays in probe with nothing to send it: it counts as caught up.
      if (progress.match !== lastIndex || progress.state === 'snapshot') return false;
      if (progress.heartbeatAckedAt <= recentStamp) return false;
    }
    return true;
  }

  /**
   * Quiesces a {@link quiescible} leader: one last heartbeat round carrying `context` tells the
   * followers (the application reads it) that they may stop ticking too. Returns whether it did.
   */
  quiesce(context: Uint8Array): boolean {
    if (!this.quiescible()) return false;
    this.quiesced = true;
    this.heartbeatElapsed = 0;
    bcastHeartbeat(this, context);
    return true;
  }

  /**
   * Ticking again after a pause of unknown length: heartbeat acknowledgements from before it
   * no longer date a lease (the leader's clock jumps a lease span past them), and check-quorum
   * gives the followers a whole election timeout to answer again.
   */
  private resumeFromQuiescence(): void {
    this.quiesced = false;
    this.leaderTicks += this.leaseDuration;
    this.electionElapsed = 0;
    // Who answered before the pause says nothing of now: a leader cut off meanwhile steps down
    // after one election timeout.
    for (const [id, progress] of this.tracker.progress) if (id !== this.id) progress.recentActive = false;
  }

  /** The leader still holds its read lease: a quorum acknowledged a heartbeat sent recently enough. */
  leaseHeld(): boolean {
    if (
      this.state !== StateRole.Leader ||
      !this.leaseBased ||
      this.leaseRevoked ||
      this.leadTransferee !== 0 ||
      this.quiesced
    ) {
      return false;
    }
    if (!this.committedEntryInCurrentTerm()) return false;
    const stamp = quorumAcknowledgedStamp(this.tracker.config.voters, (id) =>
      id === this.id ? this.leaderTicks + 1 : (this.tracker.progress.get(id)?.heartbeatAckedAt ?? 0),
    );
    if (stamp === 0 || !Number.isFinite(stamp)) return false;
    return this.leaderTicks - (stamp - 1) < this.leaseDuration;
  }

  /** The index a lease read may be served at (the commit index), or undefined without a lease. */
  leaseReadIndex(): number | undefined {
    return this.leaseHeld() ? this.log.committed : undefined;
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.hup(this.preVote ? 'pre-election' : 'election');
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.electionTimeout) {
      this.electionElapsed = 0;
      this.retryStaleSnapshots();
      if (this.checkQuorum) this.checkQuorumActive();
      // A transfer that has not finished within an election timeout is abandoned.
      if (this.state === StateRole.Leader && this.leadTransferee !== 0) this.abortLeaderTransfer();
    }
    if (this.state !== StateRole.Leader) return;
    this.maybeAutoLeaveJoint();
    if (this.heartbeatElapsed >= this.heartbeatTimeout) {
      this.heartbeatElapsed = 0;
      bcastHeartbeat(this);
    }
  }

  /**
   * A snapshot (or the follower's answer to it) may be lost, and the transport may never call
   * reportSnapshot: after one to two election timeouts without an answer, probe the follower again
   * (just past the snapshot). If it installed the snapshot the probe succeeds; if not, the probe
   * is rejected and a fresh snapshot is sent.
   */
  private retryStaleSnapshots(): void {
    for (const progress of this.tracker.progress.values()) {
      if (progress.state !== 'snapshot') continue;
      if (progress.snapshotStale) progress.becomeProbe();
      else progress.snapshotStale = true;
    }
  }

  /** Check-quorum (Raft thesis §6.2): a leader that has not heard from a quorum steps down. */
  private checkQuorumActive(): void {
    const self = this.tracker.progress.get(this.id);
    if (self !== undefined) self.recentActive = true;
    if (!this.tracker.quorumActive()) {
      this.becomeFollower(this.term, 0);
      return;
    }
    for (const [id, progress] of this.tracker.progress) if (id !== this.id) progress.recentActive = false;
  }

  // ---- elections --------------------------------------------------------------------------

  /** Starts an election if this node may (etcd hup). */
  hup(kind: CampaignKind): void {
    if (this.state === StateRole.Leader) return;
    if (!this.promotable()) return;
    // Voting for ourselves counts like any vote: not within another leader's lease (a transfer
    // overrides it).
    if (this.leaseBased && kind !== 'transfer' && this.inLeaderLease() && this.leaseHolder !== this.id) return;
    // A node must not campaign before applying a committed conf change: it might not be a voter anymore.
    if (this.hasUnappliedConfChanges()) return;
    campaign(this, kind);
  }

  private hasUnappliedConfChanges(): boolean {
    if (this.log.applied >= this.log.committed) return false;
    try {
      const entries = this.log.slice(this.log.applied + 1, this.log.committed + 1);
      return entries.some((entry) => entry.type === EntryType.ConfChange);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'FLINT_STORAGE_COMPACTED') return false;
      throw error;
    }
  }

  /** Records a vote response and returns the election's state. */
  poll(id: number, granted: boolean) {
    this.tracker.recordVote(id, granted);
    return this.tracker.tallyVotes();
  }

  // ---- step -------------------------------------------------------------------------------

  /**
   * Handles one message. Returns why a proposal, read or transfer carried by it was dropped
   * (undefined when accepted or when the message is not of that kind).
   */
  step(message: Message): ProposalDroppedError | undefined {
    if (message.term === 0) {
      // A local message (proposal, read request or transfer request from the application or a follower).
    } else if (message.term > this.term) {
      if (message.type === MessageType.Vote || message.type === MessageType.PreVote) {
        const force = isTransferCampaign(message.context);
        // Leader lease (Raft thesis §4.2.3): while we hear from a live leader, ignore disruptive
        // candidates; the leader we promised may stand again (its lease ended when it stopped leading).
        if (!force && this.inLeaderLease() && message.from !== this.leaseHolder) return undefined;
      }
      if (message.type === MessageType.PreVote) {
        // Never change term in response to a pre-vote.
      } else if (message.type === MessageType.PreVoteResponse && !message.reject) {
        // A granted pre-vote carries the term we would campaign in, not a newer leader's term.
      } else if (
        message.type === MessageType.Append ||
        message.type === MessageType.Heartbeat ||
        message.type === MessageType.Snapshot
      ) {
        this.becomeFollower(message.term, message.from);
      } else if (message.type === MessageType.Vote) {
        this.becomeFollowerKeepingElectionTimer(message.term);
      } else {
        this.becomeFollower(message.term, 0);
      }
    } else if (message.term < this.term) {
      if (message.type === MessageType.Heartbeat || message.type === MessageType.Append) {
        // Answer with our term so that the sender learns it is stale and steps down. Without this
        // a node whose term ran ahead but which cannot campaign (a learner, or a new member that
        // has not yet applied the configuration adding it) ignores its leader forever and never
        // catches up. Safe: the answer carries nothing but a higher term, which only ever ends a
        // term; the cost is that a delayed message may depose a leader of a lower term, which the
        // higher term would do anyway once its node campaigns.
        this.send({ type: MessageType.AppendResponse, to: message.from });
      } else if (message.type === MessageType.PreVote) {
        this.send({ type: MessageType.PreVoteResponse, to: message.from, term: this.term, reject: true });
      }
      return undefined;
    }

    if (message.type === MessageType.Vote || message.type === MessageType.PreVote) {
      handleVoteRequest(this, message);
      return undefined;
    }
    switch (this.state) {
      case StateRole.Leader:
        return this.stepLeader(message);
      case StateRole.Candidate:
      case StateRole.PreCandidate:
        return this.stepCandidate(message);
      case StateRole.Follower:
        return this.stepFollower(message);
    }
  }

  private drop(reason: ProposalDropReason, detail?: string): ProposalDroppedError {
    return new ProposalDroppedError(reason, this.lead === this.id ? 0 : this.lead, detail);
  }

  private stepLeader(message: Message): ProposalDroppedError | undefined {
    switch (message.type) {
      case MessageType.Propose:
        return this.handleProposal(message);
      case MessageType.ReadIndex:
        this.handleReadIndex(message);
        return undefined;
      default:
        break;
    }
    const progress = this.tracker.progress.get(message.from);
    if (progress === undefined) return undefined;
    switch (message.type) {
      case MessageType.AppendResponse:
        handleAppendResponse(this, message, progress);
        break;
      case MessageType.HeartbeatResponse:
        handleHeartbeatResponse(this, message, progress);
        break;
      case MessageType.TransferLeader:
        this.handleTransferLeader(message.from, progress);
        break;
      default:
        break;
    }
    return undefined;
  }

  private stepCandidate(message: Message): ProposalDroppedError | undefined {
    const myResponseType =
      this.state === StateRole.PreCandidate ? MessageType.PreVoteResponse : MessageType.VoteResponse;
    switch (message.type) {
      case MessageType.Propose:
      case MessageType.ReadIndex:
      case MessageType.TransferLeader:
        return this.drop('no-leader', 'an election is in progress');
      case MessageType.Append:
        this.becomeFollower(message.term, message.from);
        this.heardFromLeader(message.from);
        handleAppendEntries(this, message);
        return undefined;
      case MessageType.Heartbeat:
        this.becomeFollower(message.term, message.from);
        this.heardFromLeader(message.from);
        handleHeartbeat(this, message);
        return undefined;
      case MessageType.Snapshot:
        this.becomeFollower(message.term, message.from);
        this.heardFromLeader(message.from);
        handleSnapshot(this, message);
        return undefined;
      case myResponseType: {
        learnCommitFromRefusal(this, message);
        const { result } = this.poll(message.from, !message.reject);
        if (result === 'won') {
          if (this.state === StateRole.PreCandidate) {
            campaign(this, 'election');
          } else {
            this.becomeLeader();
            bcastAppend(this);
          }
        } else if (result === 'lost') {
          // A term from a rejection was adopted in step(); a pre-candidate returns to its term.
          this.becomeFollower(this.term, 0);
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private stepFollower(message: Message): ProposalDroppedError | undefined {
    switch (message.type) {
      case MessageType.Propose:
        if (this.lead === 0) return this.drop('no-leader');
        if (this.disableProposalForwarding) return this.drop('forwarding-disabled', 'proposals go to the leader');
        this.forwardToLeader(message);
        return undefined;
      case MessageType.Append:
        this.heardFromLeader(message.from);
        handleAppendEntries(this, message);
        return undefined;
      case MessageType.Heartbeat:
        this.heardFromLeader(message.from);
        handleHeartbeat(this, message);
        return undefined;
      case MessageType.Snapshot:
        this.heardFromLeader(message.from);
        handleSnapshot(this, message);
        return undefined;
      case MessageType.TransferLeader:
        if (this.lead === 0) return this.drop('no-leader');
        this.forwardToLeader(message);
        return undefined;
      case MessageType.TimeoutNow:
        // Leadership transfer: campaign at once, skipping pre-vote and overriding leases.
        this.hup('transfer');
        return undefined;
      case MessageType.ReadIndex:
        if (this.lead === 0) return this.drop('no-leader');
        this.forwardToLeader(message);
        return undefined;
      case MessageType.ReadIndexResponse:
        this.readStates.push({ index: message.index, context: message.context });
        return undefined;
      case MessageType.VoteResponse:
      case MessageType.PreVoteResponse:
        // A refusal that arrives after we lost the election still says what is committed.
        learnCommitFromRefusal(this, message);
        return undefined;
      default:
        return undefined;
    }
  }

  /** A message of our term's leader arrived: restart the election timer and the lease promise. */
  private heardFromLeader(leader: number): void {
    this.electionElapsed = 0;
    this.ticksSinceLeaderHeard = 0;
    this.leaseHolder = leader;
    this.lead = leader;
  }

  private forwardToLeader(message: Message): void {
    this.send({
      type: message.type,
      to: this.lead,
      from: message.from === 0 ? this.id : message.from,
      entries: message.entries,
      context: message.context,
    });
  }

  // ---- proposals --------------------------------------------------------------------------

  private handleProposal(message: Message): ProposalDroppedError | undefined {
    invariant(message.entries.length > 0, () => 'empty proposal');
    if (!this.tracker.progress.has(this.id)) return this.drop('not-leader', 'this leader was removed from the group');
    if (this.leadTransferee !== 0) {
      return this.drop('transfer-in-progress', `leadership is moving to ${this.leadTransferee}`);
    }
    let confIndex = 0;
    for (let i = 0; i < message.entries.length; i++) {
      const entry = message.entries[i]!;
      if (entry.type !== EntryType.ConfChange) continue;
      let change: ConfChange;
      try {
        change = decodeConfChange(entry.data);
      } catch (error) {
        return this.drop('conf-change-invalid', (error as Error).message);
      }
      // Raft thesis §4.1: one membership change at a time; the next waits until this one is applied.
      if (this.pendingConfIndex > this.log.applied || confIndex !== 0) {
        return this.drop('conf-change-pending', `conf change at ${this.pendingConfIndex} not yet applied`);
      }
      const joint = this.tracker.isJoint();
      const leaves = change.changes.length === 0;
      if (joint && !leaves) return this.drop('conf-change-invalid', 'leave the joint configuration first');
      if (!joint && leaves) return this.drop('conf-change-invalid', 'not in a joint configuration');
      confIndex = this.log.lastIndex() + i + 1;
    }
    if (!this.appendEntries(message.entries, false)) {
      return this.drop('uncommitted-size-exceeded', `over ${this.maxUncommittedSize} uncommitted bytes`);
    }
    if (confIndex !== 0) this.pendingConfIndex = confIndex;
    this.appendsPending = true;
    return undefined;
  }

  /**
   * Sends the entries proposals appended since the last call. Deferred until the application
   * collects a Ready, so that all proposals of one turn travel in one Append per follower.
   */
  flushPendingAppends(): void {
    if (!this.appendsPending) return;
    this.appendsPending = false;
    if (this.state !== StateRole.Leader) return;
    this.tracker.visit((id) => {
      if (id !== this.id) maybeSendAppend(this, id, false);
    });
  }

  /** Appends entries stamped with the current term at the end of the leader's log. */
  appendEntries(entries: readonly Entry[], ignoreSizeLimit: boolean): boolean {
    const lastIndex = this.log.lastIndex();
    const stamped = entries.map((entry, offset) => ({
      term: this.term,
      index: lastIndex + 1 + offset,
      type: entry.type,
      data: entry.data,
    }));
    const size = entriesPayloadSize(stamped);
    if (
      !ignoreSizeLimit &&
      this.uncommittedSize > 0 &&
      size > 0 &&
      this.uncommittedSize + size > this.maxUncommittedSize
    ) {
      return false;
    }
    this.uncommittedSize += size;
    this.log.append(stamped);
    return true;
  }

  /** Leader: advance the commit index to what a quorum has durably (Raft §5.3, §5.4.2). */
  maybeCommit(): boolean {
    const index = this.tracker.committed();
    if (!Number.isFinite(index)) return false;
    return this.log.maybeCommit(index, this.term);
  }

  committedEntryInCurrentTerm(): boolean {
    return this.log.term(this.log.committed) === this.term;
  }

  // ---- reads ------------------------------------------------------------------------------

  private handleReadIndex(message: Message): void {
    // Raft thesis §6.4: the leader's commit index is only known to be current once it has
    // committed an entry of its own term.
    if (!this.committedEntryInCurrentTerm()) {
      this.pendingReadIndexMessages.push(message);
      return;
    }
    this.answerReadIndex(message);
  }

  private answerReadIndex(message: Message): void {
    // With lease-based reads a held lease confirms leadership; with safe ReadIndex only a quorum does.
    if (this.tracker.isSingleton() || (this.readOnlyOption === 'lease-based' && this.leaseHeld())) {
      this.respondToReadIndex(message, this.log.committed);
      return;
    }
    this.readOnly.addRequest(this.log.committed, message);
    this.readOnly.recvAck(this.id, message.context);
    bcastHeartbeat(this, message.context);
  }

  releasePendingReadIndexMessages(): void {
    if (this.pendingReadIndexMessages.length === 0 || !this.committedEntryInCurrentTerm()) return;
    const messages = this.pendingReadIndexMessages;
    this.pendingReadIndexMessages = [];
    for (const message of messages) this.answerReadIndex(message);
  }

  respondToReadIndex(request: Message, index: number): void {
    if (request.from === 0 || request.from === this.id) {
      this.readStates.push({ index, context: request.context });
      return;
    }
    this.send({ type: MessageType.ReadIndexResponse, to: request.from, index, context: request.context });
  }

  // ---- leadership transfer ----------------------------------------------------------------

  private handleTransferLeader(transferee: number, progress: Progress): void {
    if (progress.isLearner) return;
    if (this.leadTransferee !== 0) {
      if (this.leadTransferee === transferee) return;
      this.abortLeaderTransfer();
    }
    if (transferee === this.id) return;
    // The transfer must finish within an election timeout.
    this.electionElapsed = 0;
    this.leadTransferee = transferee;
    if (progress.match === this.log.lastIndex()) sendTimeoutNow(this, transferee);
    else sendAppend(this, transferee);
  }

  abortLeaderTransfer(): void {
    this.leadTransferee = 0;
  }

  // ---- application reports ----------------------------------------------------------------

  /** The application made the log durable up to the unstable entries handed out (after persist). */
  onPersisted(lastEntry: { index: number; term: number } | undefined, snapshotIndex: number | undefined): void {
    if (snapshotIndex !== undefined) this.log.stableSnapshotTo(snapshotIndex);
    if (lastEntry !== undefined) this.log.stableTo(lastEntry.index, lastEntry.term);
    if (this.state !== StateRole.Leader) return;
    const self = this.tracker.progress.get(this.id);
    if (self?.maybeUpdate(this.log.persistedIndex()) && this.maybeCommit()) {
      this.releasePendingReadIndexMessages();
      bcastEntries(this);
    }
  }

  /** The application applied committed entries up to `index`. */
  appliedTo(index: number, appliedEntries: readonly Entry[]): void {
    const newApplied = Math.max(index, this.log.applied);
    this.log.appliedTo(newApplied);
    if (this.state === StateRole.Leader) {
      this.uncommittedSize = Math.max(0, this.uncommittedSize - entriesPayloadSize(appliedEntries));
    }
    this.maybeAutoLeaveJoint();
  }

  /** Leaves an auto-leave joint configuration once it is applied (the leader proposes the empty change). */
  private maybeAutoLeaveJoint(): void {
    if (
      this.state !== StateRole.Leader ||
      !this.tracker.config.autoLeave ||
      this.log.applied < this.pendingConfIndex ||
      this.leadTransferee !== 0 ||
      !this.tracker.progress.has(this.id)
    ) {
      return;
    }
    const data = encodeConfChange({ transition: ConfChangeTransition.Auto, changes: [], context: EMPTY_BYTES });
    this.appendEntries([{ term: 0, index: 0, type: EntryType.ConfChange, data }], true);
    this.pendingConfIndex = this.log.lastIndex();
    bcastAppend(this);
  }

  // ---- membership -------------------------------------------------------------------------

  applyConfChange(change: ConfChange) {
    const changer = new ConfChanger(
      { config: this.tracker.config, progress: this.tracker.progress },
      this.log.lastIndex(),
      this.maxInflight,
    );
    return this.switchToConfig(changer.apply(change));
  }

  switchToConfig(next: ConfigAndProgress) {
    this.tracker.config = next.config;
    this.tracker.progress = next.progress;
    const confState = this.tracker.confState();
    const self = this.tracker.progress.get(this.id);
    this.isLearner = self?.isLearner ?? false;
    if ((self === undefined || this.isLearner) && this.state !== StateRole.Follower) {
      // A leader removed from (or demoted in) the configuration steps down; the rest elect a new
      // one. So does a (pre-)candidate: it may learn the commit of its own removal mid-election
      // (from a refused vote's commit hint), and must not go on to win with the others' votes.
      this.becomeFollower(this.term, 0);
      return confState;
    }
    if (this.state !== StateRole.Leader || confState.voters.length === 0) return confState;
    // The quorum may have changed: commit what the new configuration allows, catch up new members.
    if (this.maybeCommit()) {
      this.releasePendingReadIndexMessages();
      bcastAppend(this);
    } else {
      this.tracker.visit((id) => {
        if (id !== this.id) maybeSendAppend(this, id, false);
      });
    }
    if (this.leadTransferee !== 0 && !this.tracker.isVoter(this.leadTransferee)) this.abortLeaderTransfer();
    return confState;
  }

  /** Installs a snapshot from the leader; returns whether it was installed (else the log already covers it). */
  restore(snapshot: Snapshot): boolean {
    const { index, term } = snapshot.metadata;
    if (index <= this.log.committed) return false;
    // Committed entries handed out in a Ready but not yet reported applied (a message stepped
    // between ready() and advance()): restoring now would switch the configuration under the
    // application's feet (it is about to apply conf changes the snapshot already contains).
    // Refuse; the leader resends the snapshot later.
    if (this.log.applying > this.log.applied) return false;
    invariant(this.state === StateRole.Follower, () => 'only a follower installs a snapshot');
    if (this.log.matchTerm(index, term)) {
      // Our log already has the snapshot's last entry: just learn that it is committed.
      this.log.commitTo(index);
      return false;
    }
    this.log.restore(snapshot);
    this.switchToConfig(restoreConfig(snapshot.metadata.confState, this.log.lastIndex(), this.maxInflight));
    return true;
  }

  // ---- application reports from the transport ---------------------------------------------

  reportUnreachable(id: number): void {
    if (this.state !== StateRole.Leader) return;
    const progress = this.tracker.progress.get(id);
    // Stop pipelining into a void; probe once the peer answers again.
    if (progress !== undefined && progress.state === 'replicate') progress.becomeProbe();
  }

  reportSnapshot(id: number, succeeded: boolean): void {
    if (this.state !== StateRole.Leader) return;
    const progress = this.tracker.progress.get(id);
    if (progress === undefined || progress.state !== 'snapshot') return;
    if (!succeeded) progress.pendingSnapshot = 0;
    progress.becomeProbe();
    // Wait for the follower's answer (or a heartbeat round) before the next Append.
    progress.probeSent = true;
  }
}
