import { InvariantViolation } from './invariant-violation.js';
import { configurationsOverlap, describeConfiguration, type VoterConfiguration } from './quorum-overlap.js';

/** What a node's log holds at one index, as the checker compares it. */
export interface EntryIdentity {
  term: number;
  /** The entry's kind and bytes as one comparable string. */
  identity: string;
}

/** A leader whose log must still be compared with everything committed before its election. */
interface PendingLeaderCheck {
  term: number;
  nodeId: number;
  /** Highest index known committed when the leader was first seen. */
  committedAtElection: number;
}

/**
 * The invariant checker. The simulated cluster reports what each node does — becomes leader,
 * persists entries, learns a commit index, applies an entry — and the checker compares every
 * report with what it has seen before. All checks are incremental: each report costs O(1) or
 * O(entries reported), so they can run after every step.
 */
export class SafetyChecker {
  /** Election Safety: the one leader of each term. */
  private readonly leaderOfTerm = new Map<number, number>();
  /** The configuration each term's leader had when last seen. */
  private readonly leaderConfiguration = new Map<number, VoterConfiguration>();
  private highestLeaderTerm = 0;
  /** Log Matching: (index, term) → the entry and the term of its predecessor. */
  private readonly entryAt = new Map<string, { identity: string; previousTerm: number; nodeId: number }>();
  /** The ledger of committed entries: index → term and identity. */
  private readonly committedTerm: number[] = [];
  private readonly committedIdentity: string[] = [];
  private highestCommitted = 0;
  /** State Machine Safety: the state-machine hash after applying each index. */
  private readonly hashAfter: number[] = [];
  private readonly hashReporter: number[] = [];
  private readonly durableTerm = new Map<number, number>();
  private readonly durableCommit = new Map<number, number>();
  private readonly pendingLeaderChecks = new Map<number, PendingLeaderCheck>();

  /** Highest log index known to be committed. */
  get highestCommittedIndex(): number {
    return this.highestCommitted;
  }

  /** The committed entry at `index`, if the ledger knows it. */
  committedEntry(index: number): EntryIdentity | undefined {
    const term = this.committedTerm[index];
    if (term === undefined) return undefined;
    return { term, identity: this.committedIdentity[index] as string };
  }

  /**
   * A node reports itself leader of `term` with `configuration`. Checks Election Safety and
   * that the new leader's quorums intersect those of the previous term's leader.
   */
  observeLeader(nodeId: number, term: number, configuration: VoterConfiguration): void {
    const existing = this.leaderOfTerm.get(term);
    if (existing !== undefined && existing !== nodeId) {
      throw new InvariantViolation(
        'Election Safety',
        `nodes ${existing} and ${nodeId} are both leader of term ${term}`,
      );
    }
    if (existing === undefined) {
      this.leaderOfTerm.set(term, nodeId);
      if (term > this.highestLeaderTerm) {
        const previous = this.leaderConfiguration.get(this.highestLeaderTerm);
        if (previous !== undefined && !configurationsOverlap(previous, configuration)) {
          throw new InvariantViolation(
            'Quorum Overlap',
            `leader ${nodeId} of term ${term} has configuration ${describeConfiguration(configuration)}, ` +
              `which has a majority disjoint from ${describeConfiguration(previous)} of the leader of term ${this.highestLeaderTerm}`,
          );
        }
        this.highestLeaderTerm = term;
      }
      this.pendingLeaderChecks.set(nodeId, { term, nodeId, committedAtElection: this.highestCommitted });
    }
    this.leaderConfiguration.set(term, {
      voters: [...configuration.voters],
      votersOutgoing: [...configuration.votersOutgoing],
    });
  }

  /**
   * Leader Completeness, checked once the leader of `term` has made an entry of its own term
   * durable (from then on its durable log is a prefix-complete copy of its log): it must hold
   * every entry known committed when it was elected. `termAt` returns the term of the
   * leader's durable entry at an index, or undefined if compacted or absent.
   */
  verifyLeaderLog(nodeId: number, durableLastTerm: number, termAt: (index: number) => number | undefined): void {
    const pending = this.pendingLeaderChecks.get(nodeId);
    if (pending === undefined || durableLastTerm !== pending.term) return;
    this.pendingLeaderChecks.delete(nodeId);
    for (let index = pending.committedAtElection; index >= 1; index--) {
      const expected = this.committedTerm[index];
      if (expected === undefined) continue;
      const actual = termAt(index);
      if (actual === undefined) break; // compacted: covered by a snapshot of committed state
      if (actual !== expected) {
        throw new InvariantViolation(
          'Leader Completeness',
          `leader ${nodeId} of term ${pending.term} has term ${actual} at index ${index}, ` +
            `but the entry of term ${expected} there was committed before its election`,
        );
      }
    }
  }

