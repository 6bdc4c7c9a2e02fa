import { describe, expect, it } from 'vitest';
import { InvariantViolation } from './invariant-violation.js';
import { configurationsOverlap, majoritiesAlwaysIntersect } from './quorum-overlap.js';
import { SeededRandom } from './random.js';
import { SafetyChecker } from './safety-checker.js';
import { EventTrace } from './trace.js';

const simple = (voters: number[]) => ({ voters, votersOutgoing: [] });

function violationOf(action: () => void): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InvariantViolation) return error.invariant;
    throw error;
  }
  return 'none';
}

describe('the safety checker can fail', () => {
  it('Election Safety: catches two leaders in one term', () => {
    const checker = new SafetyChecker();
    checker.observeLeader(1, 3, simple([1, 2, 3]));
    checker.observeLeader(1, 3, simple([1, 2, 3]));
    expect(violationOf(() => checker.observeLeader(2, 3, simple([1, 2, 3])))).toBe('Election Safety');
  });

  it('Log Matching: catches two different entries with the same index and term', () => {
    const checker = new SafetyChecker();
    checker.observeDurableEntry(1, 5, { term: 2, identity: 'v1' }, 2);
    checker.observeDurableEntry(2, 5, { term: 2, identity: 'v1' }, 2);
    expect(violationOf(() => checker.observeDurableEntry(3, 5, { term: 2, identity: 'v9' }, 2))).toBe('Log Matching');
  });

  it('Log Matching: catches the same entry after a different predecessor term', () => {
    const checker = new SafetyChecker();
    checker.observeDurableEntry(1, 5, { term: 3, identity: 'v1' }, 2);
    expect(violationOf(() => checker.observeDurableEntry(2, 5, { term: 3, identity: 'v1' }, 1))).toBe('Log Matching');
  });

  it('State Machine Safety: catches two nodes applying different entries at one index', () => {
    const checker = new SafetyChecker();
    checker.observeCommitted(1, 4, { term: 2, identity: 'v1' }, 'applied');
    expect(violationOf(() => checker.observeCommitted(2, 4, { term: 2, identity: 'v2' }, 'applied'))).toBe(
      'State Machine Safety',
    );
  });

  it('State Machine Safety: catches diverging state-machine hashes', () => {
    const checker = new SafetyChecker();
    checker.observeStateMachine(1, 7, 0xabc);
    checker.observeStateMachine(2, 7, 0xabc);
    expect(violationOf(() => checker.observeStateMachine(3, 7, 0xdef))).toBe('State Machine Safety');
  });

  it('Committed entries are never lost: a durably committed index cannot change', () => {
    const checker = new SafetyChecker();
    checker.observeCommitted(1, 4, { term: 2, identity: 'v1' }, 'has durably committed');
    expect(
      violationOf(() => checker.observeCommitted(2, 4, { term: 3, identity: 'v1' }, 'has durably committed')),
    ).toBe('Committed Entry Durability');
  });

  it('Leader Completeness: catches a leader missing an entry committed before its election', () => {
    const checker = new SafetyChecker();
    checker.observeCommitted(1, 1, { term: 1, identity: 'noop' }, 'applied');
    checker.observeCommitted(1, 2, { term: 1, identity: 'v1' }, 'applied');
    checker.observeLeader(3, 2, simple([1, 2, 3]));
    // Node 3's durable log: index 1 term 1, index 2 term 2 (its own no-op overwrote the committed v1).
    const brokenLog = [0, 1, 2];
    expect(violationOf(() => checker.verifyLeaderLog(3, 2, (index) => brokenLog[index]))).toBe('Leader Completeness');
  });

  it('Leader Completeness: a complete leader log passes', () => {
    const checker = new SafetyChecker();
    checker.observeCommitted(1, 1, { term: 1, identity: 'v1' }, 'applied');
    checker.observeLeader(2, 2, simple([1, 2, 3]));
    const log = [0, 1, 2];
    expect(violationOf(() => checker.verifyLeaderLog(2, 2, (index) => log[index]))).toBe('none');
  });

  it('durable term and commit never move back', () => {
    const checker = new SafetyChecker();
    checker.observeDurableHardState(1, 3, 5);
    expect(violationOf(() => checker.observeDurableHardState(1, 3, 4))).toBe('Durable Commit Monotonic');
    expect(violationOf(() => checker.observeDurableHardState(1, 2, 5))).toBe('Durable Term Monotonic');
  });

  it('Linearizable Read: a read index below what was committed at issue fails', () => {
    const checker = new SafetyChecker();
    expect(violationOf(() => checker.observeReadIndex(1, 9, 10))).toBe('Linearizable Read');
    expect(violationOf(() => checker.observeReadIndex(1, 10, 10))).toBe('none');
  });

  it('Quorum Overlap: catches consecutive leaders whose configurations have disjoint majorities', () => {
    const checker = new SafetyChecker();
    checker.observeLeader(1, 2, simple([1, 2, 3]));
    // Jumping straight from {1,2,3} to {3,4,5} without joint consensus: {1,2} and {4,5} are disjoint.
    expect(violationOf(() => checker.observeLeader(4, 3, simple([3, 4, 5])))).toBe('Quorum Overlap');
  });

  it('Quorum Overlap: a joint configuration overlaps both of its halves', () => {
    const checker = new SafetyChecker();
    checker.observeLeader(1, 2, simple([1, 2, 3]));
    checker.observeLeader(1, 3, { voters: [3, 4, 5], votersOutgoing: [1, 2, 3] });
    expect(violationOf(() => checker.observeLeader(5, 4, simple([3, 4, 5])))).toBe('none');
  });
});

