import type { RegionInfo } from '@flintkv/client';
import { displayBytes, displayRange } from './bytes.js';
import { renderTable } from './table.js';

/** A region as `flint regions --json` emits it: keys in their display form. */
export interface RegionJson {
  id: number;
  startKey: string;
  endKey: string;
  leader: number;
  peers: number[];
  epoch: { confVersion: number; version: number };
}

/** The JSON form of a region table: keys become strings ('' = open end). */
export function regionsToJson(regions: readonly RegionInfo[]): RegionJson[] {
  return regions.map((region) => ({
    id: region.id,
    startKey: displayBytes(region.startKey),
    endKey: displayBytes(region.endKey),
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
