/**
 * Gathers the peer frames read during one event-loop turn and hands them on as one buffer per
 * (sending node, host): a host receives one `peer-frames` message per turn per peer however
 * many frames arrived, and the frames are copied exactly once, into a buffer that is then
 * transferred to the host thread.
 */
export class PeerFrameBatcher {
  /** key = from * hostCount + host */
  private pending = new Map<number, { from: number; host: number; frames: Uint8Array[]; bytes: number }>();
  private scheduled = false;

  constructor(
    private readonly hostCount: number,
    private readonly deliver: (from: number, host: number, buffer: ArrayBuffer) => void,
  ) {}

  /** Adds one whole frame (a view; it is copied at the end of the turn). */
  add(from: number, host: number, frame: Uint8Array): void {
    const key = from * this.hostCount + host;
    let batch = this.pending.get(key);
    if (batch === undefined) {
      batch = { from, host, frames: [], bytes: 0 };
      this.pending.set(key, batch);
    }
    batch.frames.push(frame);
    batch.bytes += frame.byteLength;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Delivers everything gathered so far. */
  flush(): void {
    this.scheduled = false;
    const batches = this.pending;
    this.pending = new Map();
    for (const batch of batches.values()) {
      const joined = new Uint8Array(batch.bytes);
      let offset = 0;
      for (const frame of batch.frames) {
        joined.set(frame, offset);
        offset += frame.byteLength;
      }
      this.deliver(batch.from, batch.host, joined.buffer);
    }
  }
}
