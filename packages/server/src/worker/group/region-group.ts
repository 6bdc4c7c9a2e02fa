import {
  ConfChangeType,
  decodeConfChange,
  type Entry,
  EntryType,
  type Message,
  MessageType,
  type ReplicaChange,
  type Request,
} from '@flintkv/proto';
import { META_GROUP_ID, type RegionDescriptor } from '@flintkv/pd';
import { isQuiescingHeartbeat, QUIESCE_CONTEXT, type RaftStatus, RawNode, type Ready, StateRole } from '@flintkv/raft';
import type { GroupStorage, Turn } from '@flintkv/storage';
import type { GroupReport } from '../../host-protocol.js';
import { HostMetricName } from '../host-metrics.js';
import type { GroupEnvironment, GroupRaftOptions } from './group-environment.js';
import { GroupAnswers } from './group-answers.js';
import {
  type AppliedEntry,
  ApplyBatch,
  type CommittedEntry,
  type GroupService,
  type GroupStateMachine,
  keyId,
  type StoredRecord,
} from './group-state-machine.js';
import { LogEntryFormatTooNewError } from '../log-entry-codec.js';
import { Quiescence } from './quiescence.js';
import { RegionMaintenance } from './region-maintenance.js';

/** What one group staged in a turn, finished after the turn's batch is durable. */
export interface StagedReady {
  ready: Ready;
  /** Applied entries and their outcomes, in log order (answered after the commit). */
  applied: AppliedEntry[];
  /** Applied index this turn makes durable, if it moved. */
  appliedIndex: number | undefined;
  installedSnapshot: boolean;
}

/** The state machine and service a group runs, built once the group exists (they answer through it). */
export interface GroupParts {
  machine: GroupStateMachine;
  service: GroupService;
}

const NO_ENTRIES: readonly CommittedEntry[] = Object.freeze([]);

/**
 * One Raft group on this host: the Raft node, its storage, and the state machine and service
 * it runs (a KV region, or the meta group). The host drives it through turns (`../turn-loop.ts`):
 * tick and step, take the Ready, stage the durable writes, finish once they are durable. The
 * group does no I/O of its own.
 */
export class RegionGroup {
  readonly raw: RawNode;
  readonly answers: GroupAnswers;
  readonly maintenance: RegionMaintenance;
  readonly machine: GroupStateMachine;
  private readonly service: GroupService;
  role: StateRole = StateRole.Follower;
  leader = 0;
  private currentTerm = 0;
  private commitIndex = 0;
  /** The durable applied index. */
  appliedIndex: number;
  /** Committed entries handed out with a snapshot, applied once the snapshot is installed. */
  private deferredEntries: Entry[] = [];
  private reloadNeeded = false;
  /** The report changed since it was last sent. */
  reportChanged = true;
  /** {@link reportSignature} when the last report was taken. */
  private reportedSignature = '';
  /** Whether the group is ticked: an idle KV region stops (`quiescence.ts`); the meta group never does. */
  private readonly quiescence: Quiescence;

  constructor(
    readonly id: number,
    readonly storage: GroupStorage,
    readonly environment: GroupEnvironment,
    options: GroupRaftOptions,
    buildParts: (group: RegionGroup) => GroupParts,
  ) {
    this.appliedIndex = storage.appliedIndex();
    const hardState = storage.initialState().hardState;
    this.currentTerm = hardState.term;
    this.commitIndex = hardState.commit;
    this.raw = new RawNode({
      id: environment.nodeId,
      electionTick: options.electionTicks,
      heartbeatTick: options.heartbeatTicks,
      storage,
      random: Math.random,
      applied: this.appliedIndex,
      checkQuorum: true,
      preVote: true,
      readOnlyOption: 'safe',
      // Leases for reads asked with 'lease' consistency; linearizable reads stay on ReadIndex.
      leaseReads: true,
      // Followers forward proposals to the leader: the meta group's come from any node, and a
      // region's `commit-merge` from the node of the merging region's leader (`../kv/region-merge.ts`).
      // Client writes are proposed by the leader only (`../kv/region-clients.ts`).
      disableProposalForwarding: false,
      ...(options.leaseHolder === undefined ? {} : { leaseHolder: options.leaseHolder }),
    });
    this.quiescence = new Quiescence(id === META_GROUP_ID ? 0 : options.quiesceTicks);
    this.answers = new GroupAnswers(this, environment);
    this.maintenance = new RegionMaintenance(this, environment, options, this.answers);
    const parts = buildParts(this);
    this.machine = parts.machine;
    this.service = parts.service;
  }

