import type { RegionDescriptor as PlacedRegion } from '@flintkv/pd';
import {
  ConfChangeTransition,
  decodeConfChange,
  type Entry,
  type RegionDescriptor,
  type ReplicaChange,
  type Request,
  type ResponseError,
  type WriteCommand,
} from '@flintkv/proto';
import type { GroupReport } from '../../host-protocol.js';
import type { ReadState } from '@flintkv/raft';
import { failpoint } from '../../failpoints.js';
import { HostMetricName } from '../host-metrics.js';
import { partitionByDeadline } from '../group/group-answers.js';
import type { AppliedEntry, GroupService } from '../group/group-state-machine.js';
import { type ClientWaiter, PendingTable } from '../group/pending-requests.js';
import type { RegionGroup } from '../group/region-group.js';
import { planRequest, type ReadQuery, writeResultToResult } from './client-request-plan.js';
import { encodeCommand } from '../log-entry-codec.js';
import type { KvCommand, KvOperation } from './kv-command.js';
import type { KvRegionMachine } from './kv-region.js';
import type { ApplyOutcome } from './kv-state-machine.js';
import { checksumRegion } from './region-checksum.js';
import { RegionExports } from './region-exports.js';
import {
  confChangeOf,
  decodeReplicaChangeStamp,
  encodeReplicaChangeStamp,
  learnerCaughtUp,
  replicaChangeRefusal,
} from './region-replicas.js';
import { splitKeyRefusal } from './region-split.js';
import { readRegion } from './region-reads.js';
import { MergeDriver } from './merge-driver.js';
import { RegionStatistics } from './region-statistics.js';
import { type SplitReason, SplitProposer } from './split-proposer.js';
import { validateRegionRequest } from './request-validation.js';

/** Proposals a group accepts before answering SERVER_BUSY. */
export const MAX_PENDING_PROPOSALS = 4096;
/** A request's deadline when it names none. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

interface PendingProposal {
  waiter: ClientWaiter;
}

interface PendingRead {
  waiter: ClientWaiter;
  /** A read, or the open of an export, which waits for its read index as a read does. */
  query: ReadQuery | { kind: 'export'; chunkBytes: number };
  /** The region's range version when the read arrived; a split since refuses it. */
  version: number;
  /** Set once Raft confirmed the read index. */
  index?: number;
}

/**
 * The clients of one KV region: their writes until applied, their reads until the read index
 * is confirmed and applied, and the admin verbs a region answers (leader transfer, compact,
 * checksum). Linearizable reads that arrive in one turn share one read index round.
 */
export class RegionClients implements GroupService<KvCommand, ApplyOutcome> {
  private readonly proposals = new PendingTable<PendingProposal>();
  private readonly readsAwaitingIndex = new PendingTable<PendingRead>();
  private readsAwaitingApply: PendingRead[] = [];
  /** Linearizable reads of this turn, not yet sent to Raft as one read index request. */
  private readBatch: number[] = [];
  /** Read index requests in flight: their context id → the reads they confirm. */
  private readonly readBatches = new Map<number, number[]>();
  /** Checksum requests, answered between turns (when no batch is being written). */
  private checksumWaiters: ClientWaiter[] = [];
  /** Copies of the region's data being pulled by backups (`region-exports.ts`). */
  private readonly exports: RegionExports;
  /** Load and size of the region while this replica leads: when to split by itself. */
  private readonly autoSplit: SplitProposer;
  /** This region's merge into the next region, when asked (`merge-driver.ts`). */
  private readonly merge: MergeDriver;
  /** Load and size for the group's report (`flint regions`, `/metrics`). */
  private readonly statistics: RegionStatistics;
  /** Why this node proposed each split still unapplied, by proposal id: counted by reason once applied. */
  private readonly splitReasons = new Map<number, SplitReason>();

  constructor(
    private readonly group: RegionGroup,
    private readonly region: KvRegionMachine,
  ) {
    this.statistics = new RegionStatistics(group);
    this.exports = new RegionExports({
      groupId: group.id,
      store: group.environment.store,
      answers: group.answers,
      appliedIndex: () => group.appliedIndex,
      descriptor: () => region.descriptor,
      now: () => group.environment.now(),
    });
    this.autoSplit = new SplitProposer(group, region, {
      splitProposed: (proposalId, reason) => this.splitReasons.set(proposalId, reason),
      regionMeasured: (size, diskBytes) => this.statistics.adoptMeasurement(size, diskBytes),
    });
    this.merge = new MergeDriver(group, region, (waiter, operation) => {
      if (!this.group.isLeader) this.answers.failNotLeader(waiter);
      else this.propose(waiter, null, operation);
    });
  }

