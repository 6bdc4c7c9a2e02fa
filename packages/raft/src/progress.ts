import { Inflights } from './inflights.js';

/**
 * How the leader replicates to one follower (etcd tracker/progress.go):
 * - `probe`: the follower's log position is unknown; send one Append per heartbeat interval and wait.
 * - `replicate`: the position is known; stream Appends optimistically, bounded by the in-flight window.
 * - `snapshot`: the follower needs compacted entries; a snapshot is on its way, send nothing else.
 */
export type ProgressState = 'probe' | 'replicate' | 'snapshot';

/** The leader's view of one peer's log. */
export class Progress {
  /** Highest index known to match the leader's log (durable on that peer). */
  match = 0;
  /** Next index to send. */
  next: number;
  state: ProgressState = 'probe';
  /** Index of the snapshot in flight while in `snapshot` state. */
  pendingSnapshot = 0;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** In `probe` state: an Append was sent and is unanswered. */
  probeSent = false;
  /** In `snapshot` state: a whole election timeout has passed since the snapshot was sent. */
  snapshotStale = false;
  /** Send stamp (leader tick + 1) of the newest heartbeat this peer acknowledged; 0 = none. */
  heartbeatAckedAt = 0;
  readonly inflights: Inflights;

  constructor(
    next: number,
    maxInflight: number,
    public isLearner: boolean,
  ) {
    this.next = next;
    this.inflights = new Inflights(maxInflight);
  }

  private resetState(state: ProgressState): void {
    this.probeSent = false;
    this.snapshotStale = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    if (this.state === 'snapshot') {
      // The snapshot may have been installed: probe from just past it.
      const pendingSnapshot = this.pendingSnapshot;
      this.resetState('probe');
      this.next = Math.max(this.match + 1, pendingSnapshot + 1);
    } else {
      this.resetState('probe');
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState('snapshot');
    this.pendingSnapshot = snapshotIndex;
  }

  /** An acknowledgement up to `index`; returns whether `match` advanced. Stale acks are ignored. */
  maybeUpdate(index: number): boolean {
    let updated = false;
    if (this.match < index) {
      this.match = index;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, index + 1);
    return updated;
  }

  /** Pipelining: assume the Append ending at `lastIndex` will succeed. */
  optimisticUpdate(lastIndex: number): void {
    this.next = lastIndex + 1;
  }

  /**
   * A rejection of the Append at `rejected`, with the follower's hint. Returns false for a stale
   * rejection (one that says nothing about the current position).
   */
  maybeDecreaseTo(rejected: number, matchHint: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), 1);
    this.probeSent = false;
    return true;
  }

  /** Whether the leader must hold back Appends to this peer for now. */
  isPaused(): boolean {
    switch (this.state) {
      case 'probe':
        return this.probeSent;
      case 'replicate':
        return this.inflights.full();
      case 'snapshot':
        return true;
    }
  }

  /** A copy sharing nothing mutable but the inflight window (configuration changes work on copies). */
  clone(): Progress {
    const copy = new Progress(this.next, this.inflights.capacity, this.isLearner);
    copy.match = this.match;
    copy.state = this.state;
    copy.pendingSnapshot = this.pendingSnapshot;
    copy.recentActive = this.recentActive;
    copy.probeSent = this.probeSent;
    copy.snapshotStale = this.snapshotStale;
    copy.heartbeatAckedAt = this.heartbeatAckedAt;
    (copy as { inflights: Inflights }).inflights = this.inflights;
    return copy;
  }
}
