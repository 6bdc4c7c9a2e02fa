import type { RegionInfo } from '@flintkv/client';
import { describe, expect, it } from 'vitest';
import { regionsToJson, renderRegions } from './regions.js';

const regions: RegionInfo[] = [
  {
    id: 1,
    startKey: new Uint8Array(),
    endKey: Buffer.from('m'),
    epoch: { confVersion: 1, version: 2 },
    peers: [1, 2, 3],
    leader: 2,
  },
  {
    id: 2,
    startKey: Buffer.from('m'),
    endKey: new Uint8Array(),
    epoch: { confVersion: 1, version: 2 },
    peers: [1, 2, 3],
    leader: 0,
  },
];

describe('renderRegions', () => {
  it('lists each region with its range, leader, peers and epoch', () => {
    const lines = renderRegions(regions).split('\n');
    expect(lines[0]).toMatch(/^REGION\s+RANGE\s+LEADER\s+PEERS\s+EPOCH$/);
    expect(lines[1]).toMatch(/^\s*1\s+\[-inf, "m"\)\s+2\s+1,2,3\s+conf 1, version 2$/);
    expect(lines[2]).toMatch(/^\s*2\s+\["m", \+inf\)\s+unknown\s+1,2,3/);
  });
});

describe('regionsToJson', () => {
  it('turns keys into strings, with empty strings for the open ends', () => {
    expect(regionsToJson(regions)[0]).toEqual({
      id: 1,
      startKey: '',
      endKey: 'm',
      leader: 2,
      peers: [1, 2, 3],
      epoch: { confVersion: 1, version: 2 },
    });
  });
});
