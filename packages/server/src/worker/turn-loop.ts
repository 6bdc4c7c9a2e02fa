import type { NodeStore, Turn } from '@flintkv/storage';
import type { HostInbound } from '../host-protocol.js';
import { keyId, type StoredRecord } from './group/group-state-machine.js';
import type { RegionGroup, StagedReady } from './group/region-group.js';
import { HostMetricName, type HostMetrics } from './host-metrics.js';
import type { HostOutbox } from './outbox.js';
import type { TickClock } from './tick-clock.js';
import { turnInvariant } from './turn-invariant.js';

/**
 * Longest time a turn's deferrable writes (applies, commit indexes) wait for a later turn's
 * batch when nothing else comes: long enough for a client's next request or a leader's next
 * append to arrive and share the fsync, short enough that idle replicas catch up on disk soon.
 */
export const DEFERRED_WRITES_MAX_DELAY_MS = 5;

/** What the turn loop drives. */
export interface TurnLoopHost {
  readonly store: NodeStore;
  readonly groups: ReadonlyMap<number, RegionGroup>;
  readonly outbox: HostOutbox;
  readonly metrics: HostMetrics;
  /** Hands one input to its group (`inbox.ts`). */
  dispatch(input: HostInbound): void;
  /** Whether the host itself has input for the groups (snapshots staged whole). */
  hasLocalInput(): boolean;
  /** Hands the host's own input to the groups, before the main thread's. */
  dispatchLocalInput(): void;
  /** After the turn's batch is durable and the groups finished it. */
  afterTurn(): void;
  /** Sends the groups' reports (some changed this turn). */
  postReport(): void;
  /** A turn threw: the host stops serving. */
  fail(error: unknown): void;
}

interface StagedGroup {
  group: RegionGroup;
  staged: StagedReady;
  /** The batch holding this result's writes. */
  turn: Turn;
}

/**
 * The turn loop of a host: one turn at a time persists every group's Raft state in one synced
 * batch (group commit).
 *
 * A turn: take all input that arrived (peer messages, client requests, ticks), collect every
 * group's Ready, send the messages that may precede the fsync, stage snapshots, entries, hard
 * states and applied commands of all groups into one batch, commit it, then send the rest,
 * answer clients and advance. Input arriving during the commit waits for the next turn.
 *
 * A turn that holds only deferrable writes (applies, applied indexes, a hard state that only
 * moved its commit index) stays open and is committed with the next turn's batch, or alone
 * after {@link DEFERRED_WRITES_MAX_DELAY_MS}, or at once when a read or a stop needs it. The
 * ordering rules are asserted with {@link turnInvariant}:
 * - a group finishes a staged result (applied index, reads) only once the batch holding it is durable;
 * - messages Raft sends after persisting leave before the commit only when the turn holds
 *   nothing Raft must find durable (no Ready that needs a sync);
 * - a deferred turn is the batch of the next turn, never dropped or committed twice.
 */
