import { describe, expect, it } from 'vitest';
import { BENCH_KEY_BYTES, benchKey, benchKeys, kvWorkload, printableValue, seededRandom } from './workload.js';

function recordingOperations(present = true) {
  const calls: { op: 'put' | 'get'; key: string }[] = [];
  return {
    calls,
    operations: {
      put: async (key: Uint8Array) => {
        calls.push({ op: 'put', key: Buffer.from(key).toString('latin1') });
      },
      get: async (key: Uint8Array) => {
        calls.push({ op: 'get', key: Buffer.from(key).toString('latin1') });
        return present ? Uint8Array.of(1) : undefined;
      },
    },
  };
}

describe('benchmark keys and values', () => {
  it('are the peers harness keys: k and 15 zero-padded digits, 16 bytes', () => {
    expect(Buffer.from(benchKey(42)).toString('latin1')).toBe('k000000000000042');
    expect(benchKeys(3).every((key) => key.length === BENCH_KEY_BYTES)).toBe(true);
  });

  it('writes a fixed printable value of the requested size', () => {
    const value = printableValue(256);
    expect(value.length).toBe(256);
    expect(value.every((byte) => byte >= 32 && byte < 127)).toBe(true);
    expect(printableValue(256)).toEqual(value);
  });

  it('draws reproducible numbers in [0, 1) from a seed', () => {
    const first = seededRandom(7);
    const second = seededRandom(7);
    const draws = Array.from({ length: 100 }, () => first());
    expect(draws).toEqual(Array.from({ length: 100 }, () => second()));
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
  });
});

describe('kvWorkload', () => {
  const keys = benchKeys(1000);
  const value = printableValue(8);

  it('only writes with a read share of 0 and only reads with 1', async () => {
    for (const [readShare, op] of [
      [0, 'put'],
      [1, 'get'],
    ] as const) {
      const { calls, operations } = recordingOperations();
      const step = kvWorkload(operations, { keys, value, readShare })(0);
      for (let index = 0; index < 50; index++) await step();
      expect(calls.every((call) => call.op === op)).toBe(true);
    }
  });

  it('mixes reads and writes in about the requested share', async () => {
    const { calls, operations } = recordingOperations();
    const step = kvWorkload(operations, { keys, value, readShare: 0.9 })(3);
    for (let index = 0; index < 2000; index++) await step();
    const reads = calls.filter((call) => call.op === 'get').length;
    expect(reads / calls.length).toBeGreaterThan(0.85);
    expect(reads / calls.length).toBeLessThan(0.95);
  });

  it('reports a read of an absent key as a miss', async () => {
    const { operations } = recordingOperations(false);
    expect(await kvWorkload(operations, { keys, value, readShare: 1 })(0)()).toBe('miss');
  });

  it('gives each worker its own reproducible key sequence', async () => {
    const sequence = async (worker: number) => {
      const { calls, operations } = recordingOperations();
      const step = kvWorkload(operations, { keys, value, readShare: 0, seed: 5 })(worker);
      for (let index = 0; index < 20; index++) await step();
      return calls.map((call) => call.key);
    };
    expect(await sequence(1)).toEqual(await sequence(1));
    expect(await sequence(1)).not.toEqual(await sequence(2));
  });
});
