import { join } from 'node:path';
import { bootstrapRegions, type RegionDescriptor } from '@flintkv/pd';
import {
  coalescedHeartbeatOf,
  decodeCoalescedHeartbeats,
  decodeRaftMessage,
  decodeRequest,
  decodeSnapshotChunk,
  encodeRaftMessageFrame,
  encodeResponseFrame,
  encodeSnapshotChunkFrame,
  expandCoalescedHeartbeat,
  type Frame,
  FrameDecoder,
  FrameKind,
  isCoalescibleHeartbeat,
  type Message,
  MessageType,
  makeResponseError,
  type Response,
  SnapshotAssembler,
  splitSnapshotMessage,
} from '@flintkv/proto';
import { type NodeStore, openNodeStore, type Turn } from '@flintkv/storage';
import type { Logger } from 'pino';
import {
  type GroupReport,
  type HostInbound,
  type HostOptions,
  type HostOutbound,
  databaseNameOfHost,
  hostOfGroup,
} from '../host-protocol.js';
import { forEachTaggedFrame, TaggedFrames } from '../tagged-frames.js';
import { keyId } from './kv-keys.js';
import { encodeMetaEntry } from './log-entry-codec.js';
import { HostMetricName, HostMetrics } from './host-metrics.js';
import { PeerOutbox } from './peer-outbox.js';
import { encodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';
import { type GroupEnvironment, RegionGroup, type StagedReady } from './region-group.js';

/** How the host talks to the main thread (a MessagePort in production, a function in tests). */
export interface HostChannel {
  post(message: HostOutbound): void;
}

/** Most ticks one turn catches up after a stall; more would only cause an election storm. */
const MAX_TICKS_PER_TURN = 5;
/** A full report is sent at least this often. */
export const REPORT_INTERVAL_MS = 250;
/**
 * Longest time a turn's deferrable writes (applies, commit indexes) wait for a later turn's
 * batch when nothing else comes: long enough for a client's next request or a leader's next
 * append to arrive and share the fsync, short enough that idle replicas catch up on disk soon.
 */
export const DEFERRED_WRITES_MAX_DELAY_MS = 5;

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
 * One group host: a database, the groups in it, one tick timer, and the turn loop that
 * persists every group's Raft state in one synced batch per turn (group commit).
 *
 * A turn: take all input that arrived (peer messages, client requests, ticks), collect every
 * group's Ready, send the messages that may precede the fsync, stage snapshots, entries, hard
 * states and applied commands of all groups into one batch, commit it, then send the rest,
 * answer clients and advance. Input arriving during the commit waits for the next turn.
 */
export class GroupHost {
  private store: NodeStore | undefined;
  private readonly groups = new Map<number, RegionGroup>();
  private inbound: HostInbound[] = [];
  private pendingTicks = 0;
  private turnLoop: Promise<void> | undefined;
  private turnScheduled = false;
  /** A turn with only deferrable writes, left open for the next turn to commit with its own. */
  private deferred: DeferredTurn | undefined;
  private deferredTimer: NodeJS.Timeout | undefined;
  private deferredDue = false;
  private tickTimer: NodeJS.Timeout | undefined;
  private reportTimer: NodeJS.Timeout | undefined;
  private readonly outbox: PeerOutbox;
  private readonly clientReplies = new TaggedFrames();
  private clientRepliesScheduled = false;
  private readonly metrics = new HostMetrics();
  private readonly assemblers = new Map<string, SnapshotAssembler>();
  private readonly environment: GroupEnvironment;
  private proposalCounter: number;
  private readCounter = 0;
  /** Settles when the database is open and the groups are loaded (or failed to). */
  private starting: Promise<void> | undefined;
  /** Input is queued until the groups are loaded. */
  private started = false;
  private stopping = false;
  private failed = false;
  private readonly clientAddresses: Map<number, string>;

  constructor(
    readonly options: HostOptions,
    private readonly channel: HostChannel,
    readonly log: Logger,
    /** Wall clock; injectable for tests. */
    private readonly now: () => number = Date.now,
    /** Opens the database; injectable for tests. */
    private readonly openStore: typeof openNodeStore = openNodeStore,
  ) {
    // Unique across restarts of this node: proposal ids of an earlier run never match a new waiter.
    this.proposalCounter = now() * 1000;
    this.outbox = new PeerOutbox(options.nodeId);
    this.clientAddresses = new Map(options.members.map((member) => [member.nodeId, member.clientAddress]));
    const host = this;
    this.environment = {
      nodeId: options.nodeId,
      get store() {
        return host.store!;
      },
      log,
      metrics: this.metrics,
      now: () => host.now(),
      reply: (connection, groupId, response) => host.reply(connection, groupId, response),
      clientAddressOf: (nodeId) => host.clientAddresses.get(nodeId) ?? '',
      nextProposalId: () => ++host.proposalCounter,
      nextReadId: () => ++host.readCounter,
      wake: () => host.scheduleTurn(),
    };
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
      await this.store?.close().catch(() => undefined);
      throw error;
    }
    this.started = true;
    this.scheduleTurn();
    this.tickTimer = setInterval(() => {
      this.pendingTicks++;
      this.scheduleTurn();
    }, this.options.tickIntervalMs);
    this.reportTimer = setInterval(() => {
      this.postReport();
      this.postMetrics();
    }, REPORT_INTERVAL_MS);
    this.log.info({ groups: [...this.groups.keys()], directory: this.store!.directory }, 'group host started');
    this.channel.post({ type: 'started', groups: [...this.groups.keys()] });
    this.postReport();
  }

  private async openGroups(): Promise<void> {
    const { options } = this;
    const directory = join(options.dataDirectory, databaseNameOfHost(options.hostIndex));
    let store: NodeStore;
    try {
      store = await this.openStore(directory, { clusterId: options.clusterId, nodeId: options.nodeId });
    } catch (error) {
      throw asHostFailure(error, 'FLINT_HOST_STORAGE_OPEN');
    }
    this.store = store;
    if (options.createInitialGroups) await this.createInitialGroups(store);
    const raftOptions = {
      electionTicks: options.electionTicks,
      heartbeatTicks: options.heartbeatTicks,
      compaction: options.compaction,
    };
    for (const groupId of store.groupIds()) {
      if (hostOfGroup(groupId, options.hostCount) !== options.hostIndex) continue;
      const storage = await store.openGroup(groupId);
      const group = await RegionGroup.open(storage, this.environment, raftOptions);
      if (groupId === 0) {
        group.setMetaBootstrap(() => this.metaBootstrapEntry());
        group.noteMemberIncarnation(options.nodeId, options.incarnation);
      }
      this.groups.set(groupId, group);
    }
  }

  /** The initial regions every node computes alike from the options. */
  private initialRegions(): RegionDescriptor[] {
    const { bootstrap, members } = this.options;
    return bootstrapRegions({
      ...(bootstrap.splitKeys !== undefined && bootstrap.splitKeys.length > 0
        ? { splitKeys: bootstrap.splitKeys }
        : { regionCount: bootstrap.regionCount }),
      nodeIds: members.map((member) => member.nodeId),
    });
  }

  private metaBootstrapEntry(): Uint8Array {
    return encodeMetaEntry({
      stamp: { nodeId: this.options.nodeId, proposalId: ++this.proposalCounter, time: this.now() },
      command: {
        type: 'bootstrap',
        clusterId: numericClusterId(this.options.clusterId),
        members: this.options.members.map((member) => ({ ...member })),
        regions: this.initialRegions(),
      },
    });
  }

  /**
   * First start of a new node: records the initial configuration of every group this host
   * owns, alike on every node. A crash before the node records its bootstrap in its layout
   * starts the whole bootstrap over (`data-directory/prepare-data-directory.ts`).
   */
  private async createInitialGroups(store: NodeStore): Promise<void> {
    const { options } = this;
    const owned = (groupId: number) => hostOfGroup(groupId, options.hostCount) === options.hostIndex;
    const regions = this.initialRegions().filter((region) => owned(region.id) && region.peers.includes(options.nodeId));
    const describe = store.beginTurn();
    for (const region of regions) describe.putKv(region.id, REGION_DESCRIPTOR_KEY, encodeRegionDescriptor(region));
    await describe.commit();
    const memberIds = options.members.map((member) => member.nodeId).sort((a, b) => a - b);
    if (owned(0) && memberIds.includes(options.nodeId)) {
      await store.openGroup(0, { confState: confStateOf(memberIds) });
    }
    for (const region of regions) await store.openGroup(region.id, { confState: confStateOf(region.peers) });
    this.log.info({ regions: regions.map((region) => region.id) }, 'bootstrapped initial groups');
  }

  /** Queues input from the main thread for the next turn. */
  receive(message: HostInbound): void {
    if (message.type === 'stop') {
      void this.stop();
      return;
    }
    if (this.stopping || this.failed) return;
    this.inbound.push(message);
    this.scheduleTurn();
  }

  private stopped: Promise<void> | undefined;
  private readonly stoppedSignal = deferred();

  /** Stops ticking, lets the turn in flight finish, closes the database; posts `stopped`. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping = true;
      // A stop that arrives while the host is still opening waits for it (a failed start has nothing to stop).
      await this.starting?.catch(() => undefined);
      clearInterval(this.tickTimer);
      clearInterval(this.reportTimer);
      await this.turnLoop;
      try {
        await this.commitDeferred();
      } catch (error) {
        this.log.error({ err: error }, 'writing the deferred applies failed');
      }
      try {
        await this.store?.close();
      } catch (error) {
        this.log.error({ err: error }, 'closing the database failed');
      }
      this.log.info('group host stopped');
      this.channel.post({ type: 'stopped' });
      this.stoppedSignal.resolve();
    })();
    return this.stopped;
  }

  /** Resolves once the host stopped (after `stop` or a fatal failure). */
  whenStopped(): Promise<void> {
    return this.stoppedSignal.promise;
  }

  // ---- the turn loop ----------------------------------------------------------------------

  private scheduleTurn(): void {
    if (!this.started || this.turnScheduled || this.turnLoop !== undefined || this.stopping || this.failed) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      if (this.turnLoop !== undefined || this.stopping || this.failed) return;
      this.turnLoop = this.runTurn().finally(() => {
        this.turnLoop = undefined;
        if (this.hasWork()) this.scheduleTurn();
      });
    });
  }

  private hasWork(): boolean {
    if (this.stopping || this.failed) return false;
    if (this.inbound.length > 0 || this.pendingTicks > 0 || (this.deferredDue && this.deferred !== undefined))
      return true;
    for (const group of this.groups.values()) if (group.hasWork()) return true;
    return false;
  }

  private async runTurn(): Promise<void> {
    try {
      // One turn per event-loop iteration: input posted meanwhile is received before the next.
      if (this.hasWork()) await this.turn();
    } catch (error) {
      this.fail(asHostFailure(error, 'FLINT_HOST_FAILED'));
    }
  }

  /** One turn for all groups; exported behaviour is described on the class. */
  private async turn(): Promise<void> {
    const store = this.store!;
    const turnStarted = performance.now();
    const inputs = this.inbound;
    this.inbound = [];
    for (const input of inputs) this.dispatch(input);
    const ticks = Math.min(this.pendingTicks, MAX_TICKS_PER_TURN);
    this.pendingTicks = 0;
    if (ticks > 0) {
      const now = this.now();
      for (const group of this.groups.values()) for (let i = 0; i < ticks; i++) group.tick(now);
    }

    const work: {
      group: RegionGroup;
      ready: ReturnType<RegionGroup['takeReady']>;
      entries: ReturnType<RegionGroup['entriesToApply']>;
    }[] = [];
    for (const group of this.groups.values()) {
      const ready = group.takeReady();
      const entries = group.entriesToApply(ready);
      if (ready !== undefined || entries.length > 0 || group.hasWork()) work.push({ group, ready, entries });
      if (ready !== undefined)
        for (const message of ready.messagesBeforePersist) this.sendRaftMessage(group.id, message);
    }
    // Followers start persisting while the leader's own fsync runs (Raft thesis §10.2.1).
    this.flushPeers();

    // A deferred turn's writes are not in the database yet: reads of this turn look there first.
    const turn = this.deferred?.turn ?? store.beginTurn();
    const prefetched = new Map<string, Map<string, Uint8Array | null>>();
    await Promise.all(
      work.map(async ({ group, entries }) => {
        const values = new Map<string, Uint8Array | null>();
        prefetched.set(String(group.id), values);
        await Promise.all(
          group.keysToPrefetch(entries).map(async (key) => {
            const staged = turn.stagedKv(group.id, key);
            values.set(keyId(key), staged !== undefined ? staged : ((await store.kvGet(group.id, key)) ?? null));
          }),
        );
      }),
    );

    const applyStarted = performance.now();
    const sizeBefore = turn.size;
    const staged: StagedGroup[] = [];
    for (const { group, ready, entries } of work) {
      const result = group.stage(turn, ready, entries, prefetched.get(String(group.id))!);
      if (result !== undefined) staged.push({ group, staged: result });
    }
    for (const { group, staged: result } of staged) group.answerAppliedWrites(result);
    const commitStarted = performance.now();
    if (staged.some(({ staged: result }) => result.outcomes.length > 0)) {
      this.metrics.observe(HostMetricName.applySeconds, (commitStarted - applyStarted) / 1000);
    }

    if (this.mayDefer(turn)) {
      // Nothing Raft must find durable: send and advance now; the writes ride on a later batch.
      for (const { group, staged: result } of staged) {
        for (const message of result.ready.messagesAfterPersist) this.sendRaftMessage(group.id, message);
        if (result.ready !== undefined) group.raw.advance(result.ready);
      }
      this.flushPeers();
      this.defer(turn, staged);
      if (turn.size > sizeBefore) this.metrics.increment(HostMetricName.deferredTurns);
    } else {
      const carried = this.takeDeferred();
      if (turn.size > 0) {
        await turn.commit();
        this.metrics.observe(HostMetricName.fsyncSeconds, (performance.now() - commitStarted) / 1000);
      }
      for (const { group, staged: result } of carried) group.finish(result);
      for (const { group, staged: result } of staged) {
        for (const message of result.ready.messagesAfterPersist) this.sendRaftMessage(group.id, message);
        group.finish(result);
        if (result.ready !== undefined) group.raw.advance(result.ready);
      }
      this.flushPeers();
    }

    // Between turns nothing is being written: the place for snapshots, reloads and checksums.
    for (const group of this.groups.values()) {
      await group.reloadIfNeeded();
      if (group.wantsCompaction()) group.startCompaction();
      group.startWantedSnapshot();
      group.answerCompactWaiters();
      group.startChecksums();
    }
    if ([...this.groups.values()].some((group) => group.reportChanged)) this.postReport();
    this.metrics.increment(HostMetricName.turns);
    this.metrics.observe(HostMetricName.turnSeconds, (performance.now() - turnStarted) / 1000);
  }

  /**
   * Whether this turn's batch may wait for the next one: it holds only deferrable writes, no
   * read waits for them, and the oldest of them has not waited too long.
   */
  private mayDefer(turn: Turn): boolean {
    if (turn.urgency !== 'deferrable' || turn.size === 0 || this.deferredDue || this.stopping) return false;
    for (const group of this.groups.values()) if (group.hasReadsInProgress()) return false;
    return true;
  }

  private defer(turn: Turn, staged: StagedGroup[]): void {
    if (this.deferred === undefined) {
      this.deferred = { turn, staged };
      this.deferredTimer = setTimeout(() => {
        this.deferredDue = true;
        this.scheduleTurn();
      }, DEFERRED_WRITES_MAX_DELAY_MS);
    } else {
      this.deferred.staged.push(...staged);
    }
  }

  /** The deferred turn's staged results, to finish once this turn's batch (which holds them) is durable. */
  private takeDeferred(): StagedGroup[] {
    const carried = this.deferred?.staged ?? [];
    this.deferred = undefined;
    this.deferredDue = false;
    clearTimeout(this.deferredTimer);
    return carried;
  }

  /** Commits a deferred turn on its own (when stopping). */
  private async commitDeferred(): Promise<void> {
    const turn = this.deferred?.turn;
    const carried = this.takeDeferred();
    if (turn === undefined || this.store?.failed) return;
    await turn.commit();
    for (const { group, staged: result } of carried) group.finish(result);
  }

  private dispatch(input: HostInbound): void {
    switch (input.type) {
      case 'peer-frames':
        forEachTaggedFrame(input.buffer, (from, frame) => this.receivePeerFrame(from, frame));
        return;
      case 'client-frames':
        forEachTaggedFrame(input.buffer, (connection, frame) => this.receiveClientFrame(connection, frame));
        return;
      case 'peer-unreachable':
        for (const group of this.groups.values())
          if (group.hasPeer(input.node)) group.raw.reportUnreachable(input.node);
        this.assemblers.forEach((assembler, slot) => {
          if (slot.endsWith(`/${input.node}`)) assembler.reset();
        });
        return;
      case 'peer-incarnation':
        this.groups.get(0)?.noteMemberIncarnation(input.node, input.incarnation);
        return;
      case 'stop':
        return;
    }
  }

  private receivePeerFrame(from: number, bytes: Uint8Array): void {
    let frame: Frame;
    try {
      frame = decodeWholeFrame(bytes);
    } catch (error) {
      this.log.warn({ from, err: error }, 'dropped an undecodable peer frame');
      return;
    }
    if (frame.kind === FrameKind.COALESCED_HEARTBEATS) {
      this.receiveCoalescedHeartbeats(from, frame);
      return;
    }
    const group = this.groups.get(frame.group);
    if (group === undefined) {
      this.log.debug({ from, group: frame.group }, 'message for a group not on this host dropped');
      return;
    }
    let message: Message | undefined;
    try {
      if (frame.kind === FrameKind.RAFT_MESSAGE) {
        message = decodeRaftMessage(frame.payload);
      } else if (frame.kind === FrameKind.SNAPSHOT_CHUNK) {
        message = this.assemblerFor(frame.group, from).push(decodeSnapshotChunk(frame.payload));
        if (message?.snapshot !== undefined) {
          this.log.info(
            {
              group: frame.group,
              from,
              index: message.snapshot.metadata.index,
              bytes: message.snapshot.data.byteLength,
            },
            'snapshot received',
          );
        }
      } else {
        this.log.warn({ from, kind: frame.kind }, 'unexpected frame kind on the peer channel dropped');
      }
    } catch (error) {
      this.log.warn({ from, group: frame.group, err: error }, 'dropped an undecodable peer message');
      return;
    }
    if (message === undefined) return;
    if (message.to !== this.options.nodeId) {
      this.log.warn({ from, to: message.to, group: frame.group }, 'message addressed to another node dropped');
      return;
    }
    group.step(message);
  }

  /** Steps each tuple of a coalesced frame into its group as the heartbeat (response) it stands for. */
  private receiveCoalescedHeartbeats(from: number, frame: Frame): void {
    let batch: ReturnType<typeof decodeCoalescedHeartbeats>;
    try {
      batch = decodeCoalescedHeartbeats(frame.payload);
    } catch (error) {
      this.log.warn({ from, err: error }, 'dropped undecodable coalesced heartbeats');
      return;
    }
    if (batch.to !== this.options.nodeId) {
      this.log.warn({ from, to: batch.to }, 'coalesced heartbeats addressed to another node dropped');
      return;
    }
    for (const heartbeat of batch.heartbeats) {
      const group = this.groups.get(heartbeat.group);
      if (group === undefined) {
        this.log.debug({ from, group: heartbeat.group }, 'heartbeat for a group not on this host dropped');
        continue;
      }
      group.step(expandCoalescedHeartbeat(batch.from, batch.to, heartbeat));
    }
  }

  private assemblerFor(groupId: number, from: number): SnapshotAssembler {
    const slot = `${groupId}/${from}`;
    let assembler = this.assemblers.get(slot);
    if (assembler === undefined) {
      assembler = new SnapshotAssembler();
      this.assemblers.set(slot, assembler);
    }
    return assembler;
  }

  private receiveClientFrame(connection: number, bytes: Uint8Array): void {
    let frame: Frame;
    try {
      frame = decodeWholeFrame(bytes);
    } catch (error) {
      this.closeClient(connection, error);
      return;
    }
    if (frame.kind !== FrameKind.CLIENT_REQUEST) return;
    let request: ReturnType<typeof decodeRequest>;
    try {
      request = decodeRequest(frame.payload);
    } catch (error) {
      // The main thread closes the connection with this reason (and logs the remote address).
      this.closeClient(connection, error);
      return;
    }
    const group = this.groups.get(frame.group);
    if (group === undefined) {
      this.reply(connection, frame.group, {
        requestId: request.requestId,
        result: makeResponseError({
          code: 'REGION_NOT_FOUND',
          message: `region ${frame.group} has no replica on this node; refresh the route and retry`,
        }),
      });
      return;
    }
    if (request.regionId !== frame.group) {
      this.reply(connection, frame.group, {
        requestId: request.requestId,
        result: makeResponseError({
          code: 'INVALID_ARGUMENT',
          message: `the frame is routed to region ${frame.group} but the request names region ${request.regionId}`,
        }),
      });
      return;
    }
    group.handleRequest(connection, request);
  }

  // ---- output -----------------------------------------------------------------------------

  private sendRaftMessage(groupId: number, message: Message): void {
    if (message.to === this.options.nodeId) return;
    if (message.type === MessageType.Snapshot && message.snapshot !== undefined) {
      const chunks = splitSnapshotMessage(message);
      for (const chunk of chunks) this.outbox.add(message.to, encodeSnapshotChunkFrame(groupId, chunk));
      this.log.info(
        {
          group: groupId,
          to: message.to,
          index: message.snapshot.metadata.index,
          bytes: message.snapshot.data.byteLength,
        },
        'snapshot sent',
      );
      this.metrics.increment(HostMetricName.snapshotsSent);
      // No reportSnapshot here: the transport gives no delivery receipt, so Raft keeps the follower
      // in snapshot state (sending it nothing else) until it answers after installing, and retries
      // on its own after an election timeout or two if the snapshot was lost.
      return;
    }
    // Context-less heartbeats of all groups travel as one frame per node; a ReadIndex context stays uncoalesced.
    if (isCoalescibleHeartbeat(message) && message.from === this.options.nodeId) {
      this.outbox.addHeartbeat(message.to, coalescedHeartbeatOf(groupId, message));
      return;
    }
    this.outbox.add(message.to, encodeRaftMessageFrame(groupId, message));
  }

  private flushPeers(): void {
    for (const { to, buffer } of this.outbox.drain()) this.channel.post({ type: 'peer-send', to, buffer });
  }

  private reply(connection: number, groupId: number, response: Response): void {
    let frame: Uint8Array;
    try {
      frame = encodeResponseFrame(groupId, response);
    } catch (error) {
      // An answer that cannot be encoded (e.g. over the frame limit) becomes an error answer.
      this.log.warn({ connection, group: groupId, err: error }, 'response not encodable');
      frame = encodeResponseFrame(groupId, {
        requestId: response.requestId,
        result: makeResponseError({ code: 'INTERNAL', message: `the response could not be encoded: ${String(error)}` }),
      });
    }
    this.clientReplies.add(connection, frame);
    if (!this.clientRepliesScheduled) {
      // Answers staged in a turn leave together, while the turn's batch is being written.
      this.clientRepliesScheduled = true;
      setImmediate(() => this.flushClientReplies());
    }
  }

  private flushClientReplies(): void {
    this.clientRepliesScheduled = false;
    if (this.clientReplies.isEmpty) return;
    this.channel.post({ type: 'client-replies', buffer: this.clientReplies.take() });
  }

  private postReport(): void {
    if (this.store === undefined || this.failed) return;
    const groups: GroupReport[] = [];
    for (const group of this.groups.values()) {
      groups.push(group.report());
      group.reportChanged = false;
    }
    this.channel.post({ type: 'groups-report', host: this.options.hostIndex, groups });
  }

  private closeClient(connection: number, error: unknown): void {
    // Answers already given to this connection go first.
    this.flushClientReplies();
    const code = (error as { code?: unknown } | undefined)?.code;
    this.channel.post({
      type: 'client-close',
      connection,
      code: typeof code === 'string' ? code : 'FLINT_PAYLOAD_INVALID',
      reason: error instanceof Error ? error.message : String(error),
    });
  }

  private postMetrics(): void {
    if (this.metrics.isEmpty || this.failed) return;
    this.channel.post({ type: 'host-metrics', host: this.options.hostIndex, ...this.metrics.drain() });
  }

  private fail(failure: HostFailure): void {
    if (this.failed) return;
    this.failed = true;
    this.log.error({ code: failure.code, err: failure }, 'group host failed');
    this.channel.post({ type: 'failed', code: failure.code, message: failure.message });
    void this.stop();
  }

  /** Groups on this host, for tests and status. */
  group(groupId: number): RegionGroup | undefined {
    return this.groups.get(groupId);
  }
}

