/**
 * Bad input from any socket gets a typed error, never a crash: random and mutated bytes go
 * through every decoder, and anything thrown must be a FlintProtocolError.
 */
import fc from 'fast-check';
import { seededRandom } from '@flintkv/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeCoalescedHeartbeats,
  encodeCoalescedHeartbeatsFrame,
  partitionCoalescedHeartbeats,
} from './coalesced-heartbeats.js';
import { FlintProtocolError } from './errors.js';
import { encodeFrame, FrameKind, readFrameHeader } from './frame.js';
import { FrameDecoder } from './frame-decoder.js';
import { decodeHello, decodeHelloReply, encodeHello, HandshakeReader, HELLO_BYTES } from './handshake.js';
import {
  decodeGroupStatus,
  decodeNodeStatus,
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
} from './kv-codec.js';
import { decodeRaftMessage, encodeRaftMessage } from './raft-codec.js';
import { MessageType } from './raft-types.js';
import { peekRequest } from './request-peek.js';
import { peekResponse } from './response-peek.js';
import {
  decodeSnapshotAck,
  decodeSnapshotChunk,
  encodeSnapshotAckFrame,
  encodeSnapshotChunk,
} from './snapshot-chunk.js';
import * as arbitrary from './test-support/arbitraries.js';

const PAYLOAD_DECODERS: Array<(bytes: Uint8Array) => unknown> = [
  decodeRaftMessage,
  decodeRequest,
  decodeResponse,
  decodeSnapshotChunk,
  decodeNodeStatus,
  decodeGroupStatus,
  decodeCoalescedHeartbeats,
  (bytes) => partitionCoalescedHeartbeats(bytes, (group) => group % 3),
  peekRequest,
  peekResponse,
];

function decodePayload(kind: number, payload: Uint8Array): void {
  switch (kind) {
    case FrameKind.RAFT_MESSAGE:
      decodeRaftMessage(payload);
      break;
    case FrameKind.SNAPSHOT_CHUNK:
      decodeSnapshotChunk(payload);
      break;
    case FrameKind.SNAPSHOT_ACK:
      decodeSnapshotAck(payload);
      break;
    case FrameKind.CLIENT_REQUEST:
      decodeRequest(payload);
      break;
    case FrameKind.CLIENT_RESPONSE:
      decodeResponse(payload);
      break;
    case FrameKind.COALESCED_HEARTBEATS:
      partitionCoalescedHeartbeats(payload, (group) => group % 3);
      decodeCoalescedHeartbeats(payload);
      break;
  }
}

/** Runs `action`; anything it throws must be one of ours. Returns whether it threw. */
function onlyTypedErrors(action: () => void): boolean {
  try {
    action();
    return false;
  } catch (error) {
    if (!(error instanceof FlintProtocolError) || !error.code.startsWith('FLINT_')) {
      throw new Error(`untyped error escaped: ${String(error)}`, { cause: error });
    }
    return true;
  }
}

function randomBytes(random: () => number, maxLength: number): Uint8Array {
  const bytes = new Uint8Array(Math.floor(random() * maxLength));
  for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(random() * 256);
  return bytes;
}

function mutate(random: () => number, original: Uint8Array): Uint8Array {
  const bytes = original.slice();
  const mutations = 1 + Math.floor(random() * 4);
  let result = bytes;
  for (let step = 0; step < mutations; step++) {
    const choice = random();
    if (choice < 0.5 && result.length > 0) {
      result[Math.floor(random() * result.length)] = Math.floor(random() * 256);
    } else if (choice < 0.7) {
      result = result.subarray(0, Math.floor(random() * (result.length + 1)));
    } else if (choice < 0.85) {
      const at = Math.floor(random() * (result.length + 1));
      const inserted = randomBytes(random, 8);
      const grown = new Uint8Array(result.length + inserted.length);
      grown.set(result.subarray(0, at), 0);
      grown.set(inserted, at);
      grown.set(result.subarray(at), at + inserted.length);
      result = grown;
    } else if (result.length > 0) {
      // Flip one bit: the classic corruption.
      const at = Math.floor(random() * result.length);
      result[at] = (result[at] ?? 0) ^ (1 << Math.floor(random() * 8));
    }
  }
  return result;
}

