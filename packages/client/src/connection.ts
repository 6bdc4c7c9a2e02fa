import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type SecureContext } from 'node:tls';
import {
  ConnectionRole,
  checkHelloReply,
  decodeHelloReply,
  decodeResponse,
  describeTlsFailure,
  encodeFrame,
  encodeHello,
  encodeRequestFrame,
  FlintProtocolError,
  FrameDecoder,
  FrameKind,
  HandshakeError,
  HandshakeReader,
  HandshakeStatus,
  HELLO_REPLY_BYTES,
  makeRequest,
  NO_INCARNATION,
  PROTOCOL_VERSION,
  RefusalNoteReader,
  type Request,
  type Response,
} from '@flintkv/proto';
import { FlintError } from './errors.js';

/**
 * The connection broke (refused, reset, closed, garbage on the wire) before the answer came.
 * Retryable: a write on it may or may not have been applied, and its retry carries the same
 * session sequence.
 */
export class ConnectionLostError extends Error {
  constructor(
    readonly address: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`connection to ${address} lost: ${reason}`, options);
    this.name = 'ConnectionLostError';
  }
}

/** What a {@link NodeConnection} needs to know about its client. */
export interface ConnectionIdentity {
  clientId: number;
  /** The cluster this client talks to; 0 until learned from the first handshake. */
  clusterId(): number;
  /** Called with the cluster id and node id each accepted handshake reports. */
  onHandshake(clusterId: number, nodeId: number, address: string): void;
  maxFrameBytes: number;
  /** Bound on connect + handshake. */
  connectTimeoutMs: number;
  /** TLS to the nodes (`ConnectOptions.tls`), or `undefined` for plaintext. */
  tls: SecureContext | undefined;
  /** Credentials each connection authenticates with first (`ConnectOptions.auth`). */
  auth: { user: string; password: string } | undefined;
}

/** A plaintext port resets every TLS handshake; a node dying resets one. */
const HANDSHAKE_RESETS_FOR_MISMATCH = 2;

/** The request id of a connection's own `authenticate` (the executor's ids count up from 1). */
const AUTHENTICATE_REQUEST_ID = Number.MAX_SAFE_INTEGER;

interface PendingRequest {
  resolve(response: Response): void;
  reject(error: Error): void;
}

type State = { name: 'idle' } | { name: 'opening'; socket: Socket } | { name: 'open'; socket: Socket };

/**
 * One TCP connection to one node, shared by every request to that node: requests are written
 * as they come (pipelined) and matched to answers by request id, in any order. When the
 * socket breaks, every pending request fails with {@link ConnectionLostError} and the next
 * request dials again: reconnection is on demand, not on a timer, so an idle client to a
 * dead node costs nothing.
 */
export class NodeConnection {
  private state: State = { name: 'idle' };
  private readonly pending = new Map<number, PendingRequest>();
  /** Frames written before the handshake completed, flushed on acceptance. */
  private queued: Uint8Array[] = [];
  private closed = false;
  private corked = false;
  /** TLS handshakes reset in a row by this address (see {@link isTlsMismatch}). */
  private handshakeResets = 0;

  constructor(
    readonly address: string,
    private readonly identity: ConnectionIdentity,
  ) {}

  /** Requests waiting for an answer on this connection. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Whether a socket is established and past its handshake. */
  get isOpen(): boolean {
    return this.state.name === 'open';
  }

  /**
   * Sends one request and returns its answer. `cancel()` forgets it (the answer, if it
   * still comes, is dropped). Throws FlintError `FLINT_VALUE_TOO_LARGE` at once when the
   * request does not fit in a frame.
   */
  send(request: Request): { response: Promise<Response>; cancel(): void } {
    if (this.closed) throw new FlintError('FLINT_CLOSED', 'The client was closed; create a new one with connect().');
    let frame: Uint8Array;
    try {
      frame = encodeRequestFrame(request);
    } catch (error) {
      throw encodeFailure(error);
    }
    const response = new Promise<Response>((resolve, reject) => {
      this.pending.set(request.requestId, { resolve, reject });
    });
    // The caller observes the rejection through `response`; keep Node from flagging it early.
    response.catch(() => {});
    this.write(frame);
    return { response, cancel: () => this.pending.delete(request.requestId) };
  }

