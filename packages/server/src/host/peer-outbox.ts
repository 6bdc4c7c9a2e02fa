/**
 * Outbound peer frames of one turn, gathered per destination node so the host posts one
 * `peer-send` (one transferred ArrayBuffer) per node per flush instead of one per message.
 */
export class PeerOutbox {
  private readonly framesByNode = new Map<number, { frames: Uint8Array[]; bytes: number }>();

  add(to: number, frame: Uint8Array): void {
    let pending = this.framesByNode.get(to);
    if (pending === undefined) {
      pending = { frames: [], bytes: 0 };
      this.framesByNode.set(to, pending);
    }
    pending.frames.push(frame);
    pending.bytes += frame.byteLength;
  }

  get isEmpty(): boolean {
    return this.framesByNode.size === 0;
  }

  /** The frames gathered so far, concatenated per node into buffers that own their memory. */
  drain(): { to: number; buffer: ArrayBuffer }[] {
    const batches: { to: number; buffer: ArrayBuffer }[] = [];
    for (const [to, pending] of this.framesByNode) {
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
