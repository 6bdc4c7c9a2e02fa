/**
 * The fixed-size exchange that opens every TCP connection, before any frame:
 * the dialer sends a hello, the listener answers with a reply (accepted or a reason).
 * Layouts are in README.md; all integers are big-endian. Fixed sizes let each side read an
 * exact number of bytes, and the magic makes a stray client (HTTP, telnet) fail at once.
 */
import { HandshakeError, type HandshakeErrorCode } from './errors.js';

/** "FLNT". */
export const HANDSHAKE_MAGIC = 0x464c4e54;
/** The protocol version this code speaks (2: hello and reply carry the sender's incarnation). */
export const PROTOCOL_VERSION = 2;
/** Size of a hello. */
export const HELLO_BYTES = 40;
/** Size of a hello reply. */
export const HELLO_REPLY_BYTES = 32;
/** The incarnation of a side that has none (clients). */
export const NO_INCARNATION = '0000000000000000';

/** Who is dialing. */
export const ConnectionRole = {
  /** Another node of the cluster (Raft traffic). */
  PEER: 1,
  /** A client (kv requests). */
  CLIENT: 2,
} as const;
/** One of the {@link ConnectionRole} values. */
export type ConnectionRole = (typeof ConnectionRole)[keyof typeof ConnectionRole];

/** A reply's status byte: 0 accepts, anything else says why the connection is refused. */
export const HandshakeStatus = {
  ACCEPTED: 0,
  BAD_MAGIC: 1,
  PROTOCOL_VERSION: 2,
  CLUSTER_MISMATCH: 3,
  UNKNOWN_NODE: 4,
  NODE_MISMATCH: 5,
  ROLE: 6,
  MALFORMED: 7,
  /** The listener refuses for its own reasons (shutting down, too many connections). */
  REFUSED: 8,
  /**
   * The dialer's data directory is not the one its cluster knows under its node id (wiped or
   * swapped): it must not vote or acknowledge with a forgotten Raft state.
   */
  INCARNATION_MISMATCH: 9,
  /**
   * Transport security does not match: a plaintext hello reached a TLS port (the reply then goes
   * in plaintext), or a peer's certificate names another node than its hello.
   */
  TLS: 10,
} as const;
/** One of the {@link HandshakeStatus} values. */
export type HandshakeStatus = (typeof HandshakeStatus)[keyof typeof HandshakeStatus];

const STATUS_CODES: Record<HandshakeStatus, HandshakeErrorCode | undefined> = {
  [HandshakeStatus.ACCEPTED]: undefined,
  [HandshakeStatus.BAD_MAGIC]: 'FLINT_BAD_MAGIC',
  [HandshakeStatus.PROTOCOL_VERSION]: 'FLINT_PROTOCOL_VERSION',
  [HandshakeStatus.CLUSTER_MISMATCH]: 'FLINT_CLUSTER_MISMATCH',
  [HandshakeStatus.UNKNOWN_NODE]: 'FLINT_UNKNOWN_NODE',
  [HandshakeStatus.NODE_MISMATCH]: 'FLINT_NODE_MISMATCH',
  [HandshakeStatus.ROLE]: 'FLINT_HANDSHAKE_ROLE',
  [HandshakeStatus.MALFORMED]: 'FLINT_HANDSHAKE_MALFORMED',
  [HandshakeStatus.REFUSED]: 'FLINT_HANDSHAKE_REFUSED',
  [HandshakeStatus.INCARNATION_MISMATCH]: 'FLINT_PEER_INCARNATION_MISMATCH',
  [HandshakeStatus.TLS]: 'FLINT_TLS',
};

/** The status byte to answer with for a hello that failed with `error`. */
export function handshakeStatusFor(error: HandshakeError): HandshakeStatus {
  for (const [status, code] of Object.entries(STATUS_CODES)) {
    if (code === error.code) return Number(status) as HandshakeStatus;
  }
  return HandshakeStatus.REFUSED;
}

/** What the dialer says about itself. */
export interface Hello {
  version: number;
  role: ConnectionRole;
  clusterId: number;
  /** Node id (peers) or client id (clients). */
  senderId: number;
  /** The node the dialer means to reach; 0 = any (clients usually). */
  targetNodeId: number;
  /** The dialer's data-directory incarnation, 16 hex digits ({@link NO_INCARNATION} for clients). */
  incarnation: string;
}

