import { type MetaState, type RegionDescriptor, recordedIncarnations } from '@flintkv/pd';
import {
  decodeConfChange,
  type Entry,
  EntryType,
  type Message,
  type Request,
  type Response,
  type ResponseError,
  type Result,
  makeResponseError,
} from '@flintkv/proto';
import { type RaftStatus, RawNode, type Ready, StateRole } from '@flintkv/raft';
import type { GroupStorage, NodeStore, Turn } from '@flintkv/storage';
import type { Logger } from 'pino';
import type { GroupReport } from '../host-protocol.js';
import { HostMetricName, type HostMetrics } from './host-metrics.js';
import { planRequest, type ReadQuery, writeResultToResult } from './client-request-plan.js';
import { type KvCommand, keysReadBy } from './kv-command.js';
import {
  decodeCommand,
  decodeMetaEntry,
  encodeCommand,
  encodeMetaEntry,
  LogEntryFormatTooNewError,
} from './log-entry-codec.js';
import { CLOCK_KEY, keyId, SESSION_RANGE, userDataKey, userDataRange, userKeyOf } from './kv-keys.js';
import { ApplyBatch, type ApplyOutcome, decodeClock, KvStateMachine } from './kv-state-machine.js';
import { META_STATE_KEY, MetaStateMachine } from './meta-state-machine.js';
import { type ClientWaiter, PendingTable } from './pending-requests.js';
import { decodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';
import { checksumRegion } from './region-checksum.js';
import { validateRegionRequest } from './request-validation.js';
import { SessionTable } from './session-table.js';
import type { StoredRecord } from './session-table.js';

/** What a group needs from the host it lives in. */
export interface GroupEnvironment {
  readonly nodeId: number;
  readonly store: NodeStore;
  readonly log: Logger;
  readonly metrics: HostMetrics;
  /** Wall clock in ms (deadlines, proposal stamps). */
  now(): number;
  reply(connection: number, groupId: number, response: Response): void;
  /** A node's client address, for NOT_LEADER hints ('' if unknown). */
  clientAddressOf(nodeId: number): string;
  /** A fresh proposal id, unique on this node across restarts. */
  nextProposalId(): number;
  /** A fresh read id, unique within this host. */
  nextReadId(): number;
  /** Asks the host for a turn soon (work arrived outside of a turn). */
  wake(): void;
}

/** Raft tuning every group of a host shares. */
export interface GroupRaftOptions {
  electionTicks: number;
  heartbeatTicks: number;
  compaction: { maxLogEntries: number; maxLogBytes: number };
}

/** Bytes of keys and values one scan answer carries at most (well under the 16 MiB frame limit). */
export const MAX_SCAN_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Proposals a group accepts before answering SERVER_BUSY. */
export const MAX_PENDING_PROPOSALS = 4096;
/** A request's deadline when it names none. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Entries kept behind the applied index when the log is compacted, so slightly lagging followers need no snapshot. */
export const COMPACTION_RETAINED_ENTRIES = 64;

interface PendingProposal {
  waiter: ClientWaiter;
}

interface PendingRead {
  waiter: ClientWaiter;
  query: ReadQuery;
  /** Set once Raft confirmed the read index. */
  index?: number;
}

/** A decoded committed entry, ready to apply. */
interface CommittedEntry {
  entry: Entry;
  command?: KvCommand;
}

/** What one group staged in a turn, finished after the turn's batch is durable. */
export interface StagedReady {
  ready: Ready;
  /** Applied entries and their outcomes, in log order (answered after the commit). */
  outcomes: { entry: CommittedEntry; outcome: ApplyOutcome | undefined }[];
  /** Applied index this turn makes durable, if it moved. */
  appliedIndex: number | undefined;
  installedSnapshot: boolean;
}

/**
 * One Raft group on this host: the Raft node, its storage, its state machine (a region's KV
 * store, or the meta group's placement state) and the client requests waiting on it. The host
 * drives it through turns; the group never does I/O on its own except answering reads.
 */
export class RegionGroup {
  readonly raw: RawNode;
  private kv: KvStateMachine;
  private meta: MetaStateMachine;
  private region: RegionDescriptor | undefined;
  role: StateRole = StateRole.Follower;
  leader = 0;
  private term = 0;
  private commit = 0;
  /** The durable applied index. */
  appliedIndex: number;
  private readonly proposals = new PendingTable<PendingProposal>();
  private readonly readsAwaitingIndex = new PendingTable<PendingRead>();
  private readsAwaitingApply: PendingRead[] = [];
  /** Linearizable reads of this turn, not yet sent to Raft as one read index request. */
  private readBatch: number[] = [];
  /** Read index requests in flight: their context id → the reads they confirm. */
  private readonly readBatches = new Map<number, number[]>();
  /** Committed entries handed out with a snapshot, applied once the snapshot is installed. */
  private deferredEntries: Entry[] = [];
  private reloadNeeded = false;
  /** Payload bytes appended since the last compaction (an estimate of the log's size). */
  private logBytes = 0;
  /** Compact requests waiting for the next compaction to be durable. */
  private compactWaiters: ClientWaiter[] = [];
  /** Index the next turn compacts the log up to (after a snapshot covering it was built). */
  private compactTo: number | undefined;
  /** Raft asked for a snapshot newer than the latest built one. */
  private snapshotWanted = false;
  private snapshotBuilding = false;
  private metaBootstrapProposedInTerm = -1;
  /** Incarnations members presented in handshakes (meta group only), until the meta state records them. */
  private readonly seenIncarnations = new Map<number, string>();
  /** The term in which each member's incarnation was last proposed, so a leader proposes it once per term. */
  private readonly incarnationProposedInTerm = new Map<number, number>();
  /** The report changed since it was last sent. */
  reportChanged = true;
  /** Set by a Compact request: compact at the next turn whatever the thresholds say. */
  private forceCompaction = false;
  /** Checksum requests, answered between turns (when no batch is being written). */
  private checksumWaiters: ClientWaiter[] = [];
  /** Builds the meta group's bootstrap entry (group 0 only). */
  private metaBootstrap: (() => Uint8Array) | undefined;

  private constructor(
    readonly id: number,
    readonly storage: GroupStorage,
    private readonly environment: GroupEnvironment,
    private readonly options: GroupRaftOptions,
    state: { kv: KvStateMachine; meta: MetaStateMachine; region: RegionDescriptor | undefined },
  ) {
    this.kv = state.kv;
    this.meta = state.meta;
    this.region = state.region;
    this.appliedIndex = storage.appliedIndex();
    const hardState = storage.initialState().hardState;
    this.term = hardState.term;
    this.commit = hardState.commit;
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
      disableProposalForwarding: true,
    });
    storage.onSnapshotWanted(() => {
      this.snapshotWanted = true;
      environment.wake();
    });
  }

  /** Opens a group whose Raft state is in `storage`, loading its state machine from the committed data. */
  static async open(
    storage: GroupStorage,
    environment: GroupEnvironment,
    options: GroupRaftOptions,
  ): Promise<RegionGroup> {
    const state = await loadStateMachine(environment.store, storage.groupId);
    return new RegionGroup(storage.groupId, storage, environment, options, state);
  }

  get isMeta(): boolean {
    return this.id === 0;
  }

  /** The placement state (meta group only; empty elsewhere). */
  get metaState(): MetaState {
    return this.meta.state;
  }

  get descriptor(): RegionDescriptor | undefined {
    return this.region;
  }

  get isLeader(): boolean {
    return this.role === StateRole.Leader;
  }

  /** The group has work for the next turn. */
  hasWork(): boolean {
    return this.raw.hasReady() || this.deferredEntries.length > 0 || this.reloadNeeded || this.compactTo !== undefined;
  }

  /** Whether reads are in progress; they are served from disk, so applied writes must not wait for a later batch. */
  hasReadsInProgress(): boolean {
    return this.readBatch.length > 0 || this.readsAwaitingIndex.size > 0 || this.readsAwaitingApply.length > 0;
  }

  // ---- client requests ------------------------------------------------------------------

  /** Starts serving one client request; answers at once or registers a waiter. */
  handleRequest(connection: number, request: Request): void {
    const now = this.environment.now();
    const waiter: ClientWaiter = {
      connection,
      requestId: request.requestId,
      deadline: now + (request.timeoutMs > 0 ? request.timeoutMs : DEFAULT_REQUEST_TIMEOUT_MS),
    };
    if (this.isMeta) {
      this.fail(waiter, { code: 'INVALID_ARGUMENT', message: 'group 0 serves no client requests' });
      return;
    }
    const plan = planRequest(request);
    if (plan.kind === 'invalid') {
      this.fail(waiter, { code: 'INVALID_ARGUMENT', message: plan.message });
      return;
    }
    const keys = plan.kind === 'write' || plan.kind === 'read' ? plan.keys : [];
    const refusal = validateRegionRequest(request.regionId, this.region, request.epoch, keys);
    if (refusal !== undefined) {
      this.fail(waiter, {
        code: refusal.code,
        message: refusal.message,
        regions: refusal.regions.map((region) => ({ ...region, leader: this.leader })),
      });
      return;
    }
    switch (plan.kind) {
      case 'write':
        this.proposeWrite(waiter, request, plan.operation);
        return;
      case 'read':
        this.startRead(waiter, plan.read, plan.consistency);
        return;
      case 'transfer-leader':
        if (!this.isLeader) {
          this.failNotLeader(waiter);
          return;
        }
        this.raw.transferLeadership(plan.toNode);
        this.answer(waiter, { type: 'transferLeader' });
        return;
      case 'compact':
        this.compactWaiters.push(waiter);
        this.forceCompaction = true;
        return;
      case 'checksum':
        this.checksumWaiters.push(waiter);
        return;
    }
  }

  private proposeWrite(waiter: ClientWaiter, request: Request, operation: KvCommand['operation']): void {
    if (!this.isLeader) {
      this.failNotLeader(waiter);
      return;
    }
    if (this.proposals.size >= MAX_PENDING_PROPOSALS) {
      this.environment.metrics.increment(HostMetricName.proposalsRefused);
      this.fail(waiter, {
        code: 'SERVER_BUSY',
        message: `region ${this.id} has ${this.proposals.size} writes in flight; retry shortly`,
        retryAfterMs: 20,
      });
      return;
    }
    const proposalId = this.environment.nextProposalId();
    const command: KvCommand = {
      stamp: { nodeId: this.environment.nodeId, proposalId, time: this.environment.now() },
      session: request.clientId === 0 ? null : { clientId: String(request.clientId), sequence: request.sequence },
      operation,
    };
    try {
      this.raw.propose(encodeCommand(command));
    } catch (error) {
      this.environment.metrics.increment(HostMetricName.proposalsRefused);
      this.failProposalError(waiter, error);
      return;
    }
    this.environment.metrics.increment(HostMetricName.proposals);
    this.proposals.add(proposalId, { waiter });
  }

  private startRead(waiter: ClientWaiter, query: ReadQuery, consistency: string): void {
    this.environment.metrics.increment(HostMetricName.reads);
    if (consistency === 'stale') {
      this.serveRead({ waiter, query });
      return;
    }
    if (!this.isLeader) {
      this.failNotLeader(waiter);
      return;
    }
    if (consistency === 'lease' && this.hasCommittedInCurrentTerm()) {
      // Lease read (Raft thesis §6.4.1): with check-quorum a leader steps down before anyone else
      // can be elected, so its commit index is current without a heartbeat round. Safe under
      // bounded clock drift, like etcd's lease-based reads. Every write acknowledged before this
      // request was applied in a turn that already raised `commit` to its index.
      const pending: PendingRead = { waiter, query, index: this.commit };
      if (this.commit <= this.appliedIndex) this.serveRead(pending);
      else this.readsAwaitingApply.push(pending);
      return;
    }
    // Confirmed together with the other reads of this turn: one heartbeat round for all of them.
    const readId = this.environment.nextReadId();
    this.readsAwaitingIndex.add(readId, { waiter, query });
    this.readBatch.push(readId);
  }

  /** Asks Raft for one read index covering every linearizable read that arrived this turn. */
  private requestReadIndex(): void {
    if (this.readBatch.length === 0) return;
    const readIds = this.readBatch;
    this.readBatch = [];
    const batchId = this.environment.nextReadId();
    try {
      this.raw.readIndex(readContext(batchId));
    } catch (error) {
      for (const readId of readIds) {
        const pending = this.readsAwaitingIndex.take(readId);
        if (pending !== undefined) this.failProposalError(pending.waiter, error);
      }
      return;
    }
    this.readBatches.set(batchId, readIds);
  }

  /** Raft thesis §6.4: a leader knows the cluster's commit index only once an entry of its own term committed. */
  private hasCommittedInCurrentTerm(): boolean {
    if (this.commit === 0 || this.commit < this.storage.firstIndex() - 1 || this.commit > this.storage.lastIndex()) {
      return false;
    }
    return this.storage.term(this.commit) === this.term;
  }

  private serveRead(read: PendingRead): void {
    const region = this.region;
    if (region === undefined) return;
    const store = this.environment.store;
    const work = async (): Promise<Result> => {
      const query = read.query;
      if (query.kind === 'get') {
        const value = await store.kvGet(this.id, userDataKey(query.key));
        return value === undefined
          ? { type: 'get', found: false, value: new Uint8Array(0) }
          : { type: 'get', found: true, value };
      }
      const start = compareMax(query.start, region.startKey);
      const end = compareMinEnd(query.end, region.endKey);
      const range = userDataRange(start, end);
      const pairs = await store.kvScan(this.id, {
        start: range.lower,
        end: range.upper,
        limit: query.limit + 1,
        reverse: query.reverse,
      });
      // Cut at the pair limit or the byte budget, whichever comes first (one answer is one frame).
      let count = 0;
      let bytes = 0;
      while (count < pairs.length && count < query.limit) {
        const [key, value] = pairs[count]!;
        if (count > 0 && bytes + key.byteLength + value.byteLength > MAX_SCAN_RESPONSE_BYTES) break;
        bytes += key.byteLength + value.byteLength;
        count++;
      }
      const more = count < pairs.length;
      const result = pairs.slice(0, count).map(([key, value]) => ({ key: userKeyOf(key), value }));
      // Forward: continue from the first key not returned. Reverse: continue below the last returned.
      const nextKey = !more
        ? new Uint8Array(0)
        : query.reverse
          ? result[result.length - 1]!.key
          : userKeyOf(pairs[count]![0]);
      return { type: 'scan', pairs: result, more, nextKey };
    };
    work().then(
      (result) => this.answer(read.waiter, result),
      (error: unknown) => this.fail(read.waiter, { code: 'INTERNAL', message: `read failed: ${String(error)}` }),
    );
  }

  // ---- the turn ---------------------------------------------------------------------------

  /** Ticks Raft and answers requests past their deadline. */
  tick(now: number): void {
    this.raw.tick();
    const timeout = (item: { waiter: ClientWaiter }) => {
      this.environment.metrics.increment(HostMetricName.requestTimeouts);
      this.fail(item.waiter, { code: 'TIMEOUT', message: `region ${this.id}: the request's deadline passed` });
    };
    for (const item of this.proposals.expire(now)) timeout(item);
    for (const item of this.readsAwaitingIndex.expire(now)) timeout(item);
    const [lateCompacts, waitingCompacts] = partitionByDeadline(this.compactWaiters, now);
    this.compactWaiters = waitingCompacts;
    for (const waiter of lateCompacts) timeout({ waiter });
    const [lateChecksums, waitingChecksums] = partitionByDeadline(this.checksumWaiters, now);
    this.checksumWaiters = waitingChecksums;
    for (const waiter of lateChecksums) timeout({ waiter });
    // A read index request whose reads all timed out will never be needed.
    for (const [batchId, readIds] of this.readBatches) {
      if (readIds.every((readId) => this.readsAwaitingIndex.get(readId) === undefined))
        this.readBatches.delete(batchId);
    }
    if (this.readsAwaitingApply.length > 0) {
      const expired = this.readsAwaitingApply.filter((read) => read.waiter.deadline <= now);
      if (expired.length > 0) {
        this.readsAwaitingApply = this.readsAwaitingApply.filter((read) => read.waiter.deadline > now);
        for (const read of expired) timeout(read);
      }
    }
  }

  step(message: Message): void {
    this.raw.step(message);
  }

  /** Takes this turn's Ready (if any), reacting to role changes; sends nothing itself. */
  takeReady(): Ready | undefined {
    this.requestReadIndex();
    if (!this.raw.hasReady()) return undefined;
    const ready = this.raw.ready();
    if (ready.softState !== undefined) this.onSoftState(ready.softState.role, ready.softState.leader);
    if (ready.hardState !== undefined) {
      if (ready.hardState.term !== this.term) this.reportChanged = true;
      this.term = ready.hardState.term;
      this.commit = ready.hardState.commit;
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
    if (wasLeader && role !== StateRole.Leader) {
      // The entries may still commit under the next leader; the client retries with the same
      // session sequence, and the session table makes the retry idempotent.
      for (const item of this.proposals.takeAll()) this.failNotLeader(item.waiter);
      for (const item of this.readsAwaitingIndex.takeAll()) this.failNotLeader(item.waiter);
      this.readBatch = [];
      this.readBatches.clear();
    }
  }

  /** User keys the entries to apply this turn read (prefetched before staging). */
  entriesToApply(ready: Ready | undefined): CommittedEntry[] {
    if (this.reloadNeeded) {
      if (ready !== undefined) this.deferredEntries.push(...ready.committedEntries);
      return [];
    }
    const entries = [...this.deferredEntries];
    this.deferredEntries = [];
    if (ready !== undefined) {
      if (ready.snapshot !== undefined) {
        // The snapshot replaces the data these entries would read: apply them once it is installed.
        this.deferredEntries = ready.committedEntries.slice();
        return [];
      } else {
        entries.push(...ready.committedEntries);
      }
    }
    return entries.map((entry) => this.decodeEntry(entry));
  }

  private decodeEntry(entry: Entry): CommittedEntry {
    if (this.isMeta || entry.type !== EntryType.Normal || entry.data.byteLength === 0) return { entry };
    try {
      return { entry, command: decodeCommand(entry.data) };
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
    for (const { command } of entries) {
      if (command !== undefined) for (const key of keysReadBy(command.operation)) keys.push(userDataKey(key));
    }
    return keys;
  }

  /**
   * Stages this turn's durable writes into `turn`: snapshot, log entries, hard state, then the
   * state-machine writes and applied index of `entries`.
   */
  stage(
    turn: Turn,
    ready: Ready | undefined,
    entries: readonly CommittedEntry[],
    prefetched: Map<string, Uint8Array | null>,
  ): StagedReady | undefined {
    let installedSnapshot = false;
    if (ready !== undefined) {
      if (ready.snapshot !== undefined) {
        this.storage.applySnapshot(ready.snapshot, turn);
        installedSnapshot = true;
        this.reloadNeeded = true;
        this.logBytes = 0;
        this.environment.log.info(
          { group: this.id, index: ready.snapshot.metadata.index, bytes: ready.snapshot.data.byteLength },
          'snapshot installed',
        );
        this.environment.metrics.increment(HostMetricName.snapshotsInstalled);
      }
      if (ready.entries.length > 0) {
        this.storage.append(ready.entries, turn);
        for (const entry of ready.entries) this.logBytes += entry.data.byteLength;
      }
      if (ready.hardState !== undefined) this.storage.setHardState(ready.hardState, turn);
    }
    if (this.compactTo !== undefined) {
      this.storage.compact(this.compactTo, turn);
      this.compactTo = undefined;
    }
    const batch = new ApplyBatch((key) => {
      const value = prefetched.get(keyId(key));
      if (value === undefined) throw new Error(`group ${this.id}: key read by apply was not prefetched`);
      return value;
    });
    const outcomes: StagedReady['outcomes'] = [];
    let appliedIndex: number | undefined;
    for (const committed of entries) {
      outcomes.push({ entry: committed, outcome: this.applyEntry(committed, batch, turn) });
      appliedIndex = committed.entry.index;
    }
    if (outcomes.length > 0) this.environment.metrics.increment(HostMetricName.entriesApplied, outcomes.length);
    for (const record of batch.records()) stageRecord(turn, this.id, record);
    if (appliedIndex !== undefined) turn.setApplied(this.id, appliedIndex);
    if (ready === undefined && outcomes.length === 0 && !installedSnapshot) return undefined;
    return { ready: ready ?? emptyReady(), outcomes, appliedIndex, installedSnapshot };
  }

  private applyEntry(committed: CommittedEntry, batch: ApplyBatch, turn: Turn): ApplyOutcome | undefined {
    const { entry, command } = committed;
    if (entry.type === EntryType.ConfChange) {
      const confState = this.raw.applyConfChange(decodeConfChange(entry.data));
      this.storage.setConfState(confState, turn);
      this.reportChanged = true;
      return undefined;
    }
    if (entry.data.byteLength === 0) return undefined;
    if (this.isMeta) {
      try {
        const { command: metaCommand } = decodeMetaEntry(entry.data);
        const { outcome, record } = this.meta.apply(metaCommand);
        batch.write(record);
        if (!outcome.ok) this.environment.log.debug({ group: 0, outcome }, 'meta command refused');
      } catch (error) {
        if (error instanceof LogEntryFormatTooNewError) throw error; // Skipping it could diverge from newer replicas.
        this.environment.log.error({ group: 0, index: entry.index, err: error }, 'undecodable meta entry skipped');
      }
      return undefined;
    }
    if (command === undefined) return undefined;
    return this.kv.apply(command, batch);
  }

  /**
   * After the turn's batch is durable: answers applied writes, records read indexes, advances
   * Raft, and serves reads whose index is now applied.
   */
  finish(staged: StagedReady): void {
    if (staged.appliedIndex !== undefined) this.appliedIndex = staged.appliedIndex;
    if (staged.installedSnapshot) {
      this.appliedIndex = Math.max(this.appliedIndex, staged.ready.snapshot!.metadata.index);
      this.reportChanged = true;
    }
    for (const readState of staged.ready.readStates) {
      const batchId = readIdOf(readState.context);
      const readIds = this.readBatches.get(batchId);
      if (readIds === undefined) continue;
      this.readBatches.delete(batchId);
      for (const readId of readIds) {
        const pending = this.readsAwaitingIndex.take(readId);
        if (pending === undefined) continue; // Timed out meanwhile.
        pending.index = readState.index;
        this.readsAwaitingApply.push(pending);
      }
    }
    if (this.isMeta) {
      this.maybeProposeMetaBootstrap();
      this.maybeProposeIncarnations();
    }
    this.serveAppliedReads();
  }

  /**
   * Answers the writes this turn applied, as soon as their outcome is staged. This may precede
   * the batch holding the apply: the entry is committed, i.e. durable in the logs of a majority
   * (a leader counts itself only once its own log is persisted), so the write is never lost; a
   * crash before the batch lands re-applies it from the log with the same outcome. Reads still
   * wait for the durable applied index, so a linearizable read after this answer sees the write.
   */
  answerAppliedWrites(staged: StagedReady): void {
    for (const { entry, outcome } of staged.outcomes) {
      const stamp = entry.command?.stamp;
      if (stamp === undefined || stamp.nodeId !== this.environment.nodeId) continue;
      const pending = this.proposals.take(stamp.proposalId);
      if (pending === undefined) continue;
      if (outcome === undefined) {
        this.fail(pending.waiter, { code: 'INTERNAL', message: 'the write was not applied' });
      } else if (outcome.kind === 'session-too-old') {
        this.fail(pending.waiter, {
          code: 'INVALID_ARGUMENT',
          message: 'the write names a session sequence older than every result the region remembers',
        });
      } else {
        this.answer(pending.waiter, writeResultToResult(outcome.result));
      }
    }
  }

  private serveAppliedReads(): void {
    if (this.readsAwaitingApply.length === 0) return;
    const waiting: PendingRead[] = [];
    for (const read of this.readsAwaitingApply) {
      if (read.index! <= this.appliedIndex) this.serveRead(read);
      else waiting.push(read);
    }
    this.readsAwaitingApply = waiting;
  }

  /** Called after a turn that installed a snapshot: reloads the state machine from the new data. */
  async reloadIfNeeded(): Promise<void> {
    if (!this.reloadNeeded) return;
    const state = await loadStateMachine(this.environment.store, this.id);
    this.kv = state.kv;
    this.meta = state.meta;
    this.region = state.region ?? this.region;
    this.reloadNeeded = false;
    this.reportChanged = true;
  }

  // ---- meta group -------------------------------------------------------------------------

  /** The command the meta group's first leader proposes if the cluster is not bootstrapped. */
  setMetaBootstrap(build: () => Uint8Array): void {
    this.metaBootstrap = build;
  }

  /**
   * Meta group: member `nodeId` presented `incarnation` in a handshake (or is this node). The
   * leader records the ones the meta state lacks; peers then refuse that node id with any other.
   */
  noteMemberIncarnation(nodeId: number, incarnation: string): void {
    this.seenIncarnations.set(nodeId, incarnation);
    this.maybeProposeIncarnations();
  }

  private maybeProposeIncarnations(): void {
    if (!this.isLeader || !this.meta.isBootstrapped || this.appliedIndex < this.commit) return;
    const members = this.meta.state.members;
    for (const [nodeId, incarnation] of this.seenIncarnations) {
      const member = members.find((each) => each.nodeId === nodeId);
      if (member === undefined || member.incarnation !== undefined) {
        this.seenIncarnations.delete(nodeId);
        continue;
      }
      if (this.incarnationProposedInTerm.get(nodeId) === this.term) continue;
      this.incarnationProposedInTerm.set(nodeId, this.term);
      const entry = encodeMetaEntry({
        stamp: {
          nodeId: this.environment.nodeId,
          proposalId: this.environment.nextProposalId(),
          time: this.environment.now(),
        },
        command: { type: 'record-incarnation', nodeId, incarnation },
      });
      try {
        this.raw.propose(entry);
      } catch {
        return; // Not leader any more; the next leader proposes it.
      }
    }
  }

  private maybeProposeMetaBootstrap(): void {
    if (!this.isLeader || this.meta.isBootstrapped || this.metaBootstrap === undefined) return;
    if (this.metaBootstrapProposedInTerm === this.term || this.appliedIndex < this.commit) return;
    this.metaBootstrapProposedInTerm = this.term;
    try {
      this.raw.propose(this.metaBootstrap());
    } catch {
      // Not leader any more; the next leader proposes it.
    }
  }

  // ---- compaction -------------------------------------------------------------------------

  /** Entries kept behind the applied index by a threshold compaction. */
  private get retainedEntries(): number {
    return Math.min(COMPACTION_RETAINED_ENTRIES, Math.floor(this.options.compaction.maxLogEntries / 2));
  }

  /** Where a compaction now would cut the log: entries below it go. */
  private compactionPoint(): number {
    return this.forceCompaction ? this.appliedIndex + 1 : this.appliedIndex + 1 - this.retainedEntries;
  }

  /** Whether the log is over a threshold (or a Compact request asks) and a compaction can shorten it. */
  wantsCompaction(): boolean {
    if (this.compactTo !== undefined) return false;
    if (this.appliedIndex === 0 || this.compactionPoint() <= this.storage.firstIndex()) {
      // Nothing to cut: a forced compaction is answered as is.
      this.forceCompaction = false;
      return false;
    }
    if (this.forceCompaction) return true;
    const entries = this.appliedIndex - this.storage.firstIndex() + 1;
    return entries > this.options.compaction.maxLogEntries || this.logBytes > this.options.compaction.maxLogBytes;
  }

  /**
   * Schedules the log compaction for the next turn. No snapshot is built for it: the state
   * machine on disk is the snapshot, read when a follower needs one ({@link startWantedSnapshot}).
   */
  startCompaction(): void {
    const upTo = this.compactionPoint();
    this.forceCompaction = false;
    this.environment.log.debug({ group: this.id, appliedIndex: this.appliedIndex, compactTo: upTo }, 'log compaction');
    const kept = this.storage.lastIndex() - upTo + 1;
    const total = this.storage.lastIndex() - this.storage.firstIndex() + 1;
    this.logBytes = total > 0 ? Math.round((this.logBytes * Math.max(0, kept)) / total) : 0;
    this.compactTo = upTo;
    this.environment.metrics.increment(HostMetricName.compactions);
  }

  /**
   * Builds the snapshot Raft asked for (a follower needs entries the log no longer holds) at
   * the applied index. Call between turns (no batch being written): it reads the data through
   * a LevelDB snapshot taken before any later batch, so turns go on while it is built, and
   * Raft finds it the next time it looks for one.
   */
  startWantedSnapshot(): void {
    if (!this.snapshotWanted || this.snapshotBuilding) return;
    this.snapshotWanted = false;
    this.snapshotBuilding = true;
    const applied = this.appliedIndex;
    this.storage.buildSnapshot(applied, this.storage.initialState().confState).then(
      (snapshot) => {
        this.snapshotBuilding = false;
        this.environment.log.info(
          { group: this.id, index: applied, bytes: snapshot.data.byteLength },
          'snapshot built for a follower',
        );
        this.environment.wake();
      },
      (error: unknown) => {
        this.snapshotBuilding = false;
        this.environment.log.warn({ group: this.id, err: error }, 'building a snapshot failed; Raft will ask again');
      },
    );
  }

  /** Answers Compact requests once the compaction they waited for is durable. */
  answerCompactWaiters(): void {
    if (this.compactWaiters.length === 0 || this.compactTo !== undefined) return;
    if (this.forceCompaction) return;
    const waiters = this.compactWaiters;
    this.compactWaiters = [];
    for (const waiter of waiters) this.answer(waiter, { type: 'compact', firstIndex: this.storage.firstIndex() });
  }

  /**
   * Answers Checksum requests. Call between turns: the scan's iterator is created at once,
   * before any later batch, so it reads the data at `appliedIndex`.
   */
  startChecksums(): void {
    if (this.checksumWaiters.length === 0) return;
    const waiters = this.checksumWaiters;
    this.checksumWaiters = [];
    const appliedIndex = this.appliedIndex;
    this.environment.store
      .kvScan(this.id)
      .then((pairs) => checksumRegion(appliedIndex, pairs))
      .then(
        (digest) => {
          for (const waiter of waiters) {
            this.answer(waiter, {
              type: 'checksum',
              appliedIndex: digest.appliedIndex,
              checksum: digest.checksum,
              keyCount: digest.keyCount,
            });
          }
        },
        (error: unknown) => {
          for (const waiter of waiters)
            this.fail(waiter, { code: 'INTERNAL', message: `checksum failed: ${String(error)}` });
        },
      );
  }

  // ---- peers ------------------------------------------------------------------------------

  hasPeer(nodeId: number): boolean {
    const confState = this.storage.initialState().confState;
    return confState.voters.includes(nodeId) || confState.learners.includes(nodeId);
  }

  // ---- status -----------------------------------------------------------------------------

  report(): GroupReport {
    const status: RaftStatus = this.raw.status();
    const matchIndex: Record<number, number> = {};
    if (this.isLeader) {
      for (const [nodeId, progress] of status.progress) matchIndex[nodeId] = progress.match;
    }
    const report: GroupReport = {
      groupId: this.id,
      role: roleName(this.role),
      term: status.hardState.term,
      leader: this.leader,
      commit: status.hardState.commit,
      applied: this.appliedIndex,
      firstIndex: this.storage.firstIndex(),
      lastIndex: this.storage.lastIndex(),
      logBytes: this.logBytes,
      matchIndex,
    };
    if (this.region !== undefined) {
      report.region = {
        startKey: this.region.startKey,
        endKey: this.region.endKey,
        confVersion: this.region.epoch.confVersion,
        version: this.region.epoch.version,
        peers: [...this.region.peers],
      };
    }
    if (this.isMeta) {
      report.memberIncarnations = recordedIncarnations(this.meta.state);
      report.regionTable = this.meta.state.regions.map((region) => ({
        id: region.id,
        startKey: region.startKey,
        endKey: region.endKey,
        confVersion: region.epoch.confVersion,
        version: region.epoch.version,
        peers: [...region.peers],
      }));
    }
    return report;
  }

  // ---- answers ----------------------------------------------------------------------------

  private answer(waiter: ClientWaiter, result: Result): void {
    this.environment.reply(waiter.connection, this.id, { requestId: waiter.requestId, result });
  }

  private fail(waiter: ClientWaiter, error: Partial<ResponseError> & Pick<ResponseError, 'code' | 'message'>): void {
    this.answer(waiter, makeResponseError(error));
  }

  private failNotLeader(waiter: ClientWaiter): void {
    const leader = this.leader === this.environment.nodeId ? 0 : this.leader;
    this.fail(waiter, {
      code: 'NOT_LEADER',
      message:
        leader === 0
          ? `region ${this.id}: this node is not the leader and knows no leader; retry shortly`
          : `region ${this.id}: node ${leader} is the leader`,
      leaderId: leader,
      leaderAddress: leader === 0 ? '' : this.environment.clientAddressOf(leader),
    });
  }

  private failProposalError(waiter: ClientWaiter, error: unknown): void {
    const code = (error as { code?: string } | undefined)?.code;
    if (code === 'FLINT_PROPOSAL_DROPPED') {
      const hint = (error as { leaderHint: number }).leaderHint;
      if (hint !== 0 && hint !== this.environment.nodeId) this.leader = hint;
      this.failNotLeader(waiter);
      return;
    }
    this.fail(waiter, { code: 'INTERNAL', message: `proposal failed: ${String(error)}` });
  }
}

/** Loads a group's state machine (sessions, clock, region descriptor, meta state) from committed data. */
async function loadStateMachine(
  store: NodeStore,
  groupId: number,
): Promise<{ kv: KvStateMachine; meta: MetaStateMachine; region: RegionDescriptor | undefined }> {
  const [sessionPairs, clock, descriptor, metaState] = await Promise.all([
    store.kvScan(groupId, { start: SESSION_RANGE.lower, end: SESSION_RANGE.upper }),
    store.kvGet(groupId, CLOCK_KEY),
    store.kvGet(groupId, REGION_DESCRIPTOR_KEY),
    groupId === 0 ? store.kvGet(groupId, META_STATE_KEY) : Promise.resolve(undefined),
  ]);
  const sessions = SessionTable.load(sessionPairs.map(([key, value]) => ({ key, value })));
  return {
    kv: new KvStateMachine(sessions, decodeClock(clock ?? null)),
    meta: MetaStateMachine.load(metaState ?? null),
    region: descriptor === undefined ? undefined : decodeRegionDescriptor(descriptor),
  };
}

/** Splits waiters into those past their deadline at `now` and the others. */
function partitionByDeadline(waiters: ClientWaiter[], now: number): [ClientWaiter[], ClientWaiter[]] {
  if (waiters.length === 0) return [[], waiters];
  return [waiters.filter((waiter) => waiter.deadline <= now), waiters.filter((waiter) => waiter.deadline > now)];
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

function readContext(readId: number): Uint8Array {
  const context = new Uint8Array(8);
  new DataView(context.buffer).setFloat64(0, readId);
  return context;
}

function readIdOf(context: Uint8Array): number {
  if (context.byteLength !== 8) return -1;
  return new DataView(context.buffer, context.byteOffset, 8).getFloat64(0);
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

function compareMax(a: Uint8Array, b: Uint8Array): Uint8Array {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) >= 0 ? a : b;
}

/** The smaller of two exclusive end keys, where empty means +infinity. */
function compareMinEnd(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  if (b.byteLength === 0) return a;
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) <= 0 ? a : b;
}
