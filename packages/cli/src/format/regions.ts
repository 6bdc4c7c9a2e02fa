import type { RegionDetails, ReplicaPlacement } from '@flintkv/client';
import { formatCount } from './bench-report.js';
import { displayRange, jsonBytes } from './bytes.js';
import { formatBytes } from './cluster-status.js';
import { renderTable } from './table.js';

/** One replica in `flint regions --json`: `host` is null when its node did not answer. */
export interface ReplicaJson {
  nodeId: number;
  host: number | null;
  leader: boolean;
}

/**
 * A region as `flint regions --json` emits it. Each bound is `startKey` (text; '' = the open
 * end) or `startKeyHex` (hex, when the key is not printable text); likewise the end. The
 * figures are the leader's: approximate keys and bytes (refreshed every few seconds), and
 * requests per second over the last ~10 s.
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
  approximateKeys: number;
  approximateBytes: number;
  writesPerSecond: number;
  readsPerSecond: number;
  replicas: ReplicaJson[];
}

/** The JSON form of a region table: keys become text or hex fields ('' = open end). */
export function regionsToJson(regions: readonly RegionDetails[]): RegionJson[] {
  return regions.map((region) => ({
    id: region.id,
    ...jsonBytes('startKey', region.startKey),
    ...jsonBytes('endKey', region.endKey),
    leader: region.leader,
    peers: [...region.peers],
    epoch: { ...region.epoch },
    approximateKeys: region.approximateKeys,
    approximateBytes: region.approximateBytes,
    writesPerSecond: roundRate(region.writesPerSecond),
    readsPerSecond: roundRate(region.readsPerSecond),
    replicas: region.replicas.map((replica) => ({
      nodeId: replica.nodeId,
      host: replica.host ?? null,
      leader: replica.leader,
    })),
  }));
}

/** A rate to one decimal: the window is ten seconds, so finer digits are noise. */
function roundRate(perSecond: number): number {
  return Math.round(perSecond * 10) / 10;
}

/** `12.5`, `830`, `12,400`: a rate for the table. */
export function formatRate(perSecond: number): string {
  return perSecond < 100 ? roundRate(perSecond).toFixed(1) : formatCount(perSecond);
}

/** `1:h0 2:h1 3:?`: each replica's node and host thread (`?`: the node did not answer). */
export function formatReplicas(replicas: readonly ReplicaPlacement[]): string {
  return replicas
    .map((replica) => `${replica.nodeId}:${replica.host === undefined ? '?' : `h${replica.host}`}`)
    .join(' ');
}

/** The region table of `flint regions`, in key order. */
export function renderRegions(regions: readonly RegionDetails[]): string {
  return renderTable(
    [
      { header: 'REGION', align: 'right' },
      { header: 'RANGE' },
      { header: 'LEADER', align: 'right' },
      { header: 'KEYS', align: 'right' },
      { header: 'BYTES', align: 'right' },
      { header: 'WRITES/S', align: 'right' },
      { header: 'READS/S', align: 'right' },
      { header: 'REPLICAS' },
      { header: 'EPOCH' },
    ],
    regions.map((region) => [
      String(region.id),
      displayRange(region.startKey, region.endKey),
      region.leader === 0 ? 'unknown' : String(region.leader),
      formatCount(region.approximateKeys),
      formatBytes(region.approximateBytes),
      formatRate(region.writesPerSecond),
      formatRate(region.readsPerSecond),
      formatReplicas(region.replicas),
      `conf ${region.epoch.confVersion}, version ${region.epoch.version}`,
    ]),
  );
}
