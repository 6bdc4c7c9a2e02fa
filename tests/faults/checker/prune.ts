import type { RegisterOperation, RegisterValue } from './history.js';

/**
 * Makes a key's history cheaper to search without changing whether it is linearizable:
 * 1. leaves out indeterminate writes whose value nobody could have seen ({@link pruneUnobservable});
 * 2. gives an indeterminate operation that is the only writer of a value a deadline: it must
 *    take effect before the first operation that saw the value returned ({@link boundByObservers}).
 * Without these, every unanswered write stays open to the end of the history and multiplies the
 * search space by two.
 */
export function prepareForSearch(
  operations: readonly RegisterOperation[],
  initialState: RegisterValue,
): RegisterOperation[] {
  return boundByObservers(pruneUnobservable(operations), initialState);
}

/** The value an operation writes if it takes effect; undefined for reads. */
export function writtenValue(operation: RegisterOperation): RegisterValue | undefined {
  const input = operation.input;
  return input.kind === 'write' ? input.value : input.kind === 'cas' ? input.next : undefined;
}

/** Values a determinate operation proves were current at its linearization point. */
function observedValues(operation: RegisterOperation): RegisterValue[] {
  const { input, output } = operation;
  if (output?.kind === 'read') return [output.value];
  if (input.kind === 'cas' && output?.kind === 'cas') {
    if (output.succeeded) return [input.expected];
    if (output.current !== undefined) return [output.current];
  }
  return [];
}

/**
 * An indeterminate write or compare-and-swap whose value no read returned, no compare-and-swap
 * expected or reported, and that no failed compare-and-swap without a reported current value
 * can follow, can always be linearized last instead (its result is unknown), so the history is
 * linearizable with it exactly when it is without it. Repeated until nothing changes, since
 * leaving out an indeterminate compare-and-swap can leave the value it expected unobserved.
 */
export function pruneUnobservable(operations: readonly RegisterOperation[]): RegisterOperation[] {
  let lastBlindFailedCasReturn = Number.NEGATIVE_INFINITY;
  const observers = new Map<RegisterValue, number>();
  const observe = (value: RegisterValue, change: number) => observers.set(value, (observers.get(value) ?? 0) + change);
  // Indeterminate writers by the value they write: the candidates for leaving out.
  const writersOf = new Map<RegisterValue, RegisterOperation[]>();
  for (const operation of operations) {
    const { input, output, returnTime } = operation;
    if (input.kind === 'cas' && output?.kind === 'cas' && !output.succeeded && output.current === undefined) {
      lastBlindFailedCasReturn = Math.max(lastBlindFailedCasReturn, returnTime);
    }
    for (const value of observedValues(operation)) observe(value, 1);
    if (mayNeedExpected(operation)) observe((input as { expected: RegisterValue }).expected, 1);
    if (output === undefined && input.kind !== 'read') {
      const value = writtenValue(operation)!;
      const list = writersOf.get(value);
      if (list === undefined) writersOf.set(value, [operation]);
      else list.push(operation);
    }
  }
  const removed = new Set<RegisterOperation>();
  const unseen = [...writersOf.keys()].filter((value) => (observers.get(value) ?? 0) === 0);
  while (unseen.length > 0) {
    const value = unseen.pop()!;
    for (const operation of writersOf.get(value) ?? []) {
      if (removed.has(operation) || lastBlindFailedCasReturn > operation.callTime) continue;
      removed.add(operation);
      if (mayNeedExpected(operation)) {
        const expected = (operation.input as { expected: RegisterValue }).expected;
        observe(expected, -1);
        if (observers.get(expected) === 0) unseen.push(expected);
      }
    }
  }
  return operations.filter((operation) => !removed.has(operation));
}

/**
 * Values an operation needs some write to explain: those it proves were current, and the
 * expected value of an indeterminate compare-and-swap (it may have succeeded).
 */
export function shownValues(operation: RegisterOperation): RegisterValue[] {
  const values = observedValues(operation);
  if (operation.output === undefined && operation.input.kind === 'cas') values.push(operation.input.expected);
  return values;
}

/**
 * A compare-and-swap that may have succeeded (indeterminate, or failed without saying what it
 * found — then it needs its expected value absent) depends on whether its expected value was current.
 */
function mayNeedExpected(operation: RegisterOperation): boolean {
  const { input, output } = operation;
  return (
    input.kind === 'cas' &&
    (output === undefined || (output.kind === 'cas' && !output.succeeded && output.current === undefined))
  );
}

/**
 * If an indeterminate operation is the only one that writes value v (and v is not the initial
 * state), every operation that saw v comes after it in any linearization, so it takes effect
 * before the earliest return of those; giving it that return time removes no legal order. An
 * indeterminate compare-and-swap so bounded must have taken effect, so it saw its expected value
 * too: deadlines propagate back along such chains until nothing changes.
 */
export function boundByObservers(
  operations: readonly RegisterOperation[],
  initialState: RegisterValue,
): RegisterOperation[] {
  const writers = new Map<RegisterValue, number>();
  for (const operation of operations) {
    const value = writtenValue(operation);
    if (value !== undefined) writers.set(value, (writers.get(value) ?? 0) + 1);
  }
  const firstSeenBy = new Map<RegisterValue, number>();
  const seen = (value: RegisterValue, time: number): boolean => {
    if (time >= (firstSeenBy.get(value) ?? Number.POSITIVE_INFINITY)) return false;
    firstSeenBy.set(value, time);
    return true;
  };
  for (const operation of operations) {
    for (const value of observedValues(operation)) seen(value, operation.returnTime);
  }
  const bounded = operations.map((operation) => ({ ...operation }));
  const open = bounded.filter((operation) => {
    const value = writtenValue(operation);
    return operation.output === undefined && value !== undefined && value !== initialState && writers.get(value) === 1;
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (const operation of open) {
      const deadline = Math.max(
        firstSeenBy.get(writtenValue(operation)!) ?? Number.POSITIVE_INFINITY,
        operation.callTime,
      );
      if (deadline >= operation.returnTime) continue;
      operation.returnTime = deadline;
      changed = true;
      if (operation.input.kind === 'cas') seen(operation.input.expected, operation.returnTime);
    }
  }
  return bounded;
}

/**
 * Values the history shows (read results, expected values of successful compare-and-swaps,
 * current values reported by failed ones) that no operation in it writes and that are not the
 * initial state.
 */
export function unexplainedValues(
  operations: readonly RegisterOperation[],
  initialState: RegisterValue,
): Set<RegisterValue> {
  const written = new Set<RegisterValue>([initialState]);
  const shown = new Set<RegisterValue>();
  for (const operation of operations) {
    const value = writtenValue(operation);
    if (value !== undefined) written.add(value);
    for (const seen of observedValues(operation)) shown.add(seen);
  }
  for (const value of written) shown.delete(value);
  return shown;
}
