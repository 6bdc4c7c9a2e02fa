/**
 * The SDK (@flintkv/client) against a real three-process cluster: exactly-once compare-and-swap
 * through a leader's kill -9, scans that span every region, per-region batches, and the
 * caller's deadline and AbortSignal when a majority is gone.
 */
import { connect, type FlintClient, FlintError, type RegionInfo } from '@flintkv/client';
import type { TestCluster } from '@flintkv/server/testing';
import { SeededRandom } from '@flintkv/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startCluster, stopAllClusters } from './helpers/cluster.js';

let cluster: TestCluster;
let db: FlintClient;
const extraClients: FlintClient[] = [];

beforeAll(async () => {
  cluster = await startCluster({ nodes: 3, regions: 4 });
  db = await connect({ endpoints: cluster.endpoints, timeoutMs: 15_000 });
}, 90_000);

afterAll(async () => {
  try {
    await Promise.all([db, ...extraClients].map((client) => client?.close()));
  } finally {
    await stopAllClusters();
  }
});

function regionHolds(region: RegionInfo, key: Uint8Array): boolean {
  return (
    Buffer.compare(key, region.startKey) >= 0 && (region.endKey.length === 0 || Buffer.compare(key, region.endKey) < 0)
  );
}

async function regionOf(key: Uint8Array): Promise<RegionInfo> {
  const region = (await db.regions()).find((each) => regionHolds(each, key));
  if (region === undefined) throw new Error(`no region holds ${Buffer.from(key).toString('hex')}`);
  return region;
}

/** The node that reports itself leader of `regionId` (highest term wins), from every node's own status. */
async function leaderOf(regionId: number): Promise<number | undefined> {
  let best: { nodeId: number; term: number } | undefined;
  for (const node of (await db.status({ timeoutMs: 3_000 })).nodes) {
    const group = node.groups.find((each) => each.groupId === regionId && each.role === 'leader');
    if (group !== undefined && (best === undefined || group.term > best.term)) {
      best = { nodeId: node.nodeId, term: group.term };
    }
  }
  return best?.nodeId;
}

function errorCode(error: unknown): string {
  return error instanceof FlintError ? error.code : `non-FlintError: ${String(error)}`;
}

