import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HandshakeError } from './errors.js';
import {
  checkHelloReply,
  ConnectionRole,
  decodeHello,
  decodeHelloReply,
  encodeHello,
  encodeHelloReply,
  HandshakeReader,
  HandshakeStatus,
  handshakeStatusFor,
  HELLO_BYTES,
  HELLO_REPLY_BYTES,
  type Hello,
  NO_INCARNATION,
  PROTOCOL_VERSION,
  validateHello,
} from './handshake.js';

const peerHello: Hello = {
  version: PROTOCOL_VERSION,
  role: ConnectionRole.PEER,
  clusterId: 77,
  senderId: 2,
  targetNodeId: 1,
  incarnation: '0123456789abcdef',
};
const node1 = { clusterId: 77, nodeId: 1, knownPeers: [1, 2, 3] };

describe('handshake encoding', () => {
  it('round-trips hellos and replies of every role and id width', () => {
    const id = fc.oneof(fc.nat({ max: 10 }), fc.maxSafeNat());
    fc.assert(
      fc.property(
        fc.constantFrom(ConnectionRole.PEER, ConnectionRole.CLIENT),
        id,
        id,
        id,
        fc.stringMatching(/^[0-9a-f]{16}$/),
        (role, clusterId, senderId, target, incarnation) => {
          const hello: Hello = {
            version: PROTOCOL_VERSION,
            role,
            clusterId,
            senderId,
            targetNodeId: target,
            incarnation,
          };
          const bytes = encodeHello(hello);
          expect(bytes.byteLength).toBe(HELLO_BYTES);
          expect(decodeHello(bytes)).toEqual(hello);
          const reply = {
            version: PROTOCOL_VERSION,
            status: HandshakeStatus.ACCEPTED,
            clusterId,
            nodeId: senderId,
            incarnation,
          };
          expect(decodeHelloReply(encodeHelloReply(reply))).toEqual(reply);
        },
      ),
    );
    expect(
      encodeHelloReply({ version: 1, status: 0, clusterId: 1, nodeId: 1, incarnation: NO_INCARNATION }).byteLength,
    ).toBe(HELLO_REPLY_BYTES);
  });

  it('starts with the FLNT magic', () => {
    expect(Array.from(encodeHello(peerHello).subarray(0, 4))).toEqual([0x46, 0x4c, 0x4e, 0x54]);
  });

  it('rejects a stranger (an HTTP request) with FLINT_BAD_MAGIC', () => {
    const http = new TextEncoder().encode('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(() => decodeHello(http)).toThrowError(expect.objectContaining({ code: 'FLINT_BAD_MAGIC' }));
  });

  it('rejects a truncated hello, an unknown role and ids beyond 2^53', () => {
    const bytes = encodeHello(peerHello);
    expect(() => decodeHello(bytes.subarray(0, 20))).toThrowError(
      expect.objectContaining({ code: 'FLINT_HANDSHAKE_MALFORMED' }),
    );
    const badRole = bytes.slice();
    badRole[6] = 9;
    expect(() => decodeHello(badRole)).toThrowError(expect.objectContaining({ code: 'FLINT_HANDSHAKE_ROLE' }));
    const hugeId = bytes.slice();
    hugeId.fill(0xff, 16, 24);
    expect(() => decodeHello(hugeId)).toThrowError(expect.objectContaining({ code: 'FLINT_HANDSHAKE_MALFORMED' }));
  });
});

describe('validateHello', () => {
  it('accepts a known peer of the same cluster and version aimed at this node', () => {
    expect(validateHello(peerHello, node1)).toBeUndefined();
    expect(validateHello({ ...peerHello, targetNodeId: 0 }, node1)).toBeUndefined();
  });

  it('accepts any client id from a client of the same cluster', () => {
    expect(validateHello({ ...peerHello, role: ConnectionRole.CLIENT, senderId: 123456 }, node1)).toBeUndefined();
  });

  it.each([
    ['FLINT_PROTOCOL_VERSION', { version: PROTOCOL_VERSION + 1 }],
    ['FLINT_CLUSTER_MISMATCH', { clusterId: 78 }],
    ['FLINT_UNKNOWN_NODE', { senderId: 9 }],
    ['FLINT_UNKNOWN_NODE', { senderId: 0 }],
    ['FLINT_NODE_MISMATCH', { targetNodeId: 3 }],
  ] as const)('refuses with %s', (code, change) => {
    const error = validateHello({ ...peerHello, ...change }, node1);
    expect(error).toBeInstanceOf(HandshakeError);
    expect(error?.code).toBe(code);
  });

  it('refuses a peer whose incarnation is not the one recorded for its node id, and accepts the recorded one', () => {
    const recorded = (nodeId: number) => (nodeId === 2 ? 'aaaaaaaaaaaaaaaa' : undefined);
    const error = validateHello(peerHello, { ...node1, recordedIncarnation: recorded });
    expect(error?.code).toBe('FLINT_PEER_INCARNATION_MISMATCH');
    expect(error?.message).toContain('node 2 presents data-directory incarnation 0123456789abcdef');
    expect(handshakeStatusFor(error!)).toBe(HandshakeStatus.INCARNATION_MISMATCH);
    expect(
      validateHello({ ...peerHello, incarnation: 'aaaaaaaaaaaaaaaa' }, { ...node1, recordedIncarnation: recorded }),
    ).toBeUndefined();
    expect(validateHello({ ...peerHello, senderId: 3 }, { ...node1, recordedIncarnation: recorded })).toBeUndefined();
  });

  it('refuses to encode an incarnation that is not 16 hex digits', () => {
    expect(() => encodeHello({ ...peerHello, incarnation: 'xyz' })).toThrowError(
      expect.objectContaining({ code: 'FLINT_HANDSHAKE_MALFORMED' }),
    );
  });

  it('refuses a role the listener does not serve', () => {
    const error = validateHello(peerHello, { ...node1, roles: [ConnectionRole.CLIENT] });
    expect(error?.code).toBe('FLINT_HANDSHAKE_ROLE');
  });

  it('tells the dialer why, and the dialer raises the same code', () => {
    const error = validateHello({ ...peerHello, clusterId: 5 }, node1)!;
    const reply = decodeHelloReply(
      encodeHelloReply({
        version: PROTOCOL_VERSION,
        status: handshakeStatusFor(error),
        clusterId: 77,
        nodeId: 1,
        incarnation: NO_INCARNATION,
      }),
    );
    expect(checkHelloReply(reply, { clusterId: 5, nodeId: 1 })?.code).toBe('FLINT_CLUSTER_MISMATCH');
  });
});

describe('checkHelloReply', () => {
  const accepted = {
    version: PROTOCOL_VERSION,
    status: HandshakeStatus.ACCEPTED,
    clusterId: 77,
    nodeId: 1,
    incarnation: NO_INCARNATION,
  };

  it('accepts the expected node of the expected cluster', () => {
    expect(checkHelloReply(accepted, { clusterId: 77, nodeId: 1 })).toBeUndefined();
    expect(checkHelloReply(accepted, { clusterId: 77 })).toBeUndefined();
  });

  it('flags a reply from another cluster, another node or another version', () => {
    expect(checkHelloReply(accepted, { clusterId: 76 })?.code).toBe('FLINT_CLUSTER_MISMATCH');
    expect(checkHelloReply(accepted, { clusterId: 77, nodeId: 2 })?.code).toBe('FLINT_NODE_MISMATCH');
    expect(checkHelloReply({ ...accepted, version: PROTOCOL_VERSION + 1 }, { clusterId: 77 })?.code).toBe(
      'FLINT_PROTOCOL_VERSION',
    );
  });

  it('rejects a reply with an unknown status byte', () => {
    const bytes = encodeHelloReply(accepted);
    bytes[6] = 200;
    expect(() => decodeHelloReply(bytes)).toThrowError(expect.objectContaining({ code: 'FLINT_HANDSHAKE_MALFORMED' }));
  });
});

describe('HandshakeReader', () => {
  it('collects the hello across chunks and hands back the frames that followed it', () => {
    const hello = encodeHello(peerHello);
    const reader = new HandshakeReader(HELLO_BYTES);
    expect(reader.push(hello.subarray(0, 10))).toBeUndefined();
    const following = Uint8Array.of(0, 0, 0, 5, 5, 0, 0, 0, 0);
    const chunk = new Uint8Array(HELLO_BYTES - 10 + following.byteLength);
    chunk.set(hello.subarray(10), 0);
    chunk.set(following, HELLO_BYTES - 10);
    const complete = reader.push(chunk);
    expect(complete && decodeHello(complete)).toEqual(peerHello);
    expect(reader.rest).toEqual(following);
  });

  it('rejects a wrong magic as soon as four bytes have arrived', () => {
    const reader = new HandshakeReader(HELLO_BYTES);
    expect(() => reader.push(new TextEncoder().encode('GET '))).toThrowError(
      expect.objectContaining({ code: 'FLINT_BAD_MAGIC' }),
    );
  });
});
