import { SeededRandom } from '@flintkv/test-kit';
import type { HistoryEvent, RegisterInput, RegisterOutput, RegisterValue } from './history.js';

/** Shape of a generated history. */
export interface RandomHistoryOptions {
  seed: number;
  processes: number;
  operationsPerProcess: number;
  keys: string[];
  /** Probability that an operation's answer is lost (`info`); it may or may not take effect. */
  indeterminateRate: number;
  /** Probability that an operation is refused (`fail`) and does not take effect. */
  failRate: number;
  /** Whether a failed compare-and-swap reports the value it found (as FlintKV's `cas` does). */
  casReportsCurrent?: boolean;
}

interface PlannedOperation {
  process: number;
  key: string;
  input: RegisterInput;
  callTime: number;
  returnTime: number;
  /** When it takes effect; undefined when it never does. */
  effectTime: number | undefined;
  completion: 'ok' | 'fail' | 'info';
  output?: RegisterOutput;
}

/**
 * Generates a history that is linearizable by construction: each operation takes effect on a
 * real sequential register at a random instant inside its interval (indeterminate ones at any
 * instant after their call, or never), and its recorded result is what the register answered.
 * Written values are unique. A process whose operation was indeterminate is retired and a new
 * process id continues, as in Jepsen.
 */
export function generateLinearizableHistory(options: RandomHistoryOptions): HistoryEvent[] {
  const random = new SeededRandom(options.seed);
  const planned: PlannedOperation[] = [];
  let nextProcess = 0;
  let writeCounter = 0;
  const recentValues = new Map<string, RegisterValue[]>(options.keys.map((key) => [key, [null]]));
  for (let worker = 0; worker < options.processes; worker += 1) {
    let process = nextProcess++;
    let time = random.next() * 5;
    for (let count = 0; count < options.operationsPerProcess; count += 1) {
      const key = random.pick(options.keys);
      const recent = recentValues.get(key)!;
      const kind = random.pick(['read', 'read', 'write', 'cas'] as const);
      let input: RegisterInput;
      if (kind === 'read') input = { kind: 'read' };
      else {
        const value = `v${writeCounter++}`;
        recent.push(value);
        input =
          kind === 'write'
            ? { kind: 'write', value }
            : { kind: 'cas', expected: random.pick(recent.slice(-4)), next: value };
      }
      const callTime = time;
      const returnTime = callTime + 0.5 + random.next() * 10;
      const roll = random.next();
      const completion =
        roll < options.failRate ? 'fail' : roll < options.failRate + options.indeterminateRate ? 'info' : 'ok';
      const effectTime =
        completion === 'fail'
          ? undefined
          : completion === 'info'
            ? random.chance(0.5)
              ? callTime + random.next() * 40
              : undefined
            : callTime + random.next() * (returnTime - callTime);
      planned.push({ process, key, input, callTime, returnTime, effectTime, completion });
      if (completion === 'info') process = nextProcess++;
      time = returnTime + random.next() * 3;
    }
  }
  applyInEffectOrder(planned, options.casReportsCurrent ?? false);
  return toEvents(planned);
}

function applyInEffectOrder(planned: PlannedOperation[], casReportsCurrent: boolean): void {
  const registers = new Map<string, RegisterValue>();
  const effective = planned.filter((operation) => operation.effectTime !== undefined);
  effective.sort((left, right) => left.effectTime! - right.effectTime!);
  for (const operation of effective) {
    const state = registers.get(operation.key) ?? null;
    const input = operation.input;
    if (input.kind === 'read') operation.output = { kind: 'read', value: state };
    else if (input.kind === 'write') {
      registers.set(operation.key, input.value);
      operation.output = { kind: 'write' };
    } else {
      const succeeded = state === input.expected;
      if (succeeded) registers.set(operation.key, input.next);
      operation.output =
        casReportsCurrent && !succeeded ? { kind: 'cas', succeeded, current: state } : { kind: 'cas', succeeded };
    }
  }
}

function toEvents(planned: PlannedOperation[]): HistoryEvent[] {
  const timed: { time: number; order: number; event: HistoryEvent }[] = [];
  for (const operation of planned) {
    const { process, key, input } = operation;
    timed.push({
      time: operation.callTime,
      order: 1,
      event: { type: 'invoke', process, key, input, time: operation.callTime },
    });
    const time = operation.returnTime;
    if (operation.completion === 'ok') {
      timed.push({ time, order: 0, event: { type: 'ok', process, time, output: operation.output! } });
    } else if (operation.completion === 'fail') {
      timed.push({ time, order: 0, event: { type: 'fail', process, time } });
    } else {
      timed.push({ time, order: 0, event: { type: 'info', process, time } });
    }
  }
  timed.sort((left, right) => left.time - right.time || left.order - right.order);
  return timed.map((entry) => entry.event);
}
