import {
  type ConfChange,
  type ConfState,
  EMPTY_BYTES,
  encodeConfChange,
  EntryType,
  type HardState,
  type Message,
  MessageType,
  makeMessage,
} from '@flintkv/proto/raft';
import { invariant } from './invariant.js';
import type { ProgressState } from './progress.js';
import { Raft, type RaftConfig } from './raft.js';
import { type Ready, type SoftState, StateRole } from './ready.js';

export type { RaftConfig } from './raft.js';

/** A leader's view of one member's replication. */
export interface ProgressStatus {
  match: number;
  next: number;
  state: ProgressState;
  recentActive: boolean;
}

/** A snapshot of a node's Raft state for status pages and tests. */
export interface RaftStatus {
  id: number;
  hardState: HardState;
  softState: SoftState;
  applied: number;
  leadTransferee: number;
  confState: ConfState;
  /** Per member; filled only on the leader. */
  progress: Map<number, ProgressStatus>;
}

function isResponse(type: MessageType): boolean {
  return (
    type === MessageType.AppendResponse ||
    type === MessageType.VoteResponse ||
    type === MessageType.PreVoteResponse ||
    type === MessageType.HeartbeatResponse
  );
}

function sameHardState(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

/**
 * The application's handle on one Raft node (etcd's RawNode): feed it ticks, messages and
 * proposals; collect a {@link Ready}, perform it (persist, send, apply), then {@link advance}.
 * Single-threaded and deterministic; it never touches a clock, a disk or a socket.
 */
export class RawNode {
  private readonly raft: Raft;
  private previousSoftState: SoftState;
  private previousHardState: HardState;

  constructor(config: RaftConfig) {
    this.raft = new Raft(config);
    this.previousSoftState = this.raft.softState();
    this.previousHardState = this.raft.hardState();
  }

  /** Advances logical time by one tick (election and heartbeat timeouts count ticks). */
  tick(): void {
    this.raft.tick();
  }

  /**
   * Handles a message from a peer. Responses from non-members and term-less messages (other than
   * forwarded proposals and reads) are ignored; a forwarded proposal that cannot be accepted here
   * is dropped silently, as if lost on the network.
   */
  step(message: Message): void {
    // Only proposals and read requests travel without a term (they are forwarded local requests);
    // anything else without one is malformed and must not reach the state machine.
    if (message.term === 0 && message.type !== MessageType.Propose && message.type !== MessageType.ReadIndex) return;
    if (isResponse(message.type) && !this.raft.tracker.progress.has(message.from)) return;
    this.raft.step(message);
  }

  /**
   * Starts an election now (with pre-vote when configured). With `lease-based` reads, not
   * within an election timeout of hearing from a leader (or of restarting): that would break
   * the lease promise; use `transferLeadership` to move leadership on purpose.
   */
  campaign(): void {
    this.raft.hup(this.raft.preVote ? 'pre-election' : 'election');
  }

  /** Proposes application data; throws {@link ProposalDroppedError} when it cannot be accepted here. */
  propose(data: Uint8Array): void {
    this.stepLocal(
      makeMessage({
        type: MessageType.Propose,
        to: this.raft.id,
        from: this.raft.id,
        entries: [{ term: 0, index: 0, type: EntryType.Normal, data }],
      }),
    );
  }

  /** Proposes a membership change; throws {@link ProposalDroppedError} (e.g. `conf-change-pending`). */
  proposeConfChange(change: ConfChange): void {
    this.stepLocal(
      makeMessage({
        type: MessageType.Propose,
        to: this.raft.id,
        from: this.raft.id,
        entries: [{ term: 0, index: 0, type: EntryType.ConfChange, data: encodeConfChange(change) }],
      }),
    );
  }

  /**
   * Applies a committed ConfChange entry (call it while applying that entry, before `advance`).
   * Returns the resulting configuration, which the application stores with its snapshots.
   */
  applyConfChange(change: ConfChange): ConfState {
    return this.raft.applyConfChange(change);
  }

  /**
   * Requests a linearizable read. `context` (non-empty, unique per request) comes back in
   * `Ready.readStates` with the index the state machine must reach before serving the read.
   */
  readIndex(context: Uint8Array): void {
    if (context.length === 0) throw new RangeError('readIndex needs a non-empty, unique context');
    this.stepLocal(makeMessage({ type: MessageType.ReadIndex, to: this.raft.id, from: this.raft.id, context }));
  }

  /**
   * A lease read: the index to read at (the state machine must have applied it first), or
   * `null` when this node does not hold a leader lease now — it is not the leader,
   * leases are off (`leaseReads`, or `readOnlyOption: 'lease-based'`), it has not yet committed an entry of its term, a
   * leadership transfer is under way, or no heartbeat round acknowledged by a quorum was sent
   * within the last `floor((electionTick − 1)(1 − maxClockDrift)/(1 + maxClockDrift))` ticks.
   * Then use {@link readIndex}. Safe only while every node's tick rate stays within
   * `±maxClockDrift` of real time; costs no message.
   */
  leaseRead(): number | null {
    return this.raft.leaseReadIndex() ?? null;
  }

  /**
   * Asks the leader to hand leadership to `to` (forwarded when called on a follower). Best effort:
   * ignored when no leader is known; abandoned after an election timeout.
   */
  transferLeadership(to: number): void {
    this.raft.step(makeMessage({ type: MessageType.TransferLeader, to: this.raft.id, from: to, context: EMPTY_BYTES }));
  }

  /**
   * Whether this leader has nothing in flight and may stop ticking: its whole log committed and
   * held by every member, each of which answered a recent heartbeat; no configuration change,
   * leadership transfer or read pending.
   */
  quiescible(): boolean {
    return this.raft.quiescible();
  }

  /**
   * Quiesces a {@link quiescible} leader: it sends one heartbeat round carrying `context` (for
   * the followers' application to see, so they stop ticking too) and holds no lease until it is
   * ticked again and a new round is acknowledged. The application then stops calling
   * {@link tick} until something happens (a proposal, a read, a message): stepping works as
   * always meanwhile. Returns whether it quiesced.
   *
   * @example
   * if (idleFor >= quietTicks && node.quiesce(QUIESCE_CONTEXT)) asleep = true; // no more ticks
   */
  quiesce(context: Uint8Array): boolean {
    if (context.length === 0) throw new RangeError('quiesce needs a non-empty context');
    return this.raft.quiesce(context);
  }

  private stepLocal(message: Message): void {
    const dropped = this.raft.step(message);
    if (dropped !== undefined) throw dropped;
  }

  /** Whether there is work for the application (this also sends proposals batched this turn). */
  hasReady(): boolean {
    const raft = this.raft;
    raft.flushPendingAppends();
    // Read field by field: a host asks every group this each turn, idle ones included.
    const previousSoft = this.previousSoftState;
    if (raft.lead !== previousSoft.leader || raft.state !== previousSoft.role) return true;
    const previousHard = this.previousHardState;
    if (
      raft.term !== previousHard.term ||
      raft.vote !== previousHard.vote ||
      raft.log.committed !== previousHard.commit
    )
      return true;
    if (raft.log.hasPendingSnapshot()) return true;
    if (raft.log.unstable.entries.length > 0) return true;
    if (raft.messagesBeforePersist.length > 0 || raft.messagesAfterPersist.length > 0) return true;
    if (raft.readStates.length > 0) return true;
    return raft.log.hasNextCommittedEntries();
  }

  /**
   * Collects what the application must do this turn (see {@link Ready} for the order). Call
   * {@link advance} with it before asking for the next one.
   */
  ready(): Ready {
    const raft = this.raft;
    raft.flushPendingAppends();
    const softState = raft.softState();
    const hardState = raft.hardState();
    const entries = raft.log.unstableEntries();
    const snapshot = raft.log.unstable.snapshot;
    const ready: Ready = {
      entries,
      committedEntries: raft.log.nextCommittedEntries(raft.maxSizePerMsg),
      messagesBeforePersist: raft.messagesBeforePersist,
      messagesAfterPersist: raft.messagesAfterPersist,
      readStates: raft.readStates,
      mustSync:
        entries.length > 0 ||
        snapshot !== undefined ||
        hardState.term !== this.previousHardState.term ||
        hardState.vote !== this.previousHardState.vote,
    };
    if (softState.leader !== this.previousSoftState.leader || softState.role !== this.previousSoftState.role) {
      ready.softState = softState;
      this.previousSoftState = softState;
    }
    if (!sameHardState(hardState, this.previousHardState)) {
      const previous = this.previousHardState;
      invariant(hardState.term >= previous.term, () => `term moved back from ${previous.term} to ${hardState.term}`);
      invariant(
        hardState.commit >= previous.commit,
        () => `commit moved back from ${previous.commit} to ${hardState.commit}`,
      );
      invariant(
        hardState.term !== previous.term || previous.vote === 0 || hardState.vote === previous.vote,
        () => `vote changed from ${previous.vote} to ${hardState.vote} within term ${hardState.term}`,
      );
      ready.hardState = hardState;
      this.previousHardState = hardState;
    }
    if (snapshot !== undefined) ready.snapshot = snapshot;
    raft.messagesBeforePersist = [];
    raft.messagesAfterPersist = [];
    raft.readStates = [];
    const lastCommitted = ready.committedEntries[ready.committedEntries.length - 1];
    if (lastCommitted !== undefined) raft.log.acceptApplying(lastCommitted.index);
    return ready;
  }

  /**
   * Reports that `ready` was performed: its snapshot and entries are durable, its committed
   * entries applied. Only now does a leader count its own new entries toward a quorum.
   */
  advance(ready: Ready): void {
    const lastEntry = ready.entries[ready.entries.length - 1];
    const snapshotIndex = ready.snapshot?.metadata.index;
    this.raft.onPersisted(lastEntry, snapshotIndex);
    if (snapshotIndex !== undefined) this.raft.appliedTo(snapshotIndex, []);
    const lastCommitted = ready.committedEntries[ready.committedEntries.length - 1];
    if (lastCommitted !== undefined) this.raft.appliedTo(lastCommitted.index, ready.committedEntries);
  }

  /** The transport could not reach `id`: stop pipelining to it until it answers. */
  reportUnreachable(id: number): void {
    this.raft.reportUnreachable(id);
  }

  /** The snapshot sent to `id` was installed (or failed): resume probing it. */
  reportSnapshot(id: number, succeeded: boolean): void {
    this.raft.reportSnapshot(id, succeeded);
  }

  status(): RaftStatus {
    const raft = this.raft;
    const progress = new Map<number, ProgressStatus>();
    if (raft.state === StateRole.Leader) {
      raft.tracker.visit((id, entry) => {
        progress.set(id, {
          match: entry.match,
          next: entry.next,
          state: entry.state,
          recentActive: entry.recentActive,
        });
      });
    }
    return {
      id: raft.id,
      hardState: raft.hardState(),
      softState: raft.softState(),
      applied: raft.log.applied,
      leadTransferee: raft.leadTransferee,
      confState: raft.tracker.confState(),
      progress,
    };
  }
}
