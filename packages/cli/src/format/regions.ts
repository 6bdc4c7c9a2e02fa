import type { RegionInfo } from '@flintkv/client';
import { displayRange, jsonBytes } from './bytes.js';
import { renderTable } from './table.js';

/**
 * A region as `flint regions --json` emits it. Each bound is `startKey` (text; '' = the open
 * end) or `startKeyHex` (hex, when the key is not printable text); likewise the end.
 */
export interface RegionJson {
  id: number;
  startKey?: string;
  startKeyHex?: string;
  endKey?: string;
  endKeyHex?: string;
  leader: number;
  peers: number[];
  epoch: { confVersion: number; version: number };
}

/** The JSON form of a region table: keys become text or hex fields ('' = open end). */
export function regionsToJson(regions: readonly RegionInfo[]): RegionJson[] {
  return regions.map((region) => ({
    id: region.id,
    ...jsonBytes('startKey', region.startKey),
    ...jsonBytes('endKey', region.endKey),
    leader: region.leader,
    peers: [...region.peers],
    epoch: { ...region.epoch },
  }));
}

/** The region table of `flint regions`, in key order. */
export function renderRegions(regions: readonly RegionInfo[]): string {
  return renderTable(
    [
      { header: 'REGION', align: 'right' },
      { header: 'RANGE' },
      { header: 'LEADER', align: 'right' },
      { header: 'PEERS' },
      { header: 'EPOCH' },
    ],
    regions.map((region) => [
      String(region.id),
      displayRange(region.startKey, region.endKey),
      region.leader === 0 ? 'unknown' : String(region.leader),
      region.peers.join(','),
      `conf ${region.epoch.confVersion}, version ${region.epoch.version}`,
    ]),
  );
}