  get isLeader(): boolean {
    return this.role === StateRole.Leader;
  }

  get term(): number {
    return this.currentTerm;
  }

  /** The commit index of the last Ready taken. */
  get commit(): number {
    return this.commitIndex;
  }

  adoptLeaderHint(leader: number): void {
    this.leader = leader;
  }

  /** The group has work for the next turn. */
  hasWork(): boolean {
    return this.raw.hasReady() || this.deferredEntries.length > 0 || this.reloadNeeded || this.maintenance.hasWork;
  }

  /** See {@link GroupService.readsAppliedStateBetweenTurns}. */
  readsAppliedStateBetweenTurns(): boolean {
    return this.service.readsAppliedStateBetweenTurns();
  }

  hasReadsInProgress(): boolean {
    return this.service.hasReadsInProgress();
  }

  /** Reads plus writes per second this replica served over the last load window. */
  loadPerSecond(now: number): number {
    return this.service.loadPerSecond?.(now) ?? 0;
  }

  hasPeer(nodeId: number): boolean {
    const confState = this.storage.initialState().confState;
    return confState.voters.includes(nodeId) || confState.learners.includes(nodeId);
  }

  /** The group leaves this host (a move to another host thread, or merged into `mergedInto`): what waits on it is answered. */
  leave(mergedInto?: RegionDescriptor): void {
    this.service.leaving(mergedInto);
  }

  /** The node's merge policy chose this region to merge into the next one. */
  requestMerge(): void {
    this.wakeForWork();
    if (this.isLeader) this.service.mergeBySize?.();
  }

  /** The node's replica placement chose a membership change of this region (KV regions only). */
  requestReplicaChange(change: ReplicaChange, nodeId: number): void {
    this.wakeForWork();
    if (this.isLeader) this.service.changeReplicasByPlacement?.(change, nodeId);
  }

  handleRequest(connection: number, request: Request): void {
    this.wakeForWork();
    this.service.handleRequest(connection, request);
  }

  /** Asks Raft to hand leadership to `to` (a balance decision, or this node is stopping). */
  transferLeadership(to: number): void {
    this.wakeForWork();
    this.raw.transferLeadership(to);
  }

  /** Proposes a command that came from outside the group's own service (a merge handed on). */
  propose(data: Uint8Array): void {
    this.wakeForWork();
    this.raw.propose(data);
  }

  /**
   * The node of replica `nodeId` is unreachable: Raft stops pipelining to it, and a quiesced
   * replica whose leader it was wakes, so the others elect a new one.
   */
  peerUnreachable(nodeId: number): void {
    this.raw.reportUnreachable(nodeId);
    if (this.leader === nodeId) this.wake();
  }

  /**
   * A connection to the node of one of this group's replicas was set up: a quiesced leader
   * wakes and heartbeats. A replica that just started knows no leader, and a quiesced leader
   * sends nothing: the replica would otherwise learn its leader only by campaigning after an
   * election timeout (1–2 s; for every region of a restarted node).
   */
  peerReachable(): void {
    if (this.isLeader) this.wake();
  }

  // ---- quiescence -------------------------------------------------------------------------

  /** The group is quiesced: not ticked until something happens to it. */
  get quiesced(): boolean {
    return this.quiescence.asleep;
  }

  /** Something happened that needs ticks (elections, heartbeats, deadlines): ticking resumes. */
  wake(): void {
    if (this.quiescence.wake()) this.reportChanged = true;
  }

  /** Work arrived (a request, a command): ticking resumes, and the quiet run starts over. */
  private wakeForWork(): void {
    this.quiescence.noteActivity();
    this.wake();
  }

  /**
   * A leader quiesces once the group was quiet for the quiet run: Raft has nothing in flight
   * (`RawNode.quiescible`), everything committed is applied and durable, and nothing waits.
   */
  private quietLeader(): boolean {
    return (
      this.isLeader &&
      this.appliedIndex === this.commitIndex &&
      this.deferredEntries.length === 0 &&
      !this.reloadNeeded &&
      !this.maintenance.hasWork &&
      this.service.isIdle() &&
      this.raw.quiescible()
    );
  }

