import type { RegisterOperation, RegisterValue } from './history.js';
import { searchLinearization } from './linearizability-search.js';
import { prepareForSearch, unexplainedValues } from './prune.js';

/** How hard {@link shrinkViolation} may try. */
export interface ShrinkBudget {
  /** Candidate sub-histories checked, at most. */
  maxAttempts: number;
  /** Search steps per candidate; a candidate whose search runs out is treated as not failing. */
  maxStepsPerAttempt: number;
}

/**
 * Shrinks a non-linearizable history of one key to a small sub-history that is still
 * non-linearizable: first the shortest failing prefix (in call order), then removal of
 * ever smaller chunks (delta debugging). A removal is kept only when the search proves the
 * rest non-linearizable and it does not make a read show a value that nothing remaining writes
 * (which would fail for a new, misleading reason). Bounded by `budget`; returns the smallest
 * failing history found.
 */
export function shrinkViolation(
  operations: readonly RegisterOperation[],
  initialState: RegisterValue,
  budget: ShrinkBudget,
): RegisterOperation[] {
  const allowedUnexplained = unexplainedValues(operations, initialState);
  let attempts = 0;
  const stillFails = (candidate: RegisterOperation[]): boolean => {
    if (attempts >= budget.maxAttempts) return false;
    for (const value of unexplainedValues(candidate, initialState)) {
      if (!allowedUnexplained.has(value)) return false;
    }
    attempts += 1;
    const prepared = prepareForSearch(candidate, initialState);
    return searchLinearization(prepared, initialState, budget.maxStepsPerAttempt).outcome === 'violation';
  };

  let current = [...operations].sort((left, right) => left.callTime - right.callTime || left.id - right.id);
  // The shortest failing prefix, by binary search (failure is close to monotone in the prefix).
  let low = 1;
  let high = current.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (stillFails(current.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  if (high < current.length && stillFails(current.slice(0, high))) current = current.slice(0, high);

  let chunk = Math.max(1, Math.floor(current.length / 2));
  while (attempts < budget.maxAttempts) {
    let removedAny = false;
    // Later operations first: the violation usually needs the early writes that set the stage.
    for (let start = current.length - chunk; start > -chunk; start -= chunk) {
      const from = Math.max(0, start);
      const candidate = [...current.slice(0, from), ...current.slice(start + chunk)];
      if (candidate.length > 0 && stillFails(candidate)) {
        current = candidate;
        removedAny = true;
      }
    }
    if (!removedAny) {
      if (chunk === 1) break;
      chunk = Math.max(1, Math.floor(chunk / 2));
    } else {
      chunk = Math.max(1, Math.min(chunk, Math.floor(current.length / 2)));
    }
  }
  return current.sort((left, right) => left.id - right.id);
}
