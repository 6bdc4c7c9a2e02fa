import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import {
  ConnectionRole,
  describeTlsFailure,
  EMPTY_BYTES,
  encodeFrame,
  encodeRefusalNote,
  type Frame,
  FrameKind,
  type HandshakeErrorCode,
  HandshakeStatus,
  incarnationMismatch,
  isTlsFailureCode,
} from '@flintkv/proto';
import { formatHostAndPort } from '../config/parse-values.js';
import type { ClusterMember, HostAndPort } from '../config/server-config.js';
import type { Logger } from '../logger.js';
import type { NodeMetrics } from '../metrics/node-metrics.js';
import { countFrames } from './frame-count.js';
import { type CloseReason, FramedConnection, goawayFrame } from './framed-connection.js';
import { acceptHello, type HandshakeFailure, offerHello, refuseConnection } from './handshake-exchange.js';
import { remoteAddressOf } from './listen.js';
import { handleControlFrame } from './control-frames.js';
import { PEER_PING_INTERVAL_MS, PeerLiveness } from './peer-liveness.js';
import { type BackoffPolicy, DEFAULT_BACKOFF, reconnectDelay } from './reconnect-backoff.js';
import { certifiedNodeId, dialMaybeSecure, readyEvent } from './tls/secure-dial.js';
import { type ListenerSecurity, SecureListener } from './tls/secure-listener.js';

/** How long a dial may take to establish TCP before it is abandoned and retried. */
const CONNECT_TIMEOUT_MS = 3_000;

/** Why a cluster runs TLS on its peer port everywhere or nowhere, for both sides' messages. */
const PEER_TLS_EVERYWHERE =
  'a cluster runs TLS on its peer port everywhere or nowhere: give every node --peer-tls-cert, --peer-tls-key and --peer-tls-ca, or none';

/** A handshake refusal that says this node's own data directory is not the one its cluster knows. */
const INCARNATION_MISMATCH: HandshakeErrorCode = 'FLINT_PEER_INCARNATION_MISMATCH';

export interface PeerTransportOptions {
  nodeId: number;
  clusterId: number;
  /** This node's data-directory incarnation, presented in every handshake. */
  incarnation: string;
  /** The incarnation the meta group recorded for a node, if any; a peer presenting another is refused. */
  recordedIncarnation(nodeId: number): string | undefined;
  /** A peer completed a handshake presenting `incarnation` (the meta group records unrecorded ones). */
  onPeerIncarnation(nodeId: number, incarnation: string): void;
  /**
   * A peer refused this node because the cluster knows its node id by another incarnation: this
   * node's data directory was wiped or replaced, and it must stop before it votes.
   */
  onIncarnationRefused(peer: number, message: string): void;
  members: readonly ClusterMember[];
  listen: HostAndPort;
  /**
   * Mutual TLS on the peer port (`--peer-tls-*`): every link, dialed or accepted, is TLS, and
   * each side's certificate must name the node id it claims. Absent = plaintext.
   */
  security?: ListenerSecurity;
  maxFrameBytes: number;
  sendQueueBytes: number;
  backoff?: BackoffPolicy;
  logger: Logger;
  metrics: NodeMetrics;
  /** Raft and snapshot frames read from peer `from` in one socket chunk. */
  onFrames(from: number, frames: Frame[]): void;
  /** The connection to `node` is gone, or sent nothing for a while (Raft should treat it as unreachable). */
  onPeerDown(node: number): void;
  /** A connection to `node` is up (dialed or accepted, after its handshake). */
  onPeerUp(node: number): void;
}

/** The state of the link to one other member. */
interface PeerLink {
  member: ClusterMember;
  label: string;
  /** Whether this node dials the link (the lower id of the pair dials). */
  dials: boolean;
  connection: FramedConnection | undefined;
  attempt: number;
  retryTimer: NodeJS.Timeout | undefined;
  /** A dial in progress (connect or handshake). */
  dialing: Socket | undefined;
  /** This peer's counters, bound to its label once (they are bumped for every batch). */
  counters: PeerCounters;
}

type BoundCounter = ReturnType<NodeMetrics['peerFramesSent']['labels']>;

interface PeerCounters {
  framesSent: BoundCounter;
  bytesSent: BoundCounter;
  framesReceived: BoundCounter;
  bytesReceived: BoundCounter;
}