  private fallAsleep(): void {
    this.quiescence.sleep();
    this.reportChanged = true;
  }

  // ---- the turn ---------------------------------------------------------------------------

  /** Ticks Raft and answers requests past their deadline; a quiesced group is not ticked. */
  tick(now: number): void {
    if (this.quiescence.asleep) return;
    if (this.quiescence.quietLongEnough && this.quietLeader() && this.raw.quiesce(QUIESCE_CONTEXT)) {
      this.fallAsleep();
      return;
    }
    this.raw.tick();
    this.service.tick(now);
    this.maintenance.tick(now);
    this.quiescence.tickedQuiet(this.quietLeader());
  }

  /**
   * Steps a peer's message. A quiescing leader's heartbeat puts a follower of that leader to
   * sleep too; heartbeat answers (late ones of an earlier round included) leave a quiesced
   * leader asleep, as they ask nothing of it; any other message wakes the group.
   */
  step(message: Message): void {
    const quiescing = isQuiescingHeartbeat(message);
    if (message.type !== MessageType.HeartbeatResponse && !quiescing) this.wake();
    this.raw.step(message);
    if (!quiescing || !this.quiescence.enabled) return;
    const { softState, hardState } = this.raw.status();
    if (softState.role === StateRole.Follower && softState.leader === message.from && hardState.term === message.term) {
      this.fallAsleep();
    }
  }

  /** Takes this turn's Ready (if any), reacting to role changes; sends nothing itself. */
  takeReady(): Ready | undefined {
    this.service.beforeReady();
    if (!this.raw.hasReady()) return undefined;
    const ready = this.raw.ready();
    if (ready.softState !== undefined) this.onSoftState(ready.softState.role, ready.softState.leader);
    if (ready.hardState !== undefined) {
      if (ready.hardState.term !== this.currentTerm) this.reportChanged = true;
      this.currentTerm = ready.hardState.term;
      this.commitIndex = ready.hardState.commit;
    }
    return ready;
  }

  private onSoftState(role: StateRole, leader: number): void {
    const wasLeader = this.isLeader;
    if (role !== this.role || leader !== this.leader) {
      this.reportChanged = true;
      if (leader !== this.leader) {
        this.environment.log.info(
          { group: this.id, leader, role: roleName(role), term: this.raw.status().hardState.term },
          leader === this.environment.nodeId ? 'election won: leading the group' : 'leader changed',
        );
        if (leader === this.environment.nodeId) this.environment.metrics.increment(HostMetricName.electionsWon);
      }
    }
    this.role = role;
    this.leader = leader;
    if (wasLeader && role !== StateRole.Leader) this.service.leadershipLost();
  }

  /** The committed entries to apply this turn, decoded (none while a snapshot is being installed). */
  entriesToApply(ready: Ready | undefined): readonly CommittedEntry[] {
    // The common case of an idle group, every turn: nothing to allocate.
    if (ready === undefined && this.deferredEntries.length === 0) return NO_ENTRIES;
    if (this.reloadNeeded) {
      if (ready !== undefined) this.deferredEntries.push(...ready.committedEntries);
      return [];
    }
    const entries = this.deferredEntries;
    this.deferredEntries = [];
    if (ready !== undefined) {
      if (ready.snapshot !== undefined) {
        // The snapshot replaces the data these entries would read: apply them once it is installed.
        this.deferredEntries = ready.committedEntries.slice();
        return [];
      }
      entries.push(...ready.committedEntries);
    }
    const decoded = entries.map((entry) => this.decodeEntry(entry));
    // A command that reads whole ranges (a split) is applied alone, first in its turn, once the
    // earlier applies are durable: the turn loop reads the ranges from the database then.
    const isolated = decoded.findIndex((committed) => this.readsRanges(committed));
    if (isolated < 0) return decoded;
    const cut = isolated === 0 ? 1 : isolated;
    this.deferredEntries = entries.slice(cut);
    return decoded.slice(0, cut);
  }

  private readsRanges(committed: CommittedEntry): boolean {
    return committed.command !== undefined && this.machine.rangesRead(committed.command).length > 0;
  }

  /**
   * The stored ranges this turn's first entry reads whole, if it is such a command: the turn
   * must then start from a durable state and read them from the database.
   */
  rangesToRead(entries: readonly CommittedEntry[]): { lower: Uint8Array; upper: Uint8Array }[] {
    const first = entries[0];
    return first?.command === undefined ? [] : this.machine.rangesRead(first.command);
  }

