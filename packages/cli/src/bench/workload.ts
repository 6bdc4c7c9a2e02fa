/** Bytes of a benchmark key: 'k' and 15 zero-padded digits, as in the shared peers harness. */
export const BENCH_KEY_BYTES = 16;

/**
 * A small seeded generator (mulberry32) returning numbers in [0, 1): each worker draws its own
 * reproducible key sequence, so two runs with the same seed ask for the same keys.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Key number `index` of the benchmark key space: `k000000000000042` for 42. */
export function benchKey(index: number): Uint8Array {
  return Buffer.from(`k${String(index).padStart(BENCH_KEY_BYTES - 1, '0')}`, 'latin1');
}

/** Every key of a key space of `count` keys, built once so the hot loop allocates nothing. */
export function benchKeys(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, index) => benchKey(index));
}

/** A fixed value of `size` printable ASCII bytes (seeded, so every run writes the same bytes). */
export function printableValue(size: number, seed = 42): Uint8Array {
  const random = seededRandom(seed);
  const value = Buffer.alloc(size);
  for (let index = 0; index < size; index++) value[index] = 32 + Math.floor(random() * 95);
  return value;
}

/** What a key-value benchmark worker does: one read or one write of a key. */
export interface KvOperations {
  put(key: Uint8Array, value: Uint8Array): Promise<unknown>;
  /** Resolves to undefined when the key is absent (counted as a miss). */
  get(key: Uint8Array): Promise<Uint8Array | undefined>;
}

/** Shape of a key-value workload: key space, value size and the share of reads. */
export interface KvWorkloadOptions {
  keys: readonly Uint8Array[];
  value: Uint8Array;
  /** Share of operations that are reads, 0..1 (0 = only puts, 1 = only gets). */
  readShare: number;
  /** Base seed; worker `w` draws from seed `seed * 7919 + w` (the peers harness's rule). */
  seed?: number;
}

/** The kind of operation a workload step performed. */
export type KvStepResult = 'read' | 'miss' | 'write';

/**
 * A step function per worker for {@link runClosedLoop}: each call picks a key uniformly at
 * random and reads it (with probability `readShare`) or writes the fixed value to it.
 */
export function kvWorkload(
  operations: KvOperations,
  options: KvWorkloadOptions,
): (worker: number) => () => Promise<KvStepResult> {
  const { keys, value, readShare } = options;
  const seed = options.seed ?? 1;
  return (worker) => {
    const random = seededRandom(seed * 7919 + worker);
    const choice = seededRandom(seed * 104_729 + worker);
    return async () => {
      const key = keys[Math.floor(random() * keys.length)]!;
      if (readShare > 0 && (readShare >= 1 || choice() < readShare)) {
        return (await operations.get(key)) === undefined ? 'miss' : 'read';
      }
      await operations.put(key, value);
      return 'write';
    };
  };
}
