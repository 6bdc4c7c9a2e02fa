import { IdleHeapTrimmer } from './memory/idle-heap-trimmer.js';
import type { Server } from 'node:http';
import {
  type CommandType,
  decodeRequest,
  encodeRequestFrame,
  encodeResponseFrame,
  type Frame,
  FlintProtocolError,
  makeResponseError,
  peekRequest,
  type Response,
  tryPeekRequest,
} from '@flintkv/proto';
import { answerNodeRequest } from './admin/node-requests.js';
import { nodeStatus } from './admin/node-status.js';
import { formatHostAndPort } from './config/parse-values.js';
import type { ServerConfig } from './config/server-config.js';
import {
  type PreparedDataDirectory,
  prepareDataDirectory,
  recordBootstrap,
} from './data-directory/prepare-data-directory.js';
import { probeDiskSpace } from './data-directory/disk-probe.js';
import { databaseNameOfHost, type HostOptions, type HostOutbound } from './host-protocol.js';
import { DISK_FULL_CODE, DiskFullHosts } from './host-pool/disk-full-hosts.js';
import { ReplicaUpkeep } from './host-pool/replica-upkeep.js';
import { RegionUpkeep } from './host-pool/region-upkeep.js';
import { HostMoves } from './host-pool/host-moves.js';
import { LayoutKeeper } from './data-directory/layout-keeper.js';
import { defaultHostTaskFilename, hostOptionsOf } from './host-pool/host-options.js';
import { HostPool } from './host-pool/host-pool.js';
import { HostReports } from './host-pool/host-reports.js';
import { createNodeLogger, type Logger } from './logger.js';
import { judgeLiveness, judgeReadiness } from './metrics/health.js';
import { startMetricsServer } from './metrics/metrics-server.js';
import { DiskUsageSampler } from './metrics/disk-usage.js';
import { NodeMetrics } from './metrics/node-metrics.js';
import { RequestMeter } from './metrics/request-meter.js';
import { HostFrameBatcher } from './routing/host-frame-batcher.js';
import { routePeerFrame } from './routing/peer-frame-router.js';
import { forEachTaggedFrame } from './tagged-frames.js';
import { ClientListener } from './transport/client-listener.js';
import { ClusterMembership, metaMemberOf } from './membership/cluster-membership.js';
import { joinCluster } from './membership/join-cluster.js';
import { removalRefusal } from './membership/member-removal.js';
import { RemovalProbe } from './membership/removal-probe.js';
import { PeerTransport } from './transport/peer-transport.js';
import { NodeTls } from './transport/tls/node-tls.js';
import { AuthGate } from './auth/auth-gate.js';
import { hashPassword } from './auth/password-hash.js';

/** Node-level requests the meta group's leader answers; any node hands them to its meta replica. */
const META_LEADER_COMMANDS: ReadonlySet<CommandType> = new Set([
  'allocateRegionIds',
  'joinCluster',
  'removeMember',
  'putUser',
  'removeUser',
  'listUsers',
  'setAuth',
]);

export { SERVER_VERSION } from './server-version.js';

/** While stopping: how often the hosts are asked again to hand their leaderships off, and how often the reports are looked at. */
const HANDOFF_REPEAT_MS = 500;
const HANDOFF_POLL_MS = 10;
/** How long `stop()` waits for hosts to persist, close their databases and answer. */
const HOST_STOP_TIMEOUT_MS = 5_000;

/** A fatal problem that ends the node (a host failed or crashed). */
export interface NodeFailure {
  code: string;
  message: string;
}

/** A running node (see {@link startNode}). */
export interface RunningNode {
  readonly config: ServerConfig;
  readonly logger: Logger;
  readonly metrics: NodeMetrics;
  /** Settles when a host fails; the node has then stopped itself and the process should exit 1. */
  readonly failure: Promise<NodeFailure>;
  /**
   * Settles once this node left the cluster (`flint member remove`): it holds no replica any
   * more, and the process should stop and exit 0.
   */
  readonly left: Promise<void>;
  /** Stops accepting, stops every host (in-flight persists finish, databases close), closes sockets. */
  stop(): Promise<void>;
  /** Loads the TLS certificates and keys again (SIGHUP): new connections use them, open ones stay. */
  reloadCertificates(): void;
}