  private decodeEntry(entry: Entry): CommittedEntry {
    if (entry.type !== EntryType.Normal || entry.data.byteLength === 0) return { entry };
    try {
      return { entry, command: this.machine.decode(entry.data) };
    } catch (error) {
      if (error instanceof LogEntryFormatTooNewError) throw error; // Skipping it could diverge from newer replicas.
      // A corrupt command would diverge replicas if skipped on some and not others; every replica
      // decodes the same bytes, so all skip it alike. Log loudly.
      this.environment.log.error({ group: this.id, index: entry.index, err: error }, 'undecodable command skipped');
      return { entry };
    }
  }

  /** Stored keys whose committed values the entries read. */
  keysToPrefetch(entries: readonly CommittedEntry[]): Uint8Array[] {
    const keys: Uint8Array[] = [];
    for (const { command } of entries) if (command !== undefined) keys.push(...this.machine.keysRead(command));
    return keys;
  }

  /**
   * Stages this turn's durable writes into `turn`: snapshot, log entries, hard state, a
   * scheduled compaction, then the state-machine writes and applied index of `entries`.
   */
  stage(
    turn: Turn,
    ready: Ready | undefined,
    entries: readonly CommittedEntry[],
    prefetched: Map<string, Uint8Array | null>,
    scanned: readonly StoredRecord[] = [],
  ): StagedReady | undefined {
    let installedSnapshot = false;
    if (ready !== undefined) {
      if (ready.snapshot !== undefined) {
        this.storage.applySnapshot(ready.snapshot, turn);
        installedSnapshot = true;
        this.reloadNeeded = true;
        this.maintenance.noteSnapshotInstalled();
        this.environment.log.info({ group: this.id, index: ready.snapshot.metadata.index }, 'snapshot installed');
        this.environment.metrics.increment(HostMetricName.snapshotsInstalled);
      }
      if (ready.entries.length > 0) {
        this.storage.append(ready.entries, turn);
        for (const entry of ready.entries) this.maintenance.noteAppended(entry.data.byteLength);
      }
      if (ready.hardState !== undefined) this.storage.setHardState(ready.hardState, turn);
    }
    const compactTo = this.maintenance.takeCompaction();
    if (compactTo !== undefined) this.storage.compact(compactTo, turn);
    const batch = new ApplyBatch((key) => {
      const value = prefetched.get(keyId(key));
      if (value === undefined) throw new Error(`group ${this.id}: key read by apply was not prefetched`);
      return value;
    }, scanned);
    const applied: AppliedEntry[] = [];
    let appliedIndex: number | undefined;
    for (const committed of entries) {
      applied.push({ entry: committed, outcome: this.applyEntry(committed, batch, turn) });
      appliedIndex = committed.entry.index;
    }
    if (applied.length > 0) this.environment.metrics.increment(HostMetricName.entriesApplied, applied.length);
    for (const record of batch.records()) stageRecord(turn, this.id, record);
    if (appliedIndex !== undefined) turn.setApplied(this.id, appliedIndex);
    for (const { groupId, records } of batch.createdGroups) {
      this.reportChanged = true;
      this.environment.stageCreatedGroup(turn, {
        parentId: this.id,
        groupId,
        records,
        confState: this.storage.initialState().confState,
        parentLeader: this.leader,
      });
    }
    if (ready === undefined && applied.length === 0 && !installedSnapshot) return undefined;
    return { ready: ready ?? emptyReady(), applied, appliedIndex, installedSnapshot };
  }

  private applyEntry(committed: CommittedEntry, batch: ApplyBatch, turn: Turn): unknown {
    const { entry, command } = committed;
    if (entry.type === EntryType.ConfChange) {
      const change = decodeConfChange(entry.data);
      const confState = this.raw.applyConfChange(change);
      this.storage.setConfState(confState, turn);
      this.reportChanged = true;
      // A new replica starts empty, without the group's configuration, which a bootstrapped
      // region's log does not carry (it starts at index 1 after it): it must be caught up by a
      // snapshot, never from the log. Cutting the log here, in the batch that adds it, before
      // any replica (this one, or a later leader) sends it entries, makes each send one.
      if (change.changes.some((single) => single.type === ConfChangeType.AddLearnerNode)) {
        this.storage.compact(entry.index + 1, turn);
      }
      return this.machine.applyConfChange(confState, batch);
    }
    return command === undefined ? undefined : this.machine.apply(command, batch);
  }

