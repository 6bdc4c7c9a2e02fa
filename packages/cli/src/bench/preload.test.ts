import type { BatchWrite, RegionInfo } from '@flintkv/client';
import { describe, expect, it } from 'vitest';
import { batchesByRegion, preloadKeys } from './preload.js';
import { benchKeys } from './workload.js';

const region = (id: number, start: string, end: string): RegionInfo => ({
  id,
  startKey: Buffer.from(start),
  endKey: Buffer.from(end),
  epoch: { confVersion: 1, version: 1 },
  peers: [1, 2, 3],
  leader: 1,
});
// Splits inside the benchmark key space: k000000000000000 .. k000000000000999.
const regions = [
  region(1, '', 'k000000000000300'),
  region(2, 'k000000000000300', 'k000000000000700'),
  region(3, 'k000000000000700', ''),
];

describe('batchesByRegion', () => {
  it('never puts keys of two regions in one batch, and caps the batch size', () => {
    const keys = benchKeys(1000);
    const batches = batchesByRegion(keys, regions, 64);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(64);
      const owners = new Set(
        batch.map(
          (key) =>
            regions.find(
              (each) =>
                Buffer.compare(key, each.startKey) >= 0 &&
                (each.endKey.length === 0 || Buffer.compare(key, each.endKey) < 0),
            )!.id,
        ),
      );
      expect(owners.size).toBe(1);
    }
    expect(batches.flat()).toHaveLength(1000);
  });
});

describe('preloadKeys', () => {
  it('writes every key exactly once with the given value', async () => {
    const stored = new Map<string, Uint8Array>();
    let writes = 0;
    const client = {
      regions: async () => regions,
      batch: async (batch: readonly BatchWrite[]) => {
        for (const write of batch) {
          if (write.type !== 'put') throw new Error('unexpected delete');
          writes++;
          stored.set(Buffer.from(write.key).toString(), write.value as Uint8Array);
        }
      },
    };
    const value = Buffer.from('v');
    const result = await preloadKeys(client, benchKeys(1000), value, { batchSize: 100, concurrency: 4 });
    expect(result).toMatchObject({ written: 1000, keys: 1000, failedBatches: 0 });
    expect(writes).toBe(1000);
    expect(stored.size).toBe(1000);
    expect([...stored.values()].every((each) => each === value)).toBe(true);
  });

  it('stops after maxErrors failed batches and reports the first error instead of throwing', async () => {
    const client = {
      regions: async () => regions,
      batch: async () => {
        throw new Error('no leader');
      },
    };
    const result = await preloadKeys(client, benchKeys(1000), Buffer.from('v'), {
      batchSize: 10,
      concurrency: 2,
      maxErrors: 3,
    });
    expect(result.written).toBe(0);
    expect(result.failedBatches).toBeGreaterThanOrEqual(3);
    expect(result.failedBatches).toBeLessThanOrEqual(4);
    expect(result.firstError).toBe('no leader');
  });
});
