import { compareBytes } from '@flintkv/proto';
import { PlacementError } from './errors.js';

/**
 * Bootstrap split points: where to cut the key space into `regionCount` regions before any
 * key has been written.
 *
 * Method. We do not know the workload, so we model "typical keys" as an equal mixture of
 * three kinds, each a string of independent characters:
 * - printable text: every byte uniform over printable ASCII 0x20..0x7e ('user/123', 'k000001');
 * - hex strings: every byte uniform over '0'..'9', 'a'..'f' (hashes, UUIDs without dashes);
 * - random bytes: every byte uniform over 0x00..0xff (binary ids, encoded integers).
 * The split keys are the quantiles i/regionCount (i = 1..regionCount-1) of that mixture, so
 * each region receives the same expected share of the mixture. Splitting the byte space
 * evenly instead would leave all text and hex keys in the ~40% of regions whose range is
 * printable.
 *
 * A quantile is found one byte at a time: at each position, walk the 256 possible bytes in
 * order, each weighing the probability that the mixture — conditioned on the prefix chosen
 * so far — puts there; stop at the byte whose cumulative weight passes the target. Then each
 * kind's weight is multiplied by its probability of that byte (Bayes: after a '0' the hex
 * kind gains weight; after 0x00 only random bytes remain). The key is cut as soon as the
 * whole prefix weighs less than 1/64 of one region, so truncating moves a boundary by under
 * 1/64 of a region's share, keeps keys short (one to four bytes), and keeps them distinct
 * and ascending.
 */
export function defaultSplitKeys(regionCount: number): Uint8Array[] {
  if (!Number.isSafeInteger(regionCount) || regionCount < 1 || regionCount > MAX_REGION_COUNT) {
    throw new PlacementError(
      'FLINT_INVALID_SPLIT_KEYS',
      `regionCount must be an integer from 1 to ${MAX_REGION_COUNT}, got ${regionCount}.`,
    );
  }
  const precision = 1 / regionCount / 64;
  const keys: Uint8Array[] = [];
  for (let index = 1; index < regionCount; index++) {
    keys.push(mixtureQuantile(index / regionCount, precision));
  }
  return keys;
}

/** Beyond this the bootstrap table would be larger than anything a fixed cluster needs. */
export const MAX_REGION_COUNT = 65_536;

interface KeyKind {
  /** Probability of each byte value at any position. */
  byteProbability: Float64Array;
}

function uniformOver(predicate: (byte: number) => boolean): KeyKind {
  const byteProbability = new Float64Array(256);
  let count = 0;
  for (let byte = 0; byte < 256; byte++) if (predicate(byte)) count++;
  for (let byte = 0; byte < 256; byte++) if (predicate(byte)) byteProbability[byte] = 1 / count;
  return { byteProbability };
}

const KEY_KINDS: readonly KeyKind[] = [
  uniformOver((byte) => byte >= 0x20 && byte <= 0x7e),
  uniformOver((byte) => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)),
  uniformOver(() => true),
];

/** The shortest key (to `precision`) below which the mixture puts probability `target`. */
function mixtureQuantile(target: number, precision: number): Uint8Array {
  // weights[k]: probability that a key is of kind k and starts with the prefix built so far.
  const weights = KEY_KINDS.map(() => 1 / KEY_KINDS.length);
  let remaining = target;
  const key: number[] = [];
  for (;;) {
    let chosen = -1;
    for (let byte = 0; byte < 256; byte++) {
      let mass = 0;
      for (let kind = 0; kind < KEY_KINDS.length; kind++) {
        mass += weights[kind]! * KEY_KINDS[kind]!.byteProbability[byte]!;
      }
      if (mass === 0) continue;
      chosen = byte;
      if (remaining < mass) break;
      remaining -= mass;
    }
    // Rounding can leave `remaining` a hair above the last byte's mass; that byte is the answer.
    key.push(chosen);
    let prefixMass = 0;
    for (let kind = 0; kind < KEY_KINDS.length; kind++) {
      weights[kind] = weights[kind]! * KEY_KINDS[kind]!.byteProbability[chosen]!;
      prefixMass += weights[kind]!;
    }
    if (prefixMass < precision) return Uint8Array.from(key);
  }
}

/**
 * Checks user-supplied split keys: non-empty, strictly ascending. Throws
 * {@link PlacementError} `FLINT_INVALID_SPLIT_KEYS` with the first offending position.
 */
export function assertValidSplitKeys(splitKeys: readonly Uint8Array[]): void {
  for (let index = 0; index < splitKeys.length; index++) {
    const key = splitKeys[index]!;
    if (!(key instanceof Uint8Array) || key.length === 0) {
      throw new PlacementError(
        'FLINT_INVALID_SPLIT_KEYS',
        `Split key ${index} is empty; the empty key is already the start of the first region.`,
      );
    }
    if (index > 0 && compareBytes(splitKeys[index - 1]!, key) >= 0) {
      throw new PlacementError(
        'FLINT_INVALID_SPLIT_KEYS',
        `Split key ${index} does not sort after split key ${index - 1}; pass distinct keys in ascending byte order.`,
      );
    }
  }
}