/** Options for embedding and testing; production uses the defaults. */
export interface StartNodeOptions {
  /** The compiled host task module; default `dist/worker/host-task.js` of this package. */
  hostTaskFilename?: string;
  logger?: Logger;
}

/**
 * Starts one node: the group hosts (a piscina pool of `config.workers` threads), then the peer
 * transport, the client listener and the metrics endpoint. The main thread only routes: it
 * reads a frame's group from its header and forwards the raw bytes to the host of that
 * group, except client requests to group 0 (Status, Regions), which it answers itself from
 * the hosts' latest reports.
 *
 * @example
 * ```ts
 * const node = await startNode(resolveServerConfig(argv));
 * node.failure.then(() => process.exit(1));
 * process.on('SIGTERM', () => node.stop());
 * ```
 */
export async function startNode(given: ServerConfig, options: StartNodeOptions = {}): Promise<RunningNode> {
  const logger = options.logger ?? createNodeLogger(given.logLevel, given.nodeId);
  const tls = NodeTls.load(given.security, given.nodeId);
  const config = given.join === undefined ? given : await joinCluster(given, logger, tls.clientDialContext());
  const node = new NodeParts(config, logger, tls);
  try {
    const prepared = await prepareDataDirectory({
      dataDirectory: config.dataDirectory,
      clusterId: String(config.clusterId),
      nodeId: config.nodeId,
      workers: config.workers,
      logger: node.logger,
    });
    await node.startHosts(prepared, options.hostTaskFilename ?? defaultHostTaskFilename());
    await node.startPeerTransport(prepared);
    await node.startClientListener();
    await node.startProbes();
    node.startDiskUsage();
    node.startRegionUpkeep();
    node.startRemovalProbe();
    node.startHeapTrim();
  } catch (error) {
    await node.stop().catch(() => {});
    throw error;
  }
  node.logStarted();
  tls.watch(node.logger);
  void node.failure.then(() => node.stop());
  return {
    config,
    logger: node.logger,
    metrics: node.metrics,
    failure: node.failure,
    left: node.left,
    stop: () => node.stop(),
    reloadCertificates: () => tls.reload(node.logger),
  };
}

/** The parts of a running node, started in order by {@link startNode}. */
class NodeParts {
  readonly metrics: NodeMetrics;
  private readonly heapTrimmer: IdleHeapTrimmer;
  readonly failure: Promise<NodeFailure>;
  private reportFailure: (failure: NodeFailure) => void = () => {};
  readonly left: Promise<void>;
  private reportLeft: () => void = () => {};
  private removed = false;
  private removalProbe: RemovalProbe | undefined;
  readonly membership: ClusterMembership;
  private failed = false;
  private readonly startedAt = Date.now();
  private readonly reports: HostReports;
  private pool: HostPool | undefined;
  private transport: PeerTransport | undefined;
  private clients: ClientListener | undefined;
  private metricsServer: Server | undefined;
  private stopping: Promise<void> | undefined;
  private upkeep: RegionUpkeep | undefined;
  private replicaUpkeep: ReplicaUpkeep | undefined;
  private hostMoves: HostMoves | undefined;
  private layout: LayoutKeeper | undefined;
  private diskUsage: DiskUsageSampler | undefined;
  /** Hosts stopped for a full disk, restarted once it takes writes again; set once every host started. */
  private diskFull: DiskFullHosts | undefined;

  constructor(
    readonly config: ServerConfig,
    readonly logger: Logger,
    private readonly tls: NodeTls,
  ) {
    this.metrics = new NodeMetrics(config.nodeId);
    this.heapTrimmer = new IdleHeapTrimmer(logger);
    this.reports = new HostReports(logger, this.metrics);
    this.failure = new Promise<NodeFailure>((resolve) => {
      this.reportFailure = resolve;
    });
    this.left = new Promise<void>((resolve) => {
      this.reportLeft = resolve;
    });
    this.membership = new ClusterMembership(config.members, (members) => {
      logger.info(
        { members: members.map((member) => `${member.nodeId}${member.leaving === true ? ' (leaving)' : ''}`) },
        'cluster members changed',
      );
      this.transport?.setMembers(members);
      this.pool?.broadcast({ type: 'members', members: members.map(metaMemberOf) });
    });
  }