  describe(report: GroupReport): void {
    report.statistics = this.statistics.report(this.environment.now());
  }

  loadPerSecond(now: number): number {
    const { writesPerSecond, readsPerSecond } = this.statistics.report(now);
    return writesPerSecond + readsPerSecond;
  }

  private get environment() {
    return this.group.environment;
  }

  private get answers() {
    return this.group.answers;
  }

  readsAppliedStateBetweenTurns(): boolean {
    return this.exports.opensPending || this.checksumWaiters.length > 0;
  }

  hasReadsInProgress(): boolean {
    return this.readBatch.length > 0 || this.readsAwaitingIndex.size > 0 || this.readsAwaitingApply.length > 0;
  }

  isIdle(): boolean {
    return (
      !this.hasReadsInProgress() &&
      this.proposals.size === 0 &&
      this.readBatches.size === 0 &&
      this.checksumWaiters.length === 0 &&
      !this.exports.busy &&
      !this.region.merging &&
      this.merge.idle &&
      this.autoSplit.idle
    );
  }

  /**
   * The descriptors a client should cache after a refusal: this region's, then this host's
   * regions holding `key` (after a split, the new half is here too; its leader unknown yet).
   */
  private currentRegions(key: Uint8Array | undefined): RegionDescriptor[] {
    const own = this.region.descriptor;
    const regions: RegionDescriptor[] = own === undefined ? [] : [{ ...own, leader: this.group.leader }];
    if (key === undefined) return regions;
    for (const region of this.environment.localRegionsHolding(key)) {
      if (region.id !== own?.id) regions.push({ ...region, leader: 0 });
    }
    return regions;
  }

  /** Starts serving one client request; answers at once or registers a waiter. */
  handleRequest(connection: number, request: Request): void {
    const now = this.environment.now();
    const waiter: ClientWaiter = {
      connection,
      requestId: request.requestId,
      deadline: now + (request.timeoutMs > 0 ? request.timeoutMs : DEFAULT_REQUEST_TIMEOUT_MS),
    };
    const plan = planRequest(request);
    if (plan.kind === 'invalid') {
      this.answers.fail(waiter, { code: 'INVALID_ARGUMENT', message: plan.message });
      return;
    }
    if (plan.kind === 'merge' && this.region.merging) {
      void this.merge.start(waiter);
      return;
    }
    if (this.region.merging && plan.kind !== 'checksum' && plan.kind !== 'export') {
      // Frozen: its state is being handed to the next region, which serves the range next.
      this.answers.fail(waiter, {
        code: 'SERVER_BUSY',
        message: `FLINT_REGION_MERGING: region ${this.group.id} is merging into the next region; retry shortly`,
        retryAfterMs: 100,
      });
      return;
    }
    const keys = plan.kind === 'write' || plan.kind === 'read' ? plan.keys : [];
    const refusal = validateRegionRequest(request.regionId, this.region.descriptor, request.epoch, keys);
    if (refusal !== undefined) {
      const key = keys[0] ?? (plan.kind === 'read' && plan.read.kind === 'scan' ? plan.read.start : undefined);
      this.answers.fail(waiter, {
        code: refusal.code,
        message: refusal.message,
        regions: refusal.regions.length === 0 ? [] : this.currentRegions(key),
      });
      return;
    }
    if (plan.kind === 'read' && plan.read.kind === 'scan') this.autoSplit.recordRange(plan.read.start, plan.read.end);
    else if (keys[0] !== undefined) this.autoSplit.record(keys[0]);
    switch (plan.kind) {
      case 'write':
        this.proposeWrite(waiter, request, plan.operation);
        return;
      case 'read':
        this.startRead(waiter, plan.read, plan.consistency);
        return;
      case 'transfer-leader':
        if (!this.group.isLeader) {
          this.answers.failNotLeader(waiter);
          return;
        }
        this.group.raw.transferLeadership(plan.toNode);
        this.answers.answer(waiter, { type: 'transferLeader' });
        return;
      case 'compact':
        this.group.maintenance.requestCompaction(waiter);
        return;
      case 'checksum':
        this.checksumWaiters.push(waiter);
        return;
      case 'export':
        if (plan.streamId === 0)
          this.startRead(waiter, { kind: 'export', chunkBytes: plan.chunkBytes }, 'linearizable');
        else this.exports.next(waiter, plan.streamId, plan.position);
        return;
      case 'split':
        this.proposeSplit(waiter, plan.splitKey, plan.newRegionId);
        return;
      case 'change-replicas':
        this.proposeReplicaChange(waiter, plan.change, plan.nodeId);
        return;
      case 'merge':
        this.merge
          .start(waiter)
          .catch((error: unknown) =>
            this.answers.fail(waiter, { code: 'INTERNAL', message: `merge failed: ${String(error)}` }),
          );
        return;
    }
  }