  /**
   * Answers the writes this turn applied, as soon as their outcome is staged. This may precede
   * the batch holding the apply: the entry is committed, i.e. durable in the logs of a majority
   * (a leader counts itself only once its own log is persisted), so the write is never lost; a
   * crash before the batch lands re-applies it from the log with the same outcome. Reads still
   * wait for the durable applied index, so a linearizable read after this answer sees the write.
   */
  answerAppliedWrites(staged: StagedReady): void {
    if (staged.applied.length > 0) this.service.applied(staged.applied);
  }

  /** After the turn's batch is durable: moves the applied index, hands the service the read indexes. */
  finish(staged: StagedReady): void {
    if (staged.appliedIndex !== undefined) this.appliedIndex = staged.appliedIndex;
    if (staged.installedSnapshot) {
      this.appliedIndex = Math.max(this.appliedIndex, staged.ready.snapshot!.metadata.index);
      this.reportChanged = true;
    }
    this.service.durable(staged.ready.readStates, staged.applied);
  }

  /**
   * Between turns: reloads after a snapshot install, then maintenance and the service's own work.
   * Returns a promise only when there is something to wait for.
   */
  betweenTurns(): Promise<void> | undefined {
    // Synchronous unless a reload waits: the turn loop visits every group of its host each turn,
    // and an awaited promise per idle group was most of what an idle host allocated.
    if (this.reloadNeeded) return this.reloadThenMaintain();
    this.maintain();
    return undefined;
  }

  private async reloadThenMaintain(): Promise<void> {
    await this.machine.reload();
    this.reloadNeeded = false;
    this.reportChanged = true;
    this.maintain();
  }

  private maintain(): void {
    this.maintenance.betweenTurns();
    this.service.betweenTurns();
  }

  // ---- status -----------------------------------------------------------------------------

  /**
   * Whether the report says something new: flagged (`reportChanged`), or an awake group whose
   * role, term or indexes moved, or a leader with learners (their progress is in the report).
   */
  reportDue(): boolean {
    if (this.reportChanged) return true;
    if (this.quiescence.asleep) return false;
    if (this.isLeader && this.storage.initialState().confState.learners.length > 0) return true;
    return this.reportSignature() !== this.reportedSignature;
  }

  private reportSignature(): string {
    return `${this.role}/${this.leader}/${this.currentTerm}/${this.commitIndex}/${this.appliedIndex}/${this.storage.firstIndex()}/${this.storage.lastIndex()}`;
  }

  report(): GroupReport {
    this.reportedSignature = this.reportSignature();
    const status: RaftStatus = this.raw.status();
    const matchIndex: Record<number, number> = {};
    if (this.isLeader) {
      for (const [nodeId, progress] of status.progress) matchIndex[nodeId] = progress.match;
    }
    const learners = this.isLeader ? status.confState.learners : [];
    const report: GroupReport = {
      groupId: this.id,
      role: roleName(this.role),
      term: status.hardState.term,
      leader: this.leader,
      commit: status.hardState.commit,
      applied: this.appliedIndex,
      firstIndex: this.storage.firstIndex(),
      lastIndex: this.storage.lastIndex(),
      logBytes: this.maintenance.logBytes,
      matchIndex,
    };
    if (learners.length > 0) report.learners = [...learners];
    if (this.quiescence.asleep) report.quiesced = true;
    this.machine.describe(report);
    this.service.describe(report);
    return report;
  }
}

function stageRecord(turn: Turn, groupId: number, record: StoredRecord): void {
  if (record.value === null) turn.deleteKv(groupId, record.key);
  else turn.putKv(groupId, record.key, record.value);
}

function emptyReady(): Ready {
  return {
    entries: [],
    committedEntries: [],
    messagesBeforePersist: [],
    messagesAfterPersist: [],
    readStates: [],
    mustSync: false,
  };
}

/** The role names GroupReport uses. */
export function roleName(role: StateRole): string {
  switch (role) {
    case StateRole.Leader:
      return 'leader';
    case StateRole.Candidate:
      return 'candidate';
    case StateRole.PreCandidate:
      return 'pre-candidate';
    default:
      return 'follower';
  }
}
