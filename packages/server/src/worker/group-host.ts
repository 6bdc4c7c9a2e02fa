import { EarlyMessages } from './early-messages.js';
import { mapBoundedParallel } from './bounded-parallel.js';
import { IdleHeapTrimmer } from '../memory/idle-heap-trimmer.js';
import type { SnapshotProgress } from './snapshot/snapshot-settings.js';
import { bytesEqual, makeResponseError, type ResponseError } from '@flintkv/proto';
import { failpoint } from '../failpoints.js';
import { join } from 'node:path';
import { type MetaState, type RegionDescriptor, regionContains } from '@flintkv/pd';
import type { GroupStorage, NodeStore } from '@flintkv/storage';
import { openNodeStore, StorageErrorCode } from '@flintkv/storage';
import type { Logger } from 'pino';
import {
  databaseNameOfHost,
  type GroupReport,
  type HostInbound,
  type HostOptions,
  hostOfGroup,
} from '../host-protocol.js';
import { createInitialGroups, metaBootstrapEntry } from './group-bootstrap.js';
import type { GroupEnvironment, GroupRaftOptions } from './group/group-environment.js';
import { RegionGroup } from './group/region-group.js';
import { HostMetricName, HostMetrics } from './host-metrics.js';
import { HostInbox, refuseClientFrames } from './inbox.js';
import { GroupMoves } from './group-moves.js';
import { NewGroups } from './new-groups.js';
import { RegionIdRequests } from './region-id-requests.js';
import { KvRegionMachine } from './kv/kv-region.js';
import { RegionClients } from './kv/region-clients.js';
import { META_GROUP_ID, MetaGroupMachine, MetaGroupService } from './meta/meta-group.js';
import { type HostChannel, HostOutbox } from './outbox.js';
import { SnapshotReceiver } from './snapshot/snapshot-receiver.js';
import { SnapshotSender } from './snapshot/snapshot-sender.js';
import { TickClock } from './tick-clock.js';
import { TurnLoop } from './turn-loop.js';

export type { HostChannel } from './outbox.js';

/**
 * Reports go out this often: the groups whose report changed (`RegionGroup.reportDue`) or that
 * stream a snapshot. Load figures move without that (they decay): every group is in the full
 * report, sent at least every {@link FULL_REPORT_INTERVAL_MS} and whenever the host's set of
 * groups changes.
 */
export const REPORT_INTERVAL_MS = 250;
export const FULL_REPORT_INTERVAL_MS = 5_000;
/** Groups a starting host loads at once. */
const GROUP_LOAD_PARALLELISM = 16;

/** A fatal host error: the host stops serving and the node exits. */
export class HostFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HostFailure';
  }
}

/**
 * One group host, on its worker thread: a database, the groups in it, one tick timer, the
 * inbox (`inbox.ts`), the turn loop that persists every group in one synced batch per turn
 * (`turn-loop.ts`) and the outbox to the main thread (`outbox.ts`).
 *
 * @example
 * ```ts
 * const host = new GroupHost(options, { post: (message) => port.postMessage(message) }, log);
 * port.on('message', (message) => host.receive(message));
 * await host.start();
 * await host.whenStopped();
 * ```
 */
export class GroupHost {
  private database: NodeStore | undefined;
  private readonly groupsById = new Map<number, RegionGroup>();
  /** Region ids asked of the node's meta replica, for splits. */
  private readonly regionIds: RegionIdRequests;
  /** Groups made while the host runs: splits' new regions, empty replicas. */
  private readonly newGroups: NewGroups;
  /** Regions moving to or from another host thread of this node. */
  private readonly moves: GroupMoves;
  /** The KV state machine of each region group (every group but the meta group). */
  private readonly regionMachines = new Map<number, KvRegionMachine>();
  private metaService: MetaGroupService | undefined;
  private metaMachine: MetaGroupMachine | undefined;
  private readonly metrics = new HostMetrics();
  private readonly outbox: HostOutbox;
  private readonly inbox: HostInbox;
  private readonly turns: TurnLoop;
  private readonly ticks: TickClock;
  private readonly snapshotSender: SnapshotSender;
  private readonly snapshotReceiver: SnapshotReceiver;
  private readonly environment: GroupEnvironment;
  private tickTimer: NodeJS.Timeout | undefined;
  private readonly heapTrimmer: IdleHeapTrimmer;
  private readonly earlyMessages = new EarlyMessages();
  private reportTimer: NodeJS.Timeout | undefined;
  /** When the last report of every group went out (`postReport`). */
  private lastFullReportAt = Number.NEGATIVE_INFINITY;
  private proposalCounter: number;
  private readCounter = 0;
  /** Settles when the database is open and the groups are loaded (or failed to). */
  private starting: Promise<void> | undefined;
  private stopping = false;
  /** The meta group's region table as the node last shared it (`region-table`). */
  private regionTable: RegionDescriptor[] = [];
  /** Each member's client address, what NotLeader hints name (`members` from the main thread). */
  private readonly clientAddresses = new Map<number, string>();
  private failed = false;
  /** Why the host failed, once it did. */
  private failure: HostFailure | undefined;
  private stopped: Promise<void> | undefined;
  private readonly stoppedSignal = settleable();