describe('quorum arithmetic', () => {
  it('majorities of one set always intersect', () => {
    expect(majoritiesAlwaysIntersect([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(majoritiesAlwaysIntersect([1, 2, 3, 4], [1, 2, 3, 4])).toBe(true);
  });

  it('adding or removing one voter keeps majorities intersecting', () => {
    expect(majoritiesAlwaysIntersect([1, 2, 3], [1, 2, 3, 4])).toBe(true);
    expect(majoritiesAlwaysIntersect([1, 2, 3], [1, 2])).toBe(true);
  });

  it('replacing two voters at once does not', () => {
    expect(majoritiesAlwaysIntersect([1, 2, 3], [1, 4, 5])).toBe(false);
    expect(configurationsOverlap(simple([1, 2, 3]), simple([1, 4, 5]))).toBe(false);
  });

  it('swapping one voter of three without joint consensus does not ({2,3} and {1,4})', () => {
    expect(majoritiesAlwaysIntersect([1, 2, 3], [1, 2, 4])).toBe(false);
    expect(configurationsOverlap({ voters: [1, 2, 4], votersOutgoing: [1, 2, 3] }, simple([1, 2, 3]))).toBe(true);
  });
});

describe('simulator building blocks', () => {
  it('the seeded random generator reproduces its sequence from a seed', () => {
    const first = new SeededRandom(42);
    const second = new SeededRandom(42);
    const other = new SeededRandom(43);
    const a = Array.from({ length: 5 }, () => first.nextUint32());
    expect(Array.from({ length: 5 }, () => second.nextUint32())).toEqual(a);
    expect(Array.from({ length: 5 }, () => other.nextUint32())).not.toEqual(a);
  });

  it('the seeded random generator stays in range', () => {
    const random = new SeededRandom(7);
    let lowest = 1;
    let highest = 0;
    const counts = [0, 0, 0];
    for (let index = 0; index < 3000; index++) {
      const value = random.next();
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
      counts[random.integer(3)]!++;
    }
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(highest).toBeLessThan(1);
    // Each of three outcomes about a third of the time.
    for (const count of counts) expect(count).toBeGreaterThan(800);
  });

  it('the trace keeps the last events in order', () => {
    const trace = new EventTrace(3);
    for (let step = 1; step <= 5; step++) trace.record(step, `e${step}`);
    expect(trace.lines()).toEqual(['#3 e3', '#4 e4', '#5 e5']);
  });
});
