import type { RegionDetails } from '@flintkv/client';
import { describe, expect, it } from 'vitest';
import { formatRate, formatReplicas, regionsToJson, renderRegions } from './regions.js';

const regions: RegionDetails[] = [
  {
    id: 1,
    startKey: new Uint8Array(),
    endKey: Buffer.from('m'),
    epoch: { confVersion: 1, version: 2 },
    peers: [1, 2, 3],
    leader: 2,
    approximateKeys: 12_345,
    approximateBytes: 3 * 1024 * 1024,
    writesPerSecond: 41.26,
    readsPerSecond: 1234.4,
    replicas: [
      { nodeId: 1, host: 0, leader: false },
      { nodeId: 2, host: 1, leader: true },
      { nodeId: 3, host: 0, leader: false },
    ],
    measuredBy: 2,
  },
  {
    id: 2,
    startKey: Buffer.from('m'),
    endKey: new Uint8Array(),
    epoch: { confVersion: 1, version: 2 },
    peers: [1, 2, 3],
    leader: 0,
    approximateKeys: 0,
    approximateBytes: 0,
    writesPerSecond: 0,
    readsPerSecond: 0,
    replicas: [
      { nodeId: 1, host: 1, leader: false },
      { nodeId: 2, host: 0, leader: false },
      { nodeId: 3, host: undefined, leader: false },
    ],
    measuredBy: 0,
  },
];

describe('renderRegions', () => {
  it('lists each region with its range, leader, size, load, replicas and epoch', () => {
    const lines = renderRegions(regions).split('\n');
    expect(lines[0]).toMatch(/^REGION\s+RANGE\s+LEADER\s+KEYS\s+BYTES\s+WRITES\/S\s+READS\/S\s+REPLICAS\s+EPOCH$/);
    expect(lines[1]).toMatch(
      /^\s*1\s+\[-inf, "m"\)\s+2\s+12,345\s+3\.0 MiB\s+41\.3\s+1,234\s+1:h0 2:h1 3:h0\s+conf 1, version 2$/,
    );
    expect(lines[2]).toMatch(/^\s*2\s+\["m", \+inf\)\s+unknown\s+0\s+0 B\s+0\.0\s+0\.0\s+1:h1 2:h0 3:\?\s+conf 1/);
  });
});

describe('formatReplicas and formatRate', () => {
  it('writes node:host pairs, ? for a node that did not answer', () => {
    expect(formatReplicas(regions[1]!.replicas)).toBe('1:h1 2:h0 3:?');
  });

  it('keeps one decimal below 100 per second, none above', () => {
    expect(formatRate(0.04)).toBe('0.0');
    expect(formatRate(99.94)).toBe('99.9');
    expect(formatRate(15_300.4)).toBe('15,300');
  });
});

describe('regionsToJson', () => {
  it('turns keys into strings, with empty strings for the open ends, and keeps the figures and replicas', () => {
    expect(regionsToJson(regions)[0]).toEqual({
      id: 1,
      startKey: '',
      endKey: 'm',
      leader: 2,
      peers: [1, 2, 3],
      epoch: { confVersion: 1, version: 2 },
      approximateKeys: 12_345,
      approximateBytes: 3 * 1024 * 1024,
      writesPerSecond: 41.3,
      readsPerSecond: 1234.4,
      replicas: [
        { nodeId: 1, host: 0, leader: false },
        { nodeId: 2, host: 1, leader: true },
        { nodeId: 3, host: 0, leader: false },
      ],
    });
    expect(regionsToJson(regions)[1]?.replicas[2]).toEqual({ nodeId: 3, host: null, leader: false });
  });
});