  /**
   * The meta group removed this node from the members (`flint member remove`, once no region
   * had a replica here): it has left the cluster. Its meta replica learns it before the meta
   * group takes it off (`nextMembershipStep` in `packages/pd/src/meta-membership.ts`); where it
   * cannot, the removal probe asks the cluster (`membership/removal-probe.ts`).
   */
  private noticeRemoved(): void {
    if (!this.membership.has(this.config.nodeId)) this.leave('the meta group removed it');
  }

  private leave(how: string): void {
    if (this.removed) return;
    this.removed = true;
    this.removalProbe?.stop();
    this.logger.info(`this node left the cluster: ${how}; stopping`);
    this.reportLeft();
  }

  /** Asks the cluster whether this node was removed while it is leaving, or its meta replica knows nothing yet. */
  startRemovalProbe(): void {
    const { config } = this;
    const self = config.members.find((member) => member.nodeId === config.nodeId)!;
    this.removalProbe = new RemovalProbe({
      needed: () =>
        this.reports.members.length === 0 ||
        this.membership.all.some((member) => member.nodeId === config.nodeId && member.leaving === true),
      tls: () => this.tls.clientDialContext(),
      ask: () => ({
        nodeId: config.nodeId,
        peerAddress: self.peerAddress,
        clientAddress: self.clientAddress,
        clusterId: config.clusterId,
      }),
      seeds: () => [
        ...this.membership.all
          .filter((member) => member.nodeId !== config.nodeId)
          .map((member) => member.clientAddress),
        ...(config.join ?? []),
      ],
      onRemoved: () => this.leave('the cluster answered that it was removed'),
    });
  }

  /** Ends the node once: the process should exit 1. */
  private fail(failure: NodeFailure): boolean {
    if (this.failed) return false;
    this.failed = true;
    this.reportFailure(failure);
    return true;
  }

  /** Starts the hosts and waits until each loaded its groups (and the meta group reported). */
  async startHosts(prepared: PreparedDataDirectory, hostTaskFilename: string): Promise<void> {
    const { config, logger } = this;
    const pool = new HostPool(
      hostTaskFilename,
      (hostIndex) => hostOptionsOf(config, prepared, hostIndex),
      config.workers,
      {
        onMessage: (hostIndex, message) => this.onHostMessage(hostIndex, message),
        onFailure: (hostIndex, code, message) => {
          // A full disk after the start stops only the host; at the start it stops the node, which
          // says so (an operator starting a node must learn at once that it cannot write).
          if (code === DISK_FULL_CODE && this.diskFull !== undefined && this.stopping === undefined) {
            this.reports.hostStopped(hostIndex);
            this.diskFull.stopped(hostIndex, message);
            return;
          }
          if (this.fail({ code, message }))
            logger.error({ host: hostIndex, code, reason: message }, 'host failed; stopping the node');
        },
      },
      logger,
    );
    this.pool = pool;
    await Promise.race([
      pool.start(),
      this.failure.then((problem) => {
        throw Object.assign(new Error(problem.message), { code: problem.code });
      }),
    ]);
    this.diskFull = new DiskFullHosts({
      logger,
      probe: () => probeDiskSpace(config.dataDirectory),
      restart: (hostIndex) => void pool.restart(hostIndex, this.restartOptions(prepared, hostIndex)),
      onChange: (anyStopped) => this.metrics.diskFull.set(anyStopped ? 1 : 0),
    });
    const layout = prepared.mustBootstrap
      ? await recordBootstrap(config.dataDirectory, prepared.layout, this.reports.groupsByHost)
      : prepared.layout;
    this.layout = new LayoutKeeper(config.dataDirectory, layout);
    this.hostMoves = new HostMoves({
      nodeId: config.nodeId,
      workers: config.workers,
      reports: this.reports,
      layout: this.layout,
      post: (host, message) => pool.post(host, message),
      stopped: (host) => this.diskFull?.holds(host) ?? false,
      logger,
      metrics: this.metrics,
    });
    // Its host posts it right after `started`, on the same port.
    if (this.reports.holdsGroup(0)) await this.reports.firstMetaReport;
  }

