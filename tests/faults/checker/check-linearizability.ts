import {
  describeOperation,
  type HistoryEvent,
  pairOperations,
  type RegisterOperation,
  type RegisterValue,
} from './history.js';
import { searchLinearization } from './linearizability-search.js';
import { prepareForSearch, pruneUnobservable } from './prune.js';
import { type ShrinkBudget, shrinkViolation } from './shrink.js';

/** Limits and assumptions of {@link checkLinearizability}. */
export interface CheckOptions {
  /** The state of every key before the history; default absent. */
  initialState?: RegisterValue;
  /** Search steps per key before the key's verdict is `unknown`; default 5 000 000. */
  maxStepsPerKey?: number;
  /** Effort spent shrinking a violation; default 200 attempts × 100 000 steps. */
  shrink?: ShrinkBudget;
}

/** The verdict on one key. */
export interface KeyVerdict {
  key: string;
  outcome: 'linearizable' | 'violation' | 'unknown';
  /** Operations searched, after failed and unobservable ones were left out. */
  operations: number;
  steps: number;
}

/** The verdict on a whole history. `ok` is true only when every key was proven linearizable. */
export interface LinearizabilityVerdict {
  ok: boolean;
  outcome: 'linearizable' | 'violation' | 'unknown';
  /** The first key found non-linearizable (or, without a violation, the first left unknown). */
  key?: string;
  /** For a violation: a small sub-history of `key` that is still not linearizable. */
  failingHistory?: RegisterOperation[];
  /** For a violation: the longest sequence of `key`'s operation ids the search could order. */
  longestLinearization?: number[];
  keys: KeyVerdict[];
}

/**
 * Checks a history for linearizability against a register-with-compare-and-swap per key. Keys
 * are independent objects, so each is searched alone (linearizability is compositional).
 */
export function checkLinearizability(
  events: readonly HistoryEvent[],
  options: CheckOptions = {},
): LinearizabilityVerdict {
  return checkOperations(pairOperations(events), options);
}

/** {@link checkLinearizability} for operations already paired. */
export function checkOperations(
  operations: readonly RegisterOperation[],
  options: CheckOptions = {},
): LinearizabilityVerdict {
  const initialState = options.initialState ?? null;
  const maxSteps = options.maxStepsPerKey ?? 5_000_000;
  const byKey = new Map<string, RegisterOperation[]>();
  for (const operation of operations) {
    const list = byKey.get(operation.key);
    if (list === undefined) byKey.set(operation.key, [operation]);
    else list.push(operation);
  }
  const keys: KeyVerdict[] = [];
  let violation: LinearizabilityVerdict | undefined;
  let firstUnknown: string | undefined;
  for (const key of [...byKey.keys()].sort()) {
    const relevant = pruneUnobservable(byKey.get(key)!);
    const searched = prepareForSearch(relevant, initialState);
    const result = searchLinearization(searched, initialState, maxSteps);
    keys.push({ key, outcome: result.outcome, operations: searched.length, steps: result.steps });
    if (result.outcome === 'unknown') firstUnknown ??= key;
    if (result.outcome === 'violation' && violation === undefined) {
      violation = {
        ok: false,
        outcome: 'violation',
        key,
        failingHistory: shrinkViolation(
          relevant,
          initialState,
          result.failureTime,
          options.shrink ?? { maxAttempts: 200, maxStepsPerAttempt: 100_000 },
        ),
        longestLinearization: result.longestLinearization,
        keys,
      };
    }
  }
  if (violation !== undefined) return violation;
  if (firstUnknown !== undefined) return { ok: false, outcome: 'unknown', key: firstUnknown, keys };
  return { ok: true, outcome: 'linearizable', keys };
}

/** A human-readable report of a verdict, with the failing sub-history one operation per line. */
export function describeVerdict(verdict: LinearizabilityVerdict): string {
  const lines = [`linearizability: ${verdict.outcome}${verdict.key === undefined ? '' : ` (key ${verdict.key})`}`];
  for (const key of verdict.keys) {
    lines.push(`  ${key.key}: ${key.outcome}, ${key.operations} operations, ${key.steps} search steps`);
  }
  if (verdict.failingHistory !== undefined) {
    lines.push(`smallest failing sub-history of ${verdict.key} (${verdict.failingHistory.length} operations):`);
    for (const operation of verdict.failingHistory) lines.push(`  ${describeOperation(operation)}`);
  }
  return lines.join('\n');
}
