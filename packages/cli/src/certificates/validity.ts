import { CertificateError } from './certificate-error.js';

/** When a certificate starts and stops being valid; either may be left to the default. */
export interface ValidityOptions {
  /** First instant of validity; default: five minutes before now. */
  notBefore?: Date;
  /** Last instant of validity; default: the default number of years after `notBefore`. */
  notAfter?: Date;
}

/** A validity period as a certificate records it: whole seconds, `notBefore` < `notAfter`. */
export interface ValidityPeriod {
  notBefore: Date;
  notAfter: Date;
}

/** Years a cluster CA is valid by default. */
export const CERTIFICATE_AUTHORITY_VALIDITY_YEARS = 10;
/** Years a node or client certificate is valid by default. */
export const LEAF_VALIDITY_YEARS = 1;

/**
 * A node whose clock is a little behind the machine that issued its certificate would
 * otherwise refuse it as not yet valid for the first minutes.
 */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The validity period of a new certificate: the given bounds, else from five minutes ago for
 * `defaultYears` calendar years. Bounds are cut to whole seconds, as a certificate stores them.
 * A `notAfter` in the past is allowed (an expired certificate, for tests).
 *
 * @throws {CertificateError} `FLINT_CERTS_INVALID_ARGUMENT` when a bound is not a valid date
 *   or `notAfter` is not after `notBefore`.
 */
export function validityPeriod(options: ValidityOptions, defaultYears: number, now = new Date()): ValidityPeriod {
  const notBefore = wholeSeconds(options.notBefore ?? new Date(now.getTime() - CLOCK_SKEW_MS), 'notBefore');
  const notAfter = wholeSeconds(options.notAfter ?? addYears(notBefore, defaultYears), 'notAfter');
  if (notAfter.getTime() <= notBefore.getTime()) {
    throw new CertificateError(
      'FLINT_CERTS_INVALID_ARGUMENT',
      `notAfter (${notAfter.toISOString()}) must be after notBefore (${notBefore.toISOString()})`,
    );
  }
  return { notBefore, notAfter };
}

function wholeSeconds(date: Date, what: string): Date {
  const time = date.getTime();
  if (!Number.isFinite(time)) throw new CertificateError('FLINT_CERTS_INVALID_ARGUMENT', `${what} is not a valid date`);
  return new Date(Math.floor(time / 1000) * 1000);
}

function addYears(date: Date, years: number): Date {
  const later = new Date(date);
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return later;
}