  constructor(
    readonly options: HostOptions,
    channel: HostChannel,
    readonly log: Logger,
    /** Wall clock; injectable for tests. */
    private readonly now: () => number = Date.now,
    /** Opens the database; injectable for tests. */
    private readonly openStore: typeof openNodeStore = openNodeStore,
  ) {
    // Unique across restarts of this node: proposal ids of an earlier run never match a new waiter.
    this.proposalCounter = now() * 1000;
    this.outbox = new HostOutbox(options.nodeId, options.hostIndex, channel, log, this.metrics);
    this.heapTrimmer = new IdleHeapTrimmer(log);
    const storageOf = (groupId: number) => this.groupsById.get(groupId)?.storage;
    this.snapshotSender = new SnapshotSender({
      nodeId: options.nodeId,
      log,
      metrics: this.metrics,
      settings: options.snapshot,
      now: () => this.now(),
      storageOf,
      send: (to, frame) => this.outbox.sendNow(to, frame),
      reportFailure: (groupId, to) => {
        this.groupsById.get(groupId)?.raw.reportSnapshot(to, false);
        this.turns.schedule();
      },
    });
    this.snapshotReceiver = new SnapshotReceiver({
      nodeId: options.nodeId,
      log,
      metrics: this.metrics,
      settings: options.snapshot,
      now: () => this.now(),
      storageOf,
      acknowledge: (groupId, ack) => this.outbox.acknowledgeSnapshot(groupId, ack),
      wake: () => this.turns.schedule(),
    });
    this.outbox.snapshots = this.snapshotSender;
    this.regionIds = new RegionIdRequests(options.hostIndex, (message) => this.outbox.post(message));
    this.inbox = new HostInbox(
      options.nodeId,
      this.groupsById,
      this.outbox,
      { sender: this.snapshotSender, receiver: this.snapshotReceiver },
      log,
      () => this.metaService,
      this.earlyMessages,
      () => this.now(),
    );
    this.ticks = new TickClock(options.tickIntervalMs, options.electionTicks);
    const clientAddresses = this.clientAddresses;
    for (const member of options.members) clientAddresses.set(member.nodeId, member.clientAddress);
    const host = this;
    this.newGroups = new NewGroups({
      get store() {
        return host.store;
      },
      groups: this.groupsById,
      log,
      nodeId: options.nodeId,
      openRegion: async (groupId, leaseHolder) =>
        this.openRegion(
          await this.store.openGroup(groupId),
          leaseHolder === undefined ? this.raftOptions() : { ...this.raftOptions(), leaseHolder },
        ),
      adopt: (group, how) => this.adoptGroup(group, how),
      fail: (error) => this.fail(asHostFailure(error, 'FLINT_HOST_GROUP_OPEN')),
    });
    this.moves = new GroupMoves({
      get store() {
        return host.store;
      },
      hostIndex: options.hostIndex,
      groups: this.groupsById,
      log,
      exclusive: (task) => this.turns.exclusive(task),
      snapshotInFlight: (groupId) =>
        this.snapshotSender.progressOf(groupId).length > 0 || this.snapshotReceiver.progressOf(groupId) !== undefined,
      detach: (groupId, mergedInto) => this.detachGroup(groupId, mergedInto),
      reattach: (group) => this.adoptGroup(group, 'returned'),
      openMoved: async (groupId) =>
        this.adoptGroup(await this.openRegion(await this.store.openGroup(groupId), this.raftOptions()), 'moved'),
      post: (message) => this.outbox.post(message),
      fail: (error) => this.fail(asHostFailure(error, 'FLINT_HOST_GROUP_OPEN')),
    });
    this.environment = {
      nodeId: options.nodeId,
      get store() {
        return host.store;
      },
      log,
      metrics: this.metrics,
      now: () => host.now(),
      reply: (connection, groupId, response) => host.outbox.reply(connection, groupId, response),
      clientAddressOf: (nodeId) => clientAddresses.get(nodeId) ?? '',
      nextProposalId: () => ++host.proposalCounter,
      nextReadId: () => ++host.readCounter,
      wake: () => host.turns.schedule(),
      leaseTrusted: () => host.ticks.leaseTrusted,
      stageCreatedGroup: (turn, created) => host.newGroups.stageSplit(turn, created),
      localRegionsHolding: (key) => host.localRegionsHolding(key),
      regionStartingAt: (key) => host.regionStartingAt(key),
      allocateRegionId: () => host.regionIds.allocate(),
      hotRegionsLed: (loadPerSecond, except) => host.hotRegionsLed(loadPerSecond, except),
      handOnMerge: (source, command) =>
        host.outbox.post({ type: 'merge-commit', host: options.hostIndex, source, buffer: command.slice().buffer }),
      splitSettings: options.split,
    };
    this.turns = new TurnLoop(
      {
        get store() {
          return host.store;
        },
        groups: this.groupsById,
        outbox: this.outbox,
        metrics: this.metrics,
        dispatch: (input) => this.inbox.dispatch(input),
        hasLocalInput: () => this.snapshotReceiver.hasStaged,
        dispatchLocalInput: () => {
          for (const { groupId, message } of this.snapshotReceiver.takeStaged())
            this.groupsById.get(groupId)?.step(message);
        },
        afterTurn: () => this.snapshotReceiver.afterTurn(),
        postReport: () => this.postReport(),
        fail: (error) => this.fail(asHostFailure(error, 'FLINT_HOST_FAILED')),
      },
      () => this.now(),
      this.ticks,
    );
  }

