/** A turn-loop ordering rule was broken: a bug, never bad input. The host stops serving. */
export class TurnInvariantError extends Error {
  readonly code = 'FLINT_TURN_INVARIANT';

  constructor(message: string) {
    super(`turn invariant violated: ${message}`);
    this.name = 'TurnInvariantError';
  }
}

/**
 * Asserts one of the turn loop's ordering rules (cheap, always on, like the Raft core's
 * `invariant`). The message is built only when the rule is broken.
 */
export function turnInvariant(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new TurnInvariantError(message());
}
