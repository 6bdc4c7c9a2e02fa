import {
  decodeCoalescedHeartbeats,
  encodeCoalescedHeartbeatsFrame,
  encodeFrame,
  FrameDecoder,
  FrameKind,
  MessageType,
} from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { routePeerFrame } from './peer-frame-router.js';

const modulo = (hostCount: number) => (group: number) => group % hostCount;
const frameOf = (bytes: Uint8Array) => new FrameDecoder().push(bytes)[0]!;
const heartbeatsFor = (groups: number[]) =>
  encodeCoalescedHeartbeatsFrame({
    from: 2,
    to: 1,
    heartbeats: groups.map((group) => ({ type: MessageType.Heartbeat, group, term: 1, commit: group, stamp: 0 })),
  });

describe('peer frame router', () => {
  it('forwards a raft frame untouched to the host holding its group (wherever the layout put it)', () => {
    const delivered: [number, number, Uint8Array][] = [];
    const frame = frameOf(encodeFrame(FrameKind.RAFT_MESSAGE, 7, Uint8Array.of(1, 2)));
    routePeerFrame(
      2,
      frame,
      3,
      (group) => (group === 7 ? 2 : 0),
      (from, host, bytes) => delivered.push([from, host, bytes]),
    );
    expect(delivered).toEqual([[2, 2, frame.bytes]]);
  });

  it('sends a raft frame of a group no host reported yet to every host (a split’s new group)', () => {
    const delivered: number[] = [];
    const frame = frameOf(encodeFrame(FrameKind.RAFT_MESSAGE, 9, Uint8Array.of(1)));
    routePeerFrame(
      2,
      frame,
      3,
      modulo(3),
      (_from, host) => delivered.push(host),
      (group) => group !== 9,
    );
    expect(delivered).toEqual([0, 1, 2]);
    delivered.length = 0;
    const snapshotAck = frameOf(encodeFrame(FrameKind.SNAPSHOT_ACK, 9, Uint8Array.of(1)));
    routePeerFrame(
      2,
      snapshotAck,
      3,
      modulo(3),
      (_from, host) => delivered.push(host),
      () => false,
    );
    expect(delivered).toEqual([0]);
  });

  it('splits coalesced heartbeats into one frame per host holding only that host’s groups', () => {
    const delivered = new Map<number, number[]>();
    const frame = frameOf(heartbeatsFor([1, 2, 3, 4, 5, 6, 7]));
    const error = routePeerFrame(2, frame, 3, modulo(3), (from, host, bytes) => {
      expect(from).toBe(2);
      const [part] = new FrameDecoder().push(bytes);
      expect(part!.kind).toBe(FrameKind.COALESCED_HEARTBEATS);
      const batch = decodeCoalescedHeartbeats(part!.payload);
      expect([batch.from, batch.to]).toEqual([2, 1]);
      delivered.set(
        host,
        batch.heartbeats.map((heartbeat) => heartbeat.group),
      );
    });
    expect(error).toBeUndefined();
    expect(Object.fromEntries(delivered)).toEqual({ 0: [3, 6], 1: [1, 4, 7], 2: [2, 5] });
  });

  it('forwards coalesced heartbeats as they are to a single host', () => {
    const delivered: Uint8Array[] = [];
    const frame = frameOf(heartbeatsFor([1, 2]));
    routePeerFrame(2, frame, 1, modulo(1), (_from, _host, bytes) => delivered.push(bytes));
    expect(delivered).toEqual([frame.bytes]);
  });

  it('drops a malformed coalesced frame and returns its typed error', () => {
    const delivered: Uint8Array[] = [];
    const frame = frameOf(encodeFrame(FrameKind.COALESCED_HEARTBEATS, 0, Uint8Array.of(1, 2, 3)));
    const error = routePeerFrame(2, frame, 2, modulo(2), (_from, _host, bytes) => delivered.push(bytes));
    expect(error?.code).toBe('FLINT_PAYLOAD_INVALID');
    expect(delivered).toEqual([]);
  });
});
