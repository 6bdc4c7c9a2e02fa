import { decodeCoalescedHeartbeats, FrameDecoder, FrameKind, MessageType } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { PeerOutbox } from './peer-outbox.js';

describe('peer outbox', () => {
  it('gathers frames per destination node into one buffer each, in order', () => {
    const outbox = new PeerOutbox();
    outbox.add(2, Uint8Array.of(1, 2));
    outbox.add(3, Uint8Array.of(9));
    outbox.add(2, Uint8Array.of(3));
    const batches = outbox.drain();
    expect(batches.map((batch) => [batch.to, [...new Uint8Array(batch.buffer)]])).toEqual([
      [2, [1, 2, 3]],
      [3, [9]],
    ]);
    expect(outbox.isEmpty).toBe(true);
  });

  it('coalesces the heartbeats of all groups for a node into one frame after its other frames', () => {
    const outbox = new PeerOutbox(1);
    const other = Uint8Array.of(0, 0, 0, 5, FrameKind.PING, 0, 0, 0, 0);
    for (let group = 1; group <= 64; group++) {
      outbox.addHeartbeat(2, { type: MessageType.Heartbeat, group, term: 3, commit: group, stamp: group });
      outbox.addHeartbeat(3, { type: MessageType.HeartbeatResponse, group, term: 3, commit: 0, stamp: 0 });
    }
    outbox.add(2, other);
    const batches = outbox.drain();
    expect(batches.map((batch) => batch.to)).toEqual([2, 3]);
    const toTwo = new FrameDecoder().push(new Uint8Array(batches[0]!.buffer));
    expect(toTwo.map((frame) => frame.kind)).toEqual([FrameKind.PING, FrameKind.COALESCED_HEARTBEATS]);
    const batch = decodeCoalescedHeartbeats(toTwo[1]!.payload);
    expect(batch.from).toBe(1);
    expect(batch.to).toBe(2);
    expect(batch.heartbeats.map((heartbeat) => heartbeat.group)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    const toThree = new FrameDecoder().push(new Uint8Array(batches[1]!.buffer));
    expect(toThree).toHaveLength(1);
    expect(decodeCoalescedHeartbeats(toThree[0]!.payload).heartbeats).toHaveLength(64);
    expect(outbox.drain()).toEqual([]);
  });
});