/** Valid frames of every kind, the seeds that mutation starts from. */
function seedFrames(): Uint8Array[] {
  const seed = { seed: 42, numRuns: 40 };
  const frames: Uint8Array[] = [];
  for (const message of fc.sample(arbitrary.message(), seed)) {
    frames.push(encodeFrame(FrameKind.RAFT_MESSAGE, message.to % 2 ** 32, encodeRaftMessage(message)));
  }
  for (const request of fc.sample(arbitrary.request(), seed)) {
    frames.push(encodeFrame(FrameKind.CLIENT_REQUEST, request.regionId, encodeRequest(request)));
  }
  for (const response of fc.sample(arbitrary.response(), seed)) {
    frames.push(encodeFrame(FrameKind.CLIENT_RESPONSE, 1, encodeResponse(response)));
  }
  for (const message of fc.sample(arbitrary.message(8), { seed: 42, numRuns: 10 })) {
    const chunk = {
      snapshotIndex: 7,
      snapshotTerm: 2,
      from: message.from,
      to: message.to,
      offset: 0,
      totalBytes: 64,
      last: true,
      data: new Uint8Array(64).fill(5),
      message,
    };
    frames.push(encodeFrame(FrameKind.SNAPSHOT_CHUNK, 3, encodeSnapshotChunk(chunk)));
    frames.push(
      encodeSnapshotAckFrame(3, {
        snapshotIndex: 7,
        snapshotTerm: 2,
        from: message.to,
        to: message.from,
        offset: 64,
        refused: false,
        reason: '',
      }),
    );
  }
  for (let count = 0; count < 4; count++) {
    frames.push(
      encodeCoalescedHeartbeatsFrame({
        from: 1,
        to: 2 ** 40,
        heartbeats: Array.from({ length: count }, (_, index) => ({
          type: index % 2 === 0 ? MessageType.Heartbeat : MessageType.HeartbeatResponse,
          group: index * 1000,
          term: 2 ** 33 + index,
          commit: index,
          stamp: index * 7,
        })),
      }),
    );
  }
  frames.push(encodeFrame(FrameKind.PING, 0, Uint8Array.of(1)), encodeFrame(FrameKind.GOAWAY, 0, new Uint8Array(0)));
  return frames;
}

describe('decoders under garbage input', () => {
  // Capturing stack traces dominates the cost of ~200k rejections, and says nothing here.
  const stackTraceLimit = Error.stackTraceLimit;
  beforeAll(() => {
    Error.stackTraceLimit = 0;
  });
  afterAll(() => {
    Error.stackTraceLimit = stackTraceLimit;
  });

  it('raise only typed errors for 100k random byte strings', () => {
    const random = seededRandom(1);
    let rejected = 0;
    for (let round = 0; round < 100_000; round++) {
      const bytes = randomBytes(random, round % 10 === 0 ? 600 : 48);
      const decoderIndex = round % PAYLOAD_DECODERS.length;
      const decode = PAYLOAD_DECODERS[decoderIndex]!;
      if (onlyTypedErrors(() => decode(bytes))) rejected++;
      if (round % 4 === 0) {
        const decoder = new FrameDecoder({ maxFrameBytes: 4096 });
        onlyTypedErrors(() => {
          for (const frame of decoder.push(bytes)) onlyTypedErrors(() => decodePayload(frame.kind, frame.payload));
          decoder.end();
        });
        onlyTypedErrors(() => readFrameHeader(bytes));
      }
      if (round % 16 === 0) {
        onlyTypedErrors(() => decodeHello(bytes));
        onlyTypedErrors(() => decodeHelloReply(bytes));
      }
    }
    // Most random strings are not valid protobuf; if none were rejected the decoders check nothing.
    expect(rejected).toBeGreaterThan(10_000);
  });

  it('raise only typed errors for 20k mutated valid frames fed in random chunks', () => {
    const random = seededRandom(2);
    const seeds = seedFrames();
    for (let round = 0; round < 20_000; round++) {
      const stream = mutate(random, seeds[Math.floor(random() * seeds.length)]!);
      const decoder = new FrameDecoder({ maxFrameBytes: 64 * 1024 });
      onlyTypedErrors(() => {
        let offset = 0;
        while (offset < stream.length) {
          const size = 1 + Math.floor(random() * stream.length);
          for (const frame of decoder.push(stream.subarray(offset, offset + size))) {
            onlyTypedErrors(() => decodePayload(frame.kind, frame.payload));
          }
          offset += size;
        }
        decoder.end();
      });
      // The payload alone, as if a corrupt frame had passed the framing layer intact.
      const payloadKinds = [
        FrameKind.RAFT_MESSAGE,
        FrameKind.CLIENT_REQUEST,
        FrameKind.CLIENT_RESPONSE,
        FrameKind.COALESCED_HEARTBEATS,
      ];
      onlyTypedErrors(() => decodePayload(payloadKinds[round % 4]!, stream.subarray(9)));
    }
  });

  it('raise only typed errors for mutated handshakes', () => {
    const random = seededRandom(3);
    const hello = encodeHello({
      version: 2,
      role: 1,
      clusterId: 9,
      senderId: 2,
      targetNodeId: 1,
      incarnation: '0123456789abcdef',
    });
    for (let round = 0; round < 5_000; round++) {
      const bytes = mutate(random, hello);
      onlyTypedErrors(() => {
        const reader = new HandshakeReader(HELLO_BYTES);
        const complete = reader.push(bytes);
        if (complete) decodeHello(complete);
      });
      onlyTypedErrors(() => decodeHelloReply(bytes));
    }
  });
});
