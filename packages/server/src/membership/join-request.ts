import type { SecureContext } from 'node:tls';
import {
  type ClusterMemberInfo,
  ConnectionRole,
  checkHelloReply,
  decodeHelloReply,
  decodeResponse,
  encodeHello,
  encodeRequestFrame,
  FrameDecoder,
  HandshakeReader,
  HELLO_REPLY_BYTES,
  makeRequest,
  NO_INCARNATION,
  PROTOCOL_VERSION,
  type Result,
} from '@flintkv/proto';
import { formatHostAndPort, parseHostAndPort } from '../config/parse-values.js';
import type { HostAndPort } from '../config/server-config.js';
import { dialMaybeSecure, readyEvent } from '../transport/tls/secure-dial.js';

/** How long one ask of one member may take, connection included. */
const ASK_TIMEOUT_MS = 5_000;

/** A member's answer to a node that asks to join: the cluster, or why not. */
export type JoinAnswer =
  | { kind: 'joined'; clusterId: number; members: ClusterMemberInfo[] }
  /** Not the meta group's leader: ask `leaderAddress` (empty when no leader is known yet). */
  | { kind: 'redirect'; leaderAddress: string }
  /** Refused for good (an id or an address in use, another cluster): `code` is stable. */
  | { kind: 'refused'; code: string; message: string }
  /** Unreachable, timed out or busy: ask again, maybe another member. */
  | { kind: 'unavailable'; message: string };

/** What a node asking to join says about itself. */
export interface JoinAsk {
  nodeId: number;
  peerAddress: HostAndPort;
  clientAddress: HostAndPort;
  /** The cluster the node belongs to, if it knows (`--cluster-id`, or its data directory); 0 = any. */
  clusterId: number;
}

/**
 * Asks the member at `address` (its client port, in TLS when `tls` is given) to add this node to its cluster: one
 * node-level JoinCluster request over a client connection. Never throws: every outcome is an
 * answer, so the caller decides whom to ask next.
 *
 * @example
 * ```ts
 * const answer = await askToJoin({ host: '10.0.0.1', port: 7201 }, { nodeId: 4, peerAddress, clientAddress, clusterId: 0 });
 * if (answer.kind === 'redirect') await askToJoin(parseHostAndPort('leader', answer.leaderAddress), ask);
 * ```
 */
export function askToJoin(address: HostAndPort, ask: JoinAsk, tls?: SecureContext): Promise<JoinAnswer> {
  return new Promise((resolve) => {
    const where = formatHostAndPort(address);
    const socket = dialMaybeSecure(address, tls, { hostname: true });
    const handshake = new HandshakeReader(HELLO_REPLY_BYTES);
    const decoder = new FrameDecoder();
    let settled = false;
    const finish = (answer: JoinAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(
      () => finish({ kind: 'unavailable', message: `${where} did not answer within ${ASK_TIMEOUT_MS} ms` }),
      ASK_TIMEOUT_MS,
    );
    socket.on('error', (error) => finish({ kind: 'unavailable', message: `${where}: ${error.message}` }));
    socket.on('close', () => finish({ kind: 'unavailable', message: `${where} closed the connection` }));
    socket.on(readyEvent(socket), () => {
      socket.write(
        encodeHello({
          version: PROTOCOL_VERSION,
          role: ConnectionRole.CLIENT,
          clusterId: ask.clusterId,
          senderId: ask.nodeId,
          targetNodeId: 0,
          incarnation: NO_INCARNATION,
        }),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      try {
        let bytes: Uint8Array = chunk;
        if (!handshake.complete) {
          const replyBytes = handshake.push(chunk);
          if (replyBytes === undefined) return;
          const reply = decodeHelloReply(replyBytes);
          const refusal = checkHelloReply(reply, { clusterId: ask.clusterId === 0 ? reply.clusterId : ask.clusterId });
          if (refusal !== undefined) {
            finish({ kind: 'refused', code: refusal.code, message: `${where}: ${refusal.message}` });
            return;
          }
          const request = makeRequest({
            requestId: 1,
            timeoutMs: ASK_TIMEOUT_MS,
            command: {
              type: 'joinCluster',
              nodeId: ask.nodeId,
              peerAddress: formatHostAndPort(ask.peerAddress),
              clientAddress: formatHostAndPort(ask.clientAddress),
            },
          });
          socket.write(encodeRequestFrame(request));
          bytes = handshake.rest;
        }
        const frame = decoder.push(bytes)[0];
        if (frame !== undefined) finish(answerOf(decodeResponse(frame.payload).result));
      } catch (error) {
        finish({ kind: 'unavailable', message: `${where}: ${(error as Error).message}` });
      }
    });
  });
}

function answerOf(result: Result): JoinAnswer {
  if (result.type === 'joinCluster') return { kind: 'joined', clusterId: result.clusterId, members: result.members };
  if (result.type !== 'error') return { kind: 'unavailable', message: `unexpected answer ${result.type}` };
  const { error } = result;
  if (error.code === 'NOT_LEADER') return { kind: 'redirect', leaderAddress: error.leaderAddress };
  if (error.code === 'INVALID_ARGUMENT') {
    // The meta state's refusals carry their stable code first: `FLINT_MEMBER_ID_IN_USE: ...`.
    const match = /^(FLINT_[A-Z_]+): (.*)$/s.exec(error.message);
    return { kind: 'refused', code: match?.[1] ?? 'FLINT_JOIN_REFUSED', message: match?.[2] ?? error.message };
  }
  return { kind: 'unavailable', message: `${error.code}: ${error.message}` };
}

/** The address a redirect names, if it is one this node can dial. */
export function redirectAddress(answer: JoinAnswer): HostAndPort | undefined {
  if (answer.kind !== 'redirect' || answer.leaderAddress === '') return undefined;
  try {
    return parseHostAndPort('leader', answer.leaderAddress);
  } catch {
    return undefined;
  }
}

/** Redirects followed within one ask (a leader that just changed points on once). */
const MAX_REDIRECTS = 3;

/** {@link askToJoin}, following the redirects to the meta group's leader. */
export async function askFollowingRedirects(seed: HostAndPort, ask: JoinAsk, tls?: SecureContext): Promise<JoinAnswer> {
  let answer = await askToJoin(seed, ask, tls);
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const next = redirectAddress(answer);
    if (next === undefined) return answer;
    answer = await askToJoin(next, ask, tls);
  }
  return answer;
}