  private get store(): NodeStore {
    if (this.database === undefined) throw new HostFailure('FLINT_HOST_NOT_STARTED', 'the host database is not open');
    return this.database;
  }

  /** Opens the database, creates or loads the groups, starts ticking; posts `started`. */
  start(): Promise<void> {
    this.starting ??= this.open();
    return this.starting;
  }

  private async open(): Promise<void> {
    try {
      await this.openGroups();
    } catch (error) {
      // A host that cannot load its groups serves nothing: release the database for the next try.
      await this.database?.close().catch(() => undefined);
      throw error;
    }
    this.turns.start();
    this.tickTimer = setInterval(() => {
      this.turns.tick();
      const now = this.now();
      this.earlyMessages.prune(now);
      this.snapshotSender.tick(now);
      this.snapshotReceiver.tick(now);
    }, this.options.tickIntervalMs);
    this.reportTimer = setInterval(() => {
      this.postReport();
      if (!this.failed) this.outbox.postMetrics();
    }, REPORT_INTERVAL_MS);
    this.heapTrimmer.start();
    const groups = [...this.groupsById.keys()];
    this.log.info({ groups, directory: this.store.directory }, 'group host started');
    this.outbox.post({ type: 'started', groups });
    this.postReport();
  }

  private async openGroups(): Promise<void> {
    const { options } = this;
    const directory = join(options.dataDirectory, databaseNameOfHost(options.hostIndex));
    try {
      this.database = await this.openStore(directory, { clusterId: options.clusterId, nodeId: options.nodeId });
    } catch (error) {
      throw asHostFailure(error, 'FLINT_HOST_STORAGE_OPEN');
    }
    const store = this.database;
    if (options.createInitialGroups) await createInitialGroups(store, options, this.log);
    for (const groupId of options.foreignGroups ?? []) {
      if (!store.groupIds().includes(groupId)) continue;
      this.log.warn(
        { group: groupId },
        'clearing a stray copy of a group the node layout places on another host thread',
      );
      await store.removeGroup(groupId);
    }
    const raftOptions = this.raftOptions();
    // Every group in this database is this host's: where a group lives is recorded in the node's
    // layout (`../data-directory/prepare-data-directory.ts`), and a split's new group is born here.
    // Loaded several at a time: each load is a few reads, and a host of a thousand groups
    // loaded one by one spent seconds of a restart waiting on them.
    const loaded = await mapBoundedParallel(store.groupIds(), GROUP_LOAD_PARALLELISM, async (groupId) => {
      const storage = await store.openGroup(groupId);
      const group =
        groupId === META_GROUP_ID
          ? await this.openMetaGroup(storage, raftOptions)
          : await this.openRegion(storage, raftOptions);
      return { group, storage };
    });
    for (const { group } of loaded) this.groupsById.set(group.id, group);
    void this.clearStagedSnapshots(loaded.map(({ storage }) => storage));
    const holdsMeta = hostOfGroup(META_GROUP_ID, options.hostCount) === options.hostIndex;
    if (options.joined && holdsMeta && !this.groupsById.has(META_GROUP_ID)) {
      // Empty (nothing stored yet) until the meta group's leader adds this node as a learner
      // and sends it a snapshot; opened on every start until then.
      const storage = await store.openGroup(META_GROUP_ID);
      this.groupsById.set(META_GROUP_ID, await this.openMetaGroup(storage, raftOptions));
      this.log.info('joined a running cluster: waiting for the meta group to catch this node up');
    }
  }