interface StagedGroup {
  group: RegionGroup;
  staged: StagedReady;
}

interface DeferredTurn {
  turn: Turn;
  /** Results whose writes the turn holds; finished (applied index, reads) once it is durable. */
  staged: StagedGroup[];
}

/** The meta state's numeric cluster id (the node's cluster id is a decimal string of it). */
function numericClusterId(clusterId: string): number {
  const numeric = Number(clusterId);
  if (Number.isSafeInteger(numeric) && numeric > 0) return numeric;
  let hash = 0;
  for (const character of clusterId) hash = (hash * 31 + character.charCodeAt(0)) % 0x7fff_ffff;
  return hash || 1;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

function confStateOf(voters: readonly number[]) {
  return { voters: [...voters], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
}

function asHostFailure(error: unknown, fallbackCode: string): HostFailure {
  if (error instanceof HostFailure) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return new HostFailure(typeof code === 'string' ? code : fallbackCode, message, { cause: error });
}

/** Decodes one whole frame the main thread forwarded; throws on anything else. */
function decodeWholeFrame(bytes: Uint8Array): Frame {
  const decoder = new FrameDecoder();
  const frames = decoder.push(bytes);
  decoder.end();
  if (frames.length !== 1) throw new Error(`expected one whole frame, found ${frames.length}`);
  return frames[0]!;
}