  /** A node stopped being a candidate for the completeness check (it crashed or lost leadership). */
  forgetLeaderCheck(nodeId: number): void {
    this.pendingLeaderChecks.delete(nodeId);
  }

  /**
   * Log Matching: a node made `entry` durable at `index`, after an entry of `previousTerm`.
   * Two entries with the same index and term must be the same entry with the same predecessor
   * term — by induction, the logs are then identical up to that index.
   */
  observeDurableEntry(nodeId: number, index: number, entry: EntryIdentity, previousTerm: number): void {
    const key = `${index}:${entry.term}`;
    const seen = this.entryAt.get(key);
    if (seen === undefined) {
      this.entryAt.set(key, { identity: entry.identity, previousTerm, nodeId });
      return;
    }
    if (seen.identity !== entry.identity || seen.previousTerm !== previousTerm) {
      throw new InvariantViolation(
        'Log Matching',
        `index ${index} term ${entry.term}: node ${seen.nodeId} has ${seen.identity} after term ${seen.previousTerm}, ` +
          `node ${nodeId} has ${entry.identity} after term ${previousTerm}`,
      );
    }
  }

  /**
   * A node knows `entry` at `index` is committed (it applied it, or its durable commit index
   * covers it). Every committed entry is forever the same: a different one at a committed
   * index means a committed entry was lost.
   */
  observeCommitted(nodeId: number, index: number, entry: EntryIdentity, how: string): void {
    const term = this.committedTerm[index];
    if (term === undefined) {
      this.committedTerm[index] = entry.term;
      this.committedIdentity[index] = entry.identity;
      if (index > this.highestCommitted) this.highestCommitted = index;
      return;
    }
    if (term !== entry.term || this.committedIdentity[index] !== entry.identity) {
      throw new InvariantViolation(
        how === 'applied' ? 'State Machine Safety' : 'Committed Entry Durability',
        `node ${nodeId} ${how} ${entry.identity} (term ${entry.term}) at index ${index}, ` +
          `but ${this.committedIdentity[index]} (term ${term}) was committed there`,
      );
    }
  }

  /** A commit index is known without the entry (e.g. covered by a snapshot). */
  observeCommittedIndex(index: number): void {
    if (index > this.highestCommitted) this.highestCommitted = index;
  }

  /**
   * State Machine Safety over whole states: after applying (or restoring a snapshot) up to
   * `index`, every node's state-machine hash must be the same.
   */
  observeStateMachine(nodeId: number, index: number, hash: number): void {
    if (index === 0) return;
    const expected = this.hashAfter[index];
    if (expected === undefined) {
      this.hashAfter[index] = hash;
      this.hashReporter[index] = nodeId;
      return;
    }
    if (expected !== hash) {
      throw new InvariantViolation(
        'State Machine Safety',
        `node ${nodeId} has state ${hash.toString(16)} after index ${index}, ` +
          `node ${this.hashReporter[index]} had ${expected.toString(16)}`,
      );
    }
  }

  /** Durable hard state of a node: its term and commit index never move back, across crashes. */
  observeDurableHardState(nodeId: number, term: number, commit: number): void {
    const previousTerm = this.durableTerm.get(nodeId) ?? 0;
    const previousCommit = this.durableCommit.get(nodeId) ?? 0;
    if (term < previousTerm) {
      throw new InvariantViolation(
        'Durable Term Monotonic',
        `node ${nodeId} persisted term ${term} after ${previousTerm}`,
      );
    }
    if (commit < previousCommit) {
      throw new InvariantViolation(
        'Durable Commit Monotonic',
        `node ${nodeId} persisted commit ${commit} after ${previousCommit}`,
      );
    }
    this.durableTerm.set(nodeId, term);
    this.durableCommit.set(nodeId, commit);
  }

  /**
   * Forget a node's durable history (only for fault-injection tests that wipe a disk, to prove
   * the other invariants catch what amnesia breaks).
   */
  forgetDurableState(nodeId: number): void {
    this.durableTerm.delete(nodeId);
    this.durableCommit.delete(nodeId);
  }

  /**
   * A lease read served at once at `readIndex`, when `committedAtIssue` was the highest index
   * known committed: linearizable only if the read sees every entry committed before it.
   */
  observeLeaseRead(nodeId: number, readIndex: number, committedAtIssue: number): void {
    if (readIndex < committedAtIssue) {
      throw new InvariantViolation(
        'Linearizable Lease Read',
        `node ${nodeId} served a lease read at index ${readIndex}, but index ${committedAtIssue} was already committed`,
      );
    }
  }

  /** A read issued when `committedAtIssue` was committed was answered with `readIndex`. */
  observeReadIndex(nodeId: number, readIndex: number, committedAtIssue: number): void {
    if (readIndex < committedAtIssue) {
      throw new InvariantViolation(
        'Linearizable Read',
        `node ${nodeId} got read index ${readIndex} for a read issued after index ${committedAtIssue} was committed`,
      );
    }
  }
}