  /**
   * What receives interrupted by a crash staged is garbage: cleared in the background, one
   * group at a time (a receive clears its space again before it starts). A clear per group all
   * at once held up the start of a host of a thousand groups.
   */
  private async clearStagedSnapshots(storages: readonly GroupStorage[]): Promise<void> {
    for (const storage of storages) {
      if (this.stopping || this.failed) return;
      await storage.clearSpareKvSpace().catch((error: unknown) => {
        if (this.stopping || this.failed) return;
        this.log.warn({ group: storage.groupId, err: error }, 'clearing a snapshot staged before a restart failed');
      });
    }
  }

  private raftOptions(): GroupRaftOptions {
    const { electionTicks, heartbeatTicks, quiesceTicks, compaction } = this.options;
    return { electionTicks, heartbeatTicks, quiesceTicks, compaction };
  }

  private async openRegion(storage: GroupStorage, raftOptions: GroupRaftOptions): Promise<RegionGroup> {
    const machine = await KvRegionMachine.load(this.store, storage.groupId);
    this.regionMachines.set(storage.groupId, machine);
    return new RegionGroup(storage.groupId, storage, this.environment, raftOptions, (group) => ({
      machine,
      service: new RegionClients(group, machine),
    }));
  }

  private async openMetaGroup(storage: GroupStorage, raftOptions: GroupRaftOptions): Promise<RegionGroup> {
    const machine = await MetaGroupMachine.load(this.store, this.log);
    const bootstrapEntry = () =>
      metaBootstrapEntry(this.options, {
        nodeId: this.options.nodeId,
        proposalId: ++this.proposalCounter,
        time: this.now(),
      });
    const answerHost = (host: number, requestId: number, firstId: number) =>
      this.outbox.post({ type: 'region-ids', host, requestId, firstId });
    const group = new RegionGroup(storage.groupId, storage, this.environment, raftOptions, (group) => {
      this.metaService = new MetaGroupService(group, machine, bootstrapEntry, answerHost);
      return { machine, service: this.metaService };
    });
    this.metaMachine = machine;
    this.metaService?.noteMemberIncarnation(this.options.nodeId, this.options.incarnation);
    return group;
  }

  /** A group made while the host runs (`new-groups.ts`), or moved here (`group-moves.ts`), starts serving. */
  private adoptGroup(group: RegionGroup, how: 'split' | 'empty' | 'moved' | 'returned'): void {
    this.groupsById.set(group.id, group);
    for (const message of this.earlyMessages.take(group.id, this.now())) group.step(message);
    if (group.machine instanceof KvRegionMachine) this.regionMachines.set(group.id, group.machine);
    const region = this.regionMachines.get(group.id)?.descriptor;
    if (how === 'split') {
      this.log.info(
        { group: group.id, start: hexOf(region?.startKey), end: hexOf(region?.endKey) },
        'region split: new region created',
      );
      this.metrics.increment(HostMetricName.replicasCreatedBySplit);
      failpoint('split-serving');
    } else if (how === 'moved') {
      this.log.info({ group: group.id, host: this.options.hostIndex }, 'region moved here from another host thread');
    } else if (how === 'returned') {
      this.log.warn({ group: group.id }, 'region move abandoned: serving the region here again');
    } else {
      this.log.info(
        { group: group.id },
        'empty replica created: the region table places it here; waiting for a snapshot',
      );
    }
    this.turns.schedule();
    this.postReport(true);
  }

