import type { GroupStorage } from '@flintkv/storage';
import { HostMetricName } from '../host-metrics.js';
import type { GroupEnvironment, GroupRaftOptions } from './group-environment.js';
import { type GroupAnswers, partitionByDeadline } from './group-answers.js';
import type { ClientWaiter } from './pending-requests.js';

/** Entries kept behind the applied index when the log is compacted, so slightly lagging followers need no snapshot. */
export const COMPACTION_RETAINED_ENTRIES = 64;

/** The applied index and storage of the group being maintained. */
export interface MaintainedGroup {
  readonly id: number;
  readonly storage: GroupStorage;
  readonly appliedIndex: number;
}

/**
 * A group's housekeeping between turns: compacting its log past a threshold (or on request)
 * and building the snapshot Raft asks for when a follower needs entries the log no longer holds.
 */
export class RegionMaintenance {
  /** Payload bytes appended since the last compaction (an estimate of the log's size). */
  private appendedBytes = 0;
  /** Compact requests waiting for the next compaction to be durable. */
  private compactWaiters: ClientWaiter[] = [];
  /** Index the next turn compacts the log up to. */
  private compactTo: number | undefined;
  /** Set by a Compact request: compact at the next turn whatever the thresholds say. */
  private forceCompaction = false;
  /** Raft asked for a snapshot newer than the latest built one. */
  private snapshotWanted = false;
  private snapshotBuilding = false;

  constructor(
    private readonly group: MaintainedGroup,
    private readonly environment: GroupEnvironment,
    private readonly options: GroupRaftOptions,
    private readonly answers: GroupAnswers,
  ) {
    group.storage.onSnapshotWanted(() => {
      this.snapshotWanted = true;
      environment.wake();
    });
  }

  /** The estimated size of the log's payloads, for reports. */
  get logBytes(): number {
    return this.appendedBytes;
  }

  /** A compaction is scheduled for the next turn. */
  get hasWork(): boolean {
    return this.compactTo !== undefined;
  }

  noteAppended(bytes: number): void {
    this.appendedBytes += bytes;
  }

  /** A snapshot replaced the log. */
  noteSnapshotInstalled(): void {
    this.appendedBytes = 0;
  }

  /** A Compact request: compacts at the next turn and answers once that is durable. */
  requestCompaction(waiter: ClientWaiter): void {
    this.compactWaiters.push(waiter);
    this.forceCompaction = true;
  }

  /** The index the turn being staged compacts the log up to, if any (taken once). */
  takeCompaction(): number | undefined {
    const upTo = this.compactTo;
    this.compactTo = undefined;
    return upTo;
  }

  tick(now: number): void {
    const [late, waiting] = partitionByDeadline(this.compactWaiters, now);
    this.compactWaiters = waiting;
    for (const waiter of late) this.answers.timeout(waiter);
  }

  /** Between turns: schedules a compaction, starts a wanted snapshot, answers Compact requests. */
  betweenTurns(): void {
    if (this.wantsCompaction()) this.scheduleCompaction();
    this.startWantedSnapshot();
    this.answerCompactWaiters();
  }

  /** Entries kept behind the applied index by a threshold compaction. */
  private get retainedEntries(): number {
    return Math.min(COMPACTION_RETAINED_ENTRIES, Math.floor(this.options.compaction.maxLogEntries / 2));
  }

  /**
   * Where a compaction now would cut the log: entries below it go. Entries after a snapshot
   * being streamed stay, so its follower catches up from the log once it is installed.
   */
  private compactionPoint(): number {
    const applied = this.group.appliedIndex;
    const point = this.forceCompaction ? applied + 1 : applied + 1 - this.retainedEntries;
    const streamed = this.group.storage.oldestStreamedSnapshotIndex();
    return streamed === undefined ? point : Math.min(point, streamed + 1);
  }

  /** Whether the log is over a threshold (or a Compact request asks) and a compaction can shorten it. */
  private wantsCompaction(): boolean {
    if (this.compactTo !== undefined) return false;
    const { storage, appliedIndex } = this.group;
    if (appliedIndex === 0 || this.compactionPoint() <= storage.firstIndex()) {
      // Nothing to cut: a forced compaction is answered as is.
      this.forceCompaction = false;
      return false;
    }
    if (this.forceCompaction) return true;
    const entries = appliedIndex - storage.firstIndex() + 1;
    return entries > this.options.compaction.maxLogEntries || this.appendedBytes > this.options.compaction.maxLogBytes;
  }

  /**
   * Schedules the log compaction for the next turn. No snapshot is built for it: the state
   * machine on disk is the snapshot, read when a follower needs one.
   */
  private scheduleCompaction(): void {
    const { storage } = this.group;
    const upTo = this.compactionPoint();
    this.forceCompaction = false;
    this.environment.log.debug(
      { group: this.group.id, appliedIndex: this.group.appliedIndex, compactTo: upTo },
      'log compaction',
    );
    const kept = storage.lastIndex() - upTo + 1;
    const total = storage.lastIndex() - storage.firstIndex() + 1;
    this.appendedBytes = total > 0 ? Math.round((this.appendedBytes * Math.max(0, kept)) / total) : 0;
    this.compactTo = upTo;
    this.environment.metrics.increment(HostMetricName.compactions);
  }

  /**
   * Builds the snapshot Raft asked for at the applied index. It reads the data through a
   * LevelDB snapshot taken before any later batch, so turns go on while it is built, and Raft
   * finds it the next time it looks for one.
   */
  private startWantedSnapshot(): void {
    if (!this.snapshotWanted || this.snapshotBuilding) return;
    this.snapshotWanted = false;
    this.snapshotBuilding = true;
    const { storage, id } = this.group;
    const applied = this.group.appliedIndex;
    storage.buildSnapshot(applied, storage.initialState().confState).then(
      (snapshot) => {
        this.snapshotBuilding = false;
        this.environment.log.info(
          { group: id, index: applied, bytes: snapshot.data.byteLength },
          'snapshot built for a follower',
        );
        this.environment.wake();
      },
      (error: unknown) => {
        this.snapshotBuilding = false;
        this.environment.log.warn({ group: id, err: error }, 'building a snapshot failed; Raft will ask again');
      },
    );
  }

  /** Answers Compact requests once the compaction they waited for is durable. */
  private answerCompactWaiters(): void {
    if (this.compactWaiters.length === 0 || this.compactTo !== undefined || this.forceCompaction) return;
    const waiters = this.compactWaiters;
    this.compactWaiters = [];
    const firstIndex = this.group.storage.firstIndex();
    for (const waiter of waiters) this.answers.answer(waiter, { type: 'compact', firstIndex });
  }
}
