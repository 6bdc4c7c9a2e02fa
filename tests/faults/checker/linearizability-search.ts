import type { RegisterOperation, RegisterValue } from './history.js';
import { stepRegister } from './register-model.js';

/** The outcome of searching one key's operations for a linearization. */
export type SearchResult =
  | { outcome: 'linearizable'; steps: number }
  | {
      outcome: 'violation';
      steps: number;
      /** Ids of the longest sequence of operations the search could linearize, in order. */
      longestLinearization: number[];
      /** The earliest return among operations left out of that sequence: about where it fails. */
      failureTime: number;
    }
  | { outcome: 'unknown'; steps: number };

/** One end of an operation's interval, threaded on a doubly-linked list in time order. */
interface IntervalEntry {
  operationIndex: number;
  isCall: boolean;
  time: number;
  /** Call → its return entry; undefined for operations that never return. */
  returnEntry: IntervalEntry | undefined;
  previous: IntervalEntry | undefined;
  next: IntervalEntry | undefined;
}

/**
 * Searches for a linearization of one key's operations against the register model: the
 * Wing–Gong algorithm with Lowe's memoisation, as in porcupine and Knossos. A configuration
 * (set of linearized operations, register state) already explored is never explored again.
 *
 * Operations with an infinite return time (indeterminate, with no deadline) have no return
 * entry: they may be linearized anywhere after their call, and once every operation with a
 * return time is linearized the rest can go last (their results are unknown, so any state
 * accepts them) — so the search is done.
 *
 * Gives up with `unknown` after `maxSteps` steps; it never reports `linearizable` without a
 * complete linearization.
 */
export function searchLinearization(
  operations: readonly RegisterOperation[],
  initialState: RegisterValue,
  maxSteps: number,
): SearchResult {
  const head = buildIntervalList(operations);
  const linearized = new LinearizedSet(operations.length);
  const explored = new ExploredConfigurations();
  // The stack of linearized calls as a linked list, so the deepest one seen can be kept by reference.
  let top: StackFrame | undefined;
  let deepest: StackFrame | undefined;
  const mustReturn = operations.map((operation) => Number.isFinite(operation.returnTime));
  let determinateLeft = mustReturn.filter(Boolean).length;
  let state = initialState;
  let entry = head.next;
  let steps = 0;

  while (determinateLeft > 0) {
    steps += 1;
    if (steps > maxSteps) return { outcome: 'unknown', steps };
    if (entry === undefined || !entry.isCall) {
      // A return entry (or the end): the operation returning here was not linearized in time.
      if (top === undefined) {
        const longestLinearization = linearizationOf(deepest, operations);
        return {
          outcome: 'violation',
          steps,
          longestLinearization,
          failureTime: failureTime(operations, longestLinearization),
        };
      }
      const frame = top;
      top = frame.parent;
      state = frame.stateBefore;
      linearized.toggle(frame.call.operationIndex);
      if (mustReturn[frame.call.operationIndex]) determinateLeft += 1;
      unlift(frame.call);
      entry = frame.call.next;
      continue;
    }
    const operation = operations[entry.operationIndex]!;
    const stepped = stepRegister(state, operation.input, operation.output);
    if (stepped !== undefined) {
      linearized.toggle(entry.operationIndex);
      if (explored.addIfNew(linearized, stepped.next)) {
        top = { call: entry, stateBefore: state, parent: top, depth: (top?.depth ?? 0) + 1 };
        if (top.depth > (deepest?.depth ?? 0)) deepest = top;
        state = stepped.next;
        if (mustReturn[entry.operationIndex]) determinateLeft -= 1;
        lift(entry);
        entry = head.next;
        continue;
      }
      linearized.toggle(entry.operationIndex);
    }
    entry = entry.next;
  }
  return { outcome: 'linearizable', steps };
}

interface StackFrame {
  call: IntervalEntry;
  stateBefore: RegisterValue;
  parent: StackFrame | undefined;
  depth: number;
}

function linearizationOf(frame: StackFrame | undefined, operations: readonly RegisterOperation[]): number[] {
  const ids: number[] = [];
  for (let current = frame; current !== undefined; current = current.parent) {
    ids.push(operations[current.call.operationIndex]!.id);
  }
  return ids.reverse();
}