  /** Takes a group out of the host (it moves to another host thread): nothing reaches it any more. */
  private detachGroup(groupId: number, mergedInto?: RegionDescriptor): void {
    const group = this.groupsById.get(groupId);
    if (group === undefined) return;
    group.leave(mergedInto);
    this.groupsById.delete(groupId);
    this.regionMachines.delete(groupId);
    this.postReport(true);
  }

  /** The region that starts at `key`: this host's replica if it holds one, else the region table's entry. */
  private regionStartingAt(key: Uint8Array): RegionDescriptor | undefined {
    const startsAt = (region: RegionDescriptor) => bytesEqual(region.startKey, key);
    const local = this.localRegionsHolding(key).find(startsAt);
    return local ?? this.regionTable.find(startsAt);
  }

  private hotRegionsLed(loadPerSecond: number, except: number): number {
    const now = this.now();
    let hot = 0;
    for (const group of this.groupsById.values()) {
      if (group.id !== except && group.isLeader && group.loadPerSecond(now) >= loadPerSecond) hot++;
    }
    return hot;
  }

  private localRegionsHolding(key: Uint8Array): RegionDescriptor[] {
    const holding: RegionDescriptor[] = [];
    for (const machine of this.regionMachines.values()) {
      const region = machine.descriptor;
      if (region !== undefined && regionContains(region, key)) holding.push(region);
    }
    return holding.sort((a, b) => b.epoch.version - a.epoch.version);
  }

  /** Queues input from the main thread for the next turn. */
  receive(message: HostInbound): void {
    if (message.type === 'stop') {
      void this.stop();
      return;
    }
    if (this.failure !== undefined && message.type === 'client-frames') {
      refuseClientFrames(this.outbox, message.buffer, refusalOf(this.failure));
      return;
    }
    if (this.stopping || this.failed) return;
    if (message.type === 'region-table') {
      this.regionTable = message.regions;
      return;
    }
    if (message.type === 'members') {
      this.clientAddresses.clear();
      for (const member of message.members) this.clientAddresses.set(member.nodeId, member.clientAddress);
      return;
    }
    if (message.type === 'region-ids') {
      this.regionIds.answer(message.requestId, message.firstId);
      return;
    }
    if (message.type === 'remove-replica') {
      const code = message.mergedInto === undefined ? 'FLINT_HOST_GROUP_REMOVE_FAILED' : 'FLINT_HOST_MERGE_FAILED';
      void (async () => {
        await this.starting;
        await this.moves.removeReplica(message.groupId, message.mergedInto);
        this.postReport();
      })().catch((error: unknown) => this.fail(asHostFailure(error, code)));
      return;
    }
    if (
      message.type === 'move-out' ||
      message.type === 'move-in' ||
      message.type === 'move-done' ||
      message.type === 'move-undone'
    ) {
      void this.moveStep(message);
      return;
    }
    if (message.type === 'create-replica') {
      void (async () => {
        await this.starting;
        await this.newGroups.createEmpty(message.groupId);
      })().catch((error: unknown) => this.fail(asHostFailure(error, 'FLINT_HOST_GROUP_OPEN')));
      return;
    }
    this.turns.enqueue(message);
  }

  private async moveStep(
    message: Extract<HostInbound, { type: 'move-out' | 'move-in' | 'move-done' | 'move-undone' }>,
  ): Promise<void> {
    try {
      await this.starting;
      switch (message.type) {
        case 'move-out':
          return await this.moves.moveOut(message.moveId, message.groupId);
        case 'move-in':
          return await this.moves.moveIn(message.moveId, message.buffer);
        case 'move-done':
          await this.moves.done(message.groupId, message.side);
          break;
        case 'move-undone':
          await this.moves.undone(message.groupId, message.side);
          break;
      }
      this.postReport();
    } catch (error) {
      // The layout already says where the group lives; a host that cannot follow it must not serve.
      this.fail(asHostFailure(error, 'FLINT_HOST_MOVE_FAILED'));
    }
  }