/** The listener's answer. */
export interface HelloReply {
  version: number;
  status: HandshakeStatus;
  clusterId: number;
  nodeId: number;
  /** The listener's data-directory incarnation, 16 hex digits. */
  incarnation: string;
}

function checkIncarnation(incarnation: string): void {
  if (!/^[0-9a-f]{16}$/.test(incarnation)) {
    throw new HandshakeError('FLINT_HANDSHAKE_MALFORMED', `incarnation "${incarnation}" is not 16 hex digits`);
  }
}

function writeIncarnation(bytes: Uint8Array, offset: number, incarnation: string): void {
  checkIncarnation(incarnation);
  for (let index = 0; index < 8; index++) {
    bytes[offset + index] = Number.parseInt(incarnation.slice(index * 2, index * 2 + 2), 16);
  }
}

function readIncarnation(bytes: Uint8Array, offset: number): string {
  let text = '';
  for (let index = 0; index < 8; index++) text += bytes[offset + index]!.toString(16).padStart(2, '0');
  return text;
}

function checkU64(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new HandshakeError('FLINT_HANDSHAKE_MALFORMED', `${field} ${value} is not a safe non-negative integer`);
  }
}

function readU64(view: DataView, offset: number, field: string): number {
  const value = view.getBigUint64(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new HandshakeError('FLINT_HANDSHAKE_MALFORMED', `${field} ${value} is beyond 2^53`);
  }
  return Number(value);
}

function readPreamble(bytes: Uint8Array, size: number, what: string): DataView {
  // The magic first: a stranger (HTTP, telnet) is named as such even when it sent few bytes.
  if (bytes.byteLength >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) !== HANDSHAKE_MAGIC) {
    throw new HandshakeError(
      'FLINT_BAD_MAGIC',
      `${what} does not start with FLNT: the other side is not a FlintKV node`,
    );
  }
  if (bytes.byteLength < size) {
    throw new HandshakeError('FLINT_HANDSHAKE_MALFORMED', `${what} is ${bytes.byteLength} bytes, expected ${size}`);
  }
  return new DataView(bytes.buffer, bytes.byteOffset, size);
}

/** Encodes a hello. @throws {HandshakeError} FLINT_HANDSHAKE_MALFORMED on out-of-range fields. */
export function encodeHello(hello: Hello): Uint8Array {
  checkU64(hello.clusterId, 'clusterId');
  checkU64(hello.senderId, 'senderId');
  checkU64(hello.targetNodeId, 'targetNodeId');
  const bytes = new Uint8Array(HELLO_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, HANDSHAKE_MAGIC);
  view.setUint16(4, hello.version);
  view.setUint8(6, hello.role);
  view.setUint8(7, 0);
  view.setBigUint64(8, BigInt(hello.clusterId));
  view.setBigUint64(16, BigInt(hello.senderId));
  view.setBigUint64(24, BigInt(hello.targetNodeId));
  writeIncarnation(bytes, 32, hello.incarnation);
  return bytes;
}

/**
 * Decodes the first {@link HELLO_BYTES} of `bytes` as a hello. Only the shape is checked here
 * (magic, role, integer range); {@link validateHello} decides whether to accept it.
 * @throws {HandshakeError} FLINT_HANDSHAKE_MALFORMED, FLINT_BAD_MAGIC, FLINT_HANDSHAKE_ROLE.
 */
export function decodeHello(bytes: Uint8Array): Hello {
  const view = readPreamble(bytes, HELLO_BYTES, 'hello');
  const role = view.getUint8(6);
  if (role !== ConnectionRole.PEER && role !== ConnectionRole.CLIENT) {
    throw new HandshakeError('FLINT_HANDSHAKE_ROLE', `hello names unknown role ${role}`);
  }
  return {
    version: view.getUint16(4),
    role,
    clusterId: readU64(view, 8, 'clusterId'),
    senderId: readU64(view, 16, 'senderId'),
    targetNodeId: readU64(view, 24, 'targetNodeId'),
    incarnation: readIncarnation(bytes, 32),
  };
}

