import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from 'node:tls';
import { describeTlsFailure } from '@flintkv/proto';
import type { HostAndPort } from '../../config/server-config.js';
import { HANDSHAKE_TIMEOUT_MS } from '../handshake-exchange.js';
import { listenOn, remoteAddressOf } from '../listen.js';
import type { TlsMaterial } from './tls-material.js';

/** The first byte of a TLS record carrying a handshake (a ClientHello opens every TLS connection). */
const TLS_HANDSHAKE_RECORD = 0x16;

/** A port's TLS: its files, and whether dialers must present a certificate from its CA. */
export interface ListenerSecurity {
  material: TlsMaterial;
  requestCertificate: boolean;
}

/** What a {@link SecureListener} hands on, one call per connection. */
export interface SecureListenerHandlers {
  /**
   * A connection ready for the FlintKV handshake: plaintext on a plaintext port, or a TLS
   * socket past its TLS handshake (`authorized` and the peer certificate are then known).
   */
  onConnection(socket: Socket, tls: TLSSocket | undefined): void;
  /** A dialer spoke plaintext to a TLS port (its hello is still unread: answer it in plaintext). */
  onPlaintextOnTlsPort(socket: Socket): void;
  /** A dialer opened a TLS handshake on a plaintext port; the connection is closed. */
  onTlsOnPlaintextPort(remote: string): void;
  /** A TLS handshake failed (unknown CA, expired certificate, garbage): logged once per connection. */
  onTlsFailure(remote: string, reason: string): void;
}

/**
 * One TCP port that serves either plaintext or TLS, and tells each dialer which clearly: it
 * reads the first byte of every connection (a TLS ClientHello begins with 0x16, a FlintKV hello
 * with "F") and answers a dialer that speaks the other one instead of failing obscurely.
 *
 * @example
 * const listener = new SecureListener(security, handlers);
 * await listener.listen({ host: '127.0.0.1', port: 7201 });
 */
export class SecureListener {
  private server: Server | undefined;
  private readonly tlsServer: TlsServer | undefined;
  private readonly sniffing = new Set<Socket>();

  constructor(
    security: ListenerSecurity | undefined,
    private readonly handlers: SecureListenerHandlers,
  ) {
    if (security === undefined) return;
    const tlsServer = createTlsServer({
      ...security.material.current.options,
      requestCert: security.requestCertificate,
      // Verified by the handler, which tells the dialer why it is refused instead of cutting it off.
      rejectUnauthorized: false,
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
    });
    security.material.onReload((loaded) => tlsServer.setSecureContext(loaded.options));
    tlsServer.on('secureConnection', (socket: TLSSocket) => handlers.onConnection(socket, socket));
    tlsServer.on('tlsClientError', (error: NodeJS.ErrnoException, socket: TLSSocket) => {
      handlers.onTlsFailure(remoteAddressOf(socket), describeTlsFailure(error.code, error.message));
      socket.destroy();
    });
    this.tlsServer = tlsServer;
  }

  /** Starts listening; rejects with the listen error (e.g. EADDRINUSE). */
  async listen(address: HostAndPort): Promise<void> {
    this.server = createServer({ noDelay: true }, (socket) => this.sniff(socket));
    await listenOn(this.server, address);
  }

  /** Stops accepting; connections still sniffing are closed; resolves once the port is closed. */
  close(): Promise<void> {
    for (const socket of this.sniffing) socket.destroy();
    const server = this.server;
    if (server === undefined) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private sniff(socket: Socket): void {
    this.sniffing.add(socket);
    socket.on('error', () => {});
    const timer = setTimeout(() => socket.destroy(), HANDSHAKE_TIMEOUT_MS);
    socket.once('close', () => {
      clearTimeout(timer);
      this.sniffing.delete(socket);
    });
    socket.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      this.sniffing.delete(socket);
      socket.pause();
      socket.unshift(chunk);
      const speaksTls = chunk[0] === TLS_HANDSHAKE_RECORD;
      if (this.tlsServer === undefined) {
        if (speaksTls) {
          this.handlers.onTlsOnPlaintextPort(remoteAddressOf(socket));
          socket.destroy();
        } else {
          this.handlers.onConnection(socket, undefined);
        }
        return;
      }
      if (!speaksTls) {
        this.handlers.onPlaintextOnTlsPort(socket);
        return;
      }
      // The TLS socket reads the unshifted ClientHello from the raw socket's buffer, then the
      // handle itself (resuming the raw socket here would steal the rest of the handshake).
      this.tlsServer.emit('connection', socket);
    });
  }
}
