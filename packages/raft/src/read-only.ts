import type { Message } from '@flintkv/proto/raft';

/**
 * How linearizable reads are confirmed (Raft thesis §6.4):
 * - `safe`: the leader records its commit index, then confirms it is still leader with a round
 *   of heartbeats acknowledged by a quorum (ReadIndex).
 * - `lease-based`: the leader trusts its lease (check-quorum keeps followers from electing anyone
 *   else within an election timeout) and answers at once. Depends on bounded clock drift.
 */
export type ReadOnlyOption = 'safe' | 'lease-based';

/** A pending ReadIndex request: the commit index when it arrived, and who has confirmed since. */
export interface ReadIndexStatus {
  request: Message;
  index: number;
  acks: Map<number, boolean>;
}

/** Request contexts are opaque bytes; a hex string keys them exactly. */
export function contextKey(context: Uint8Array): string {
  let key = '';
  for (const byte of context) key += byte.toString(16).padStart(2, '0');
  return key;
}

/** The leader's queue of ReadIndex requests awaiting heartbeat confirmation (etcd read_only.go). */
export class ReadOnly {
  private pending = new Map<string, ReadIndexStatus>();
  private queue: string[] = [];

  constructor(readonly option: ReadOnlyOption) {}

  /** Queues a request at commit `index`; a duplicate context is ignored (it will be answered with the first). */
  addRequest(index: number, request: Message): void {
    const key = contextKey(request.context);
    if (this.pending.has(key)) return;
    this.pending.set(key, { request, index, acks: new Map() });
    this.queue.push(key);
  }

  /** Records a heartbeat acknowledgement carrying `context`; returns the acks so far. */
  recvAck(id: number, context: Uint8Array): Map<number, boolean> | undefined {
    const status = this.pending.get(contextKey(context));
    if (status === undefined) return undefined;
    status.acks.set(id, true);
    return status.acks;
  }

  /**
   * A quorum confirmed the request with `context`: it and every request queued before it are
   * confirmed too (the later heartbeat round proves leadership for the earlier reads).
   */
  advance(context: Uint8Array): ReadIndexStatus[] {
    const key = contextKey(context);
    const position = this.queue.indexOf(key);
    if (position < 0) return [];
    const confirmed = this.queue.slice(0, position + 1);
    this.queue = this.queue.slice(position + 1);
    const statuses: ReadIndexStatus[] = [];
    for (const done of confirmed) {
      statuses.push(this.pending.get(done)!);
      this.pending.delete(done);
    }
    return statuses;
  }

  /** Context of the newest pending request: heartbeats carry it so that acks confirm every request. */
  lastPendingContext(): Uint8Array | undefined {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? undefined : this.pending.get(key)!.request.context;
  }

  pendingCount(): number {
    return this.queue.length;
  }
}
