import type { RegisterInput, RegisterOutput, RegisterValue } from './history.js';

/**
 * The sequential specification of one key: a register with compare-and-swap. Returns the state
 * after applying `input` when `output` is a result the register could give in `state`, else
 * `undefined`. An undefined `output` (indeterminate) accepts whatever the register would answer.
 */
export function stepRegister(
  state: RegisterValue,
  input: RegisterInput,
  output: RegisterOutput | undefined,
): { next: RegisterValue } | undefined {
  switch (input.kind) {
    case 'read':
      if (output !== undefined && output.kind === 'read' && output.value !== state) return undefined;
      return { next: state };
    case 'write':
      return { next: input.value };
    case 'cas': {
      const matches = state === input.expected;
      if (output !== undefined && output.kind === 'cas') {
        if (output.succeeded !== matches) return undefined;
        if (!output.succeeded && output.current !== undefined && output.current !== state) return undefined;
      }
      return { next: matches ? input.next : state };
    }
  }
}
