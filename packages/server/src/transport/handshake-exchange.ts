import type { Socket } from 'node:net';
import {
  ConnectionRole,
  checkHelloReply,
  decodeHello,
  decodeHelloReply,
  encodeHello,
  encodeHelloReply,
  encodeRefusalNote,
  FlintProtocolError,
  HandshakeError,
  HandshakeReader,
  HandshakeStatus,
  HELLO_BYTES,
  HELLO_REPLY_BYTES,
  type Hello,
  type HelloExpectations,
  type HelloReply,
  type HelloReplyExpectations,
  handshakeStatusFor,
  PROTOCOL_VERSION,
  RefusalNoteReader,
  validateHello,
} from '@flintkv/proto';

/** How long the other side may take to complete its half of the handshake. */
export const HANDSHAKE_TIMEOUT_MS = 5_000;

/** A handshake that did not complete: a {@link HandshakeError}, or the socket closed or timed out. */
export class HandshakeFailure extends Error {
  override readonly name = 'HandshakeFailure';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A completed handshake: what the other side sent, and the bytes after it (the first frames). */
export interface Handshaken<T> {
  received: T;
  rest: Uint8Array;
}

/**
 * Reads exactly `size` bytes from `socket`, then pauses it so the caller can attach the frame
 * reader without losing a chunk. Rejects with a HandshakeError as soon as the bytes cannot be
 * a handshake (a wrong magic is known after 4 bytes), else with a HandshakeFailure.
 */
function readFixed(socket: Socket, size: number, timeoutMs: number, what: string): Promise<Handshaken<Uint8Array>> {
  return new Promise((resolve, reject) => {
    const reader = new HandshakeReader(size);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', onError);
      if (error) reject(error);
    };
    const onData = (chunk: Buffer) => {
      let bytes: Uint8Array | undefined;
      try {
        bytes = reader.push(chunk);
      } catch (error) {
        socket.pause();
        finish(
          error instanceof HandshakeError ? error : new HandshakeError('FLINT_HANDSHAKE_MALFORMED', String(error)),
        );
        return;
      }
      if (bytes === undefined) return;
      socket.pause();
      finish();
      resolve({ received: bytes, rest: reader.rest });
    };
    const onClose = () =>
      finish(new HandshakeFailure('FLINT_HANDSHAKE_CLOSED', `connection closed before the ${what}`));
    const onError = (error: Error) =>
      finish(new HandshakeFailure('FLINT_HANDSHAKE_CLOSED', `${what}: ${error.message}`));
    const timer = setTimeout(
      () => finish(new HandshakeFailure('FLINT_HANDSHAKE_TIMEOUT', `no ${what} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.once('error', onError);
    // A listener that read the first bytes to tell TLS from plaintext paused the socket.
    socket.resume();
  });
}

/** How long a dialer waits for the note that may follow a refusal. */
const REFUSAL_NOTE_WAIT_MS = 1_000;

/**
 * Reads the refusal note (`@flintkv/proto` refusal-note.ts) a listener may send after a refusing
 * reply; resolves with its text, or `undefined` when none comes (an older listener, a close).
 */
function readRefusalNote(socket: Socket, rest: Uint8Array): Promise<string | undefined> {
  return new Promise((resolve) => {
    const reader = new RefusalNoteReader();
    const finish = (note: string | undefined) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onEnd);
      resolve(note === '' ? undefined : note);
    };
    const onData = (chunk: Buffer) => {
      const note = reader.push(chunk);
      if (note !== undefined) finish(note);
    };
    const onEnd = () => finish(undefined);
    const timer = setTimeout(onEnd, REFUSAL_NOTE_WAIT_MS);
    const early = rest.byteLength > 0 ? reader.push(rest) : undefined;
    if (early !== undefined) {
      finish(early);
      return;
    }
    socket.on('data', onData);
    socket.once('close', onEnd);
    socket.resume();
  });
}

/**
 * Refuses a connection before (or without) reading its hello: answers a refusing reply with
 * `status` and a note saying why, then closes. Used when the transport itself is wrong — a
 * plaintext dialer on a TLS port, a certificate that does not pass.
 */
export function refuseConnection(
  socket: Socket,
  listener: { clusterId: number; nodeId: number; ownIncarnation: string },
  status: HandshakeStatus,
  note: string,
): void {
  socket.write(
    encodeHelloReply({
      version: PROTOCOL_VERSION,
      status,
      clusterId: listener.clusterId,
      nodeId: listener.nodeId,
      incarnation: listener.ownIncarnation,
    }),
  );
  socket.end(encodeRefusalNote(note));
  setTimeout(() => socket.destroy(), 1_000).unref();
}

/**
 * The listener's half: reads a hello, judges it, answers. A client that does not know the
 * cluster id may send 0 and learn it from the reply; peers must name the cluster.
 * @throws HandshakeFailure after answering a refusal (the caller closes the socket).
 */
export async function acceptHello(
  socket: Socket,
  expectations: HelloExpectations & { ownIncarnation: string },
  timeoutMs = HANDSHAKE_TIMEOUT_MS,
): Promise<Handshaken<Hello>> {
  const reply = (status: HandshakeStatus) =>
    encodeHelloReply({
      version: PROTOCOL_VERSION,
      status,
      clusterId: expectations.clusterId,
      nodeId: expectations.nodeId,
      incarnation: expectations.ownIncarnation,
    });
  let hello: Hello;
  let rest: Uint8Array;
  try {
    const read = await readFixed(socket, HELLO_BYTES, timeoutMs, 'hello');
    rest = read.rest;
    hello = decodeHello(read.received);
  } catch (error) {
    if (error instanceof HandshakeFailure) throw error;
    const handshakeError =
      error instanceof HandshakeError ? error : new HandshakeError('FLINT_HANDSHAKE_MALFORMED', String(error));
    socket.write(reply(handshakeStatusFor(handshakeError)));
    throw new HandshakeFailure(handshakeError.code, handshakeError.message);
  }
  const judged: Hello =
    hello.role === ConnectionRole.CLIENT && hello.clusterId === 0
      ? { ...hello, clusterId: expectations.clusterId }
      : hello;
  const refusal = validateHello(judged, expectations);
  if (refusal) {
    socket.write(reply(handshakeStatusFor(refusal)));
    throw new HandshakeFailure(refusal.code, refusal.message);
  }
  socket.write(reply(HandshakeStatus.ACCEPTED));
  return { received: hello, rest };
}

/**
 * The dialer's half: sends a hello, reads and checks the reply.
 * @throws HandshakeFailure when refused, or when the listener is not who we meant to reach.
 */
export async function offerHello(
  socket: Socket,
  hello: { role: ConnectionRole; clusterId: number; senderId: number; targetNodeId: number; incarnation: string },
  expectations: HelloReplyExpectations,
  timeoutMs = HANDSHAKE_TIMEOUT_MS,
): Promise<Handshaken<HelloReply>> {
  socket.write(encodeHello({ version: PROTOCOL_VERSION, ...hello }));
  let reply: HelloReply;
  let rest: Uint8Array;
  try {
    const read = await readFixed(socket, HELLO_REPLY_BYTES, timeoutMs, 'hello reply');
    rest = read.rest;
    reply = decodeHelloReply(read.received);
  } catch (error) {
    if (error instanceof HandshakeFailure) throw error;
    const code = error instanceof FlintProtocolError ? error.code : 'FLINT_HANDSHAKE_MALFORMED';
    throw new HandshakeFailure(code, (error as Error).message);
  }
  const problem = checkHelloReply(reply, expectations);
  if (problem) {
    const note = reply.status === HandshakeStatus.ACCEPTED ? undefined : await readRefusalNote(socket, rest);
    throw new HandshakeFailure(problem.code, note === undefined ? problem.message : `${problem.message}: ${note}`);
  }
  return { received: reply, rest };
}
