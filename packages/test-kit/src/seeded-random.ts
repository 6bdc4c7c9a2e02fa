/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed always gives the
 * same sequence, so a failing test, fault schedule or generated history replays from its seed
 * alone. Not for cryptography.
 *
 * The Raft simulator keeps its own generator (`packages/raft/src/simulation/random.ts`, sfc32)
 * so that the simulator stays dependency-free; this one serves every other test.
 *
 * @example
 * ```ts
 * const random = new SeededRandom(42);
 * const key = random.bytes(16);
 * if (random.chance(0.1)) dropMessage();
 * ```
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [low, high] inclusive. */
  integer(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A copy of `items` in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy;
  }

  /** `length` random bytes. */
  bytes(length: number): Uint8Array {
    const result = new Uint8Array(length);
    for (let index = 0; index < length; index++) result[index] = Math.floor(this.next() * 256);
    return result;
  }
}

/**
 * The generator as a bare function returning floats in [0, 1), for APIs that take one (such
 * as Raft's election-timeout randomness). Same sequence as `new SeededRandom(seed).next()`.
 *
 * @example
 * ```ts
 * const node = new RawNode({ ...config, random: seededRandom(7) });
 * ```
 */
export function seededRandom(seed: number): () => number {
  const generator = new SeededRandom(seed);
  return () => generator.next();
}
