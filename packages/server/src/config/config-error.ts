/** Stable codes of configuration errors. */
export type ConfigErrorCode =
  | 'FLINT_CONFIG_MISSING'
  | 'FLINT_CONFIG_INVALID'
  | 'FLINT_CONFIG_UNKNOWN_KEY'
  | 'FLINT_CONFIG_FILE_UNREADABLE'
  /** A `FLINT_*` environment variable holds a value its setting refuses. */
  | 'FLINT_CONFIG_ENVIRONMENT';

/**
 * A bad flag, config-file key or value. `message` is one line that names the flag and says
 * what is expected, so the CLI can print it as is and exit 2.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly code: ConfigErrorCode,
    message: string,
  ) {
    super(message);
  }
}