/**
 * One TCP connection per pair of nodes. The node with the lower id dials, the higher one
 * accepts, so there is never a pair of crossed connections to deduplicate; an accepted
 * connection from a peer replaces any older one from it (the peer restarted). A dialer that
 * loses its link reconnects with exponential backoff and jitter.
 *
 * Outbound buffers go through a bounded per-connection queue that drops the oldest Raft
 * messages when full, and are written once per event-loop turn. While a link is down its
 * messages are dropped (and counted): Raft retries from its log when the peer is back.
 */
export class PeerTransport {
  private readonly links = new Map<number, PeerLink>();
  private readonly inbound = new Set<Socket>();
  private listener: SecureListener | undefined;
  private stopped = false;
  private readonly backoff: BackoffPolicy;
  /** Open links that went quiet (`peer-liveness.ts`), checked at each ping round. */
  private readonly liveness = new PeerLiveness();
  private readonly pingFrame = encodeFrame(FrameKind.PING, 0, EMPTY_BYTES);
  private pingTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: PeerTransportOptions) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    for (const member of options.members) if (member.nodeId !== options.nodeId) this.addLink(member);
  }

  private addLink(member: ClusterMember): PeerLink {
    const { metrics } = this.options;
    const label = String(member.nodeId);
    const link: PeerLink = {
      member,
      label,
      dials: this.options.nodeId < member.nodeId,
      connection: undefined,
      attempt: 0,
      retryTimer: undefined,
      dialing: undefined,
      counters: {
        framesSent: metrics.peerFramesSent.labels({ peer: label }),
        bytesSent: metrics.peerBytesSent.labels({ peer: label }),
        framesReceived: metrics.peerFramesReceived.labels({ peer: label }),
        bytesReceived: metrics.peerBytesReceived.labels({ peer: label }),
      },
    };
    this.links.set(member.nodeId, link);
    return link;
  }

  /**
   * The cluster's members changed (a node joined, left, or moved to another address): links to
   * new members open, links to removed members close, a member at a new address is dialed there.
   */
  setMembers(members: readonly ClusterMember[]): void {
    if (this.stopped) return;
    const wanted = new Map(
      members.filter((member) => member.nodeId !== this.options.nodeId).map((member) => [member.nodeId, member]),
    );
    for (const [nodeId, link] of this.links) {
      const member = wanted.get(nodeId);
      const moved =
        member !== undefined &&
        (formatHostAndPort(member.peerAddress) !== formatHostAndPort(link.member.peerAddress) ||
          formatHostAndPort(member.clientAddress) !== formatHostAndPort(link.member.clientAddress));
      if (member !== undefined && !moved) {
        link.member = member;
        continue;
      }
      this.closeLink(link);
      this.links.delete(nodeId);
    }
    for (const member of wanted.values()) {
      if (this.links.has(member.nodeId)) continue;
      const link = this.addLink(member);
      this.options.logger.info(
        { peer: member.nodeId, address: formatHostAndPort(member.peerAddress) },
        'peer link added',
      );
      if (link.dials && this.listener !== undefined) this.dial(link);
    }
  }

  private closeLink(link: PeerLink): void {
    clearTimeout(link.retryTimer);
    link.retryTimer = undefined;
    link.dialing?.destroy();
    link.dialing = undefined;
    const connection = link.connection;
    link.connection = undefined;
    connection?.close(undefined);
    this.liveness.forget(link.member.nodeId);
    this.options.metrics.peerConnected.set({ peer: link.label }, 0);
    this.options.onPeerDown(link.member.nodeId);
  }

  /** Listens on the peer port and starts dialing the peers with higher ids. */
  async start(): Promise<void> {
    const { logger, metrics } = this.options;
    const refused = (remote: string, reason: string) => {
      metrics.connectionsRefused.inc({ port: 'peer', code: 'FLINT_TLS' });
      logger.warn({ port: 'peer', remote, code: 'FLINT_TLS', reason }, 'connection refused');
    };
    this.listener = new SecureListener(this.options.security, {
      onConnection: (socket, tls) => this.accept(socket, tls),
      onPlaintextOnTlsPort: (socket) => {
        refused(remoteAddressOf(socket), `a plaintext dialer reached this TLS peer port; ${PEER_TLS_EVERYWHERE}`);
        this.refuseTransport(socket, `node ${this.options.nodeId}'s peer port requires TLS; ${PEER_TLS_EVERYWHERE}`);
      },
      onTlsOnPlaintextPort: (remote) =>
        refused(remote, `a TLS dialer reached this plaintext peer port; ${PEER_TLS_EVERYWHERE}`),
      onTlsFailure: refused,
    });
    await this.listener.listen(this.options.listen);
    for (const link of this.links.values()) if (link.dials) this.dial(link);
    this.pingTimer = setInterval(() => this.pingRound(), PEER_PING_INTERVAL_MS);
    this.pingTimer.unref();
  }

  /** Pings every connected peer; a peer silent too long is reported down once (its link stays open). */
  private pingRound(): void {
    const now = performance.now();
    for (const nodeId of this.liveness.newlySilent(now)) {
      this.options.logger.warn({ peer: nodeId }, 'peer silent: its link is open but nothing arrived for a while');
      this.options.onPeerDown(nodeId);
    }
    for (const link of this.links.values()) link.connection?.send(this.pingFrame);
  }

  /** Queues whole frames for node `to`; dropped (and counted) while the link is down. */
  send(to: number, bytes: Uint8Array): void {
    const link = this.links.get(to);
    if (link === undefined) return;
    const { metrics } = this.options;
    if (link.connection === undefined || link.connection.isClosed) {
      metrics.peerSendDrops.inc({ peer: link.label });
      metrics.peerSendDroppedBytes.inc({ peer: link.label }, bytes.byteLength);
      return;
    }
    link.counters.framesSent.inc(countFrames(bytes));
    link.counters.bytesSent.inc(bytes.byteLength);
    link.connection.send(bytes);
  }

  /** Whether the link to `node` is up. */
  isConnected(node: number): boolean {
    const connection = this.links.get(node)?.connection;
    return connection !== undefined && !connection.isClosed;
  }

  /** Stops listening and dialing and closes every link. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pingTimer);
    const closing = this.listener ? this.listener.close() : Promise.resolve();
    for (const link of this.links.values()) {
      clearTimeout(link.retryTimer);
      link.dialing?.destroy();
      link.connection?.close(undefined);
    }
    for (const socket of this.inbound) socket.destroy();
    await closing;
  }

  private dial(link: PeerLink): void {
    if (this.stopped) return;
    const { nodeId, clusterId, incarnation, logger } = this.options;
    const security = this.options.security;
    const socket = dialMaybeSecure(link.member.peerAddress, security?.material.current.context, {
      nodeId: link.member.nodeId,
    });
    link.dialing = socket;
    const retry = (reason: string) => {
      if (link.dialing !== socket) return;
      link.dialing = undefined;
      socket.destroy();
      this.scheduleDial(link);
      logger.debug({ peer: link.member.nodeId, reason, attempt: link.attempt }, 'peer dial failed');
    };
    // A peer behind a partition may swallow the SYN: do not wait for the kernel's minutes of retries.
    const connectTimer = setTimeout(() => retry(`no connection within ${CONNECT_TIMEOUT_MS} ms`), CONNECT_TIMEOUT_MS);
    let connected = false;
    socket.once('connect', () => {
      connected = true;
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(connectTimer);
      if (security !== undefined && connected && link.dialing === socket) {
        // TCP connected but TLS did not: a certificate problem or a plaintext listener. Loud, as a refusal is.
        const reason = isTlsFailureCode(error.code)
          ? describeTlsFailure(error.code, error.message)
          : `the TLS handshake did not complete (${error.message}); ${PEER_TLS_EVERYWHERE}`;
        logger.warn({ peer: link.member.nodeId, code: 'FLINT_TLS', reason }, 'peer refused our handshake');
      }
      retry(error.message);
    });
    socket.once(readyEvent(socket), () => {
      clearTimeout(connectTimer);
      offerHello(
        socket,
        { role: ConnectionRole.PEER, clusterId, senderId: nodeId, targetNodeId: link.member.nodeId, incarnation },
        { clusterId, nodeId: link.member.nodeId },
      ).then(
        ({ received, rest }) => {
          if (link.dialing !== socket) return;
          const recorded = this.options.recordedIncarnation(link.member.nodeId);
          if (recorded !== undefined && recorded !== received.incarnation) {
            link.dialing = undefined;
            this.refuseWipedPeer(link.member.nodeId, socket, received.incarnation, recorded);
            this.scheduleDial(link);
            return;
          }
          link.dialing = undefined;
          this.options.onPeerIncarnation(link.member.nodeId, received.incarnation);
          this.attach(link, socket, rest);
        },
        (error: HandshakeFailure) => {
          if (error.code === INCARNATION_MISMATCH) {
            // The peer refused our hello: it is this node's data directory the cluster does not know.
            if (link.dialing !== socket) return;
            link.dialing = undefined;
            socket.destroy();
            this.options.onIncarnationRefused(link.member.nodeId, error.message);
            return;
          }
          // A refusal names a misconfiguration (other cluster, wrong node at that address): say so loudly.
          if (error.code !== 'FLINT_HANDSHAKE_CLOSED') {
            logger.warn(
              { peer: link.member.nodeId, remote: remoteAddressOf(socket), code: error.code, reason: error.message },
              'peer refused our handshake',
            );
          }
          retry(error.message);
        },
      );
    });
  }

  /**
   * The peer we dialed answered with an incarnation the cluster does not know for it (its data
   * directory was wiped or replaced). It accepted us and may already be sending: tell it why in
   * a GOAWAY so it stops, and read nothing from it.
   */
  private refuseWipedPeer(peer: number, socket: Socket, presented: string, recorded: string): void {
    const { message } = incarnationMismatch(peer, presented, recorded);
    this.options.metrics.connectionsRefused.inc({ port: 'peer', code: INCARNATION_MISMATCH });
    this.options.logger.warn({ peer, code: INCARNATION_MISMATCH, reason: message }, 'connection refused');
    socket.end(goawayFrame(`${INCARNATION_MISMATCH}: ${message}`));
    setTimeout(() => socket.destroy(), 1_000).unref();
  }

  private scheduleDial(link: PeerLink): void {
    // A link closed because its member left is not dialed again.
    if (this.stopped || !link.dials || this.links.get(link.member.nodeId) !== link) return;
    const delay = reconnectDelay(link.attempt, this.backoff);
    link.attempt++;
    link.retryTimer = setTimeout(() => {
      link.retryTimer = undefined;
      this.dial(link);
    }, delay);
  }

  /** Answers a dialer whose transport is wrong (plaintext on TLS, a certificate that does not pass). */
  private refuseTransport(socket: Socket, note: string): void {
    const { nodeId, clusterId, incarnation } = this.options;
    refuseConnection(socket, { clusterId, nodeId, ownIncarnation: incarnation }, HandshakeStatus.TLS, note);
  }

  /**
   * The node id an accepted TLS peer proved with its certificate, or the reason it did not
   * (then refused); `undefined` id on a plaintext port.
   */
  private certifiedPeer(tls: TLSSocket | undefined): { nodeId?: number; problem?: string } {
    if (tls === undefined) return {};
    const certificate = tls.getPeerCertificate();
    if (certificate === null || Object.keys(certificate).length === 0) {
      return { problem: 'the dialer presented no certificate (the peer port requires one from the cluster CA)' };
    }
    if (!tls.authorized) {
      // Node types it as an Error; it is the OpenSSL verification code.
      const code = String(tls.authorizationError);
      return { problem: `the dialer's certificate did not pass: ${describeTlsFailure(code, code)}` };
    }
    const nodeId = certifiedNodeId(certificate);
    if (nodeId === undefined) {
      return { problem: "the dialer's certificate names no node (it needs a flint://node/<id> URI name)" };
    }
    return { nodeId };
  }

  private accept(socket: Socket, tls: TLSSocket | undefined): void {
    if (this.stopped) {
      socket.destroy();
      return;
    }
    const { nodeId, clusterId, incarnation, logger, metrics } = this.options;
    const certified = this.certifiedPeer(tls);
    if (certified.problem !== undefined) {
      metrics.connectionsRefused.inc({ port: 'peer', code: 'FLINT_TLS' });
      logger.warn(
        { port: 'peer', remote: remoteAddressOf(socket), code: 'FLINT_TLS', reason: certified.problem },
        'connection refused',
      );
      this.refuseTransport(socket, certified.problem);
      return;
    }
    this.inbound.add(socket);
    socket.once('close', () => this.inbound.delete(socket));
    socket.on('error', () => {});
    const knownPeers = [...this.links.keys()];
    acceptHello(socket, {
      clusterId,
      nodeId,
      knownPeers,
      roles: [ConnectionRole.PEER],
      ownIncarnation: incarnation,
      recordedIncarnation: (peer) => this.options.recordedIncarnation(peer),
      ...(certified.nodeId === undefined ? {} : { certifiedNodeId: certified.nodeId }),
    }).then(
      ({ received, rest }) => {
        this.inbound.delete(socket);
        const link = this.links.get(received.senderId);
        if (link === undefined || this.stopped) {
          socket.destroy();
          return;
        }
        this.options.onPeerIncarnation(received.senderId, received.incarnation);
        const previous = link.connection;
        if (previous && !previous.isClosed) {
          logger.info({ peer: link.member.nodeId }, 'peer reconnected; replacing its previous connection');
          // Detached first: the link stays up, so no peer-down is reported for the swap.
          link.connection = undefined;
          previous.close({ code: 'FLINT_CONNECTION_REPLACED', message: 'the peer opened a new connection' });
        }
        this.attach(link, socket, rest);
      },
      (error: HandshakeFailure) => {
        metrics.connectionsRefused.inc({ port: 'peer', code: error.code });
        logger.warn(
          { port: 'peer', remote: remoteAddressOf(socket), code: error.code, reason: error.message },
          'connection refused',
        );
        // A client that dialed the peer port learns where this node serves clients.
        const clientAddress = this.options.members.find((member) => member.nodeId === nodeId)?.clientAddress;
        if (error.code === 'FLINT_HANDSHAKE_ROLE' && clientAddress !== undefined) {
          socket.write(encodeRefusalNote(formatHostAndPort(clientAddress)));
        }
        socket.end();
        setTimeout(() => socket.destroy(), 1_000).unref();
      },
    );
  }

  private attach(link: PeerLink, socket: Socket, rest: Uint8Array): void {
    const { logger, metrics, maxFrameBytes, sendQueueBytes } = this.options;
    const peer = link.label;
    socket.setKeepAlive(true, 5_000);
    const connection: FramedConnection = new FramedConnection(socket, {
      maxFrameBytes,
      maxQueuedBytes: sendQueueBytes,
      overflow: 'drop-oldest',
      rest,
      onFrames: (frames, chunkBytes) => {
        this.liveness.heard(link.member.nodeId, performance.now());
        link.counters.bytesReceived.inc(chunkBytes);
        link.counters.framesReceived.inc(frames.length);
        this.receive(link, connection, frames);
      },
      onDrop: (entries, bytes) => {
        metrics.peerSendDrops.inc({ peer }, entries);
        metrics.peerSendDroppedBytes.inc({ peer }, bytes);
      },
      onClose: (reason) => this.detach(link, connection, reason),
    });
    link.connection = connection;
    link.attempt = 0;
    this.liveness.heard(link.member.nodeId, performance.now());
    metrics.peerConnected.set({ peer }, 1);
    metrics.peerConnects.inc({ peer });
    logger.info({ peer: link.member.nodeId, remote: remoteAddressOf(socket), dialed: link.dials }, 'peer connected');
    connection.start();
    this.options.onPeerUp(link.member.nodeId);
  }

  private detach(link: PeerLink, connection: FramedConnection, reason: CloseReason | undefined): void {
    if (link.connection !== connection) return;
    link.connection = undefined;
    this.liveness.forget(link.member.nodeId);
    this.options.metrics.peerConnected.set({ peer: link.label }, 0);
    if (this.stopped) return;
    if (reason?.code === 'FLINT_GOAWAY' && reason.message.startsWith(`${INCARNATION_MISMATCH}: `)) {
      this.options.onIncarnationRefused(link.member.nodeId, reason.message.slice(INCARNATION_MISMATCH.length + 2));
      return;
    }
    const problem = reason !== undefined && reason.code !== 'FLINT_CONNECTION_CLOSED' && reason.code !== 'ECONNRESET';
    const fields = { peer: link.member.nodeId, code: reason?.code, reason: reason?.message };
    if (problem) this.options.logger.warn(fields, 'peer disconnected');
    else this.options.logger.info(fields, 'peer disconnected');
    this.options.onPeerDown(link.member.nodeId);
    this.scheduleDial(link);
  }

  private receive(link: PeerLink, connection: FramedConnection, frames: Frame[]): void {
    let raft: Frame[] | undefined;
    for (const frame of frames) {
      switch (frame.kind) {
        case FrameKind.RAFT_MESSAGE:
        case FrameKind.SNAPSHOT_CHUNK:
        case FrameKind.SNAPSHOT_ACK:
        case FrameKind.COALESCED_HEARTBEATS:
          if (raft === undefined) raft = [];
          raft.push(frame);
          break;
        default:
          if (!handleControlFrame(connection, frame, 'peer')) return;
      }
    }
    if (raft !== undefined) this.options.onFrames(link.member.nodeId, raft);
  }
}