  /**
   * What a host restarted in place starts with: never the initial groups (they exist), and the
   * members as they are now, not as the node started.
   */
  private restartOptions(prepared: PreparedDataDirectory, hostIndex: number): HostOptions {
    const database = databaseNameOfHost(hostIndex);
    const placed = Object.entries(this.layout?.current.groups ?? {});
    return {
      ...hostOptionsOf(this.config, prepared, hostIndex),
      createInitialGroups: false,
      members: this.membership.all.map((member) => {
        const { nodeId, peerAddress, clientAddress } = metaMemberOf(member);
        return { nodeId, peerAddress, clientAddress };
      }),
      // What a node start's layout check would clear: a move that the stop cut short may have
      // left a copy here of a group the layout places in another database.
      foreignGroups: placed.filter(([, name]) => name !== database).map(([groupId]) => Number(groupId)),
    };
  }

  /** A host stopped for a full disk started again: it serves, and learns the region table it missed. */
  private hostRestarted(hostIndex: number): void {
    if (!this.diskFull?.holds(hostIndex)) return;
    this.diskFull.started(hostIndex);
    const regions = this.reports.regionTable;
    if (regions !== undefined) this.pool?.post(hostIndex, { type: 'region-table', regions });
  }

  /**
   * Answers a client request for a host stopped by a full disk: refused before anything was
   * proposed, so the client may send it to the region's leader elsewhere.
   */
  private refuseForFullDisk(connection: number, frame: Frame): void {
    let requestId: number;
    try {
      requestId = peekRequest(frame.payload).requestId;
    } catch (error) {
      this.clients?.refuse(connection, (error as { code?: string }).code ?? 'FLINT_PAYLOAD_INVALID', String(error));
      return;
    }
    const message = `${DISK_FULL_CODE}: node ${this.config.nodeId} stopped the replicas of one host thread: the disk of its data directory is full; the region's other replicas serve it`;
    const response: Response = { requestId, result: makeResponseError({ code: 'DISK_FULL', message }) };
    this.clients?.reply(connection, encodeResponseFrame(frame.group, response));
  }

  private onHostMessage(hostIndex: number, message: HostOutbound): void {
    if (message.type === 'started') this.hostRestarted(hostIndex);
    switch (message.type) {
      case 'peer-send':
        this.transport?.send(message.to, new Uint8Array(message.buffer));
        return;
      case 'client-replies':
        forEachTaggedFrame(message.buffer, (connection, frame) => this.clients?.reply(connection, frame));
        return;
      case 'client-close':
        this.clients?.refuse(message.connection, message.code, message.reason);
        return;
      case 'allocate-region-ids':
        this.pool?.post(this.reports.hostOf(0, this.config.workers), message);
        return;
      case 'region-ids':
        this.pool?.post(message.host, { type: 'region-ids', requestId: message.requestId, firstId: message.firstId });
        return;
      case 'move-answer':
        this.hostMoves?.receive(message);
        return;
      case 'merge-commit':
        this.upkeep?.handOnMerge(message.source, message.buffer);
        return;
      default:
        if (this.reports.receive(hostIndex, message)) {
          this.membership.follow(this.reports.members);
          this.upkeep?.afterReport();
          this.noticeRemoved();
        }
    }
  }

