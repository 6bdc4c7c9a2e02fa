import type { ReadConsistency } from '@flintkv/client';
import { UsageError } from './usage-error.js';

/** Where the data verbs connect when neither `--endpoints` nor `FLINT_ENDPOINTS` says. */
export const DEFAULT_ENDPOINTS = '127.0.0.1:7201,127.0.0.1:7202,127.0.0.1:7203';
/** Deadline of one call (retries included) when `--timeout` is not given. */
export const DEFAULT_TIMEOUT_MS = 5000;

const CONSISTENCIES: readonly ReadConsistency[] = ['linearizable', 'lease', 'stale'];

/**
 * The endpoint list from `--endpoints`, else `FLINT_ENDPOINTS`, else {@link DEFAULT_ENDPOINTS}:
 * comma-separated `host:port`, blanks ignored.
 * @throws {UsageError} when an entry is not `host:port` with a port from 1 to 65535.
 */
export function parseEndpoints(flag: string | undefined, environment: string | undefined): string[] {
  const source = flag ?? (environment !== undefined && environment.trim() !== '' ? environment : DEFAULT_ENDPOINTS);
  const what = flag !== undefined ? '--endpoints' : environment !== undefined ? 'FLINT_ENDPOINTS' : 'endpoints';
  const endpoints = source
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (endpoints.length === 0) throw new UsageError(`${what}: expected host:port[,host:port...], got '${source}'.`);
  for (const endpoint of endpoints) {
    const colon = endpoint.lastIndexOf(':');
    const port = Number(endpoint.slice(colon + 1));
    if (colon <= 0 || !/^\d+$/.test(endpoint.slice(colon + 1)) || port < 1 || port > 65_535) {
      throw new UsageError(`${what}: '${endpoint}' is not host:port (e.g. 127.0.0.1:7201).`);
    }
  }
  return endpoints;
}

/**
 * An integer flag value within `[min, max]`.
 * @throws {UsageError} naming the flag and the accepted range.
 */
export function parseInteger(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || parsed < min || parsed > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${flag}: invalid value '${value}', expected an integer ${range}.`);
  }
  return parsed;
}

/**
 * A decimal flag value within `[min, max]` (e.g. a duration in seconds or a share).
 * @throws {UsageError} naming the flag and the accepted range.
 */
export function parseDecimal(flag: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new UsageError(`${flag}: invalid value '${value}', expected a number from ${min} to ${max}.`);
  }
  return parsed;
}

/** `--consistency`: one of linearizable, lease, stale. */
export function parseConsistency(value: string): ReadConsistency {
  if (!(CONSISTENCIES as readonly string[]).includes(value)) {
    throw new UsageError(`--consistency: invalid value '${value}', expected one of ${CONSISTENCIES.join(', ')}.`);
  }
  return value as ReadConsistency;
}

/** What `flint cas` was asked to do; undefined = absent (expected) or delete (next). */
export interface CasArguments {
  expected: string | undefined;
  next: string | undefined;
}

/**
 * Reads `flint cas <key> [expected] [next]`: the two flags stand in for a missing value —
 * `--absent` for "the key must not exist", `--delete` for "remove the key". So the value
 * count must be 2 minus the number of flags given.
 * @throws {UsageError} when the values do not match the flags.
 */
export function parseCasArguments(
  values: readonly string[],
  flags: { absent: boolean; delete: boolean },
): CasArguments {
  const needed = 2 - (flags.absent ? 1 : 0) - (flags.delete ? 1 : 0);
  if (values.length !== needed) {
    const shape = `${flags.absent ? '--absent' : '<expected>'} ${flags.delete ? '--delete' : '<next>'}`;
    throw new UsageError(
      `cas takes <key> ${shape}: expected ${needed} value(s) after the key, got ${values.length}. See flint cas --help.`,
    );
  }
  const [first, second] = values;
  if (flags.absent && flags.delete) return { expected: undefined, next: undefined };
  if (flags.absent) return { expected: undefined, next: first };
  if (flags.delete) return { expected: first, next: undefined };
  return { expected: first, next: second };
}
