import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadError } from './errors.js';
import { FrameKind } from './frame.js';
import {
  decodeGroupStatus,
  decodeNodeStatus,
  decodeRequest,
  decodeResponse,
  encodeGroupStatus,
  encodeNodeStatus,
  encodeRequest,
  encodeRequestFrame,
  encodeResponse,
  encodeResponseFrame,
} from './kv-codec.js';
import { type ClusterMemberInfo, makeRequest, makeResponseError, type NodeStatus } from './kv-types.js';
import { finishOwned, flint } from './protobuf-runtime.js';
import * as arbitrary from './test-support/arbitraries.js';
import { decodeFrameForTest } from './test-support/frames.js';

describe('client request codec', () => {
  it.each(Object.entries(arbitrary.commandsByType))('round-trips a %s request', (_type, command) => {
    fc.assert(
      fc.property(arbitrary.request(command), (request) => {
        expect(decodeRequest(encodeRequest(request))).toEqual(request);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps an absent compare-and-swap expectation distinct from an empty value', () => {
    const absent = makeRequest({
      requestId: 1,
      command: { type: 'compareAndSwap', key: Uint8Array.of(1), expected: null, next: null },
    });
    const empty = makeRequest({
      requestId: 1,
      command: { type: 'compareAndSwap', key: Uint8Array.of(1), expected: new Uint8Array(0), next: new Uint8Array(0) },
    });
    expect(decodeRequest(encodeRequest(absent)).command).toEqual(absent.command);
    expect(decodeRequest(encodeRequest(empty)).command).toEqual(empty.command);
  });

  it('rejects a request that carries no command', () => {
    expect(() => decodeRequest(Uint8Array.from([0x08, 1]))).toThrowError(
      expect.objectContaining({ code: 'FLINT_PAYLOAD_INVALID' }),
    );
  });

  it('rejects an unknown read consistency', () => {
    // request { get (10) { consistency (2) = 9 } }
    expect(() => decodeRequest(Uint8Array.from([0x52, 2, 0x10, 9]))).toThrow(PayloadError);
  });

  it('routes a request frame by its region id', () => {
    fc.assert(
      fc.property(arbitrary.request(), (request) => {
        const frame = decodeFrameForTest(encodeRequestFrame(request));
        expect(frame.kind).toBe(FrameKind.CLIENT_REQUEST);
        expect(frame.group).toBe(request.regionId);
        expect(decodeRequest(frame.payload)).toEqual(request);
      }),
      { numRuns: 100 },
    );
  });

  it('returns bytes that own their ArrayBuffer, safe to transfer to a worker', () => {
    const encoded = encodeRequest(makeRequest({ requestId: 1, command: { type: 'status' } }));
    expect(encoded.buffer.byteLength).toBe(encoded.byteLength);
  });

  it('refuses to encode a timeout beyond u32', () => {
    const request = makeRequest({ requestId: 1, timeoutMs: 2 ** 32, command: { type: 'status' } });
    expect(() => encodeRequest(request)).toThrowError(expect.objectContaining({ code: 'FLINT_PAYLOAD_UNENCODABLE' }));
  });
});

describe('client response codec', () => {
  it.each(Object.entries(arbitrary.resultsByType))('round-trips a %s response', (_type, result) => {
    fc.assert(
      fc.property(arbitrary.response(result), (response) => {
        expect(decodeResponse(encodeResponse(response))).toEqual(response);
      }),
      { numRuns: 100 },
    );
  });

  it('carries the leader hint of NOT_LEADER and the regions of EPOCH_MISMATCH', () => {
    const notLeader = makeResponseError({
      code: 'NOT_LEADER',
      message: 'not leader',
      leaderId: 3,
      leaderAddress: '127.0.0.1:7003',
    });
    expect(decodeResponse(encodeResponse({ requestId: 9, result: notLeader }))).toEqual({
      requestId: 9,
      result: notLeader,
    });
  });

  it('reads an error without a code as INTERNAL', () => {
    // response { error (30) {} }
    const decoded = decodeResponse(Uint8Array.from([0xf2, 0x01, 0]));
    expect(decoded.result).toEqual(makeResponseError({ code: 'INTERNAL', message: '' }));
  });

  it('rejects a response that carries no result', () => {
    expect(() => decodeResponse(new Uint8Array(0))).toThrow(PayloadError);
  });

  it('echoes the group in a response frame', () => {
    fc.assert(
      fc.property(arbitrary.response(), fc.nat({ max: 0xffff_ffff }), (response, group) => {
        const frame = decodeFrameForTest(encodeResponseFrame(group, response));
        expect(frame.kind).toBe(FrameKind.CLIENT_RESPONSE);
        expect(frame.group).toBe(group);
        expect(decodeResponse(frame.payload)).toEqual(response);
      }),
      { numRuns: 100 },
    );
  });
});

describe('status codec', () => {
  it('round-trips node and group status on their own', () => {
    fc.assert(
      fc.property(arbitrary.nodeStatus(), arbitrary.groupStatus(), (node, group) => {
        expect(decodeNodeStatus(encodeNodeStatus(node))).toEqual(node);
        expect(decodeGroupStatus(encodeGroupStatus(group))).toEqual(group);
      }),
      { numRuns: 100 },
    );
  });
});

describe('member states', () => {
  const node: NodeStatus = {
    nodeId: 1,
    clusterId: 7,
    peerAddress: '127.0.0.1:7101',
    clientAddress: '127.0.0.1:7201',
    adminAddress: '',
    uptimeMs: 5,
    members: [],
    version: '0.1.0',
  };

  it('reads a member without a state, as a node older than the field sends it, as active', () => {
    const old = finishOwned(
      flint.admin.NodeStatus.encode({ nodeId: 1, members: [{ nodeId: 2, peerAddress: '127.0.0.1:7102', up: true }] }),
    );
    expect(decodeNodeStatus(old).members).toEqual([
      { nodeId: 2, peerAddress: '127.0.0.1:7102', clientAddress: '', up: true, incarnation: '', state: 'active' },
    ]);
  });

  it('carries a leaving member in a node status', () => {
    const leaving = {
      ...node,
      members: [
        {
          nodeId: 4,
          peerAddress: 'a:1',
          clientAddress: 'a:2',
          up: false,
          incarnation: 'ab',
          state: 'leaving' as const,
        },
      ],
    };
    expect(decodeNodeStatus(encodeNodeStatus(leaving))).toEqual(leaving);
  });

  it('rejects a member state it does not know, on decode and on encode', () => {
    const unknown = finishOwned(flint.admin.NodeStatus.encode({ members: [{ nodeId: 2, state: 'joining' }] }));
    expect(() => decodeNodeStatus(unknown)).toThrowError(expect.objectContaining({ code: 'FLINT_PAYLOAD_INVALID' }));
    const members = [
      { nodeId: 1, peerAddress: '', clientAddress: '', state: 'gone' },
    ] as unknown as ClusterMemberInfo[];
    expect(() => encodeResponse({ requestId: 1, result: { type: 'removeMember', members } })).toThrowError(
      expect.objectContaining({ code: 'FLINT_PAYLOAD_UNENCODABLE' }),
    );
  });

  it('reads a cluster member without a state as active', () => {
    const bytes = finishOwned(
      flint.kv.Response.encode({ requestId: 3, joinCluster: { clusterId: 9, members: [{ nodeId: 5 }] } }),
    );
    expect(decodeResponse(bytes)).toEqual({
      requestId: 3,
      result: {
        type: 'joinCluster',
        clusterId: 9,
        members: [{ nodeId: 5, peerAddress: '', clientAddress: '', state: 'active' }],
      },
    });
  });

  it('sends join and remove as node-level requests, in their own oneof fields', () => {
    const join = makeRequest({
      requestId: 1,
      command: { type: 'joinCluster', nodeId: 4, peerAddress: '10.0.0.4:7100', clientAddress: '10.0.0.4:7200' },
    });
    const remove = makeRequest({ requestId: 2, command: { type: 'removeMember', nodeId: 4 } });
    expect(flint.kv.Request.decode(encodeRequest(join)).command).toBe('joinCluster');
    expect(flint.kv.Request.decode(encodeRequest(remove)).command).toBe('removeMember');
    expect(decodeFrameForTest(encodeRequestFrame(remove)).group).toBe(0);
  });
});