  /** Listens on the peer port; peers are judged by the incarnations the meta group recorded. */
  async startPeerTransport(prepared: PreparedDataDirectory): Promise<void> {
    const { config, logger } = this;
    const pool = this.pool!;
    const hostCount = config.workers;
    const peerFrames = new HostFrameBatcher((host, buffer) => pool.post(host, { type: 'peer-frames', buffer }));
    const hostOf = (group: number) => this.reports.hostOf(group, hostCount);
    const incarnation = prepared.layout.incarnation;
    this.transport = new PeerTransport({
      nodeId: config.nodeId,
      clusterId: config.clusterId,
      incarnation,
      recordedIncarnation: (nodeId) => this.reports.recordedIncarnation(nodeId),
      onPeerIncarnation: (nodeId, presented) => {
        if (this.reports.recordedIncarnation(nodeId) === undefined) {
          pool.post(hostOf(0), { type: 'peer-incarnation', node: nodeId, incarnation: presented });
        }
      },
      onIncarnationRefused: (peer, message) => {
        if (!this.fail({ code: 'FLINT_PEER_INCARNATION_MISMATCH', message })) return;
        logger.error(
          { peer, code: 'FLINT_PEER_INCARNATION_MISMATCH', reason: message },
          `node ${peer} refused this node: this data directory (incarnation ${incarnation}) is not the one the cluster knows as node ${config.nodeId}. It was wiped or replaced, so this node has forgotten Raft votes and log entries and must not vote; restore its own data directory, or replace the member: \`flint member remove ${config.nodeId}\`, then start a node with a new --id and --join. Stopping`,
        );
      },
      members: this.membership.all,
      listen: config.peerListen,
      ...(this.tls.peer === undefined ? {} : { security: this.tls.peer }),
      maxFrameBytes: config.maxFrameBytes,
      sendQueueBytes: config.peerSendQueueBytes,
      logger,
      metrics: this.metrics,
      onFrames: (from, frames) => {
        for (const frame of frames) {
          const error = routePeerFrame(
            from,
            frame,
            hostCount,
            hostOf,
            (sender, host, bytes) => peerFrames.add(host, sender, bytes),
            (group) => this.reports.isPlaced(group),
          );
          if (error !== undefined)
            logger.warn({ from, code: error.code, err: error }, 'dropped malformed coalesced heartbeats');
        }
      },
      onPeerDown: (node) => pool.broadcast({ type: 'peer-unreachable', node }),
      onPeerUp: (node) => pool.broadcast({ type: 'peer-reachable', node }),
    });
    await this.transport.start();
  }

