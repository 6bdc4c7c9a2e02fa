import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { decodeRequest, encodeResponseFrame, type Frame, FlintProtocolError, type NodeStatus } from '@flintkv/proto';
import { answerNodeRequest } from './admin/node-requests.js';
import { formatHostAndPort } from './config/parse-values.js';
import type { ServerConfig } from './config/server-config.js';
import {
  type PreparedDataDirectory,
  prepareDataDirectory,
  recordBootstrap,
} from './data-directory/prepare-data-directory.js';
import { type GroupReport, type HostOptions, type HostOutbound, hostOfGroup } from './host-protocol.js';
import { HostPool } from './host-pool/host-pool.js';
import { createNodeLogger, type Logger } from './logger.js';
import { judgeLiveness, judgeReadiness } from './metrics/health.js';
import { startMetricsServer } from './metrics/metrics-server.js';
import { NodeMetrics } from './metrics/node-metrics.js';
import { LeaderWatch } from './routing/leader-watch.js';
import { HostFrameBatcher } from './routing/host-frame-batcher.js';
import { routePeerFrame } from './routing/peer-frame-router.js';
import { forEachTaggedFrame } from './tagged-frames.js';
import { ClientListener } from './transport/client-listener.js';
import { PeerTransport } from './transport/peer-transport.js';

/** The software version reported by Status. */
export const SERVER_VERSION = '0.1.0';

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
  /** Stops accepting, stops every host (in-flight persists finish, databases close), closes sockets. */
  stop(): Promise<void>;
}

/** Options for embedding and testing; production uses the defaults. */
export interface StartNodeOptions {
  /** The compiled host task module; default `dist/worker/host-task.js` of this package. */
  hostTaskFilename?: string;
  logger?: Logger;
}

/**
 * The compiled host task. Worker threads cannot load TypeScript, so when this module itself
 * runs from source (vitest), the task is still taken from `dist/`.
 */
export function defaultHostTaskFilename(): string {
  const here = fileURLToPath(import.meta.url);
  const root = here.endsWith('.ts') ? here.replace(/[/\\]src[/\\]node\.ts$/, '/dist/node.js') : here;
  return fileURLToPath(new URL('./worker/host-task.js', `file://${root}`));
}

function hostOptionsOf(config: ServerConfig, prepared: PreparedDataDirectory, hostIndex: number): HostOptions {
  const bootstrap: HostOptions['bootstrap'] = { regionCount: config.regionCount };
  if (config.splitKeys !== undefined) bootstrap.splitKeys = config.splitKeys;
  return {
    hostIndex,
    hostCount: config.workers,
    dataDirectory: config.dataDirectory,
    nodeId: config.nodeId,
    clusterId: String(config.clusterId),
    incarnation: prepared.layout.incarnation,
    members: config.members.map((member) => ({
      nodeId: member.nodeId,
      peerAddress: formatHostAndPort(member.peerAddress),
      clientAddress: formatHostAndPort(member.clientAddress),
    })),
    bootstrap,
    createInitialGroups: prepared.mustBootstrap,
    tickIntervalMs: config.raft.tickIntervalMs,
    electionTicks: config.raft.electionTicks,
    heartbeatTicks: config.raft.heartbeatTicks,
    logLevel: config.logLevel,
    compaction: { ...config.compaction },
  };
}

/**
 * Starts one node: the group hosts (a piscina pool of `config.workers` threads), then the peer
 * transport, the client listener and the metrics endpoint. The main thread only routes: it
 * reads a frame's group from its header and forwards the raw bytes to the host of that
 * group, except client requests to group 0 (Status, Regions), which it answers itself from
 * the hosts' latest reports.
 */
