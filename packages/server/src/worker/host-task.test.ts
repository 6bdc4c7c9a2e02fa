import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { decodeResponse, encodeRequestFrame, FrameDecoder, makeRequest, type Response } from '@flintkv/proto';
import { pollUntil } from '@flintkv/test-kit';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { TaggedFrames, forEachTaggedFrame } from '../tagged-frames.js';
import type { HostOptions, HostOutbound } from '../host-protocol.js';
import { DEFAULT_AUTO_SPLIT_SETTINGS } from './kv/auto-split.js';

/** The compiled task, as the node runs it (`npm test` builds first). */
const hostTaskFile = new URL('../../dist/worker/host-task.js', import.meta.url).href;

describe('the host task in a worker thread', () => {
  it('starts, serves a put and a linearizable get over its port, and stops when asked', async () => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'flint-host-task-'));
    const pool = new Piscina({ filename: hostTaskFile, minThreads: 1, maxThreads: 1 });
    const poolErrors: Error[] = [];
    pool.on('error', (error: Error) => poolErrors.push(error));
    const options: HostOptions = {
      hostIndex: 0,
      hostCount: 1,
      dataDirectory,
      nodeId: 1,
      clusterId: '5',
      incarnation: '0123456789abcdef',
      createInitialGroups: true,
      joined: false,
      members: [{ nodeId: 1, peerAddress: '127.0.0.1:1', clientAddress: '127.0.0.1:2' }],
      bootstrap: { regionCount: 1 },
      tickIntervalMs: 10,
      electionTicks: 10,
      heartbeatTicks: 2,
      quiesceTicks: 20,
      logLevel: 'silent',
      compaction: { maxLogEntries: 1000, maxLogBytes: 1 << 26 },
      snapshot: { chunkBytes: 1 << 20, windowBytes: 1 << 22, concurrency: 2 },
      split: DEFAULT_AUTO_SPLIT_SETTINGS,
    };
    const { port1, port2 } = new MessageChannel();
    const seen: HostOutbound['type'][] = [];
    const replies = new Map<number, Response>();
    let leading = false;
    port1.on('message', (message: HostOutbound) => {
      seen.push(message.type);
      if (message.type === 'groups-report') {
        leading ||= message.groups.some((group) => group.groupId === 1 && group.role === 'leader');
      } else if (message.type === 'client-replies') {
        forEachTaggedFrame(message.buffer, (connection, bytes) => {
          expect(connection).toBe(7);
          for (const frame of new FrameDecoder().push(bytes)) {
            const response = decodeResponse(frame.payload);
            replies.set(response.requestId, response);
          }
        });
      }
    });
    const task = pool.run({ port: port2, options }, { transferList: [port2] });
    const send = (requestId: number, command: Parameters<typeof makeRequest>[0]['command']) => {
      const frames = new TaggedFrames();
      frames.add(7, encodeRequestFrame(makeRequest({ requestId, regionId: 1, command })));
      const buffer = frames.take();
      port1.postMessage({ type: 'client-frames', buffer }, [buffer]);
    };
    try {
      await pollUntil('the host to lead region 1', () => leading);
      send(1, { type: 'put', key: Uint8Array.of(1), value: Uint8Array.of(42) });
      await pollUntil('the answer to the put', () => replies.has(1));
      send(2, { type: 'get', key: Uint8Array.of(1), consistency: 'linearizable' });
      await pollUntil('the answer to the get', () => replies.has(2));
      expect(replies.get(1)!.result).toEqual({ type: 'put' });
      expect(replies.get(2)!.result).toMatchObject({ type: 'get', found: true, value: Uint8Array.of(42) });
      port1.postMessage({ type: 'stop' });
      await task;
      await pollUntil('the host to post stopped', () => seen.includes('stopped'));
      expect(seen[0]).toBe('started');
      expect(poolErrors).toEqual([]);
    } finally {
      port1.close();
      await pool.destroy();
      await rm(dataDirectory, { recursive: true, force: true });
    }
  });
});
