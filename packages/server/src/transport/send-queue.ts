/**
 * The bounded queue of buffers waiting to be written to one peer. Each entry holds whole
 * frames (as a host sent them), so dropping an entry never leaves half a frame on the wire.
 *
 * When the queued bytes pass the bound, the oldest entries are dropped: Raft tolerates lost
 * messages (they are retried from the log), and the newest messages carry the freshest state,
 * so a slow or dead peer can never make the node's memory grow without bound.
 */
export class SendQueue {
  private entries: Uint8Array[] = [];
  private head = 0;
  private queuedBytes = 0;
  /** Entries dropped since creation. */
  droppedEntries = 0;
  droppedBytes = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.queuedBytes;
  }

  get length(): number {
    return this.entries.length - this.head;
  }

  /** Appends `buffer`; returns how many older entries were dropped to stay within the bound. */
  push(buffer: Uint8Array): number {
    this.entries.push(buffer);
    this.queuedBytes += buffer.byteLength;
    let dropped = 0;
    // Keep at least the newest entry even if it alone is over the bound.
    while (this.queuedBytes > this.maxBytes && this.length > 1) {
      const oldest = this.shift()!;
      this.droppedEntries++;
      this.droppedBytes += oldest.byteLength;
      dropped++;
    }
    return dropped;
  }

  /** Removes and returns every queued buffer, oldest first. */
  drain(): Uint8Array[] {
    const drained = this.head === 0 ? this.entries : this.entries.slice(this.head);
    this.entries = [];
    this.head = 0;
    this.queuedBytes = 0;
    return drained;
  }

  /** Drops everything queued (counted as dropped); returns the number of entries. */
  clear(): number {
    const count = this.length;
    this.droppedEntries += count;
    this.droppedBytes += this.queuedBytes;
    this.entries = [];
    this.head = 0;
    this.queuedBytes = 0;
    return count;
  }

  private shift(): Uint8Array | undefined {
    if (this.head >= this.entries.length) return undefined;
    const entry = this.entries[this.head]!;
    this.head++;
    this.queuedBytes -= entry.byteLength;
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    return entry;
  }
}
