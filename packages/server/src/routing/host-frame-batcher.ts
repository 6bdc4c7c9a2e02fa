import { TaggedFrames } from '../tagged-frames.js';

/**
 * Gathers the frames read during one event-loop turn and hands them on as one buffer per host
 * (see {@link TaggedFrames}): a host receives one message per turn however many frames and
 * senders there were, and each frame is copied exactly once, into a buffer that is then
 * transferred to the host thread. One batcher per kind of frame (peer, client).
 */
export class HostFrameBatcher {
  private pending = new Map<number, TaggedFrames>();

  constructor(private readonly deliver: (host: number, buffer: ArrayBuffer) => void) {}

  /** Adds one whole frame (a view; it is copied at the end of the turn) for `host`, tagged `tag`. */
  add(host: number, tag: number, frame: Uint8Array): void {
    let frames = this.pending.get(host);
    if (frames === undefined) {
      if (this.pending.size === 0) setImmediate(() => this.flush());
      frames = new TaggedFrames();
      this.pending.set(host, frames);
    }
    frames.add(tag, frame);
  }

  /** Delivers everything gathered so far. */
  flush(): void {
    const batches = this.pending;
    this.pending = new Map();
    for (const [host, frames] of batches) this.deliver(host, frames.take());
  }
}
