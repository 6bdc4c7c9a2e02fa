import { describe, expect, it } from 'vitest';
import { checkLinearizability, describeVerdict } from './check-linearizability.js';
import { HistoryError, pairOperations } from './history.js';
import { script } from './history-script.js';

const outcomeOf = (events: ReturnType<ReturnType<typeof script>['events']>) => checkLinearizability(events).outcome;

describe('histories that are linearizable', () => {
  it('accepts a read that follows a completed write and returns it', () => {
    expect(outcomeOf(script().write(1, 0, 1, 'a').read(1, 2, 3, 'a').events())).toBe('linearizable');
  });

  it('accepts a read of the initial absent state before any write', () => {
    expect(outcomeOf(script().read(1, 0, 1, null).write(2, 2, 3, 'a').events())).toBe('linearizable');
  });

  it('accepts overlapping writes observed in either order, as long as readers agree', () => {
    const events = script()
      .write(1, 0, 10, 'a')
      .write(2, 1, 11, 'b')
      .read(3, 12, 13, 'a')
      .read(4, 14, 15, 'a')
      .events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts a read concurrent with a write returning either the old or the new value', () => {
    const old = script().write(1, 0, 1, 'a').write(1, 2, 10, 'b').read(2, 3, 4, 'a').read(3, 5, 6, 'b').events();
    expect(outcomeOf(old)).toBe('linearizable');
  });

  it('accepts a chain of compare-and-swaps where only the one matching the current value succeeds', () => {
    const events = script()
      .write(1, 0, 1, '0')
      .cas(1, 2, 3, '0', '1', true)
      .cas(2, 4, 5, '1', '2', true)
      .cas(3, 6, 7, '1', '3', false)
      .read(1, 8, 9, '2')
      .events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts concurrent compare-and-swaps on the same value when exactly one succeeds', () => {
    const events = script()
      .write(1, 0, 1, '0')
      .cas(2, 2, 10, '0', 'x', false)
      .cas(3, 3, 11, '0', 'y', true)
      .read(1, 12, 13, 'y')
      .events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts a compare-and-swap from absent and a delete by compare-and-swap to absent', () => {
    const events = script().cas(1, 0, 1, null, 'a', true).cas(1, 2, 3, 'a', null, true).read(2, 4, 5, null).events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts an indeterminate write observed long after its answer was lost', () => {
    const events = script()
      .write(1, 0, { info: 5 }, 'a')
      .read(2, 6, 7, null)
      .read(2, 100, 101, 'a')
      .read(3, 102, 103, 'a')
      .events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts an indeterminate write that never takes effect', () => {
    const events = script().write(1, 0, { info: 5 }, 'a').read(2, 6, 7, null).read(2, 100, 101, null).events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts an operation still pending at the end of the history as indeterminate', () => {
    const events = script().write(1, 0, 'pending', 'a').read(2, 6, 7, 'a').events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts an indeterminate compare-and-swap whose effect a later read shows', () => {
    const events = script()
      .write(1, 0, 1, 'a')
      .cas(2, 2, { info: 3 }, 'a', 'b', true)
      .read(3, 4, 5, 'a')
      .read(3, 6, 7, 'b')
      .events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts a chain of indeterminate compare-and-swaps whose last value is observed', () => {
    const events = script()
      .write(1, 0, 1, 'a')
      .write(2, 2, { info: 3 }, 'b')
      .cas(3, 4, { info: 5 }, 'b', 'c', true)
      .read(4, 6, 7, 'a')
      .read(4, 10, 11, 'c')
      .events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts a failed compare-and-swap that reports the value it found', () => {
    const events = script().write(1, 0, 1, 'a').write(1, 2, 3, 'b').casFoundOther(2, 4, 5, 'a', 'c', 'b').events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts a failed write that nobody observes', () => {
    const events = script().write(1, 0, { fail: 1 }, 'a').read(2, 2, 3, null).events();
    expect(outcomeOf(events)).toBe('linearizable');
  });

  it('accepts an unobserved indeterminate write followed by a failed compare-and-swap it explains', () => {
    // The CAS can only fail if the indeterminate write of 'b' took effect before it.
    const events = script().write(1, 0, 1, 'a').write(2, 2, { info: 3 }, 'b').cas(3, 4, 5, 'a', 'c', false).events();
    expect(outcomeOf(events)).toBe('linearizable');
  });
});