  /** Proposes one membership change as a Raft configuration change; a client's is answered once applied. */
  private proposeReplicaChange(waiter: ClientWaiter | undefined, change: ReplicaChange, nodeId: number): void {
    const { environment } = this;
    const fail = (failure: Pick<ResponseError, 'code' | 'message'> & Partial<ResponseError>) => {
      if (waiter !== undefined) this.answers.fail(waiter, failure);
      else
        environment.log.debug(
          { group: this.group.id, change, node: nodeId, reason: failure.message },
          'replica change not proposed',
        );
    };
    if (!this.group.isLeader || this.region.descriptor === undefined) {
      if (waiter !== undefined) this.answers.failNotLeader(waiter);
      return;
    }
    const confState = this.group.raw.status().confState;
    const isMember = (id: number) => id === environment.nodeId || environment.clientAddressOf(id) !== '';
    const refusal = replicaChangeRefusal(confState, change, nodeId, environment.nodeId, isMember);
    if (refusal !== undefined) {
      fail({ code: 'INVALID_ARGUMENT', message: refusal });
      return;
    }
    const proposalId = environment.nextProposalId();
    try {
      this.group.raw.proposeConfChange({
        transition: ConfChangeTransition.Auto,
        changes: [confChangeOf(change, nodeId)],
        context: encodeReplicaChangeStamp({ nodeId: environment.nodeId, proposalId }),
      });
    } catch (error) {
      // Another change is not applied yet (the core takes one at a time): the caller retries.
      fail({
        code: 'SERVER_BUSY',
        message: `FLINT_REPLICA_CHANGE_PENDING: ${(error as Error).message}`,
        retryAfterMs: 200,
      });
      return;
    }
    if (waiter !== undefined) this.proposals.add(proposalId, { waiter });
    environment.log.info(
      { group: this.group.id, change, node: nodeId, by: waiter === undefined ? 'placement' : 'command' },
      'region membership change proposed',
    );
  }

  /**
   * The node's replica placement chose a change (`../../host-pool/replica-upkeep.ts`); a
   * learner is promoted only once it holds the log, so that it does not slow every commit.
   */
  changeReplicasByPlacement(change: ReplicaChange, nodeId: number): void {
    if (this.region.merging) return;
    if (change === 'promote-learner' && !learnerCaughtUp(this.group.raw.status(), nodeId)) return;
    this.proposeReplicaChange(undefined, change, nodeId);
  }

  /** Proposes a split at `splitKey`; answered once applied, with both halves. */
  private proposeSplit(waiter: ClientWaiter, splitKey: Uint8Array, newRegionId: number): void {
    const region = this.region.descriptor;
    if (!this.group.isLeader || region === undefined) {
      this.answers.failNotLeader(waiter);
      return;
    }
    const refusal = splitKeyRefusal(region, splitKey);
    if (refusal !== undefined) {
      this.answers.fail(waiter, { code: 'INVALID_ARGUMENT', message: refusal });
      return;
    }
    const proposalId = this.propose(waiter, null, {
      type: 'split',
      splitKey,
      newRegionId,
      version: region.epoch.version,
    });
    if (proposalId === undefined) return;
    this.splitReasons.set(proposalId, 'command');
    failpoint('split-proposed');
  }

  private proposeWrite(waiter: ClientWaiter, request: Request, operation: WriteCommand): void {
    if (!this.group.isLeader) {
      this.answers.failNotLeader(waiter);
      return;
    }
    if (this.proposals.size >= MAX_PENDING_PROPOSALS) {
      this.environment.metrics.increment(HostMetricName.proposalsRefused);
      this.answers.fail(waiter, {
        code: 'SERVER_BUSY',
        message: `region ${this.group.id} has ${this.proposals.size} writes in flight; retry shortly`,
        retryAfterMs: 20,
      });
      return;
    }
    const session: KvCommand['session'] =
      request.clientId === 0 ? null : { clientId: String(request.clientId), sequence: request.sequence };
    if (session !== null && request.firstIncomplete > 0) session.firstIncomplete = request.firstIncomplete;
    if (this.propose(waiter, session, operation) !== undefined) this.statistics.recordWrite();
  }