  /** Closes the socket for good; pending requests fail with FLINT_CLOSED. */
  close(): void {
    this.closed = true;
    this.fail(new FlintError('FLINT_CLOSED', 'The client was closed while the request was in flight.'));
  }

  private write(frame: Uint8Array): void {
    if (this.state.name === 'open') {
      const socket = this.state.socket;
      // Frames written in one turn of the event loop leave in one writev (fewer syscalls and
      // packets when many requests are in flight); a lone request waits only until the turn ends.
      if (!this.corked) {
        this.corked = true;
        socket.cork();
        process.nextTick(() => {
          this.corked = false;
          socket.uncork();
        });
      }
      socket.write(frame);
      return;
    }
    this.queued.push(frame);
    if (this.state.name === 'idle') this.open();
  }

  private open(learnedFromRefusal = false): void {
    const [host, portText] = splitAddress(this.address);
    const port = Number(portText);
    const secureContext = this.identity.tls;
    const socket =
      secureContext === undefined
        ? connectTcp({ host, port, noDelay: true })
        : connectTls({ host, port, secureContext, ...(isIP(host) === 0 ? { servername: host } : {}) });
    socket.setNoDelay(true);
    this.state = { name: 'opening', socket };
    const handshake = new HandshakeReader(HELLO_REPLY_BYTES);
    const decoder = new FrameDecoder({ maxFrameBytes: this.identity.maxFrameBytes });
    const timer = setTimeout(
      () => this.drop(socket, lost(this.address, `no handshake within ${this.identity.connectTimeoutMs} ms`)),
      this.identity.connectTimeoutMs,
    );

    let sentClusterId = 0;
    let tcpConnected = false;
    let secured = false;
    socket.once('connect', () => {
      tcpConnected = true;
    });
    socket.on(secureContext === undefined ? 'connect' : 'secureConnect', () => {
      secured = true;
      this.handshakeResets = 0;
      sentClusterId = this.identity.clusterId();
      socket.write(
        encodeHello({
          version: PROTOCOL_VERSION,
          role: ConnectionRole.CLIENT,
          clusterId: sentClusterId,
          senderId: this.identity.clientId,
          targetNodeId: 0,
          incarnation: NO_INCARNATION,
        }),
      );
    });
    /**
     * Set once a node refused us with a note to follow: as a client (we reached its peer port;
     * the note names its client port), or for TLS (the note says what is wrong).
     */
    let refusal: { status: 'role' | 'tls'; nodeId: number; note: RefusalNoteReader } | undefined;
    /** The first bytes the listener sent, to recognise an HTTP port. */
    let head = new Uint8Array(0);
    const refused = (note: string | undefined) =>
      this.drop(
        socket,
        refusal?.status === 'tls'
          ? tlsRefusalError(this.address, refusal.nodeId, note)
          : peerPortError(this.address, refusal?.nodeId ?? 0, note),
      );
    socket.on('data', (chunk: Buffer) => {
      try {
        if (refusal !== undefined) {
          const note = refusal.note.push(chunk);
          if (note !== undefined) refused(note || undefined);
          return;
        }
        let frames = chunk as Uint8Array;
        if (!handshake.complete) {
          if (head.byteLength < 5) head = Buffer.concat([head, chunk]).subarray(0, 5);
          let replyBytes: Uint8Array | undefined;
          try {
            replyBytes = handshake.push(chunk);
          } catch (error) {
            if (error instanceof HandshakeError && error.code === 'FLINT_BAD_MAGIC') {
              this.drop(socket, foreignListenerError(this.address, head));
              return;
            }
            throw error;
          }
          if (replyBytes === undefined) return;
          const reply = decodeHelloReply(replyBytes);
          if (reply.status === HandshakeStatus.ROLE || reply.status === HandshakeStatus.TLS) {
            // A peer port refuses clients, then may name the node's client port; a TLS refusal
            // says what is wrong (a plaintext client on a TLS port, a client certificate).
            const status = reply.status === HandshakeStatus.ROLE ? 'role' : 'tls';
            refusal = { status, nodeId: reply.nodeId, note: new RefusalNoteReader() };
            const note = handshake.rest.byteLength > 0 ? refusal.note.push(handshake.rest) : undefined;
            if (note !== undefined) refused(note || undefined);
            return;
          }
          const known = this.identity.clusterId();
          const problem = checkHelloReply(reply, { clusterId: known === 0 ? reply.clusterId : known });
          const mayAdopt = sentClusterId === 0 && reply.clusterId !== 0 && (known === 0 || known === reply.clusterId);
          if (problem?.code === 'FLINT_CLUSTER_MISMATCH' && mayAdopt && !learnedFromRefusal) {
            // A client that was not told the cluster id sends 0; a node that insists on its own
            // id names it in the refusal. Adopt it (once) and dial again with the same queue.
            clearTimeout(timer);
            this.identity.onHandshake(reply.clusterId, reply.nodeId, this.address);
            this.state = { name: 'idle' };
            socket.destroy();
            this.open(true);
            return;
          }
          if (problem) throw problem;
          clearTimeout(timer);
          this.identity.onHandshake(reply.clusterId, reply.nodeId, this.address);
          this.state = { name: 'open', socket };
          const queued = this.queued;
          this.queued = [];
          socket.cork();
          // The node holds what follows until the password is checked: requests need not wait here.
          const auth = this.identity.auth;
          if (auth !== undefined) {
            socket.write(
              encodeRequestFrame(
                makeRequest({
                  requestId: AUTHENTICATE_REQUEST_ID,
                  command: { type: 'authenticate', user: auth.user, password: auth.password },
                }),
              ),
            );
          }
          for (const frame of queued) socket.write(frame);
          socket.uncork();
          frames = handshake.rest;
          if (frames.byteLength === 0) return;
        }
        for (const frame of decoder.push(frames)) {
          if (frame.kind === FrameKind.CLIENT_RESPONSE) {
            const response = decodeResponse(frame.payload);
            if (response.requestId === AUTHENTICATE_REQUEST_ID) {
              if (response.result.type === 'error') {
                this.drop(
                  socket,
                  new FlintError('FLINT_UNAUTHENTICATED', `${this.address}: ${response.result.error.message}.`),
                );
                return;
              }
              continue;
            }
            this.deliver(response);
          } else if (frame.kind === FrameKind.PING) {
            // Liveness probe: echo its payload so the node keeps this connection.
            socket.write(encodeFrame(FrameKind.PONG, frame.group, frame.payload));
          } else if (frame.kind === FrameKind.GOAWAY) {
            const reason = `the node is going away (${new TextDecoder().decode(frame.payload)})`;
            this.drop(socket, lost(this.address, reason));
            return;
          }
          // Other kinds carry nothing for a client; ignore them.
        }
      } catch (error) {
        const reason = error instanceof FlintProtocolError ? `${error.code}: ${error.message}` : String(error);
        this.drop(socket, lost(this.address, reason, error));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (refusal !== undefined) refused(undefined);
      else if (secureContext !== undefined && tcpConnected && !secured && this.isTlsMismatch(error)) {
        // TCP connected but TLS failed: a configuration problem that retrying elsewhere will not fix.
        this.drop(socket, tlsHandshakeError(this.address, error));
      } else this.drop(socket, lost(this.address, error.message, error));
    });
    socket.on('close', () => {
      clearTimeout(timer);
      if (refusal !== undefined) refused(undefined);
      else this.drop(socket, lost(this.address, 'closed by the node'));
    });
  }

  /**
   * Whether a failed TLS handshake says the configuration is wrong (then no retry helps): a
   * certificate the client refused or that refused it, or a reset of every handshake — what a
   * plaintext port does. One reset alone may be a node that died meanwhile: it is retried.
   */
  private isTlsMismatch(error: NodeJS.ErrnoException): boolean {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') return true;
    this.handshakeResets++;
    return this.handshakeResets >= HANDSHAKE_RESETS_FOR_MISMATCH;
  }

  private deliver(response: Response): void {
    const waiter = this.pending.get(response.requestId);
    if (waiter === undefined) return; // cancelled (timed out or aborted) — the answer is late
    this.pending.delete(response.requestId);
    waiter.resolve(response);
  }

  /**
   * Discards `socket` (if it is still the current one) and fails what was pending on it with
   * `error`: a {@link ConnectionLostError} (retried elsewhere), or a FlintError that ends the call.
   */
  private drop(socket: Socket, error: Error): void {
    socket.destroy();
    if (this.state.name === 'idle' || this.state.socket !== socket) return;
    this.state = { name: 'idle' };
    this.fail(error);
  }

  private fail(error: Error): void {
    if (this.state.name !== 'idle') {
      this.state.socket.destroy();
      this.state = { name: 'idle' };
    }
    this.queued = [];
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const waiter of pending) waiter.reject(error);
  }
}

