import { type RegionDescriptor, validateSplitKey } from '@flintkv/pd';
import type { SplitOperation } from './kv-command.js';
import { CLOCK_KEY, SESSION_RANGE, userDataRange } from './kv-keys.js';

/**
 * A region split, as pure logic: whether a split applies, the two descriptors it makes, and
 * which stored records the new region starts with. Every replica decides alike from the
 * replicated descriptor; the host moves the records in the batch that applies the split
 * (`../group/region-group.ts`).
 *
 * The new region inherits the whole session table and the clock, so a write applied before
 * the split and retried afterwards against the new region is answered from its session
 * result, never applied twice.
 */

/** Why a split does not apply; the proposer's client gets `code`. */
export interface SplitRefusal {
  code: 'EPOCH_MISMATCH' | 'INVALID_ARGUMENT';
  message: string;
}

/** The two halves: `left` keeps the region's id, `right` is the new region. */
export interface SplitHalves {
  left: RegionDescriptor;
  right: RegionDescriptor;
}

/**
 * Decides a split of `region` (its current descriptor). Refused when another range change
 * landed since it was proposed (`version`), or when the key does not cut the range in two.
 *
 * @example
 * ```ts
 * const halves = planSplit(region, { type: 'split', splitKey, newRegionId: 9, version: region.epoch.version });
 * if ('code' in halves) refuse(halves);
 * ```
 */
export function planSplit(region: RegionDescriptor, split: SplitOperation): SplitHalves | SplitRefusal {
  if (split.version !== region.epoch.version) {
    return {
      code: 'EPOCH_MISMATCH',
      message: `region ${region.id} changed its range (version ${region.epoch.version}) after the split was proposed at version ${split.version}; retry`,
    };
  }
  const refusal = splitKeyRefusal(region, split.splitKey);
  if (refusal !== undefined) return { code: 'INVALID_ARGUMENT', message: refusal };
  if (split.newRegionId === region.id || !Number.isSafeInteger(split.newRegionId) || split.newRegionId <= 0) {
    return { code: 'INVALID_ARGUMENT', message: `region id ${split.newRegionId} cannot be the new region's id` };
  }
  const epoch = { confVersion: region.epoch.confVersion, version: region.epoch.version + 1 };
  return {
    left: { ...region, endKey: split.splitKey, epoch, peers: [...region.peers] },
    right: {
      id: split.newRegionId,
      startKey: split.splitKey,
      endKey: region.endKey,
      epoch: { ...epoch },
      peers: [...region.peers],
    },
  };
}

/** Why `key` cannot split `region` (`FLINT_SPLIT_KEY_OUTSIDE: …`), or undefined when it can. */
export function splitKeyRefusal(region: RegionDescriptor, key: Uint8Array): string | undefined {
  const error = validateSplitKey(region, key);
  return error === undefined ? undefined : `${error.code}: ${error.message}`;
}

/**
 * The stored ranges a split of `region` at `splitKey` reads: the user data that moves, the
 * session results and the clock the new region inherits. Bounds are `[lower, upper)`.
 */
export function rangesReadBySplit(
  region: RegionDescriptor,
  splitKey: Uint8Array,
): { lower: Uint8Array; upper: Uint8Array }[] {
  return [
    userDataRange(splitKey, region.endKey),
    SESSION_RANGE,
    { lower: CLOCK_KEY, upper: Uint8Array.of(...CLOCK_KEY, 0x00) },
  ];
}
