import { describe, expect, it } from 'vitest';
import { SeededRandom } from '@flintkv/test-kit';
import { checkOperations } from './check-linearizability.js';
import { pairOperations, type RegisterOperation } from './history.js';
import { searchLinearization } from './linearizability-search.js';
import { prepareForSearch, pruneUnobservable, writtenValue } from './prune.js';
import { generateLinearizableHistory } from './random-history.js';

/** Small random histories, some with one read or CAS result changed so they may not be linearizable. */
function smallHistories(count: number): RegisterOperation[][] {
  const histories: RegisterOperation[][] = [];
  for (let seed = 1; seed <= count; seed += 1) {
    const random = new SeededRandom(seed);
    const operations = pairOperations(
      generateLinearizableHistory({
        seed,
        processes: 3,
        operationsPerProcess: 6,
        keys: ['k'],
        indeterminateRate: 0.3,
        failRate: 0.1,
        casReportsCurrent: seed % 2 === 0,
      }),
    );
    const values = operations.map(writtenValue).filter((value) => value !== undefined);
    const target = random.pick(operations);
    if (random.chance(0.6) && values.length > 0 && target.output?.kind === 'read') {
      target.output = { kind: 'read', value: random.pick(values) };
    } else if (random.chance(0.5) && target.output?.kind === 'cas') {
      target.output = { kind: 'cas', succeeded: !target.output.succeeded };
    }
    histories.push(operations);
  }
  return histories;
}

describe('the search reductions', () => {
  it('never change the verdict of the plain search', () => {
    let violations = 0;
    for (const operations of smallHistories(400)) {
      const plain = searchLinearization(operations, null, 10_000_000).outcome;
      const reduced = checkOperations(operations).outcome;
      expect(reduced).toBe(plain);
      if (plain === 'violation') violations += 1;
    }
    // Both kinds of history were exercised.
    expect(violations).toBeGreaterThan(40);
    expect(violations).toBeLessThan(360);
  });

  it('leave out an unanswered write whose value nobody saw', () => {
    const operations = pairOperations([
      { type: 'invoke', process: 1, time: 0, key: 'k', input: { kind: 'write', value: 'unseen' } },
      { type: 'info', process: 1, time: 1 },
      { type: 'invoke', process: 2, time: 2, key: 'k', input: { kind: 'read' } },
      { type: 'ok', process: 2, time: 3, output: { kind: 'read', value: null } },
    ]);
    expect(pruneUnobservable(operations).map((operation) => operation.input.kind)).toEqual(['read']);
  });

  it('give an unanswered write that somebody saw the deadline of its first observer', () => {
    const operations = pairOperations([
      { type: 'invoke', process: 1, time: 0, key: 'k', input: { kind: 'write', value: 'seen' } },
      { type: 'info', process: 1, time: 1 },
      { type: 'invoke', process: 2, time: 5, key: 'k', input: { kind: 'read' } },
      { type: 'ok', process: 2, time: 7, output: { kind: 'read', value: 'seen' } },
    ]);
    expect(prepareForSearch(operations, null)[0]!.returnTime).toBe(7);
  });
});
