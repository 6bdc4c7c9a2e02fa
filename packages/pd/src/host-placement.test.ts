import { SeededRandom } from '@flintkv/test-kit';
import { describe, expect, it } from 'vitest';
import { PlacementError } from './errors.js';
import {
  DEFAULT_HOST_BALANCE_SETTINGS,
  decideHostMoves,
  type HostBalanceSettings,
  type HostLoad,
  leastLoadedHost,
  type RegionHostLoad,
} from './host-placement.js';

const MIB = 1024 * 1024;

describe('leastLoadedHost', () => {
  const cases: [string, HostLoad[], number][] = [
    ['one host', [{ host: 0, regions: 9, loadPerSecond: 9_000 }], 0],
    [
      'least load, even with more regions',
      [
        { host: 0, regions: 1, loadPerSecond: 900 },
        { host: 1, regions: 5, loadPerSecond: 100 },
      ],
      1,
    ],
    [
      'equal load: fewest regions',
      [
        { host: 0, regions: 3, loadPerSecond: 0 },
        { host: 1, regions: 2, loadPerSecond: 0 },
        { host: 2, regions: 4, loadPerSecond: 0 },
      ],
      1,
    ],
    [
      'all equal: lowest index, whatever the order listed',
      [
        { host: 3, regions: 2, loadPerSecond: 50 },
        { host: 1, regions: 2, loadPerSecond: 50 },
        { host: 2, regions: 2, loadPerSecond: 50 },
      ],
      1,
    ],
  ];

  it.each(cases)('%s', (_name, hostLoads, expected) => {
    expect(leastLoadedHost(hostLoads)).toBe(expected);
  });

  it('refuses an empty list with FLINT_NO_HOSTS', () => {
    expect(() => leastLoadedHost([])).toThrow(PlacementError);
    expect(() => leastLoadedHost([])).toThrow(expect.objectContaining({ code: 'FLINT_NO_HOSTS' }));
  });
});

/** Region `regionId` on `host` with `loadPerSecond`, 10 MiB unless given. */
const on = (regionId: number, host: number, loadPerSecond: number, approximateBytes = 10 * MIB): RegionHostLoad => ({
  regionId,
  host,
  loadPerSecond,
  approximateBytes,
});

describe('decideHostMoves', () => {
  const many: HostBalanceSettings = { ...DEFAULT_HOST_BALANCE_SETTINGS, maxMoves: 10 };
  const cases: [string, RegionHostLoad[], number, HostBalanceSettings, [number, number, number][]][] = [
    ['no regions', [], 4, DEFAULT_HOST_BALANCE_SETTINGS, []],
    ['one host thread', [on(1, 0, 5_000), on(2, 0, 5_000)], 1, DEFAULT_HOST_BALANCE_SETTINGS, []],
    ['already even', [on(1, 0, 300), on(2, 1, 300)], 2, DEFAULT_HOST_BALANCE_SETTINGS, []],
    [
      'two equal regions on one of two hosts: the smaller moves',
      [on(1, 0, 300, 10 * MIB), on(2, 0, 300, 5 * MIB)],
      2,
      DEFAULT_HOST_BALANCE_SETTINGS,
      [[2, 0, 1]],
    ],
    ['a single hot region: moving it helps nothing', [on(1, 0, 1_000), on(2, 1, 0)], 2, many, []],
    ['busiest within 1.3× the mean (600 of 500)', [on(1, 0, 600), on(2, 1, 400)], 2, many, []],
    [
      'busiest above 1.3× the mean (700 of 500): the move that lowers it',
      [on(1, 0, 400), on(2, 0, 300), on(3, 1, 300)],
      2,
      many,
      [[2, 0, 1]],
    ],
    ['an idle node: below 100 ops/s nothing moves', [on(1, 0, 40), on(2, 0, 40)], 2, many, []],
    [
      'the region closest to half the gap',
      [on(1, 0, 100), on(2, 0, 500), on(3, 0, 900), on(4, 1, 300)],
      2,
      many,
      [[2, 0, 1]],
    ],
    [
      'to the least loaded host, lowest index on ties; equal regions: lowest id',
      [on(1, 0, 500), on(2, 0, 500), on(3, 1, 300), on(4, 2, 100), on(5, 3, 100)],
      4,
      DEFAULT_HOST_BALANCE_SETTINGS,
      [[1, 0, 2]],
    ],
    [
      'one move per call by default',
      [on(1, 0, 100), on(2, 0, 100), on(3, 0, 100), on(4, 0, 100)],
      4,
      DEFAULT_HOST_BALANCE_SETTINGS,
      [[1, 0, 1]],
    ],
    [
      'with more moves allowed, until even',
      [on(1, 0, 100), on(2, 0, 100), on(3, 0, 100), on(4, 0, 100)],
      4,
      many,
      [
        [1, 0, 1],
        [2, 0, 2],
        [3, 0, 3],
      ],
    ],
    [
      'two equally busy hosts: a step even though the maximum stays',
      [on(1, 0, 50), on(2, 0, 50), on(3, 1, 50), on(4, 1, 50)],
      3,
      many,
      [[1, 0, 2]],
    ],
    [
      'regions on hosts outside 0..hostCount-1 are ignored',
      [on(1, 0, 300), on(2, 0, 300), on(3, 7, 10_000)],
      2,
      DEFAULT_HOST_BALANCE_SETTINGS,
      [[1, 0, 1]],
    ],
  ];

  it.each(cases)('%s', (_name, regionLoads, hostCount, settings, expected) => {
    expect(decideHostMoves(regionLoads, hostCount, settings)).toEqual(
      expected.map(([regionId, fromHost, toHost]) => ({ regionId, fromHost, toHost })),
    );
  });

  it('repeated calls on steady load settle without undoing moves or raising the highest load', () => {
    // Each move takes load r from B to C with max(B − r, C + r) < B, so r < B − C and the sum
    // of squared host loads falls: calls on steady load cannot move regions round in circles.
    const random = new SeededRandom(3);
    for (let layout = 0; layout < 100; layout++) {
      const hostCount = random.integer(2, 4);
      let regionLoads = Array.from({ length: random.integer(1, 12) }, (_, index) =>
        on(index + 1, random.below(hostCount), random.integer(0, 2_000), random.integer(1, 96) * MIB),
      );
      const highestLoad = () => {
        const loads = Array.from({ length: hostCount }, () => 0);
        for (const region of regionLoads) loads[region.host]! += region.loadPerSecond;
        return Math.max(...loads);
      };
      let calls = 0;
      for (;;) {
        const moves = decideHostMoves(regionLoads, hostCount);
        if (moves.length === 0) break;
        expect(moves).toHaveLength(1);
        const highestBefore = highestLoad();
        const { regionId, fromHost, toHost } = moves[0]!;
        regionLoads = regionLoads.map((region) => {
          if (region.regionId !== regionId) return region;
          expect(region.host).toBe(fromHost);
          return { ...region, host: toHost };
        });
        expect(highestLoad()).toBeLessThanOrEqual(highestBefore);
        calls++;
        expect(calls).toBeLessThan(200);
      }
    }
  });
});
