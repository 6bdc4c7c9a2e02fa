/**
 * Errors the Raft core throws. Each carries a stable `code`; callers recognise errors by code,
 * never by class (a worker boundary or a second copy of the package would break `instanceof`).
 */

/** A Raft invariant was violated: the core's state is no longer trustworthy. Never caught and ignored. */
export class RaftInvariantError extends Error {
  readonly code = 'FLINT_RAFT_INVARIANT';
  constructor(message: string) {
    super(`raft invariant violated: ${message}`);
    this.name = 'RaftInvariantError';
  }
}

/** The configuration given to the core is unusable. */
export class RaftConfigError extends Error {
  readonly code = 'FLINT_RAFT_CONFIG';
  constructor(message: string) {
    super(`invalid raft configuration: ${message}`);
    this.name = 'RaftConfigError';
  }
}

/** Why a proposal (or read, or transfer) was not accepted by the local node. */
export type ProposalDropReason =
  | 'no-leader'
  | 'not-leader'
  | 'transfer-in-progress'
  | 'conf-change-pending'
  | 'conf-change-invalid'
  | 'uncommitted-size-exceeded'
  | 'forwarding-disabled';

/**
 * A proposal was not appended to any log. The caller may retry later, or at `leaderHint`
 * (0 when no leader is known).
 */
export class ProposalDroppedError extends Error {
  readonly code = 'FLINT_PROPOSAL_DROPPED';
  constructor(
    readonly reason: ProposalDropReason,
    readonly leaderHint: number,
    detail?: string,
  ) {
    // A dropped proposal is flow control, not a fault: callers meet it routinely (no leader yet,
    // a transfer under way), and capturing a stack trace for each was the single largest cost of
    // a simulated seed. The message and reason say all there is to say.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(
      `proposal dropped (${reason})${detail === undefined ? '' : `: ${detail}`}; ` +
        (leaderHint === 0 ? 'no leader known, retry later' : `retry at leader ${leaderHint}`),
    );
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'ProposalDroppedError';
  }
}

/** A membership change that cannot be applied to the current configuration. */
export class ConfChangeError extends Error {
  readonly code = 'FLINT_RAFT_CONF_CHANGE';
  constructor(message: string) {
    super(`invalid configuration change: ${message}`);
    this.name = 'ConfChangeError';
  }
}

/** Requested entries precede the storage's first index (they were compacted away). */
export class StorageCompactedError extends Error {
  readonly code = 'FLINT_STORAGE_COMPACTED';
  constructor(index: number, firstIndex: number) {
    super(`log index ${index} is compacted (first available index is ${firstIndex})`);
    this.name = 'StorageCompactedError';
  }
}

/** Requested entries lie beyond the storage's last index. */
export class StorageUnavailableError extends Error {
  readonly code = 'FLINT_STORAGE_UNAVAILABLE';
  constructor(index: number, lastIndex: number) {
    super(`log index ${index} is unavailable (last index is ${lastIndex})`);
    this.name = 'StorageUnavailableError';
  }
}

/** A snapshot older than the one the storage already holds was offered. */
export class StorageSnapshotOutOfDateError extends Error {
  readonly code = 'FLINT_STORAGE_SNAPSHOT_OUT_OF_DATE';
  constructor(index: number, current: number) {
    super(`snapshot at index ${index} is older than the stored snapshot at ${current}`);
    this.name = 'StorageSnapshotOutOfDateError';
  }
}