describe('cas increments by several clients through a leader kill -9', () => {
  /** Counter values are `<count>:<client>:<op>`: unique per attempt, so the history can be rebuilt from them. */
  const COUNTER = 'counter/cas';
  const countOf = (value: string | undefined): number => (value === undefined ? 0 : Number(value.split(':')[0]));

  interface Attempt {
    expected: string | undefined;
    next: string;
    /** ok: resolved ok:true; mismatch: resolved ok:false; indeterminate: rejected (may or may not have applied). */
    outcome: 'ok' | 'mismatch' | 'indeterminate';
    errorCode?: string;
    /** Indeterminate only: a re-read right after the error saw this attempt's value. */
    seenApplied?: boolean;
  }

  it('ends with the counter equal to the increments that applied, each applied once', async () => {
    const CLIENTS = 4;
    const PER_PHASE = 25;
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, () => connect({ endpoints: cluster.endpoints, timeoutMs: 10_000 })),
    );
    extraClients.push(...clients);
    const attempts: Attempt[] = [];
    const readErrors: string[] = [];
    // Half the clients give up before a new leader is elected (their cas calls around the kill
    // end indeterminate), half outlast the election (the SDK retries the same session sequence).
    const casTimeoutMs = (clientIndex: number) => (clientIndex % 2 === 0 ? 800 : 8_000);
    let successes = 0;
    let stopping = false;

    const increment = async (client: FlintClient, clientIndex: number): Promise<void> => {
      for (let op = 0; !stopping; op++) {
        let expected: string | undefined;
        try {
          expected = await client.getString(COUNTER, { timeoutMs: 3_000 });
        } catch (error) {
          readErrors.push(errorCode(error));
          continue;
        }
        const next = `${countOf(expected) + 1}:${clientIndex}:${op}`;
        try {
          const result = await client.cas(COUNTER, expected, next, { timeoutMs: casTimeoutMs(clientIndex) });
          const current = result.current === undefined ? undefined : Buffer.from(result.current).toString();
          if (result.ok) {
            expect(current).toBe(next);
            successes++;
          } else {
            expect(current).not.toBe(expected);
          }
          attempts.push({ expected, next, outcome: result.ok ? 'ok' : 'mismatch' });
        } catch (error) {
          // The cas may or may not have applied: note what a re-read sees now; the history
          // rebuilt below decides for certain.
          const seen = await client.getString(COUNTER, { timeoutMs: 3_000 }).catch(() => undefined);
          attempts.push({
            expected,
            next,
            outcome: 'indeterminate',
            errorCode: errorCode(error),
            seenApplied: seen === next,
          });
        }
      }
    };
    const loops = clients.map((client, index) => increment(client, index));
    const progressBy = (target: number, what: string) => eventually(what, () => successes >= target, 30_000, 20);

    try {
      await progressBy(PER_PHASE, 'increments before the first kill');
      const region = await regionOf(Buffer.from(COUNTER));
      // Two rounds: kill -9 the leader while the clients run, let a new leader serve, restart it.
      for (let round = 1; round <= 2; round++) {
        const victim = await eventually('a leader of the counter region', () => leaderOf(region.id));
        const killedAt = Date.now();
        const beforeKill = successes;
        await cluster.kill(victim, 'SIGKILL');
        await progressBy(beforeKill + 1, 'an increment after the kill');
        const firstAfterKillMs = Date.now() - killedAt;
        await progressBy(beforeKill + PER_PHASE, 'increments with the new leader');
        const restartedAt = Date.now();
        cluster.start(victim);
        await cluster.waitHealthy([victim]);
        const healthyMs = Date.now() - restartedAt;
        const afterRestart = successes;
        await progressBy(afterRestart + PER_PHASE, 'increments after the restart');
        console.log(
          `cas counter round ${round}: killed leader n${victim} of region ${region.id}; first ok increment ` +
            `${firstAfterKillMs} ms later; ${PER_PHASE} more in ${restartedAt - killedAt - firstAfterKillMs} ms; ` +
            `restarted node healthy in ${healthyMs} ms`,
        );
      }
    } finally {
      stopping = true;
      await Promise.all(loops);
    }

    const final = await db.getString(COUNTER);
    const counter = countOf(final);
    const byNext = new Map(attempts.map((attempt) => [attempt.next, attempt]));
    const okCount = attempts.filter((attempt) => attempt.outcome === 'ok').length;
    const indeterminate = attempts.filter((attempt) => attempt.outcome === 'indeterminate');

    // Walk the applied history back from the final value: each value names the attempt that
    // wrote it, whose expected value names the one before. Values are never reused, so every
    // value has exactly one writer and the chain is the whole history.
    const applied = new Set<Attempt>();
    let cursor = final;
    while (cursor !== undefined) {
      const writer = byNext.get(cursor);
      expect(writer, `no attempt wrote ${cursor}`).toBeDefined();
      // A cas answered ok:false must not have applied: a retried cas answers from the session table.
      expect(writer!.outcome, `attempt ${cursor} applied but answered ok:false`).not.toBe('mismatch');
      expect(countOf(writer!.expected)).toBe(countOf(cursor) - 1);
      applied.add(writer!);
      cursor = writer!.expected;
    }
    const indeterminateApplied = indeterminate.filter((attempt) => applied.has(attempt)).length;
    for (const attempt of indeterminate) if (attempt.seenApplied) expect(applied.has(attempt)).toBe(true);

    expect(okCount).toBe(successes);
    expect(applied.size).toBe(counter);
    for (const attempt of attempts) if (attempt.outcome === 'ok') expect(applied.has(attempt)).toBe(true);
    expect(counter).toBe(successes + indeterminateApplied);
    expect(counter).toBeGreaterThanOrEqual(successes);
    expect(counter).toBeLessThanOrEqual(successes + indeterminate.length);
    // Only "the cluster did not answer in time" is an honest reason for a cas to fail here.
    for (const attempt of indeterminate) expect(attempt.errorCode).toMatch(/^FLINT_(TIMEOUT|UNAVAILABLE)$/);
    for (const code of readErrors) expect(code).toMatch(/^FLINT_(TIMEOUT|UNAVAILABLE)$/);
    console.log(
      `cas counter: ${counter} = ${successes} ok + ${indeterminateApplied} of ${indeterminate.length} indeterminate ` +
        `(${attempts.length - okCount - indeterminate.length} mismatches, ${readErrors.length} failed reads)`,
    );
  }, 90_000);
});