/** What a listener knows to judge a hello. */
export interface HelloExpectations {
  clusterId: number;
  /** This node's id: a hello aimed at another node is refused. */
  nodeId: number;
  /** Node ids allowed to connect as peers; every peer is accepted if omitted. */
  knownPeers?: ReadonlySet<number> | readonly number[];
  /** Roles this listener serves (the peer port serves peers, the client port clients). Default: both. */
  roles?: readonly ConnectionRole[];
  /**
   * The incarnation the cluster has recorded for a peer node, if any: a peer hello with another
   * one is refused with FLINT_PEER_INCARNATION_MISMATCH.
   */
  recordedIncarnation?: (nodeId: number) => string | undefined;
  /**
   * The node id the dialer's TLS certificate names (a peer port with mutual TLS): a peer hello
   * from another id is refused with FLINT_TLS, so one node cannot speak for another.
   */
  certifiedNodeId?: number;
}

/**
 * Decides whether to accept a hello. Returns the reason to refuse, or `undefined` to accept.
 * Answer with `encodeHelloReply` and `handshakeStatusFor(error)` before closing.
 */
export function validateHello(hello: Hello, expected: HelloExpectations): HandshakeError | undefined {
  if (hello.version !== PROTOCOL_VERSION) {
    return new HandshakeError(
      'FLINT_PROTOCOL_VERSION',
      `dialer speaks protocol version ${hello.version}, this node speaks ${PROTOCOL_VERSION}; upgrade the older side`,
    );
  }
  if (expected.roles && !expected.roles.includes(hello.role)) {
    return new HandshakeError('FLINT_HANDSHAKE_ROLE', `this listener does not serve role ${hello.role}`);
  }
  if (hello.clusterId !== expected.clusterId) {
    return new HandshakeError(
      'FLINT_CLUSTER_MISMATCH',
      `dialer belongs to cluster ${hello.clusterId}, this node to cluster ${expected.clusterId}; check --cluster-id`,
    );
  }
  if (hello.targetNodeId !== 0 && hello.targetNodeId !== expected.nodeId) {
    return new HandshakeError(
      'FLINT_NODE_MISMATCH',
      `dialer expected node ${hello.targetNodeId} but reached node ${expected.nodeId}; check the peer addresses`,
    );
  }
  if (hello.role === ConnectionRole.PEER) {
    const known = expected.knownPeers;
    const isKnown =
      known === undefined ||
      (Array.isArray(known) ? known.includes(hello.senderId) : (known as ReadonlySet<number>).has(hello.senderId));
    if (hello.senderId === 0 || !isKnown) {
      return new HandshakeError('FLINT_UNKNOWN_NODE', `node ${hello.senderId} is not a member of this cluster`);
    }
    const certified = expected.certifiedNodeId;
    if (certified !== undefined && certified !== hello.senderId) {
      return new HandshakeError(
        'FLINT_TLS',
        `the dialer says it is node ${hello.senderId} but its certificate names node ${certified}`,
      );
    }
    const recorded = expected.recordedIncarnation?.(hello.senderId);
    if (recorded !== undefined && recorded !== hello.incarnation) {
      return incarnationMismatch(hello.senderId, hello.incarnation, recorded);
    }
  }
  return undefined;
}

/**
 * The refusal of a node whose data directory is not the one the cluster recorded for its id.
 * The message is written for the operator of that node.
 */
export function incarnationMismatch(nodeId: number, presented: string, recorded: string): HandshakeError {
  return new HandshakeError(
    'FLINT_PEER_INCARNATION_MISMATCH',
    `node ${nodeId} presents data-directory incarnation ${presented}, but the cluster knows node ${nodeId} by incarnation ${recorded}: its data directory was wiped or replaced, so it has forgotten Raft votes and log entries and may not vote. Restore node ${nodeId}'s own data directory, or replace the member: \`flint member remove ${nodeId}\`, then start a node with a new --id and --join`,
  );
}

/** Encodes a reply. */
export function encodeHelloReply(reply: HelloReply): Uint8Array {
  checkU64(reply.clusterId, 'clusterId');
  checkU64(reply.nodeId, 'nodeId');
  const bytes = new Uint8Array(HELLO_REPLY_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, HANDSHAKE_MAGIC);
  view.setUint16(4, reply.version);
  view.setUint8(6, reply.status);
  view.setUint8(7, 0);
  view.setBigUint64(8, BigInt(reply.clusterId));
  view.setBigUint64(16, BigInt(reply.nodeId));
  writeIncarnation(bytes, 24, reply.incarnation);
  return bytes;
}

