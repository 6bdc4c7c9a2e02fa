import type { RegionDescriptor } from '@flintkv/pd';
import { makeRequest } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { MAX_SCAN_LIMIT, planRequest } from './client-request-plan.js';
import { validateRegionRequest } from './request-validation.js';

const region: RegionDescriptor = {
  id: 3,
  startKey: Uint8Array.of(0x10),
  endKey: Uint8Array.of(0x20),
  epoch: { confVersion: 2, version: 5 },
  peers: [1, 2, 3],
};

describe('request validation', () => {
  it('a region without a replica here is REGION_NOT_FOUND', () => {
    expect(validateRegionRequest(3, undefined, region.epoch, [])).toMatchObject({ code: 'REGION_NOT_FOUND' });
  });

  it('an epoch that differs in either counter is EPOCH_MISMATCH carrying the current descriptor', () => {
    for (const epoch of [
      { confVersion: 1, version: 5 },
      { confVersion: 2, version: 6 },
    ]) {
      expect(validateRegionRequest(3, region, epoch, [])).toMatchObject({ code: 'EPOCH_MISMATCH', regions: [region] });
    }
  });

  it('an all-zero epoch means "unknown" and is not checked', () => {
    expect(validateRegionRequest(3, region, { confVersion: 0, version: 0 }, [Uint8Array.of(0x10)])).toBeUndefined();
  });

  it('a key outside [start, end) is KEY_NOT_IN_REGION; the end key itself is outside', () => {
    expect(validateRegionRequest(3, region, region.epoch, [Uint8Array.of(0x1f, 0xff)])).toBeUndefined();
    expect(validateRegionRequest(3, region, region.epoch, [Uint8Array.of(0x20)])).toMatchObject({
      code: 'KEY_NOT_IN_REGION',
    });
    expect(validateRegionRequest(3, region, region.epoch, [Uint8Array.of(0x0f)])).toMatchObject({
      code: 'KEY_NOT_IN_REGION',
    });
  });
});

describe('request plans', () => {
  it('every key of a batch is checked against the region', () => {
    const plan = planRequest(
      makeRequest({
        requestId: 1,
        command: {
          type: 'batch',
          operations: [
            { type: 'put', key: Uint8Array.of(1), value: Uint8Array.of(1) },
            { type: 'delete', key: Uint8Array.of(2) },
          ],
        },
      }),
    );
    expect(plan).toMatchObject({ kind: 'write', keys: [Uint8Array.of(1), Uint8Array.of(2)] });
  });

  it('an empty batch and node-level commands are invalid on a region', () => {
    expect(planRequest(makeRequest({ requestId: 1, command: { type: 'batch', operations: [] } })).kind).toBe('invalid');
    expect(planRequest(makeRequest({ requestId: 1, command: { type: 'status' } })).kind).toBe('invalid');
  });

  it('a scan limit is capped', () => {
    const plan = planRequest(
      makeRequest({
        requestId: 1,
        command: {
          type: 'scan',
          start: new Uint8Array(0),
          end: new Uint8Array(0),
          limit: 1e9,
          reverse: false,
          consistency: 'stale',
        },
      }),
    );
    expect(plan).toMatchObject({ kind: 'read', read: { limit: MAX_SCAN_LIMIT } });
  });
});
