import { encodeRequestFrame, makeRequest } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { ConnectionFrames, forEachConnectionFrame } from './connection-frames.js';

describe('connection frames', () => {
  it('carries whole frames of many connections in one buffer, in order, and empties the builder', () => {
    const frames = new ConnectionFrames();
    const sent = [
      {
        connection: 7,
        frame: encodeRequestFrame(
          makeRequest({
            requestId: 1,
            regionId: 1,
            command: { type: 'get', key: Uint8Array.of(1), consistency: 'stale' },
          }),
        ),
      },
      {
        connection: 0xffff_fffe,
        frame: encodeRequestFrame(
          makeRequest({ requestId: 2, regionId: 3, command: { type: 'delete', key: new Uint8Array(300).fill(9) } }),
        ),
      },
      {
        connection: 7,
        frame: encodeRequestFrame(
          makeRequest({
            requestId: 3,
            regionId: 1,
            command: { type: 'put', key: Uint8Array.of(2), value: new Uint8Array(70_000) },
          }),
        ),
      },
    ];
    for (const { connection, frame } of sent) frames.add(connection, frame);
    expect(frames.isEmpty).toBe(false);
    const buffer = frames.take();
    expect(frames.isEmpty).toBe(true);
    const received: { connection: number; frame: Uint8Array }[] = [];
    forEachConnectionFrame(buffer, (connection, frame) => received.push({ connection, frame: frame.slice() }));
    expect(received).toEqual(sent);
    expect(frames.take().byteLength).toBe(0);
  });

  it('refuses a buffer that does not end on a frame boundary', () => {
    const frames = new ConnectionFrames();
    frames.add(
      1,
      encodeRequestFrame(
        makeRequest({
          requestId: 1,
          regionId: 1,
          command: { type: 'get', key: Uint8Array.of(1), consistency: 'stale' },
        }),
      ),
    );
    const whole = frames.take();
    expect(() => forEachConnectionFrame(whole.slice(0, whole.byteLength - 1), () => {})).toThrow(/truncated/);
    expect(() => forEachConnectionFrame(whole.slice(0, 6), () => {})).toThrow(/truncated/);
  });
});