describe('histories that are not linearizable', () => {
  it('rejects a stale read after a newer write completed', () => {
    const events = script().write(1, 0, 1, 'a').write(1, 2, 3, 'b').read(2, 4, 5, 'a').events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a lost acknowledged write', () => {
    const events = script().write(1, 0, 1, 'a').read(2, 2, 3, null).events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a compare-and-swap that succeeds against a value no longer current', () => {
    const events = script().write(1, 0, 1, 'a').write(1, 2, 3, 'b').cas(2, 4, 5, 'a', 'c', true).events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a compare-and-swap that fails although its expected value is current', () => {
    const events = script().write(1, 0, 1, 'a').cas(2, 2, 3, 'a', 'c', false).events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a read of a value never written', () => {
    expect(outcomeOf(script().write(1, 0, 1, 'a').read(2, 2, 3, 'z').events())).toBe('violation');
  });

  it('rejects a failed compare-and-swap that reports a value that was not current', () => {
    const events = script().write(1, 0, 1, 'a').write(1, 2, 3, 'b').casFoundOther(2, 4, 5, 'x', 'y', 'a').events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a read of a write that failed (failed operations did not happen)', () => {
    expect(outcomeOf(script().write(1, 0, { fail: 1 }, 'a').read(2, 2, 3, 'a').events())).toBe('violation');
  });

  it('rejects two concurrent compare-and-swaps from the same value both succeeding', () => {
    const events = script().write(1, 0, 1, '0').cas(2, 2, 10, '0', 'x', true).cas(3, 3, 11, '0', 'y', true).events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects reads that see a concurrent write and then the value before it', () => {
    const events = script().write(1, 0, 1, 'a').write(1, 2, 20, 'b').read(2, 3, 4, 'b').read(3, 5, 6, 'a').events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects an indeterminate write observed and then un-observed', () => {
    const events = script().write(1, 0, { info: 5 }, 'a').read(2, 10, 11, 'a').read(2, 12, 13, null).events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a read of a value whose indeterminate write was invoked only after the read returned', () => {
    const events = script().read(2, 0, 1, 'a').write(1, 5, { info: 6 }, 'a').events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('rejects a chain of indeterminate compare-and-swaps that must have happened after a read that missed them', () => {
    // 'c' is seen, so cas(b -> c) happened, so write(b) happened before it — but a read that
    // started after 'c' was seen still returned 'a'.
    const events = script()
      .write(1, 0, 1, 'a')
      .write(2, 2, { info: 3 }, 'b')
      .cas(3, 4, { info: 5 }, 'b', 'c', true)
      .read(4, 10, 11, 'c')
      .read(4, 12, 13, 'a')
      .events();
    expect(outcomeOf(events)).toBe('violation');
  });

  it('names the offending key and keeps the other keys linearizable', () => {
    const events = script()
      .write(1, 0, 1, 'a', 'good')
      .read(2, 2, 3, 'a', 'good')
      .write(3, 0, 1, 'b', 'bad')
      .read(4, 2, 3, null, 'bad')
      .events();
    const verdict = checkLinearizability(events);
    expect(verdict).toMatchObject({ ok: false, outcome: 'violation', key: 'bad' });
    expect(verdict.keys.find((key) => key.key === 'good')?.outcome).toBe('linearizable');
  });
});

describe('the verdict', () => {
  it('shrinks a violation buried in a long history to the few operations that cause it', () => {
    const history = script();
    let time = 0;
    for (let index = 0; index < 60; index += 1) {
      history.write(1, time, time + 1, `w${index}`).read(2, time + 2, time + 3, `w${index}`);
      time += 4;
    }
    history.write(1, time, time + 1, 'last').read(2, time + 2, time + 3, 'w59');
    const verdict = checkLinearizability(history.events());
    expect(verdict.outcome).toBe('violation');
    // The stale read, the write it missed, and the write of the value it saw.
    expect(verdict.failingHistory!.length).toBeLessThanOrEqual(3);
    expect(checkLinearizability(eventsOfOperations(verdict.failingHistory!)).outcome).toBe('violation');
    expect(describeVerdict(verdict)).toContain('read() -> "w59"');
  });

  it('answers unknown, never ok, when the search budget runs out', () => {
    const history = script();
    for (let process = 0; process < 12; process += 1) history.write(process, process, 100 + process, `v${process}`);
    history.read(99, 200, 201, 'never');
    const verdict = checkLinearizability(history.events(), { maxStepsPerKey: 10 });
    expect(verdict).toMatchObject({ ok: false, outcome: 'unknown', key: 'k' });
  });

  it('refuses a history where one process overlaps its own operations', () => {
    const events = script().write(1, 0, 10, 'a').read(1, 5, 6, 'a').events();
    expect(() => pairOperations(events)).toThrow(HistoryError);
  });
});

function eventsOfOperations(operations: ReturnType<typeof pairOperations>) {
  const history = script();
  for (const operation of operations) {
    const ending = operation.output === undefined ? ('pending' as const) : operation.returnTime;
    const { input, output } = operation;
    if (input.kind === 'read')
      history.read(
        operation.process,
        operation.callTime,
        ending,
        output?.kind === 'read' ? output.value : null,
        operation.key,
      );
    else if (input.kind === 'write')
      history.write(operation.process, operation.callTime, ending, input.value, operation.key);
    else
      history.cas(
        operation.process,
        operation.callTime,
        ending,
        input.expected,
        input.next,
        output?.kind === 'cas' && output.succeeded,
        operation.key,
      );
  }
  return history.events();
}
