import { encodeRequestFrame, makeRequest } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { TaggedFrames, forEachTaggedFrame } from './tagged-frames.js';

describe('tagged frames', () => {
  it('carries whole frames of many tags in one buffer, in order, and empties the builder', () => {
    const frames = new TaggedFrames();
    const sent = [
      {
        tag: 7,
        frame: encodeRequestFrame(
          makeRequest({
            requestId: 1,
            regionId: 1,
            command: { type: 'get', key: Uint8Array.of(1), consistency: 'stale' },
          }),
        ),
      },
      {
        tag: 0xffff_fffe,
        frame: encodeRequestFrame(
          makeRequest({ requestId: 2, regionId: 3, command: { type: 'delete', key: new Uint8Array(300).fill(9) } }),
        ),
      },
      {
        tag: 7,
        frame: encodeRequestFrame(
          makeRequest({
            requestId: 3,
            regionId: 1,
            command: { type: 'put', key: Uint8Array.of(2), value: new Uint8Array(70_000) },
          }),
        ),
      },
    ];
    for (const { tag, frame } of sent) frames.add(tag, frame);
    expect(frames.isEmpty).toBe(false);
    const buffer = frames.take();
    expect(frames.isEmpty).toBe(true);
    const received: { tag: number; frame: Uint8Array }[] = [];
    forEachTaggedFrame(buffer, (tag, frame) => received.push({ tag, frame: frame.slice() }));
    expect(received).toEqual(sent);
    expect(frames.take().byteLength).toBe(0);
  });

  it('refuses a buffer that does not end on a frame boundary', () => {
    const frames = new TaggedFrames();
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
    expect(() => forEachTaggedFrame(whole.slice(0, whole.byteLength - 1), () => {})).toThrow(/truncated/);
    expect(() => forEachTaggedFrame(whole.slice(0, 6), () => {})).toThrow(/truncated/);
  });
});