describe('scan across all regions', () => {
  /** Deterministic bytes, so a failure reproduces from the seed. */
  function randomBytes(seed: number): (length: number) => Buffer {
    const random = new SeededRandom(seed);
    return (length) => Buffer.from(random.bytes(length));
  }

  it('returns every key exactly once, in order, forward and reverse, with limits and small pages', async () => {
    const seed = 20261125;
    const random = randomBytes(seed);
    const regions = await db.regions();
    expect(regions.length).toBeGreaterThanOrEqual(4);
    const written = new Map<string, Buffer>();
    const add = (key: Buffer) => written.set(key.toString('hex'), key);
    for (let index = 0; index < 60; index++) add(Buffer.from(`scan/text/${index.toString().padStart(3, '0')}`));
    for (let index = 0; index < 60; index++) add(Buffer.from(random(6).toString('hex')));
    for (let index = 0; index < 60; index++) add(random(1 + (index % 12)));
    add(Buffer.from([0x00]));
    add(Buffer.from([0xff, 0xff, 0xff]));
    // Each region's own first keys, so that every region holds some of the keys.
    for (const region of regions) {
      add(Buffer.concat([region.startKey, Buffer.from([0x00])]));
      add(Buffer.concat([region.startKey, random(3)]));
    }
    const keys = [...written.values()].sort(Buffer.compare);
    for (const region of regions) expect(keys.some((key) => regionHolds(region, key))).toBe(true);
    const expectedValue = (key: Buffer) => `value-${key.toString('hex')}`;
    await Promise.all(keys.map((key) => db.put(key, expectedValue(key))));

    const collect = async (options: Parameters<FlintClient['scan']>[0]) => {
      const pairs: { key: Buffer; value: string }[] = [];
      for await (const pair of db.scan(options)) {
        pairs.push({ key: Buffer.from(pair.key), value: Buffer.from(pair.value).toString() });
      }
      return pairs;
    };
    const ours = <Pair extends { key: Buffer }>(pairs: Pair[]) =>
      pairs.filter((pair) => written.has(pair.key.toString('hex')));
    const strictly = (pairs: { key: Buffer }[], order: 1 | -1) =>
      pairs.every((pair, index) => index === 0 || Buffer.compare(pairs[index - 1]!.key, pair.key) === -order);

    const forward = await collect({ pageSize: 7 });
    expect(strictly(forward, 1)).toBe(true); // strictly ascending: no key twice, none out of order
    expect(ours(forward).map((pair) => pair.key)).toEqual(keys);
    for (const pair of ours(forward)) expect(pair.value).toBe(expectedValue(pair.key));

    const reverse = await collect({ pageSize: 5, reverse: true });
    expect(strictly(reverse, -1)).toBe(true);
    expect(reverse.map((pair) => pair.key)).toEqual(forward.map((pair) => pair.key).reverse());

    const limit = Math.floor(forward.length * 0.7);
    const limited = await collect({ pageSize: 9, limit });
    expect(limited.map((pair) => pair.key)).toEqual(forward.slice(0, limit).map((pair) => pair.key));
    const limitedReverse = await collect({ pageSize: 9, limit, reverse: true });
    expect(limitedReverse.map((pair) => pair.key)).toEqual(reverse.slice(0, limit).map((pair) => pair.key));

    // A bounded range whose ends fall inside different regions.
    const start = keys[Math.floor(keys.length * 0.2)]!;
    const end = keys[Math.floor(keys.length * 0.8)]!;
    expect((await regionOf(start)).id).not.toBe((await regionOf(end)).id);
    const inRange = forward.filter((pair) => Buffer.compare(pair.key, start) >= 0 && Buffer.compare(pair.key, end) < 0);
    expect((await collect({ start, end, pageSize: 4 })).map((pair) => pair.key)).toEqual(
      inRange.map((pair) => pair.key),
    );
    expect((await collect({ start, end, pageSize: 4, reverse: true })).map((pair) => pair.key)).toEqual(
      inRange.map((pair) => pair.key).reverse(),
    );
    console.log(`scan: ${keys.length} keys over ${regions.length} regions (seed ${seed})`);
  });
});