/**
 * Decodes the first {@link HELLO_REPLY_BYTES} of `bytes` as a reply.
 * @throws {HandshakeError} FLINT_HANDSHAKE_MALFORMED, FLINT_BAD_MAGIC.
 */
export function decodeHelloReply(bytes: Uint8Array): HelloReply {
  const view = readPreamble(bytes, HELLO_REPLY_BYTES, 'hello reply');
  const status = view.getUint8(6);
  if (!(status in STATUS_CODES)) {
    throw new HandshakeError('FLINT_HANDSHAKE_MALFORMED', `hello reply carries unknown status ${status}`);
  }
  return {
    version: view.getUint16(4),
    status: status as HandshakeStatus,
    clusterId: readU64(view, 8, 'clusterId'),
    nodeId: readU64(view, 16, 'nodeId'),
    incarnation: readIncarnation(bytes, 24),
  };
}

/** What a dialer expects of the listener it reached. */
export interface HelloReplyExpectations {
  clusterId: number;
  /** The node the dialer meant to reach; 0 = any. */
  nodeId?: number;
}

/**
 * Judges a reply on the dialer's side: a refusal becomes the matching error; an acceptance
 * from the wrong cluster or node is refused too. Returns `undefined` when all is well.
 */
export function checkHelloReply(reply: HelloReply, expected: HelloReplyExpectations): HandshakeError | undefined {
  const refusal = STATUS_CODES[reply.status];
  if (refusal !== undefined) {
    return new HandshakeError(
      refusal,
      `node ${reply.nodeId} refused the connection (status ${reply.status}, ${refusal})`,
    );
  }
  if (reply.version !== PROTOCOL_VERSION) {
    return new HandshakeError(
      'FLINT_PROTOCOL_VERSION',
      `node speaks protocol version ${reply.version}, this process ${PROTOCOL_VERSION}`,
    );
  }
  if (reply.clusterId !== expected.clusterId) {
    return new HandshakeError(
      'FLINT_CLUSTER_MISMATCH',
      `reached a node of cluster ${reply.clusterId}, expected cluster ${expected.clusterId}`,
    );
  }
  const nodeId = expected.nodeId ?? 0;
  if (nodeId !== 0 && reply.nodeId !== nodeId) {
    return new HandshakeError('FLINT_NODE_MISMATCH', `reached node ${reply.nodeId}, expected node ${nodeId}`);
  }
  return undefined;
}

/**
 * Collects a fixed-size handshake from socket chunks. `push` returns the complete handshake
 * bytes once they have arrived (and `undefined` before); `rest` then holds whatever followed
 * them in the same chunk — the first frames, for the FrameDecoder.
 */
export class HandshakeReader {
  private readonly buffer: Uint8Array;
  private filled = 0;
  /** Bytes that arrived after the handshake; empty until it is complete. */
  rest: Uint8Array = new Uint8Array(0);

  constructor(readonly size: number) {
    this.buffer = new Uint8Array(size);
  }

  /** Whether the whole handshake has arrived. */
  get complete(): boolean {
    return this.filled === this.size;
  }

  /**
   * Adds a chunk; returns the complete handshake bytes once all have arrived.
   * @throws {HandshakeError} FLINT_BAD_MAGIC as soon as 4 bytes show a non-FlintKV dialer.
   */
  push(chunk: Uint8Array): Uint8Array | undefined {
    if (this.complete) {
      throw new HandshakeError('FLINT_HANDSHAKE_MALFORMED', 'HandshakeReader used after the handshake completed');
    }
    const take = Math.min(this.size - this.filled, chunk.byteLength);
    this.buffer.set(chunk.subarray(0, take), this.filled);
    this.filled += take;
    // A stray client (HTTP, telnet) may never send the full preamble: judge the magic early.
    if (this.filled >= 4 && new DataView(this.buffer.buffer).getUint32(0) !== HANDSHAKE_MAGIC) {
      throw new HandshakeError(
        'FLINT_BAD_MAGIC',
        'connection does not start with FLNT: the other side is not a FlintKV peer',
      );
    }
    if (!this.complete) return undefined;
    this.rest = chunk.subarray(take);
    return this.buffer;
  }
}
