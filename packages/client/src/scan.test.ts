import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBytes } from '@flintkv/proto';
import { connect, type FlintClient } from './client.js';
import { FakeCluster } from './fake-cluster.test-support.js';

let cluster: FakeCluster;
let db: FlintClient;

beforeAll(async () => {
  cluster = await new FakeCluster(3, ['c', 'g', 'k', 'p', 't']).start();
  db = await connect({ endpoints: cluster.endpoints, timeoutMs: 5000, backoff: { initialMs: 1, maxMs: 20 } });
});

afterAll(async () => {
  await db.close();
  await cluster.stop();
});

const letters = fc.string({ unit: fc.constantFrom('a', 'c', 'g', 'h', 'k', 'p', 'q', 't', 'z'), maxLength: 3 });

describe('scan across regions', () => {
  it('returns exactly the stored keys in [start, end), once each, in order, for any range, limit, page size and direction', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          letters.filter((key) => key.length > 0),
          { maxLength: 30 },
        ),
        letters,
        letters,
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        async (keys, start, end, limit, pageSize, reverse) => {
          cluster.store.clear();
          for (const key of keys) cluster.store.set(Buffer.from(key).toString('hex'), new Uint8Array(0));
          const encoder = new TextEncoder();
          const startBytes = encoder.encode(start);
          const endBytes = encoder.encode(end);
          const expected = keys
            .map((key) => encoder.encode(key))
            .filter(
              (key) => compareBytes(key, startBytes) >= 0 && (endBytes.length === 0 || compareBytes(key, endBytes) < 0),
            )
            .sort(compareBytes);
          if (reverse) expected.reverse();
          const wanted = limit === undefined ? expected : expected.slice(0, limit);

          const seen: Uint8Array[] = [];
          for await (const pair of db.scan({ start, end, limit, pageSize, reverse })) seen.push(pair.key);
          expect(seen).toEqual(wanted);
        },
      ),
      { numRuns: 60 },
    );
  });
});