  /** Listens on the client port: region requests go to their host, group 0 is answered here. */
  async startClientListener(): Promise<void> {
    const { config } = this;
    const pool = this.pool!;
    const clientFrames = new HostFrameBatcher((host, buffer) => pool.post(host, { type: 'client-frames', buffer }));
    const metaHost = () => this.reports.hostOf(0, config.workers);
    const meter = new RequestMeter(this.metrics);
    const gate = new AuthGate({
      table: () => this.reports.userTable,
      sessionTtlMs: config.authSessionTtlMs,
      logger: this.logger,
      metrics: this.metrics,
      reply: (connection, group, response) => this.clients?.reply(connection, encodeResponseFrame(group, response)),
      close: (connection, code, message) => this.clients?.refuse(connection, code, message),
    });
    const route = (connection: number, frame: Frame) => {
      if (frame.group !== 0) {
        const host = this.reports.hostOf(frame.group, config.workers);
        if (this.diskFull?.holds(host)) this.refuseForFullDisk(connection, frame);
        else clientFrames.add(host, connection, frame.bytes);
        return;
      }
      try {
        const request = decodeRequest(frame.payload);
        const asked = request.command;
        if (asked.type === 'putUser') {
          // Hashed here, off the event loop; the meta group replicates only the hash.
          const forwardHashed = (passwordHash: string) =>
            this.diskFull?.holds(metaHost())
              ? this.refuseForFullDisk(connection, frame)
              : clientFrames.add(
                  metaHost(),
                  connection,
                  encodeRequestFrame({ ...request, command: { ...asked, password: '', passwordHash } }),
                );
          void hashPassword(asked.password).then(forwardHashed);
          return;
        }
        if (request.command.type === 'removeMember') {
          const refusal = removalRefusal(request.command.nodeId, {
            members: this.membership.all,
            regions: this.reports.regionTable ?? [],
            replicationFactor: this.reports.replicationFactor ?? config.replicas,
            isUp: (nodeId) => nodeId === config.nodeId || (this.transport?.isConnected(nodeId) ?? false),
          });
          if (refusal !== undefined) {
            const response: Response = {
              requestId: request.requestId,
              result: makeResponseError({ code: 'INVALID_ARGUMENT', message: refusal }),
            };
            this.clients?.reply(connection, encodeResponseFrame(0, response));
            return;
          }
        }
        const command = request.command.type;
        if (META_LEADER_COMMANDS.has(command)) {
          // The meta group's replica answers it (as its leader, or with NOT_LEADER and a hint).
          if (this.diskFull?.holds(metaHost())) this.refuseForFullDisk(connection, frame);
          else clientFrames.add(metaHost(), connection, frame.bytes);
          return;
        }
        if (request.command.type === 'moveRegionHost') {
          this.moveRegionHost(connection, request.requestId, request.command.regionId, request.command.host);
          return;
        }
        const node = nodeStatus(
          config,
          this.membership.all,
          this.startedAt,
          (nodeId) => this.transport?.isConnected(nodeId) ?? false,
          (nodeId) => this.reports.recordedIncarnation(nodeId),
        );
        const response = answerNodeRequest(request, {
          node,
          reportsByHost: this.reports.reportsByHost,
        });
        this.clients?.reply(connection, encodeResponseFrame(0, response));
      } catch (error) {
        const code = error instanceof FlintProtocolError ? error.code : 'FLINT_INTERNAL';
        this.clients?.refuse(connection, code, (error as Error).message);
      }
    };
    this.clients = new ClientListener({
      nodeId: config.nodeId,
      clusterId: config.clusterId,
      listen: config.clientListen,
      ...(this.tls.client === undefined ? {} : { security: this.tls.client }),
      maxFrameBytes: config.maxFrameBytes,
      logger: this.logger,
      metrics: this.metrics,
      onRequest: (connection, frame) => {
        // Before the gate, so that a request it refuses counts like any other, and a held one from its arrival.
        const peeked = tryPeekRequest(frame.payload);
        meter.received(connection, peeked);
        gate.admit(connection, frame, (admitted) => route(connection, admitted), peeked);
      },
      onReply: (connection, bytes) => meter.answered(connection, bytes),
      onOpened: (connection, certificate) => gate.opened(connection, certificate),
      onClosed: (connection) => {
        gate.closed(connection);
        meter.closed(connection);
      },
    });
    await this.clients.start();
  }

  /** Answers a node-level MoveRegionHost request once the move ended. */
  private moveRegionHost(connection: number, requestId: number, regionId: number, host: number): void {
    const moves = this.hostMoves;
    if (moves === undefined) return;
    void moves.move(regionId, host).then((outcome) => {
      const response: Response = outcome.moved
        ? {
            requestId,
            result: {
              type: 'moveRegionHost',
              fromHost: outcome.fromHost,
              toHost: outcome.toHost,
              bytes: outcome.bytes,
            },
          }
        : {
            requestId,
            result: makeResponseError({ code: 'INVALID_ARGUMENT', message: `${outcome.code}: ${outcome.message}` }),
          };
      this.clients?.reply(connection, encodeResponseFrame(0, response));
    });
  }

  /** Keeps the region table, the replicas and the leaders of this node in line (`host-pool/region-upkeep.ts`). */
  startRegionUpkeep(): void {
    if (this.pool === undefined) return;
    if (this.layout === undefined) return;
    this.upkeep = new RegionUpkeep(
      this.config,
      this.reports,
      this.pool,
      this.hostMoves,
      this.layout,
      this.membership,
      this.logger,
    );
    this.replicaUpkeep = new ReplicaUpkeep(
      this.config,
      this.reports,
      this.pool,
      this.membership,
      (nodeId) => this.transport?.isConnected(nodeId) ?? false,
      this.logger,
    );
  }

