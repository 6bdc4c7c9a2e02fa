import type { Message } from '@flintkv/proto';

/** Bounds of {@link EarlyMessages}. */
export interface EarlyMessageLimits {
  /** A message older than this is dropped rather than stepped (Raft resends what still matters). */
  readonly maxAgeMs: number;
  /** The newest this many messages per group are kept. */
  readonly perGroup: number;
  /** Groups with messages kept at once; past it, messages for further groups are dropped. */
  readonly groups: number;
}

export const DEFAULT_EARLY_MESSAGE_LIMITS: EarlyMessageLimits = Object.freeze({
  maxAgeMs: 2_000,
  perGroup: 8,
  groups: 256,
});

/**
 * Raft messages for a group this host does not hold yet, kept a little while for it. After a
 * split, the parent's leader applies the split first and its new group campaigns at once; the
 * other replicas create the new group only when they apply the split too, up to a heartbeat
 * later, and a vote request dropped meanwhile left the new region without a leader for an
 * election timeout. Stepping a kept message later is a delay Raft already tolerates. Pure: the
 * caller gives the time.
 *
 * @example
 * early.keep(groupId, message, Date.now()); // no such group here (yet)
 * for (const message of early.take(group.id, Date.now())) group.step(message); // it was created
 */
export class EarlyMessages {
  private readonly byGroup = new Map<number, { message: Message; at: number }[]>();

  constructor(private readonly limits: EarlyMessageLimits = DEFAULT_EARLY_MESSAGE_LIMITS) {}

  /** Keeps `message` for group `groupId`; returns false when it was dropped (too many groups). */
  keep(groupId: number, message: Message, now: number): boolean {
    let kept = this.byGroup.get(groupId);
    if (kept === undefined) {
      if (this.byGroup.size >= this.limits.groups) return false;
      kept = [];
      this.byGroup.set(groupId, kept);
    }
    kept.push({ message, at: now });
    if (kept.length > this.limits.perGroup) kept.shift();
    return true;
  }

  /** The messages kept for group `groupId` and still fresh, oldest first; forgets them all. */
  take(groupId: number, now: number): Message[] {
    const kept = this.byGroup.get(groupId);
    if (kept === undefined) return [];
    this.byGroup.delete(groupId);
    return kept.filter(({ at }) => now - at <= this.limits.maxAgeMs).map(({ message }) => message);
  }

  /** Forgets what is too old to step (for groups that never came). */
  prune(now: number): void {
    for (const [groupId, kept] of this.byGroup) {
      const fresh = kept.filter(({ at }) => now - at <= this.limits.maxAgeMs);
      if (fresh.length === 0) this.byGroup.delete(groupId);
      else if (fresh.length < kept.length) this.byGroup.set(groupId, fresh);
    }
  }

  /** Groups with messages kept (for tests). */
  get groupCount(): number {
    return this.byGroup.size;
  }
}