  /** Proposes `operation` for `waiter`; the proposal id, or undefined when Raft refused it (answered). */
  private propose(waiter: ClientWaiter, session: KvCommand['session'], operation: KvOperation): number | undefined {
    const proposalId = this.environment.nextProposalId();
    const command: KvCommand = {
      stamp: { nodeId: this.environment.nodeId, proposalId, time: this.environment.now() },
      session,
      operation,
    };
    try {
      this.group.raw.propose(encodeCommand(command));
    } catch (error) {
      this.environment.metrics.increment(HostMetricName.proposalsRefused);
      this.answers.failProposalError(waiter, error);
      return undefined;
    }
    this.environment.metrics.increment(HostMetricName.proposals);
    this.proposals.add(proposalId, { waiter });
    return proposalId;
  }

  private startRead(waiter: ClientWaiter, query: PendingRead['query'], consistency: string): void {
    this.environment.metrics.increment(HostMetricName.reads);
    // Counted where the read is accepted: a follower refusing a linearizable read served nothing.
    if (consistency === 'stale' || this.group.isLeader) this.statistics.recordRead();
    const version = this.region.descriptor?.epoch.version ?? 0;
    if (consistency === 'stale') {
      this.serveRead({ waiter, query, version });
      return;
    }
    if (!this.group.isLeader) {
      this.answers.failNotLeader(waiter);
      return;
    }
    const leaseIndex = consistency === 'lease' && this.environment.leaseTrusted() ? this.group.raw.leaseRead() : null;
    if (leaseIndex !== null) {
      // Lease read (Raft thesis §6.4.1): a quorum acknowledged a heartbeat sent within the lease,
      // and followers promise not to elect anyone for an election timeout after hearing from us,
      // so no other leader exists yet. Safe while tick rates stay within the core's drift bound;
      // a host stall that dropped ticks voids leases for a while (`../tick-clock.ts`).
      this.environment.metrics.increment(HostMetricName.leaseReads);
      const pending: PendingRead = { waiter, query, version, index: leaseIndex };
      if (leaseIndex <= this.group.appliedIndex) this.serveRead(pending);
      else this.readsAwaitingApply.push(pending);
      return;
    }
    // No lease now: a heartbeat round confirms leadership (as for a linearizable read).
    // Confirmed together with the other reads of this turn: one heartbeat round for all of them.
    const readId = this.environment.nextReadId();
    this.readsAwaitingIndex.add(readId, { waiter, query, version });
    this.readBatch.push(readId);
  }

  /** Asks Raft for one read index covering every linearizable read that arrived this turn. */
  beforeReady(): void {
    if (this.readBatch.length === 0) return;
    const readIds = this.readBatch;
    this.readBatch = [];
    const batchId = this.environment.nextReadId();
    try {
      this.group.raw.readIndex(readContext(batchId));
    } catch (error) {
      for (const readId of readIds) {
        const pending = this.readsAwaitingIndex.take(readId);
        if (pending !== undefined) this.answers.failProposalError(pending.waiter, error);
      }
      return;
    }
    this.readBatches.set(batchId, readIds);
  }

  private serveRead(read: PendingRead): void {
    const region = this.region.descriptor;
    if (region === undefined) return;
    if (read.query.kind === 'export') {
      // The view is taken between turns, where the disk holds exactly the applied index.
      this.exports.queueOpen(read.waiter, read.query.chunkBytes);
      return;
    }
    if (region.epoch.version !== read.version) {
      // The range changed while the read waited: the client's route is stale (a scan clipped to
      // the old range would skip the keys that left).
      const key = read.query.kind === 'get' ? read.query.key : read.query.start;
      this.answers.fail(read.waiter, {
        code: 'EPOCH_MISMATCH',
        message: `region ${region.id} changed its range while the read waited; refresh the route and retry`,
        regions: this.currentRegions(key),
      });
      return;
    }
    readRegion(this.environment.store, this.group.id, region, read.query).then(
      (result) => this.answers.answer(read.waiter, result),
      (error: unknown) =>
        this.answers.fail(read.waiter, { code: 'INTERNAL', message: `read failed: ${String(error)}` }),
    );
  }

