/** Exit code for a bad command line: flag, value or config file. */
export const EXIT_USAGE = 2;

/** A bad flag or value: the CLI prints `message` (one line) and exits {@link EXIT_USAGE}. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'FLINT_USAGE';
}
