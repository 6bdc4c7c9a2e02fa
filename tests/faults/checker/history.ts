/**
 * The recorded history of a fault run, Jepsen style: every client operation is an `invoke`
 * event followed by at most one completion from the same process — `ok` (it happened, with this
 * result), `fail` (it definitely did not happen) or `info` (indeterminate: it may take effect at
 * any point after its invocation, or never). A process runs one operation at a time.
 */

/** A register value; `null` means the key is absent. */
export type RegisterValue = string | null;

/** What a client asked of one key's register. */
export type RegisterInput =
  | { kind: 'read' }
  | { kind: 'write'; value: RegisterValue }
  | { kind: 'cas'; expected: RegisterValue; next: RegisterValue };

/** What the store answered; the kind matches the input's kind. */
export type RegisterOutput =
  | { kind: 'read'; value: RegisterValue }
  | { kind: 'write' }
  | {
      kind: 'cas';
      succeeded: boolean;
      /** On failure, the value the store says it found, when it says (it makes the check much stronger). */
      current?: RegisterValue;
    };

/** One event of a history; `time` is monotonic (e.g. `performance.now()`) across all processes. */
export type HistoryEvent =
  | { type: 'invoke'; process: number; time: number; key: string; input: RegisterInput }
  | { type: 'ok'; process: number; time: number; output: RegisterOutput }
  | { type: 'fail'; process: number; time: number; error?: string }
  | { type: 'info'; process: number; time: number; error?: string };

/**
 * An invocation paired with its completion. `output` is undefined and `returnTime` is
 * `Infinity` when the outcome is indeterminate.
 */
export interface RegisterOperation {
  /** Position of the invoke event in the history; stable across shrinking. */
  id: number;
  process: number;
  key: string;
  input: RegisterInput;
  output: RegisterOutput | undefined;
  callTime: number;
  returnTime: number;
}

/** A history is malformed: a process overlapped its own operations, or a completion has no invocation. */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
  readonly code = 'FLINT_HISTORY_INVALID';
}

/**
 * Pairs invocations with completions. Failed operations are left out (they did not happen);
 * operations without a completion by the end of the history are indeterminate, like `info`.
 * Indeterminate reads are left out too: a read without an answer constrains nothing.
 */
export function pairOperations(events: readonly HistoryEvent[]): RegisterOperation[] {
  const pending = new Map<number, RegisterOperation>();
  const operations: RegisterOperation[] = [];
  const keepIndeterminate = (operation: RegisterOperation) => {
    if (operation.input.kind !== 'read') operations.push(operation);
  };
  events.forEach((event, index) => {
    if (event.type === 'invoke') {
      if (pending.has(event.process)) {
        throw new HistoryError(`process ${event.process} invoked event ${index} while its previous operation is open`);
      }
      pending.set(event.process, {
        id: index,
        process: event.process,
        key: event.key,
        input: event.input,
        output: undefined,
        callTime: event.time,
        returnTime: Number.POSITIVE_INFINITY,
      });
      return;
    }
    const operation = pending.get(event.process);
    if (operation === undefined) {
      throw new HistoryError(`event ${index} completes process ${event.process}, which has no open operation`);
    }
    pending.delete(event.process);
    if (event.time < operation.callTime) {
      throw new HistoryError(`event ${index} completes before its invocation (time runs backwards)`);
    }
    if (event.type === 'fail') return;
    if (event.type === 'info') {
      keepIndeterminate(operation);
      return;
    }
    if (event.output.kind !== operation.input.kind) {
      throw new HistoryError(`event ${index} answers a ${operation.input.kind} with a ${event.output.kind} result`);
    }
    operation.output = event.output;
    operation.returnTime = event.time;
    operations.push(operation);
  });
  for (const operation of pending.values()) keepIndeterminate(operation);
  return operations.sort((left, right) => left.id - right.id);
}

/** One line per operation, for reports: `[call, return] p3 write("a")  ok`. */
export function describeOperation(operation: RegisterOperation): string {
  const show = (value: RegisterValue) => (value === null ? 'absent' : JSON.stringify(value));
  const input = operation.input;
  const call =
    input.kind === 'read'
      ? 'read()'
      : input.kind === 'write'
        ? `write(${show(input.value)})`
        : `cas(${show(input.expected)} -> ${show(input.next)})`;
  const output = operation.output;
  const result =
    output === undefined
      ? 'indeterminate'
      : output.kind === 'read'
        ? `-> ${show(output.value)}`
        : output.kind === 'cas'
          ? `-> ${output.succeeded}${!output.succeeded && output.current !== undefined ? ` (found ${show(output.current)})` : ''}`
          : 'ok';
  const end = Number.isFinite(operation.returnTime) ? operation.returnTime.toFixed(3) : '∞';
  return `[${operation.callTime.toFixed(3)}, ${end}] p${operation.process} ${operation.key} ${call} ${result}`;
}