  /** Stops ticking, lets the turn in flight finish, closes the database; posts `stopped`. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping = true;
      // A stop that arrives while the host is still opening waits for it (a failed start has nothing to stop).
      await this.starting?.catch(() => undefined);
      clearInterval(this.tickTimer);
      clearInterval(this.reportTimer);
      this.heapTrimmer.stop();
      this.snapshotSender.stop();
      try {
        await this.turns.stop();
      } catch (error) {
        this.log.error({ err: error }, 'writing the deferred applies failed');
      }
      try {
        await this.database?.close();
      } catch (error) {
        this.log.error({ err: error }, 'closing the database failed');
      }
      this.log.info('group host stopped');
      this.outbox.post({ type: 'stopped' });
      this.stoppedSignal.resolve();
    })();
    return this.stopped;
  }

  /** Resolves once the host stopped (after `stop` or a fatal failure). */
  whenStopped(): Promise<void> {
    return this.stoppedSignal.promise;
  }

  /**
   * Posts the reports of the groups whose report changed; of every group when `full`, or when
   * the last full report is {@link FULL_REPORT_INTERVAL_MS} old.
   */
  private postReport(full = false): void {
    if (this.database === undefined || this.failed) return;
    const now = performance.now();
    const whole = full || now - this.lastFullReportAt >= FULL_REPORT_INTERVAL_MS;
    if (whole) this.lastFullReportAt = now;
    const groups: GroupReport[] = [];
    // Several times a second over every group: ask for snapshot progress only while one moves.
    const transfers = this.snapshotSender.sending || this.snapshotReceiver.receiving;
    for (const group of this.groupsById.values()) {
      const snapshots = transfers ? this.snapshotProgressOf(group.id) : undefined;
      if (!whole && snapshots === undefined && !group.reportDue()) continue;
      const report = group.report();
      if (snapshots !== undefined) report.snapshots = snapshots;
      groups.push(report);
      group.reportChanged = false;
    }
    this.outbox.postReport(groups, whole);
  }

  /** The group's snapshots on the move, sent and received; undefined when none. */
  private snapshotProgressOf(groupId: number): SnapshotProgress[] | undefined {
    const snapshots = this.snapshotSender.progressOf(groupId);
    const receiving = this.snapshotReceiver.progressOf(groupId);
    if (receiving !== undefined) snapshots.push(receiving);
    return snapshots.length > 0 ? snapshots : undefined;
  }

  private fail(failure: HostFailure): void {
    if (this.failed) return;
    this.failed = true;
    this.failure = failure;
    const untaken = this.turns.halt();
    this.log.error({ code: failure.code, err: failure }, 'group host failed');
    this.outbox.post({ type: 'failed', code: failure.code, message: failure.message });
    // The node may live on (a full disk restarts this host in place): requests waiting here are
    // answered NOT_LEADER, so clients retry with the same session at the groups' next leaders;
    // those not taken by a turn yet, or arriving until the main thread knows, are refused.
    for (const group of this.groupsById.values()) {
      try {
        group.leave();
      } catch (error) {
        this.log.warn({ group: group.id, err: error }, 'answering the requests of a failed group failed');
      }
    }
    for (const input of untaken) {
      if (input.type === 'client-frames') refuseClientFrames(this.outbox, input.buffer, refusalOf(failure));
    }
    void this.stop();
  }

  /** Groups on this host, for tests and status. */
  group(groupId: number): RegionGroup | undefined {
    return this.groupsById.get(groupId);
  }

  /** The placement state, when this host holds the meta group. */
  get metaState(): MetaState | undefined {
    return this.metaMachine?.state;
  }
}

function hexOf(bytes: Uint8Array | undefined): string | undefined {
  return bytes === undefined ? undefined : Buffer.from(bytes).toString('hex');
}

function settleable(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/**
 * What a failed host answers the requests it will not serve: DISK_FULL for a full disk (the
 * node lives on without this host), else NOT_LEADER without a leader (the node is stopping).
 * Either way nothing was proposed, and the client looks for the region's leader elsewhere.
 */
function refusalOf(failure: HostFailure): ResponseError {
  if (failure.code === StorageErrorCode.DiskFull) {
    return makeResponseError({
      code: 'DISK_FULL',
      message: `${failure.code}: this node's host thread stopped writing: the disk of its data directory is full; the region's other replicas serve it`,
    }).error;
  }
  return makeResponseError({
    code: 'NOT_LEADER',
    message: `this node's host thread failed (${failure.code}); no leader is known here`,
  }).error;
}

export function asHostFailure(error: unknown, fallbackCode: string): HostFailure {
  if (error instanceof HostFailure) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return new HostFailure(typeof code === 'string' ? code : fallbackCode, message, { cause: error });
}