  /** Serves metrics and the liveness and readiness probes, when a metrics address is set. */
  async startProbes(): Promise<void> {
    const { config } = this;
    if (!config.metricsListen) return;
    const https = config.security.metrics ? this.tls.clientMaterialForHttps : undefined;
    this.metricsServer = await startMetricsServer(config.metricsListen, this.metrics, https, {
      liveness: () => judgeLiveness(this.reports.lastReportAt, config.workers, Date.now(), this.diskFull?.stoppedHosts),
      readiness: () =>
        judgeReadiness(this.reports.reportsByHost, config.workers, {
          nodeId: config.nodeId,
          members: this.membership.ids,
          isConnected: (nodeId) => this.transport?.isConnected(nodeId) ?? false,
          ...(this.diskFull === undefined ? {} : { diskFullHosts: this.diskFull.stoppedHosts }),
        }),
    });
  }

  /** Measures the data directory for `flint_disk_bytes`. */
  startDiskUsage(): void {
    this.diskUsage = new DiskUsageSampler(
      this.config.dataDirectory,
      (bytes) => this.metrics.diskBytes.set({ kind: 'data' }, bytes),
      this.logger,
    );
    this.diskUsage.start();
  }

  logStarted(): void {
    const { config } = this;
    this.logger.info(
      {
        clusterId: config.clusterId,
        peer: formatHostAndPort(config.peerListen),
        client: formatHostAndPort(config.clientListen),
        metrics: config.metricsListen ? formatHostAndPort(config.metricsListen) : undefined,
        data: config.dataDirectory,
        workers: config.workers,
        regions: config.regionCount,
        members: config.members.map((member) => `${member.nodeId}=${formatHostAndPort(member.peerAddress)}`).join(','),
        tls: this.tls.describe(),
      },
      'node started',
    );
  }

  /** Stops accepting, stops every host, closes the sockets (once). */
  /**
   * Before the hosts stop, every leadership this node holds goes to an up-to-date replica, so
   * that a region pays one round trip for this stop, not an election timeout. Asked again
   * every {@link HANDOFF_REPEAT_MS} (a transfer the core abandoned, a target that fell behind);
   * given up after `stopHandoffMs`.
   */
  private async handOffLeaderships(): Promise<void> {
    const pool = this.pool;
    const timeoutMs = this.config.stopHandoffMs;
    if (pool === undefined || this.failed || timeoutMs === 0) return;
    const started = performance.now();
    const leaders = () => this.reports.allReports().filter((report) => report.role === 'leader');
    const leading = () => leaders().length;
    // A leadership no connected voter can take (a one-node group, its peers down) is not waited for.
    const handable = () =>
      leaders().some((report) =>
        Object.keys(report.matchIndex)
          .map(Number)
          .some((nodeId) => nodeId !== this.config.nodeId && (this.transport?.isConnected(nodeId) ?? false)),
      );
    const before = leading();
    let askedAt = Number.NEGATIVE_INFINITY;
    while (handable() && performance.now() - started < timeoutMs) {
      if (performance.now() - askedAt >= HANDOFF_REPEAT_MS) {
        pool.broadcast({ type: 'hand-off-leaderships' });
        askedAt = performance.now();
      }
      await new Promise((resolve) => setTimeout(resolve, HANDOFF_POLL_MS));
    }
    this.logger.info(
      { handedOff: before - leading(), kept: leading(), ms: Math.round(performance.now() - started) },
      'leaderships handed off',
    );
  }

  /** The main thread's heap, trimmed when it idles (`memory/idle-heap-trimmer.ts`). */
  startHeapTrim(): void {
    this.heapTrimmer.start();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.logger.info('node stopping');
      this.diskFull?.close();
      this.tls.close();
      this.upkeep?.stop();
      this.replicaUpkeep?.stop();
      this.removalProbe?.stop();
      this.diskUsage?.stop();
      this.heapTrimmer.stop();
      await this.handOffLeaderships();
      this.clients?.stopAccepting();
      const clean = (await this.pool?.stop(HOST_STOP_TIMEOUT_MS)) ?? true;
      await this.clients?.closeAll();
      await this.transport?.stop();
      const metricsServer = this.metricsServer;
      if (metricsServer) {
        metricsServer.closeAllConnections();
        await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      }
      this.logger.info({ clean }, 'node stopped');
    })();
    return this.stopping;
  }
}