  tick(now: number): void {
    this.autoSplit.tick(now);
    this.merge.tick(now);
    this.merge.expire(now);
    this.statistics.tick(now);
    this.exports.tick(now);
    for (const item of this.proposals.expire(now)) this.answers.timeout(item.waiter);
    for (const item of this.readsAwaitingIndex.expire(now)) this.answers.timeout(item.waiter);
    const [lateChecksums, waitingChecksums] = partitionByDeadline(this.checksumWaiters, now);
    this.checksumWaiters = waitingChecksums;
    for (const waiter of lateChecksums) this.answers.timeout(waiter);
    // A read index request whose reads all timed out will never be needed.
    for (const [batchId, readIds] of this.readBatches) {
      if (readIds.every((readId) => this.readsAwaitingIndex.get(readId) === undefined))
        this.readBatches.delete(batchId);
    }
    if (this.readsAwaitingApply.length > 0) {
      const expired = this.readsAwaitingApply.filter((read) => read.waiter.deadline <= now);
      if (expired.length > 0) {
        this.readsAwaitingApply = this.readsAwaitingApply.filter((read) => read.waiter.deadline > now);
        for (const read of expired) this.answers.timeout(read.waiter);
      }
    }
  }

  leadershipLost(): void {
    // The entries may still commit under the next leader; the client retries with the same
    // session sequence, and the session table makes the retry idempotent.
    for (const item of this.proposals.takeAll()) this.answers.failNotLeader(item.waiter);
    for (const item of this.readsAwaitingIndex.takeAll()) this.answers.failNotLeader(item.waiter);
    this.readBatch = [];
    this.readBatches.clear();
    this.autoSplit.reset(this.environment.now());
  }

  /** The node's merge policy chose this region to merge into the next one (`merge-driver.ts`). */
  mergeBySize(): void {
    void this.merge.start(undefined);
  }

  leaving(mergedInto?: PlacedRegion): void {
    if (mergedInto !== undefined) this.merge.finished(mergedInto);
    this.leadershipLost();
    const reads = this.readsAwaitingApply;
    this.readsAwaitingApply = [];
    for (const read of reads) this.answers.failNotLeader(read.waiter);
    this.exports.closeAll();
  }

  /** Answers this node's writes among the applied entries (see `RegionGroup.answerAppliedWrites`). */
  applied(entries: readonly AppliedEntry<KvCommand, ApplyOutcome>[]): void {
    for (const { entry, outcome } of entries) {
      if (outcome?.kind === 'split') failpoint('split-applying');
      else if (outcome?.kind === 'merge-prepared') failpoint('merge-preparing');
      else if (outcome?.kind === 'merged') failpoint('merge-committing');
      if (outcome?.kind === 'merge-prepared') this.merge.frozeAt(entry.entry.index);
      if (outcome?.kind === 'merge-prepared' && entry.command?.stamp.nodeId === this.environment.nodeId) {
        this.merge.countPrepared();
      }
      if (entry.command?.operation.type === 'commit-merge' && this.group.isLeader)
        this.logMerge(entry.command.operation.source.id, outcome);
      if (outcome?.kind === 'replicas-changed') {
        this.replicasChanged(entry.entry, outcome.region);
        continue;
      }
      const stamp = entry.command?.stamp;
      if (stamp === undefined || stamp.nodeId !== this.environment.nodeId) continue;
      this.countSplit(stamp.proposalId, outcome);
      const pending = this.proposals.take(stamp.proposalId);
      if (pending === undefined) continue;
      if (outcome === undefined) {
        this.answers.fail(pending.waiter, { code: 'INTERNAL', message: 'the write was not applied' });
      } else if (outcome.kind === 'session-too-old') {
        this.answers.fail(pending.waiter, {
          code: 'INVALID_ARGUMENT',
          message: 'the write names a session sequence older than every result the region remembers',
        });
      } else if (outcome.kind === 'refused') {
        const key = firstKeyOf(entry.command?.operation);
        this.answers.fail(pending.waiter, {
          code: outcome.code,
          message: outcome.message,
          regions: outcome.code === 'INVALID_ARGUMENT' ? [] : this.currentRegions(key),
        });
      } else if (outcome.kind === 'merge-prepared') {
        this.merge.prepared(pending.waiter);
      } else if (outcome.kind === 'merged') {
        this.answers.answer(pending.waiter, {
          type: 'mergeRegion',
          region: { ...outcome.region, leader: this.group.leader },
        });
      } else if (outcome.kind === 'split') {
        this.answers.answer(pending.waiter, {
          type: 'splitRegion',
          regions: [outcome.left, outcome.right].map((region) => ({ ...region, leader: this.group.leader })),
        });
      } else {
        this.answers.answer(pending.waiter, writeResultToResult(outcome.result));
      }
    }
  }

