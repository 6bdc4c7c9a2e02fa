import type { HistoryEvent, RegisterInput, RegisterOutput, RegisterValue } from './history.js';

/** How an operation in a scripted history ends: at a time with its result, or `fail` / `info`. */
type Ending = number | { fail: number } | { info: number } | 'pending';

interface ScriptedOperation {
  process: number;
  key: string;
  input: RegisterInput;
  output: RegisterOutput;
  call: number;
  ending: Ending;
}

/**
 * Writes histories for tests in one line per operation:
 * `script().write(1, 0, 10, 'a').read(2, 12, 13, 'a').events()`.
 */
export class HistoryScript {
  private readonly operations: ScriptedOperation[] = [];

  constructor(private readonly key = 'k') {}

  read(process: number, call: number, ending: Ending, value: RegisterValue, key = this.key): this {
    return this.add(process, key, { kind: 'read' }, { kind: 'read', value }, call, ending);
  }

  write(process: number, call: number, ending: Ending, value: RegisterValue, key = this.key): this {
    return this.add(process, key, { kind: 'write', value }, { kind: 'write' }, call, ending);
  }

  cas(
    process: number,
    call: number,
    ending: Ending,
    expected: RegisterValue,
    next: RegisterValue,
    succeeded: boolean,
    key = this.key,
  ): this {
    return this.add(process, key, { kind: 'cas', expected, next }, { kind: 'cas', succeeded }, call, ending);
  }

  /** A compare-and-swap that failed and reported the value it found. */
  casFoundOther(
    process: number,
    call: number,
    ending: Ending,
    expected: RegisterValue,
    next: RegisterValue,
    current: RegisterValue,
    key = this.key,
  ): this {
    const output: RegisterOutput = { kind: 'cas', succeeded: false, current };
    return this.add(process, key, { kind: 'cas', expected, next }, output, call, ending);
  }

  /** The events in time order; at equal times completions come before invocations. */
  events(): HistoryEvent[] {
    const timed: { time: number; order: number; event: HistoryEvent }[] = [];
    for (const { process, key, input, output, call, ending } of this.operations) {
      timed.push({ time: call, order: 1, event: { type: 'invoke', process, key, input, time: call } });
      if (ending === 'pending') continue;
      if (typeof ending === 'number') {
        timed.push({ time: ending, order: 0, event: { type: 'ok', process, time: ending, output } });
      } else if ('fail' in ending) {
        timed.push({ time: ending.fail, order: 0, event: { type: 'fail', process, time: ending.fail } });
      } else {
        timed.push({ time: ending.info, order: 0, event: { type: 'info', process, time: ending.info } });
      }
    }
    timed.sort((left, right) => left.time - right.time || left.order - right.order);
    return timed.map((entry) => entry.event);
  }

  private add(
    process: number,
    key: string,
    input: RegisterInput,
    output: RegisterOutput,
    call: number,
    ending: Ending,
  ): this {
    this.operations.push({ process, key, input, output, call, ending });
    return this;
  }
}

/** A new scripted history whose operations default to key `k`. */
export function script(key = 'k'): HistoryScript {
  return new HistoryScript(key);
}
