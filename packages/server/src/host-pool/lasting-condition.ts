/**
 * Which ids have been in a condition for a while, not for a moment: the hosts' reports and the
 * region table are a few hundred milliseconds apart, so a region can look missing, dead or
 * removed between two of them. An id leaves the record as soon as it is out of the condition.
 *
 * @example
 * const missing = new LastingCondition(3_000);
 * for (const id of missing.lasting(regionsMissingNow, Date.now())) createReplica(id);
 */
export class LastingCondition {
  private readonly since = new Map<number, number>();

  constructor(private readonly graceMs: number) {}

  /** `current` are in the condition now: those that have been for `graceMs` or more. */
  lasting(current: readonly number[], now: number): number[] {
    for (const id of this.since.keys()) if (!current.includes(id)) this.since.delete(id);
    return current.filter((id) => {
      const since = this.since.get(id) ?? now;
      this.since.set(id, since);
      return now - since >= this.graceMs;
    });
  }
}

/** When each id was last asked for: asked again only after `retryMs`. */
export class AskedRecently {
  private readonly askedAt = new Map<number, number>();

  constructor(private readonly retryMs: number) {}

  /** Whether `id` may be asked for now; if so, it counts as asked. */
  ask(id: number, now: number): boolean {
    const asked = this.askedAt.get(id);
    if (asked !== undefined && now - asked < this.retryMs) return false;
    this.askedAt.set(id, now);
    return true;
  }
}