function lost(address: string, reason: string, cause?: unknown): ConnectionLostError {
  return new ConnectionLostError(address, reason, { cause });
}

/**
 * `address` answered a client hello with a role refusal: it is a node's peer port. Its
 * refusal note, when it sent one, names the node's client address.
 */
function peerPortError(address: string, nodeId: number, clientAddress: string | undefined): FlintError {
  const whose = nodeId > 0 ? `node ${nodeId}'s` : "a node's";
  const where =
    clientAddress === undefined
      ? 'not its client port (by default the client port is the peer port + 100)'
      : `its client port is ${clientAddress}`;
  return new FlintError(
    'FLINT_NOT_A_CLIENT_PORT',
    `${address} is ${whose} peer port; ${where}. Give the nodes' client ports as endpoints.`,
  );
}

/** A node refused this client's transport: `note` says why (a plaintext client, a certificate). */
function tlsRefusalError(address: string, nodeId: number, note: string | undefined): FlintError {
  const whose = nodeId > 0 ? `node ${nodeId} at ${address}` : address;
  return new FlintError('FLINT_TLS', `${whose} refused the connection: ${note ?? 'a TLS problem'}.`);
}

/** The TLS handshake with `address` failed after TCP connected. */
function tlsHandshakeError(address: string, error: NodeJS.ErrnoException): FlintError {
  const reason =
    error.code === 'ECONNRESET' || error.code === 'EPIPE'
      ? 'the node closed the connection during the TLS handshake (is its client port plaintext, started without --tls-cert?)'
      : describeTlsFailure(error.code, error.message);
  return new FlintError('FLINT_TLS', `TLS with ${address} failed: ${reason}.`, { cause: error });
}

/** `address` answered something that is not a FlintKV handshake: `head` holds its first bytes. */
function foreignListenerError(address: string, head: Uint8Array): FlintError {
  const http = new TextDecoder().decode(head).startsWith('HTTP/');
  return new FlintError(
    'FLINT_NOT_A_CLIENT_PORT',
    http
      ? `${address} is an HTTP port (a node's metrics port?), not a FlintKV client port. Give the nodes' client ports as endpoints.`
      : `${address} answered with something other than FlintKV: it is not a FlintKV client port. Give the nodes' client ports as endpoints.`,
  );
}

function splitAddress(address: string): [string, string] {
  const colon = address.lastIndexOf(':');
  const host = address.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  return [host, address.slice(colon + 1)];
}

function encodeFailure(error: unknown): FlintError {
  if (error instanceof FlintProtocolError && error.code === 'FLINT_FRAME_TOO_LARGE') {
    return new FlintError(
      'FLINT_VALUE_TOO_LARGE',
      `The request does not fit in one frame (${error.message}); store smaller values or split the batch.`,
      { cause: error },
    );
  }
  return new FlintError('FLINT_INVALID_ARGUMENT', `The request cannot be encoded: ${String(error)}`, { cause: error });
}
