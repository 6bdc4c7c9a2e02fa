import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import {
  ConnectionRole,
  describeTlsFailure,
  type Frame,
  FrameKind,
  HandshakeStatus,
  NO_INCARNATION,
} from '@flintkv/proto';
import type { HostAndPort } from '../config/server-config.js';
import type { Logger } from '../logger.js';
import type { NodeMetrics } from '../metrics/node-metrics.js';
import { FramedConnection } from './framed-connection.js';
import { acceptHello, type HandshakeFailure, refuseConnection } from './handshake-exchange.js';
import { remoteAddressOf } from './listen.js';
import { type ListenerSecurity, SecureListener } from './tls/secure-listener.js';
import { certifiedNodeId } from './tls/secure-dial.js';
import type { CertificateIdentity } from '../auth/auth-gate.js';
import { handleControlFrame } from './control-frames.js';

/** Replies waiting for a client that does not read; past this its connection is closed. */
const MAX_UNREAD_REPLY_BYTES = 64 * 1024 * 1024;

export interface ClientListenerOptions {
  nodeId: number;
  clusterId: number;
  listen: HostAndPort;
  /** TLS on the client port (`--tls-*`); with `requestCertificate` (`--client-cert-auth`) clients must present one. */
  security?: ListenerSecurity;
  maxFrameBytes: number;
  logger: Logger;
  metrics: NodeMetrics;
  /** One CLIENT_REQUEST frame from connection `connection` (the frame's bytes are a view: copy to keep). */
  onRequest(connection: number, frame: Frame): void;
  /** Connection `connection` completed its handshake; `certificate` is what its verified client certificate names. */
  onOpened?(connection: number, certificate: CertificateIdentity): void;
  /** Connection `connection` closed. */
  onClosed?(connection: number): void;
  /** A whole response frame is queued for connection `connection` (not called for one that closed). */
  onReply?(connection: number, frame: Uint8Array): void;
}

/** A client connection's closing reason is logged at warn when it is a protocol problem. */
const ORDINARY_CLOSE_CODES = new Set(['FLINT_CONNECTION_CLOSED', 'ECONNRESET', 'EPIPE', 'FLINT_GOAWAY']);

/**
 * The client port: handshake (role client; cluster id must match, or be 0 to learn it from
 * the reply), then request frames. Each connection gets a number that hosts use to address
 * their replies. A bad handshake or frame closes that connection with a logged reason.
 */
export class ClientListener {
  private listener: SecureListener | undefined;
  private readonly connections = new Map<number, FramedConnection>();
  private readonly handshaking = new Set<Socket>();
  private nextConnection = 1;
  private stopped = false;

  private listenerClosed: Promise<void> | undefined;

  constructor(private readonly options: ClientListenerOptions) {}

  async start(): Promise<void> {
    const { logger, metrics, nodeId, clusterId } = this.options;
    const refused = (remote: string, reason: string) => {
      metrics.connectionsRefused.inc({ port: 'client', code: 'FLINT_TLS' });
      logger.warn({ port: 'client', remote, code: 'FLINT_TLS', reason }, 'connection refused');
    };
    this.listener = new SecureListener(this.options.security, {
      onConnection: (socket, tls) => this.accept(socket, tls),
      onPlaintextOnTlsPort: (socket) => {
        refused(remoteAddressOf(socket), 'a plaintext client reached this TLS client port');
        refuseConnection(
          socket,
          { clusterId, nodeId, ownIncarnation: NO_INCARNATION },
          HandshakeStatus.TLS,
          `node ${nodeId}'s client port requires TLS: connect with TLS (the SDK's tls option, flint's --cacert)`,
        );
      },
      onTlsOnPlaintextPort: (remote) => refused(remote, 'a TLS client reached this plaintext client port'),
      onTlsFailure: refused,
    });
    await this.listener.listen(this.options.listen);
  }