describe('batch', () => {
  it('applies puts and deletes within one region atomically', async () => {
    const region = (await db.regions())[1]!;
    const key = (suffix: string) => Buffer.concat([region.startKey, Buffer.from(`batch/${suffix}`)]);
    for (const suffix of ['a', 'b', 'gone']) expect(regionHolds(region, key(suffix))).toBe(true);
    await db.put(key('gone'), 'doomed');
    await db.batch([
      { type: 'put', key: key('a'), value: 'one' },
      { type: 'put', key: key('b'), value: 'two' },
      { type: 'delete', key: key('gone') },
    ]);
    expect(await db.getString(key('a'))).toBe('one');
    expect(await db.getString(key('b'))).toBe('two');
    expect(await db.get(key('gone'))).toBeUndefined();
  });

  it('rejects a batch across regions with FLINT_CROSS_REGION_BATCH and applies none of it', async () => {
    const [first, second] = await db.regions();
    const inFirst = Buffer.concat([first!.startKey, Buffer.from('cross/1')]);
    const inSecond = Buffer.concat([second!.startKey, Buffer.from('cross/2')]);
    const failure = await db
      .batch([
        { type: 'put', key: inFirst, value: 'x' },
        { type: 'put', key: inSecond, value: 'y' },
      ])
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(FlintError);
    expect((failure as FlintError).code).toBe('FLINT_CROSS_REGION_BATCH');
    expect(await db.get(inFirst)).toBeUndefined();
    expect(await db.get(inSecond)).toBeUndefined();
  });
});

describe('deadlines and cancellation with two of three nodes down', () => {
  it('ends a call at its timeoutMs with FLINT_TIMEOUT and at its AbortSignal with FLINT_ABORTED (two nodes paused)', async () => {
    const key = 'deadline/paused';
    const region = await regionOf(Buffer.from(key));
    // A linearizable read is answered by the leader only, so afterwards the client routes there;
    // the leader must be the same before and after it.
    const leader = await eventually('a stable leader the client routes to', async () => {
      const before = await leaderOf(region.id);
      const value = await db.get(key);
      const after = await leaderOf(region.id);
      return value === undefined && before !== undefined && before === after ? before : undefined;
    });
    const paused = [leader, [1, 2, 3].find((nodeId) => nodeId !== leader)!];
    for (const nodeId of paused) cluster.pause(nodeId);
    try {
      const timedStart = Date.now();
      const timedOut = await db.get(key, { timeoutMs: 1_000 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      const timedMs = Date.now() - timedStart;
      expect(errorCode(timedOut)).toBe('FLINT_TIMEOUT');
      expect(timedMs).toBeGreaterThanOrEqual(950);
      expect(timedMs).toBeLessThan(2_000);

      const controller = new AbortController();
      const abortStart = Date.now();
      setTimeout(() => controller.abort(), 300);
      const aborted = await db.put(key, 'x', { signal: controller.signal, timeoutMs: 20_000 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      const abortMs = Date.now() - abortStart;
      expect(errorCode(aborted)).toBe('FLINT_ABORTED');
      expect(abortMs).toBeGreaterThanOrEqual(250);
      expect(abortMs).toBeLessThan(1_300);

      const alreadyAborted = await db.cas(key, undefined, 'x', { signal: AbortSignal.abort() }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(errorCode(alreadyAborted)).toBe('FLINT_ABORTED');
      console.log(`deadlines (paused n${paused.join(', n')}): timeout after ${timedMs} ms, abort after ${abortMs} ms`);
    } finally {
      for (const nodeId of paused) cluster.resume(nodeId);
    }
  });

  it('ends a write at its timeoutMs when two nodes are killed; a leaderless end is FLINT_UNAVAILABLE caused by the deadline', async () => {
    await cluster.kill(2, 'SIGKILL');
    await cluster.kill(3, 'SIGKILL');
    const started = Date.now();
    const failure = await db.put('deadline/killed', 'x', { timeoutMs: 1_500 }).then(
      () => undefined,
      (error: unknown) => error,
    );
    const elapsedMs = Date.now() - started;
    // FLINT_TIMEOUT when the survivor still led and the write could not commit; FLINT_UNAVAILABLE
    // (by design, errors.ts) when the last thing seen was "no leader" or a refused connection —
    // either way the deadline is what ended the call.
    expect(errorCode(failure)).toMatch(/^FLINT_(TIMEOUT|UNAVAILABLE)$/);
    if (errorCode(failure) === 'FLINT_UNAVAILABLE') expect(errorCode((failure as Error).cause)).toBe('FLINT_TIMEOUT');
    expect(elapsedMs).toBeGreaterThanOrEqual(1_450);
    expect(elapsedMs).toBeLessThan(2_500);
    console.log(`deadlines (killed n2, n3): ${errorCode(failure)} after ${elapsedMs} ms`);
  });
});
