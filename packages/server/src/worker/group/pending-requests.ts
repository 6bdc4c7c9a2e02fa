/**
 * Client requests a group is waiting on: proposals until their entry is applied, reads until
 * the read index is confirmed and applied. Pure bookkeeping; the host answers what these
 * return.
 */

/** Where and by when to answer a client. */
export interface ClientWaiter {
  connection: number;
  requestId: number;
  /** Wall-clock milliseconds after which the request is answered TIMEOUT. */
  deadline: number;
}

/** Waiters keyed by a number (proposal id or read id), with deadlines. */
export class PendingTable<T extends { waiter: ClientWaiter }> {
  private readonly entries = new Map<number, T>();

  get size(): number {
    return this.entries.size;
  }

  add(id: number, item: T): void {
    this.entries.set(id, item);
  }

  get(id: number): T | undefined {
    return this.entries.get(id);
  }

  take(id: number): T | undefined {
    const item = this.entries.get(id);
    if (item !== undefined) this.entries.delete(id);
    return item;
  }

  /** Removes and returns every item matching `predicate`, in insertion order. */
  takeWhere(predicate: (item: T) => boolean): T[] {
    const taken: T[] = [];
    for (const [id, item] of this.entries) {
      if (predicate(item)) {
        this.entries.delete(id);
        taken.push(item);
      }
    }
    return taken;
  }

  /** Removes and returns every item past its deadline at `now`. */
  expire(now: number): T[] {
    return this.takeWhere((item) => item.waiter.deadline <= now);
  }

  takeAll(): T[] {
    const all = [...this.entries.values()];
    this.entries.clear();
    return all;
  }
}
