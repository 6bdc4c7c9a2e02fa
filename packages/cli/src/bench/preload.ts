import { compareBytes } from '@flintkv/client';
import type { BatchWrite, RegionInfo } from '@flintkv/client';

/** The part of the SDK a preload needs (a `FlintClient` has it). */
export interface PreloadClient {
  regions(): Promise<RegionInfo[]>;
  batch(writes: readonly BatchWrite[]): Promise<void>;
}

/** Options of {@link preloadKeys}. */
export interface PreloadOptions {
  /** Most keys per batch (one atomic write of one region). Default 256. */
  batchSize?: number;
  /** Batches in flight. Default 16. */
  concurrency?: number;
  /** Give up (and report what was written) after this long. Default 300 s. */
  timeoutMs?: number;
  /** Stop after this many failed batches. Default 100. */
  maxErrors?: number;
  /** Called after each batch with the number of keys written so far. */
  onProgress?: (written: number) => void;
}

/** What {@link preloadKeys} did. */
export interface PreloadResult {
  written: number;
  keys: number;
  failedBatches: number;
  firstError?: string;
  seconds: number;
}

function regionHolds(region: RegionInfo, key: Uint8Array): boolean {
  return (
    compareBytes(key, region.startKey) >= 0 && (region.endKey.length === 0 || compareBytes(key, region.endKey) < 0)
  );
}

/**
 * Cuts `keys` into batches that never span two regions (a batch is atomic only within one)
 * and hold at most `batchSize` keys each. Keys need not be sorted; each batch keeps their order.
 */
export function batchesByRegion(
  keys: readonly Uint8Array[],
  regions: readonly RegionInfo[],
  batchSize: number,
): Uint8Array[][] {
  const open = new Map<number, Uint8Array[]>();
  const batches: Uint8Array[][] = [];
  for (const key of keys) {
    // Keys outside every known region (a stale table) go alone into region -1's batches;
    // the client routes each batch by its first key and refuses one that spans regions.
    const regionId = regions.find((region) => regionHolds(region, key))?.id ?? -1;
    let batch = open.get(regionId);
    if (batch === undefined || batch.length === batchSize) {
      batch = [];
      open.set(regionId, batch);
      batches.push(batch);
    }
    batch.push(key);
  }
  return batches;
}

/**
 * Writes `value` under every key with atomic per-region batches, several in flight: how a
 * benchmark fills its key space before it measures reads. Bounded by time and errors;
 * resolves to what it managed rather than throwing.
 */
export async function preloadKeys(
  client: PreloadClient,
  keys: readonly Uint8Array[],
  value: Uint8Array,
  options: PreloadOptions = {},
): Promise<PreloadResult> {
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? 300_000);
  const maxErrors = options.maxErrors ?? 100;
  const batches = batchesByRegion(keys, await client.regions(), options.batchSize ?? 256);
  let next = 0;
  let written = 0;
  let failedBatches = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (next < batches.length && performance.now() < deadline && failedBatches < maxErrors) {
      const batch = batches[next++]!;
      try {
        await client.batch(batch.map((key) => ({ type: 'put', key, value })));
        written += batch.length;
        options.onProgress?.(written);
      } catch (error) {
        failedBatches++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  const result: PreloadResult = {
    written,
    keys: keys.length,
    failedBatches,
    seconds: (performance.now() - started) / 1000,
  };
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}