  /** Queues a whole response frame for connection `connection`; dropped if it has closed. */
  reply(connection: number, bytes: Uint8Array): void {
    const target = this.connections.get(connection);
    if (target === undefined) return;
    this.options.metrics.clientFramesSent.inc();
    this.options.onReply?.(connection, bytes);
    target.send(bytes);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Stops accepting new connections; open ones are served until {@link closeAll}. */
  stopAccepting(): void {
    this.stopped = true;
    for (const socket of this.handshaking) socket.destroy();
    // A listener's close completes once its last connection closed: awaited by closeAll, not here
    // (awaiting it here held every stop until its clients hung up, or the stop deadline).
    if (this.listener) this.listenerClosed = this.listener.close();
  }

  /** Closes every client connection (after the hosts have stopped answering) and the listener. */
  async closeAll(): Promise<void> {
    for (const connection of this.connections.values()) {
      connection.close({ code: 'FLINT_SHUTTING_DOWN', message: 'the node is shutting down' });
    }
    await this.listenerClosed;
  }

  /** Who a verified client certificate names: a user (its common name) or a node (`flint://node/<id>`). */
  private certificateIdentity(tls: TLSSocket | undefined): CertificateIdentity {
    if (tls === undefined || !tls.authorized || this.options.security?.requestCertificate !== true) return {};
    const certificate = tls.getPeerCertificate();
    const identity: CertificateIdentity = {};
    const commonName = certificate.subject?.CN;
    if (typeof commonName === 'string' && commonName.length > 0) identity.commonName = commonName;
    const nodeId = certifiedNodeId(certificate);
    if (nodeId !== undefined) identity.nodeId = nodeId;
    return identity;
  }

  /** Why a TLS client's certificate does not pass (`--client-cert-auth`), or `undefined`. */
  private certificateProblem(tls: TLSSocket | undefined): string | undefined {
    if (tls === undefined || this.options.security?.requestCertificate !== true) return undefined;
    const certificate = tls.getPeerCertificate();
    if (certificate === null || Object.keys(certificate).length === 0) {
      return 'the client presented no certificate (this port requires one: --client-cert-auth)';
    }
    if (tls.authorized) return undefined;
    // Node types it as an Error; it is the OpenSSL verification code.
    const code = String(tls.authorizationError);
    return `the client's certificate did not pass: ${describeTlsFailure(code, code)}`;
  }

  private accept(socket: Socket, tls: TLSSocket | undefined): void {
    const { nodeId, clusterId, logger, metrics, maxFrameBytes } = this.options;
    if (this.stopped) {
      socket.destroy();
      return;
    }
    const remote = remoteAddressOf(socket);
    const problem = this.certificateProblem(tls);
    if (problem !== undefined) {
      metrics.connectionsRefused.inc({ port: 'client', code: 'FLINT_TLS' });
      logger.warn({ port: 'client', remote, code: 'FLINT_TLS', reason: problem }, 'connection refused');
      refuseConnection(socket, { clusterId, nodeId, ownIncarnation: NO_INCARNATION }, HandshakeStatus.TLS, problem);
      return;
    }
    this.handshaking.add(socket);
    socket.on('error', () => {});
    acceptHello(socket, { clusterId, nodeId, roles: [ConnectionRole.CLIENT], ownIncarnation: NO_INCARNATION }).then(
      ({ received, rest }) => {
        this.handshaking.delete(socket);
        if (this.stopped) {
          socket.destroy();
          return;
        }
        const id = this.nextConnection++;
        this.options.onOpened?.(id, this.certificateIdentity(tls));
        const connection: FramedConnection = new FramedConnection(socket, {
          maxFrameBytes,
          maxQueuedBytes: MAX_UNREAD_REPLY_BYTES,
          overflow: 'close',
          rest,
          onFrames: (frames) => this.receive(id, connection, frames),
          onClose: (reason) => {
            this.connections.delete(id);
            this.options.onClosed?.(id);
            metrics.clientConnections.set(this.connections.size);
            if (reason !== undefined && !ORDINARY_CLOSE_CODES.has(reason.code)) {
              metrics.connectionsRefused.inc({ port: 'client', code: reason.code });
              logger.warn(
                { port: 'client', remote, code: reason.code, reason: reason.message },
                'client connection closed',
              );
            } else {
              logger.debug({ remote, client: received.senderId }, 'client disconnected');
            }
          },
        });
        this.connections.set(id, connection);
        metrics.clientConnections.set(this.connections.size);
        logger.debug({ remote, client: received.senderId, connection: id }, 'client connected');
        connection.start();
      },
      (error: HandshakeFailure) => {
        this.handshaking.delete(socket);
        metrics.connectionsRefused.inc({ port: 'client', code: error.code });
        logger.warn({ port: 'client', remote, code: error.code, reason: error.message }, 'connection refused');
        socket.end();
        setTimeout(() => socket.destroy(), 1_000).unref();
      },
    );
  }

  private receive(id: number, connection: FramedConnection, frames: Frame[]): void {
    for (const frame of frames) {
      if (connection.isClosed) return;
      switch (frame.kind) {
        case FrameKind.CLIENT_REQUEST:
          this.options.metrics.clientFramesReceived.inc();
          this.options.onRequest(id, frame);
          break;
        default:
          if (!handleControlFrame(connection, frame, 'client')) return;
      }
    }
  }

  /** Closes one connection for a protocol error found above the frame layer (e.g. an undecodable request). */
  refuse(connection: number, code: string, message: string): void {
    this.connections.get(connection)?.close({ code, message });
  }
}