export async function startNode(config: ServerConfig, options: StartNodeOptions = {}): Promise<RunningNode> {
  const logger = options.logger ?? createNodeLogger(config.logLevel, config.nodeId);
  const metrics = new NodeMetrics(config.nodeId);
  const startedAt = Date.now();
  const hostCount = config.workers;
  const reportsByHost = new Map<number, GroupReport[]>();
  /** When each host last reported: a host thread that stops reporting does not answer (`/livez`). */
  const lastReportAt = new Map<number, number>();
  const leaderWatch = new LeaderWatch();
  const refusedMetricNames = new Set<string>();
  let reportFailure: (failure: NodeFailure) => void = () => {};
  const failure = new Promise<NodeFailure>((resolve) => {
    reportFailure = resolve;
  });
  let failed = false;

  const prepared = await prepareDataDirectory({
    dataDirectory: config.dataDirectory,
    clusterId: String(config.clusterId),
    nodeId: config.nodeId,
    workers: hostCount,
    logger,
  });
  const groupsByHost = new Map<number, number[]>();
  /** Incarnations the meta group recorded, by node id (from the meta group's reports). */
  let recordedIncarnations: Record<number, string> = {};
  let metaReported: () => void = () => {};
  /** Settles with the meta group's first report: peers are judged by it from the moment the node listens. */
  const firstMetaReport = new Promise<void>((resolve) => {
    metaReported = resolve;
  });

  // Late-bound: the pool starts first, the sockets after its hosts answer `started`.
  let transport: PeerTransport | undefined;
  let clients: ClientListener | undefined;

  const onHostMessage = (hostIndex: number, message: HostOutbound) => {
    switch (message.type) {
      case 'peer-send':
        transport?.send(message.to, new Uint8Array(message.buffer));
        break;
      case 'client-replies':
        forEachTaggedFrame(message.buffer, (connection, frame) => clients?.reply(connection, frame));
        break;
      case 'client-close':
        clients?.refuse(message.connection, message.code, message.reason);
        break;
      case 'groups-report':
        reportsByHost.set(message.host, message.groups);
        lastReportAt.set(message.host, Date.now());
        for (const group of message.groups) {
          const incarnations = group.memberIncarnations;
          if (incarnations === undefined) continue;
          if (Object.keys(incarnations).length !== Object.keys(recordedIncarnations).length) {
            logger.info({ incarnations }, 'member incarnations recorded');
          }
          recordedIncarnations = incarnations;
          metaReported();
        }
        metrics.recordGroups(message.groups);
        for (const change of leaderWatch.observe(message.groups)) {
          metrics.leaderChanges.inc();
          // Hosts log each election they see at info; this line is the node-wide view, for debugging.
          logger.debug(change, 'leader changed');
        }
        break;
      case 'host-metrics': {
        const refused = metrics.recordHostMetrics(message.host, message.counters, message.observations);
        for (const name of refused) {
          if (refusedMetricNames.has(name)) continue;
          refusedMetricNames.add(name);
          logger.warn(
            { host: hostIndex, metric: name },
            'host metric ignored: bad name or already used with another type',
          );
        }
        break;
      }
      case 'started':
        groupsByHost.set(hostIndex, message.groups);
        logger.debug({ host: hostIndex, groups: message.groups.length }, 'host started');
        break;
      default:
        break;
    }
  };

  const pool = new HostPool(
    options.hostTaskFilename ?? defaultHostTaskFilename(),
    (hostIndex) => hostOptionsOf(config, prepared, hostIndex),
    hostCount,
    {
      onMessage: onHostMessage,
      onFailure: (hostIndex, code, message) => {
        if (failed) return;
        failed = true;
        logger.error({ host: hostIndex, code, reason: message }, 'host failed; stopping the node');
        reportFailure({ code, message });
      },
    },
    logger,
  );

  const peerFrames = new HostFrameBatcher((host, buffer) => pool.post(host, { type: 'peer-frames', buffer }));
  const clientFrames = new HostFrameBatcher((host, buffer) => pool.post(host, { type: 'client-frames', buffer }));

  const nodeStatus = (): NodeStatus => ({
    nodeId: config.nodeId,
    clusterId: config.clusterId,
    peerAddress: formatHostAndPort(config.members.find((member) => member.nodeId === config.nodeId)!.peerAddress),
    clientAddress: formatHostAndPort(config.members.find((member) => member.nodeId === config.nodeId)!.clientAddress),
    adminAddress: config.metricsListen ? formatHostAndPort(config.metricsListen) : '',
    uptimeMs: Date.now() - startedAt,
    members: config.members.map((member) => ({
      nodeId: member.nodeId,
      peerAddress: formatHostAndPort(member.peerAddress),
      clientAddress: formatHostAndPort(member.clientAddress),
      up: member.nodeId === config.nodeId || (transport?.isConnected(member.nodeId) ?? false),
    })),
    version: SERVER_VERSION,
  });

  const onClientRequest = (connection: number, frame: Frame) => {
    if (frame.group !== 0) {
      clientFrames.add(hostOfGroup(frame.group, hostCount), connection, frame.bytes);
      return;
    }
    try {
      const response = answerNodeRequest(decodeRequest(frame.payload), { node: nodeStatus(), reportsByHost });
      clients?.reply(connection, encodeResponseFrame(0, response));
    } catch (error) {
      const code = error instanceof FlintProtocolError ? error.code : 'FLINT_INTERNAL';
      clients?.refuse(connection, code, (error as Error).message);
    }
  };

  let stopping: Promise<void> | undefined;
  let metricsServer: Server | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      logger.info('node stopping');
      await clients?.stopAccepting();
      const clean = await pool.stop(HOST_STOP_TIMEOUT_MS);
      clients?.closeAll();
      await transport?.stop();
      if (metricsServer) {
        metricsServer.closeAllConnections();
        await new Promise<void>((resolve) => metricsServer?.close(() => resolve()));
      }
      logger.info({ clean }, 'node stopped');
    })();
    return stopping;
  };

  try {
    await Promise.race([
      pool.start(),
      failure.then((problem) => {
        throw Object.assign(new Error(problem.message), { code: problem.code });
      }),
    ]);
    if (prepared.mustBootstrap) await recordBootstrap(config.dataDirectory, prepared.layout, groupsByHost);
    // Its host posts it right after `started`, on the same port.
    if ([...groupsByHost.values()].some((groups) => groups.includes(0))) await firstMetaReport;
    transport = new PeerTransport({
      nodeId: config.nodeId,
      clusterId: config.clusterId,
      incarnation: prepared.layout.incarnation,
      recordedIncarnation: (nodeId) => recordedIncarnations[nodeId],
      onPeerIncarnation: (nodeId, incarnation) => {
        if (recordedIncarnations[nodeId] === undefined) {
          pool.post(hostOfGroup(0, hostCount), { type: 'peer-incarnation', node: nodeId, incarnation });
        }
      },
      onIncarnationRefused: (peer, message) => {
        if (failed) return;
        failed = true;
        logger.error(
          { peer, code: 'FLINT_PEER_INCARNATION_MISMATCH', reason: message },
          `node ${peer} refused this node: this data directory (incarnation ${prepared.layout.incarnation}) is not the one the cluster knows as node ${config.nodeId}. It was wiped or replaced, so this node has forgotten Raft votes and log entries and must not vote; restore its own data directory, or replace the member. Stopping`,
        );
        reportFailure({ code: 'FLINT_PEER_INCARNATION_MISMATCH', message });
      },
      members: config.members,
      listen: config.peerListen,
      maxFrameBytes: config.maxFrameBytes,
      sendQueueBytes: config.peerSendQueueBytes,
      logger,
      metrics,
      onFrames: (from, frames) => {
        for (const frame of frames) {
          const error = routePeerFrame(from, frame, hostCount, (sender, host, bytes) =>
            peerFrames.add(host, sender, bytes),
          );
          if (error !== undefined)
            logger.warn({ from, code: error.code, err: error }, 'dropped malformed coalesced heartbeats');
        }
      },
      onPeerDown: (node) => pool.broadcast({ type: 'peer-unreachable', node }),
    });
    await transport.start();
    clients = new ClientListener({
      nodeId: config.nodeId,
      clusterId: config.clusterId,
      listen: config.clientListen,
      maxFrameBytes: config.maxFrameBytes,
      logger,
      metrics,
      onRequest: onClientRequest,
    });
    await clients.start();
    if (config.metricsListen) {
      const memberIds = config.members.map((member) => member.nodeId);
      metricsServer = await startMetricsServer(config.metricsListen, metrics, {
        liveness: () => judgeLiveness(lastReportAt, hostCount, Date.now()),
        readiness: () =>
          judgeReadiness(reportsByHost, hostCount, {
            nodeId: config.nodeId,
            members: memberIds,
            isConnected: (nodeId) => transport?.isConnected(nodeId) ?? false,
          }),
      });
    }
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }

  logger.info(
    {
      clusterId: config.clusterId,
      peer: formatHostAndPort(config.peerListen),
      client: formatHostAndPort(config.clientListen),
      metrics: config.metricsListen ? formatHostAndPort(config.metricsListen) : undefined,
      data: config.dataDirectory,
      workers: hostCount,
      regions: config.regionCount,
      members: config.members.map((member) => `${member.nodeId}=${formatHostAndPort(member.peerAddress)}`).join(','),
    },
    'node started',
  );

  void failure.then(() => stop());
  return { config, logger, metrics, failure, stop };
}
