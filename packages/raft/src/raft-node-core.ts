import type { Message, Snapshot } from '@flintkv/proto/raft';
import type { RaftLog } from './log.js';
import type { VoteResult } from './quorum.js';
import type { ReadOnly } from './read-only.js';
import type { ProgressTracker } from './tracker.js';

/**
 * What the election and replication rules (`election.ts`, `replication.ts`) read and do on a
 * Raft node. `Raft` (`raft.ts`) implements it; the rules depend on this contract rather than on
 * the class, so the three modules form no import circle.
 */
export interface RaftNodeCore {
  readonly id: number;
  readonly term: number;
  readonly vote: number;
  /** Current leader; 0 = unknown. */
  readonly lead: number;
  electionElapsed: number;
  readonly log: RaftLog;
  readonly tracker: ProgressTracker;
  readonly readOnly: ReadOnly;
  readonly maxSizePerMsg: number;
  readonly leadTransferee: number;
  /** Ticks since this node became leader; heartbeats carry it as their send stamp. */
  readonly leaderTicks: number;
  /** A TimeoutNow went out this term: another node may win without waiting out our lease. */
  leaseRevoked: boolean;
  becomePreCandidate(): void;
  becomeCandidate(): void;
  becomeLeader(): void;
  /** Records a vote response and returns the election's state. */
  poll(id: number, granted: boolean): { granted: number; rejected: number; result: VoteResult };
  send(fields: Partial<Message> & Pick<Message, 'type' | 'to'>): void;
  setVote(candidate: number): void;
  maybeCommit(): boolean;
  restore(snapshot: Snapshot): boolean;
  releasePendingReadIndexMessages(): void;
  respondToReadIndex(request: Message, index: number): void;
}