function failureTime(operations: readonly RegisterOperation[], linearization: number[]): number {
  const linearized = new Set(linearization);
  let earliest = Number.POSITIVE_INFINITY;
  for (const operation of operations) {
    if (!linearized.has(operation.id)) earliest = Math.min(earliest, operation.returnTime);
  }
  return earliest;
}

function buildIntervalList(operations: readonly RegisterOperation[]): IntervalEntry {
  const entries: IntervalEntry[] = [];
  operations.forEach((operation, operationIndex) => {
    const returnEntry: IntervalEntry | undefined = !Number.isFinite(operation.returnTime)
      ? undefined
      : {
          operationIndex,
          isCall: false,
          time: operation.returnTime,
          returnEntry: undefined,
          previous: undefined,
          next: undefined,
        };
    entries.push({
      operationIndex,
      isCall: true,
      time: operation.callTime,
      returnEntry,
      previous: undefined,
      next: undefined,
    });
    if (returnEntry !== undefined) entries.push(returnEntry);
  });
  // At equal times calls come first: touching intervals count as concurrent, which can only
  // widen the set of legal orders (never a false violation).
  entries.sort((left, right) => left.time - right.time || Number(right.isCall) - Number(left.isCall));
  const head: IntervalEntry = {
    operationIndex: -1,
    isCall: false,
    time: Number.NEGATIVE_INFINITY,
    returnEntry: undefined,
    previous: undefined,
    next: undefined,
  };
  let last = head;
  for (const entry of entries) {
    last.next = entry;
    entry.previous = last;
    last = entry;
  }
  return head;
}

function unlink(entry: IntervalEntry): void {
  entry.previous!.next = entry.next;
  if (entry.next !== undefined) entry.next.previous = entry.previous;
}

function relink(entry: IntervalEntry): void {
  entry.previous!.next = entry;
  if (entry.next !== undefined) entry.next.previous = entry;
}

/** Takes a linearized operation's call and return entries out of the list. */
function lift(call: IntervalEntry): void {
  unlink(call);
  if (call.returnEntry !== undefined) unlink(call.returnEntry);
}

/** Undoes {@link lift}, in reverse order so the neighbours' links are restored exactly. */
function unlift(call: IntervalEntry): void {
  if (call.returnEntry !== undefined) relink(call.returnEntry);
  relink(call);
}

/** A bitset of linearized operations with a Zobrist hash kept up to date on every toggle. */
class LinearizedSet {
  readonly words: Uint32Array;
  hash = 0;
  private readonly zobrist: Int32Array;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32) + 1);
    this.zobrist = new Int32Array(size);
    let seed = 0x9e3779b9;
    for (let index = 0; index < size; index += 1) {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + index) | 0;
      seed ^= seed >>> 13;
      this.zobrist[index] = Math.imul(seed, 0x297a2d39) ^ (seed >>> 16);
    }
  }

  toggle(index: number): void {
    this.words[index >>> 5]! ^= 1 << (index & 31);
    this.hash ^= this.zobrist[index]!;
  }
}

/** The memo of Lowe's algorithm: configurations (linearized set, state) already explored. */
class ExploredConfigurations {
  private readonly buckets = new Map<number, { words: Uint32Array; state: RegisterValue }[]>();

  /** Records the configuration; false when it was already there. */
  addIfNew(linearized: LinearizedSet, state: RegisterValue): boolean {
    const key = (linearized.hash ^ hashValue(state)) | 0;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(key, bucket);
    }
    for (const configuration of bucket) {
      if (configuration.state === state && sameWords(configuration.words, linearized.words)) return false;
    }
    bucket.push({ words: linearized.words.slice(), state });
    return true;
  }
}

function hashValue(value: RegisterValue): number {
  if (value === null) return 0x5bd1e995;
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193);
  }
  return hash;
}

function sameWords(left: Uint32Array, right: Uint32Array): boolean {
  for (let index = 0; index < left.length; index += 1) {
    if (left[index] !== right[index]) return false;
  }
  return true;
}