export class TurnLoop {
  private inbound: HostInbound[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;
  private started = false;
  private halted = false;
  /** Tasks that run between turns (`exclusive`), one at a time; no turn starts while one waits. */
  private exclusiveTasks = 0;
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  /** A turn with only deferrable writes, left open for the next turn to commit with its own. */
  private deferred: { turn: Turn; staged: StagedGroup[] } | undefined;
  private deferredTimer: NodeJS.Timeout | undefined;
  private deferredDue = false;
  /** Batches known durable (committed). */
  private readonly durableTurns = new WeakSet<Turn>();

  constructor(
    private readonly host: TurnLoopHost,
    /** Wall clock (request deadlines); injectable for tests. */
    private readonly now: () => number,
    /** Raft time. */
    private readonly ticks: TickClock,
  ) {}

  /** Turns may run from now on (the groups are loaded). */
  start(): void {
    this.started = true;
    this.schedule();
  }

  /** Queues input for the next turn. */
  enqueue(input: HostInbound): void {
    if (this.halted) return;
    this.inbound.push(input);
    this.schedule();
  }

  /** The host's tick timer fired: the next turn applies the ticks due. */
  tick(): void {
    this.schedule();
  }

  /** Stops turning: the turn in flight finishes, then a deferred batch is written. */
  async stop(): Promise<void> {
    this.halted = true;
    await this.running;
    await this.commitDeferred();
  }

  /** Stops turning at once (the host failed); nothing more is written. Returns the input no turn took. */
  halt(): HostInbound[] {
    this.halted = true;
    const untaken = this.inbound;
    this.inbound = [];
    return untaken;
  }

  /**
   * Runs `task` between turns: no turn runs and no deferred batch is open meanwhile, so every
   * write staged so far is in the database. The place to take a group out of the host.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.exclusiveTasks++;
    const run = this.exclusiveTail.then(async () => {
      while (this.running !== undefined) await this.running;
      await this.commitDeferred();
      return task();
    });
    this.exclusiveTail = run.catch(() => undefined);
    return run.finally(() => {
      this.exclusiveTasks--;
      this.schedule();
    });
  }

  schedule(): void {
    if (!this.started || this.scheduled || this.running !== undefined || this.halted || this.exclusiveTasks > 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.running !== undefined || this.halted || this.exclusiveTasks > 0) return;
      this.running = this.runTurn().finally(() => {
        this.running = undefined;
        if (this.hasWork()) this.schedule();
      });
    });
  }

  private hasWork(): boolean {
    if (this.halted) return false;
    if (this.inbound.length > 0 || this.ticks.due || (this.deferredDue && this.deferred !== undefined)) return true;
    if (this.host.hasLocalInput()) return true;
    for (const group of this.host.groups.values()) if (group.hasWork()) return true;
    return false;
  }

  private async runTurn(): Promise<void> {
    try {
      // One turn per event-loop iteration: input posted meanwhile is received before the next.
      if (this.hasWork()) await this.turn();
    } catch (error) {
      this.host.fail(error);
    }
  }

  private async turn(): Promise<void> {
    const { store, groups, outbox, metrics } = this.host;
    const turnStarted = performance.now();
    this.host.dispatchLocalInput();
    const inputs = this.inbound;
    this.inbound = [];
    for (const input of inputs) this.host.dispatch(input);
    const ticks = this.ticks.take();
    if (ticks > 0) {
      const now = this.now();
      groups.forEach((group) => {
        for (let i = 0; i < ticks; i++) group.tick(now);
      });
    }

    const work: {
      group: RegionGroup;
      ready: ReturnType<RegionGroup['takeReady']>;
      entries: ReturnType<RegionGroup['entriesToApply']>;
    }[] = [];
    // forEach, not for…of: in this async function the loop over every group, idle ones
    // included, allocated an iterator result per group per turn.
    groups.forEach((group) => {
      const ready = group.takeReady();
      const entries = group.entriesToApply(ready);
      if (ready !== undefined || entries.length > 0 || group.hasWork()) work.push({ group, ready, entries });
      if (ready !== undefined)
        for (const message of ready.messagesBeforePersist) outbox.sendRaftMessage(group.id, message);
    });
    // Followers start persisting while the leader's own fsync runs (Raft thesis §10.2.1).
    outbox.flushPeers();

    // A command that reads whole ranges (a split) reads them from the database: every earlier
    // write must be there, so a deferred batch is written first.
    const rangeReads = work.map(({ group, entries }) => group.rangesToRead(entries));
    const readsRanges = rangeReads.some((ranges) => ranges.length > 0);
    if (readsRanges && this.deferred !== undefined) await this.commitDeferred();
    // A deferred turn's writes are not in the database yet: reads of this turn look there first.
    const turn = this.deferred?.turn ?? store.beginTurn();
    const scanned = readsRanges ? await this.scanRanges(work, rangeReads) : [];
    const prefetched = new Map<number, Map<string, Uint8Array | null>>();
    await Promise.all(
      work.map(async ({ group, entries }) => {
        const values = new Map<string, Uint8Array | null>();
        prefetched.set(group.id, values);
        await Promise.all(
          group.keysToPrefetch(entries).map(async (key) => {
            const staged = turn.stagedKv(group.id, key);
            values.set(keyId(key), staged !== undefined ? staged : ((await store.kvGet(group.id, key)) ?? null));
          }),
        );
      }),
    );

    const applyStarted = performance.now();
    const sizeBefore = turn.size;
    const staged: StagedGroup[] = [];
    for (const [index, { group, ready, entries }] of work.entries()) {
      const result = group.stage(turn, ready, entries, prefetched.get(group.id)!, scanned[index]);
      if (result !== undefined) staged.push({ group, staged: result, turn });
    }
    for (const { group, staged: result } of staged) group.answerAppliedWrites(result);
    const commitStarted = performance.now();
    if (staged.some(({ staged: result }) => result.applied.length > 0)) {
      metrics.observe(HostMetricName.applySeconds, (commitStarted - applyStarted) / 1000);
    }

    if (this.mayDefer(turn)) {
      // Nothing Raft must find durable: send and advance now; the writes ride on a later batch.
      for (const { group, staged: result } of staged) {
        turnInvariant(!result.ready.mustSync, () => `group ${group.id}: a Ready that needs a sync was deferred`);
        for (const message of result.ready.messagesAfterPersist) outbox.sendRaftMessage(group.id, message);
        group.raw.advance(result.ready);
      }
      outbox.flushPeers();
      this.defer(turn, staged);
      if (turn.size > sizeBefore) metrics.increment(HostMetricName.deferredTurns);
    } else {
      const carried = this.takeDeferred();
      if (turn.size > 0) {
        await turn.commit();
        metrics.observe(HostMetricName.fsyncSeconds, (performance.now() - commitStarted) / 1000);
      }
      this.durableTurns.add(turn);
      for (const result of carried) this.finish(result);
      for (const result of staged) {
        for (const message of result.staged.ready.messagesAfterPersist)
          outbox.sendRaftMessage(result.group.id, message);
        this.finish(result);
        result.group.raw.advance(result.staged.ready);
      }
      outbox.flushPeers();
    }

    // Between turns nothing is being written: the place for snapshots, reloads and checksums.
    // A backup's view or a checksum reads the database at the applied index: writes applied and
    // answered in a deferred batch must be in it first, or the view misses acknowledged writes.
    if (this.deferred !== undefined && someGroup(groups, (group) => group.readsAppliedStateBetweenTurns())) {
      await this.commitDeferred();
    }
    this.host.afterTurn();
    const reloads: Promise<void>[] = [];
    groups.forEach((group) => {
      const reloading = group.betweenTurns();
      if (reloading !== undefined) reloads.push(reloading);
    });
    await Promise.all(reloads);
    if (someGroup(groups, (group) => group.reportChanged)) this.host.postReport();
    metrics.increment(HostMetricName.turns);
    metrics.observe(HostMetricName.turnSeconds, (performance.now() - turnStarted) / 1000);
  }

  /** The committed records of each group's ranges (`RegionGroup.rangesToRead`), by work item. */
  private async scanRanges(
    work: readonly { group: RegionGroup }[],
    rangeReads: readonly { lower: Uint8Array; upper: Uint8Array }[][],
  ): Promise<StoredRecord[][]> {
    const { store } = this.host;
    return Promise.all(
      rangeReads.map(async (ranges, index) => {
        const records: StoredRecord[] = [];
        for (const { lower, upper } of ranges) {
          for (const [key, value] of await store.kvScan(work[index]!.group.id, { start: lower, end: upper })) {
            records.push({ key, value });
          }
        }
        return records;
      }),
    );
  }

  private finish({ group, staged, turn }: StagedGroup): void {
    turnInvariant(
      this.durableTurns.has(turn),
      () => `group ${group.id}: finished a result before its batch was durable`,
    );
    group.finish(staged);
  }

  /**
   * Whether this turn's batch may wait for the next one: it holds only deferrable writes, no
   * read waits for them, and the oldest of them has not waited too long.
   */
  private mayDefer(turn: Turn): boolean {
    if (turn.urgency !== 'deferrable' || turn.size === 0 || this.deferredDue || this.halted) return false;
    for (const group of this.host.groups.values()) if (group.hasReadsInProgress()) return false;
    return true;
  }

  private defer(turn: Turn, staged: StagedGroup[]): void {
    if (this.deferred === undefined) {
      this.deferred = { turn, staged };
      this.deferredTimer = setTimeout(() => {
        this.deferredDue = true;
        this.schedule();
      }, DEFERRED_WRITES_MAX_DELAY_MS);
      return;
    }
    turnInvariant(this.deferred.turn === turn, () => 'a turn was deferred while another deferred batch was open');
    this.deferred.staged.push(...staged);
  }

  /** The deferred turn's staged results, to finish once this turn's batch (which holds them) is durable. */
  private takeDeferred(): StagedGroup[] {
    const carried = this.deferred?.staged ?? [];
    this.deferred = undefined;
    this.deferredDue = false;
    clearTimeout(this.deferredTimer);
    return carried;
  }

  /** Commits a deferred turn on its own (when stopping). */
  private async commitDeferred(): Promise<void> {
    const turn = this.deferred?.turn;
    const carried = this.takeDeferred();
    if (turn === undefined || this.host.store.failed) return;
    await turn.commit();
    this.durableTurns.add(turn);
    for (const result of carried) this.finish(result);
  }
}

/** Whether a group passes `test`, without copying the host's groups (every turn visits them all). */
function someGroup(groups: ReadonlyMap<number, RegionGroup>, test: (group: RegionGroup) => boolean): boolean {
  for (const group of groups.values()) if (test(group)) return true;
  return false;
}
