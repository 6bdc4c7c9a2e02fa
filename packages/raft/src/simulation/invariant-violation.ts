/** The stable code of every safety or liveness violation the simulator reports. */
export const SIMULATION_VIOLATION = 'FLINT_SIMULATION_VIOLATION';

/**
 * A broken Raft property, found by the simulator. `invariant` names the property (e.g.
 * "Election Safety"); the simulator adds the seed, the step and the trace before reporting.
 */
export class InvariantViolation extends Error {
  readonly code = SIMULATION_VIOLATION;

  constructor(
    readonly invariant: string,
    readonly detail: string,
  ) {
    super(`${invariant} violated: ${detail}`);
    this.name = 'InvariantViolation';
  }
}