  /** A membership change applied: logged, and its client (when this node proposed it) answered. */
  private replicasChanged(entry: Entry, region: PlacedRegion): void {
    // One info line per change, from the leader; each follower's at debug.
    const level = this.group.isLeader ? 'info' : 'debug';
    this.environment.log[level](
      { group: this.group.id, peers: region.peers, epoch: region.epoch },
      'region replicas changed',
    );
    const stamp = decodeReplicaChangeStamp(decodeConfChange(entry.data).context);
    if (stamp === undefined || stamp.nodeId !== this.environment.nodeId) return;
    const pending = this.proposals.take(stamp.proposalId);
    if (pending !== undefined) {
      this.answers.answer(pending.waiter, { type: 'changeReplicas', region: { ...region, leader: this.group.leader } });
    }
  }

  /** A split this node proposed applied: counted once in the cluster, by why it was proposed. */
  private countSplit(proposalId: number, outcome: ApplyOutcome | undefined): void {
    const reason = this.splitReasons.get(proposalId);
    if (reason === undefined) return;
    this.splitReasons.delete(proposalId);
    if (outcome?.kind === 'split') this.environment.metrics.incrementLabelled(HostMetricName.splits, { reason });
  }

  /** One line per `commit-merge` this region's leader applied: absorbed, or why not. */
  private logMerge(sourceId: number, outcome: ApplyOutcome | undefined): void {
    const log = this.environment.log;
    if (outcome?.kind === 'merged')
      log.info({ group: this.group.id, source: sourceId }, 'region merge: absorbed the region before it');
    else if (outcome?.kind === 'refused')
      log.info({ group: this.group.id, source: sourceId, reason: outcome.message }, 'region merge: not absorbed');
  }

  /** Records the confirmed read indexes and serves the reads whose index is now applied. */
  durable(readStates: readonly ReadState[], applied: readonly AppliedEntry<KvCommand, ApplyOutcome>[]): void {
    for (const { outcome } of applied) {
      if (outcome?.kind === 'merge-prepared') failpoint('merge-prepared');
      else if (outcome?.kind === 'merged') failpoint('merge-committed');
    }
    for (const readState of readStates) {
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
    if (this.readsAwaitingApply.length === 0) return;
    const waiting: PendingRead[] = [];
    for (const read of this.readsAwaitingApply) {
      if (read.index! <= this.group.appliedIndex) this.serveRead(read);
      else waiting.push(read);
    }
    this.readsAwaitingApply = waiting;
  }

  /**
   * Answers Checksum requests. Between turns the scan's iterator is created at once, before
   * any later batch, so it reads the data at the applied index.
   */
  betweenTurns(): void {
    this.exports.betweenTurns();
    if (this.checksumWaiters.length === 0) return;
    const waiters = this.checksumWaiters;
    this.checksumWaiters = [];
    const appliedIndex = this.group.appliedIndex;
    // Read a batch at a time: a region of gigabytes is digested in bounded memory.
    // The async function runs to its first await at once: the view is taken now, between turns.
    (async () => checksumRegion(appliedIndex, this.environment.store.kvPairs(this.group.id)))().then(
      (digest) => {
        for (const waiter of waiters) {
          this.answers.answer(waiter, {
            type: 'checksum',
            appliedIndex: digest.appliedIndex,
            checksum: digest.checksum,
            keyCount: digest.keyCount,
          });
        }
      },
      (error: unknown) => {
        for (const waiter of waiters)
          this.answers.fail(waiter, { code: 'INTERNAL', message: `checksum failed: ${String(error)}` });
      },
    );
  }
}

function firstKeyOf(operation: KvOperation | undefined): Uint8Array | undefined {
  if (
    operation === undefined ||
    operation.type === 'split' ||
    operation.type === 'prepare-merge' ||
    operation.type === 'commit-merge'
  ) {
    return undefined;
  }
  return operation.type === 'batch' ? operation.operations[0]?.key : operation.key;
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
