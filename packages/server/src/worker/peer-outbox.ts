import { type CoalescedHeartbeat, encodeCoalescedHeartbeatsFrame, MAX_COALESCED_HEARTBEATS } from '@flintkv/proto';

interface PendingFrames {
  frames: Uint8Array[];
  bytes: number;
  heartbeats: CoalescedHeartbeat[];
}

/**
 * Outbound peer frames of one turn, gathered per destination node so the host posts one
 * `peer-send` (one transferred ArrayBuffer) per node per flush instead of one per message.
 * Context-less heartbeats and heartbeat responses of all groups are coalesced into one
 * COALESCED_HEARTBEATS frame per node per flush, placed after that node's other frames: with
 * many idle groups they are nearly all the traffic, and one frame costs far less than many.
 */
export class PeerOutbox {
  private readonly framesByNode = new Map<number, PendingFrames>();

  /** @param from this node's id, written into coalesced heartbeat frames. */
  constructor(private readonly from: number = 0) {}

  private pendingFor(to: number): PendingFrames {
    let pending = this.framesByNode.get(to);
    if (pending === undefined) {
      pending = { frames: [], bytes: 0, heartbeats: [] };
      this.framesByNode.set(to, pending);
    }
    return pending;
  }

  add(to: number, frame: Uint8Array): void {
    const pending = this.pendingFor(to);
    pending.frames.push(frame);
    pending.bytes += frame.byteLength;
  }

  /** Queues a context-less heartbeat (response) for the node's coalesced frame of this flush. */
  addHeartbeat(to: number, heartbeat: CoalescedHeartbeat): void {
    this.pendingFor(to).heartbeats.push(heartbeat);
  }

  get isEmpty(): boolean {
    return this.framesByNode.size === 0;
  }

  /** The frames gathered so far, concatenated per node into buffers that own their memory. */
  drain(): { to: number; buffer: ArrayBuffer }[] {
    const batches: { to: number; buffer: ArrayBuffer }[] = [];
    for (const [to, pending] of this.framesByNode) {
      for (let start = 0; start < pending.heartbeats.length; start += MAX_COALESCED_HEARTBEATS) {
        const heartbeats = pending.heartbeats.slice(start, start + MAX_COALESCED_HEARTBEATS);
        const frame = encodeCoalescedHeartbeatsFrame({ from: this.from, to, heartbeats });
        pending.frames.push(frame);
        pending.bytes += frame.byteLength;
      }
      const joined = new Uint8Array(pending.bytes);
      let offset = 0;
      for (const frame of pending.frames) {
        joined.set(frame, offset);
        offset += frame.byteLength;
      }
      batches.push({ to, buffer: joined.buffer });
    }
    this.framesByNode.clear();
    return batches;
  }
}
