import type { RegisterOperation, RegisterValue } from './history.js';
import { searchLinearization } from './linearizability-search.js';
import { prepareForSearch, shownValues, unexplainedValues, writtenValue } from './prune.js';

/** How hard {@link shrinkViolation} may try. */
export interface ShrinkBudget {
  /** Candidate sub-histories checked, at most. */
  maxAttempts: number;
  /** Search steps per candidate; a candidate whose search runs out is treated as not failing. */
  maxStepsPerAttempt: number;
}

/**
 * Shrinks a non-linearizable history of one key to a small sub-history that is still
 * non-linearizable. First it looks near `failureTime` (where the search got stuck): the last
 * k operations called before it, for k = 4, 8, 16, …, together with the writers of every value
 * they show; then it removes ever smaller chunks of the smallest failing candidate (delta
 * debugging). A candidate counts only when the search proves it non-linearizable, and never when
 * it shows a value that nothing in it writes (it would fail for a new, misleading reason).
 * Bounded by `budget`; returns the smallest failing history found (at worst the input).
 */
export function shrinkViolation(
  operations: readonly RegisterOperation[],
  initialState: RegisterValue,
  failureTime: number,
  budget: ShrinkBudget,
): RegisterOperation[] {
  const allowedUnexplained = unexplainedValues(operations, initialState);
  let attempts = 0;
  const stillFails = (candidate: RegisterOperation[]): boolean => {
    if (attempts >= budget.maxAttempts || candidate.length === 0) return false;
    for (const value of unexplainedValues(candidate, initialState)) {
      if (!allowedUnexplained.has(value)) return false;
    }
    attempts += 1;
    const prepared = prepareForSearch(candidate, initialState);
    return searchLinearization(prepared, initialState, budget.maxStepsPerAttempt).outcome === 'violation';
  };

  const byCall = [...operations].sort((left, right) => left.callTime - right.callTime || left.id - right.id);
  const calledBeforeFailure = byCall.filter((operation) => operation.callTime <= failureTime);
  let current = byCall;
  for (let size = 4; size < calledBeforeFailure.length * 2; size *= 2) {
    const candidate = withWriters(calledBeforeFailure.slice(-size), byCall);
    if (candidate.length < current.length && stillFails(candidate)) {
      current = candidate;
      break;
    }
  }
  return removeChunks(current, stillFails, () => attempts < budget.maxAttempts).sort(
    (left, right) => left.id - right.id,
  );
}

/**
 * The window plus, from `all`, the writers of values the window shows but does not write — and
 * of values those writers show in turn (a successful compare-and-swap shows its expected
 * value), so the candidate explains every value it shows.
 */
function withWriters(window: RegisterOperation[], all: RegisterOperation[]): RegisterOperation[] {
  const chosen = new Set(window);
  let frontier = window;
  while (frontier.length > 0) {
    const needed = new Set<RegisterValue>();
    for (const operation of frontier) for (const value of shownValues(operation)) needed.add(value);
    for (const operation of chosen) {
      const value = writtenValue(operation);
      if (value !== undefined) needed.delete(value);
    }
    frontier = all.filter((operation) => {
      const value = writtenValue(operation);
      return value !== undefined && needed.has(value) && !chosen.has(operation);
    });
    for (const operation of frontier) chosen.add(operation);
  }
  return all.filter((operation) => chosen.has(operation));
}

/** Delta debugging: drop chunks (later ones first), halving the chunk size when none can go. */
function removeChunks(
  operations: RegisterOperation[],
  stillFails: (candidate: RegisterOperation[]) => boolean,
  mayContinue: () => boolean,
): RegisterOperation[] {
  let current = operations;
  let chunk = Math.max(1, Math.floor(current.length / 2));
  while (mayContinue()) {
    let removedAny = false;
    for (let start = current.length - chunk; start > -chunk; start -= chunk) {
      const candidate = [...current.slice(0, Math.max(0, start)), ...current.slice(start + chunk)];
      if (stillFails(candidate)) {
        current = candidate;
        removedAny = true;
      }
    }
    if (removedAny) chunk = Math.max(1, Math.min(chunk, Math.floor(current.length / 2)));
    else if (chunk === 1) break;
    else chunk = Math.max(1, Math.floor(chunk / 2));
  }
  return current;
}
