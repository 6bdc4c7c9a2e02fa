/**
 * When an idle region stops ticking (TiKV's hibernate regions, CockroachDB's quiescence): a
 * region that served nothing and had nothing in flight for `quietTicks` ticks in a row costs no
 * tick, heartbeat or timer until something happens to it. Pure bookkeeping; the group decides
 * what counts as quiet and what wakes it (`region-group.ts`).
 */
export class Quiescence {
  /** The group is not ticked. */
  private sleeping = false;
  private quietTicks = 0;
  /** Something happened since the last tick (a request, a proposal): the quiet run starts over. */
  private active = false;

  /** @param quietTicksNeeded ticks of quiet before a leader quiesces; 0 = never. */
  constructor(private readonly quietTicksNeeded: number) {}

  get asleep(): boolean {
    return this.sleeping;
  }

  /** Work arrived for the group: the quiet run starts over. */
  noteActivity(): void {
    this.active = true;
  }

  /** After a tick: whether the group was quiet through it. */
  tickedQuiet(quiet: boolean): void {
    if (this.quietTicksNeeded === 0) return;
    this.quietTicks = quiet && !this.active ? this.quietTicks + 1 : 0;
    this.active = false;
  }

  /**
   * Quiet for the whole run and nothing happened since the last tick: the group may quiesce
   * instead of ticking (so that no regular heartbeat leaves with the quiescing round).
   */
  get quietLongEnough(): boolean {
    return this.quietTicksNeeded > 0 && !this.active && this.quietTicks >= this.quietTicksNeeded;
  }

  /** A follower may follow its leader into quiescence only when the group may quiesce at all. */
  get enabled(): boolean {
    return this.quietTicksNeeded > 0;
  }

  sleep(): void {
    this.sleeping = true;
    this.quietTicks = 0;
  }

  /** Ticking resumes; returns whether the group was asleep. */
  wake(): boolean {
    if (!this.sleeping) return false;
    this.sleeping = false;
    this.quietTicks = 0;
    return true;
  }
}
