import type { ClusterStatus, GroupStatus } from '@flintkv/client';
import { displayRange, jsonBytes } from './bytes.js';
import { renderTable } from './table.js';

/** One node as `flint status` shows it. */
export interface NodeSummary {
  nodeId: number;
  address: string;
  up: boolean;
  /** Data regions (not the meta group) this node leads. */
  regionsLed: number;
  version?: string;
  uptimeMs?: number;
  /** Why the node is considered down. */
  error?: string;
}

/** One replica of a region, as reported by the node that hosts it. */
export interface ReplicaSummary {
  nodeId: number;
  role: GroupStatus['role'];
  term: number;
  commit: number;
  applied: number;
}

/** A replica catching up from a snapshot: `nodeId` receives it from `from`. */
export interface SnapshotCatchUp {
  nodeId: number;
  from: number;
  snapshotIndex: number;
  /** Bytes the receiver has staged (or, when only the sender answered, that it acknowledged). */
  bytes: number;
  /** The sender's estimate of the whole snapshot; 0 = unknown. */
  totalBytes: number;
  elapsedMs: number;
}

/** One region (Raft group) as `flint status` shows it; group 0 is the meta group. */
export interface RegionSummary {
  regionId: number;
  /** The range for a person, e.g. `["m", 0x39ef)`. */
  range: string;
  /** The bounds as text ('' = the open end), or as hex (`startKeyHex`) when not printable. */
  startKey?: string;
  startKeyHex?: string;
  endKey?: string;
  endKeyHex?: string;
  /** 0 = no replica knows a leader. */
  leader: number;
  term: number;
  /** Sorted by node id; only replicas on nodes that answered. */
  replicas: ReplicaSummary[];
  /**
   * Entries the slowest reporting replica still has to apply: the highest commit index any
   * replica reports minus the lowest applied index.
   */
  lag: number;
  /** Replicas receiving a snapshot now, sorted by node id; empty when none. */
  snapshots: SnapshotCatchUp[];
}

/** What `flint status` prints (and `--json` emits). */
export interface StatusSummary {
  clusterId: number;
  nodes: NodeSummary[];
  regions: RegionSummary[];
}

/**
 * What makes `flint status` exit 1: a node that does not answer, a region (or the meta group)
 * with no leader. One sentence each, for stderr; empty when all is well.
 */
export function statusProblems(summary: StatusSummary): string[] {
  const problems: string[] = [];
  for (const node of summary.nodes) {
    if (!node.up) problems.push(`node ${node.nodeId === 0 ? node.address : node.nodeId} is down`);
  }
  for (const region of summary.regions) {
    if (region.leader === 0) {
      problems.push(`${region.regionId === META_GROUP ? 'the meta group' : `region ${region.regionId}`} has no leader`);
    }
  }
  return problems;
}

/** Id of the meta group, which every node hosts and which holds placement, not user keys. */
const META_GROUP = 0;

/** The leader of one group as its replicas report it: a self-declared leader of the highest term wins. */
function leaderOf(replicas: readonly { nodeId: number; group: GroupStatus }[]): { leader: number; term: number } {
  const term = Math.max(...replicas.map(({ group }) => group.term));
  const selfDeclared = replicas.find(({ group }) => group.role === 'leader' && group.term === term);
  if (selfDeclared !== undefined) return { leader: selfDeclared.nodeId, term };
  // No replica of the newest term says it leads: take the leader the newest replicas point to.
  const named = replicas.find(({ group }) => group.term === term && group.leader !== 0);
  return { leader: named?.group.leader ?? 0, term };
}

/**
 * The snapshots replicas of one group are catching up from. The receiver's own report wins
 * (it says what is on its disk); a transfer only its sender reported (the receiver did not
 * answer, or has not yet seen the first chunk) is taken from the sender.
 */
function catchUpsOf(replicas: readonly { nodeId: number; group: GroupStatus }[]): SnapshotCatchUp[] {
  const byReceiver = new Map<number, SnapshotCatchUp>();
  for (const { nodeId, group } of replicas) {
    for (const transfer of group.snapshots) {
      if (transfer.direction !== 'receiving') continue;
      byReceiver.set(nodeId, { nodeId, from: transfer.peer, ...progressOf(transfer) });
    }
  }
  for (const { nodeId, group } of replicas) {
    for (const transfer of group.snapshots) {
      if (transfer.direction !== 'sending' || byReceiver.has(transfer.peer)) continue;
      byReceiver.set(transfer.peer, { nodeId: transfer.peer, from: nodeId, ...progressOf(transfer) });
    }
  }
  return [...byReceiver.values()].sort((a, b) => a.nodeId - b.nodeId);
}

function progressOf(transfer: GroupStatus['snapshots'][number]) {
  return {
    snapshotIndex: transfer.snapshotIndex,
    bytes: transfer.bytes,
    totalBytes: transfer.totalBytes,
    elapsedMs: transfer.elapsedMs,
  };
}

/** `512 B`, `16.0 KiB`, `12.3 MiB`, `300 MiB`, `1.5 GiB`: a size for a sentence. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** `region 1: node 3 receiving a snapshot from node 1: 12.3 MiB of ~300 MiB (4%), 20 s`. */
export function describeCatchUp(regionId: number, catchUp: SnapshotCatchUp): string {
  const group = regionId === META_GROUP ? 'the meta group' : `region ${regionId}`;
  const seconds = `${Math.floor(catchUp.elapsedMs / 1000)} s`;
  const progress =
    catchUp.totalBytes > 0
      ? `${formatBytes(catchUp.bytes)} of ~${formatBytes(catchUp.totalBytes)} (${Math.min(100, Math.floor((catchUp.bytes / catchUp.totalBytes) * 100))}%)`
      : formatBytes(catchUp.bytes);
  return `${group}: node ${catchUp.nodeId} receiving a snapshot from node ${catchUp.from}: ${progress}, ${seconds}`;
}

/** Folds every node's report into one view: nodes, and each region across its replicas. */
export function summarizeStatus(status: ClusterStatus): StatusSummary {
  const byGroup = new Map<number, { nodeId: number; group: GroupStatus }[]>();
  for (const node of status.nodes) {
    if (!node.up) continue;
    for (const group of node.groups) {
      const replicas = byGroup.get(group.groupId) ?? [];
      replicas.push({ nodeId: node.nodeId, group });
      byGroup.set(group.groupId, replicas);
    }
  }
  const regions: RegionSummary[] = [...byGroup.entries()]
    .sort(([a], [b]) => a - b)
    .map(([regionId, replicas]) => {
      const { leader, term } = leaderOf(replicas);
      // The range as the newest epoch knows it (it only changes with a split or merge).
      const newest = replicas.reduce((best, each) =>
        each.group.epoch.version > best.group.epoch.version ? each : best,
      ).group;
      const commit = Math.max(...replicas.map(({ group }) => group.commit));
      const applied = Math.min(...replicas.map(({ group }) => group.applied));
      return {
        regionId,
        range: displayRange(newest.startKey, newest.endKey),
        ...jsonBytes('startKey', newest.startKey),
        ...jsonBytes('endKey', newest.endKey),
        leader,
        term,
        replicas: replicas
          .map(({ nodeId, group }) => ({
            nodeId,
            role: group.role,
            term: group.term,
            commit: group.commit,
            applied: group.applied,
          }))
          .sort((a, b) => a.nodeId - b.nodeId),
        lag: Math.max(0, commit - applied),
        snapshots: catchUpsOf(replicas),
      };
    });
  const nodes: NodeSummary[] = status.nodes
    .map((node) => {
      const summary: NodeSummary = {
        nodeId: node.nodeId,
        address: node.address,
        up: node.up,
        regionsLed: regions.filter((region) => region.regionId !== META_GROUP && region.leader === node.nodeId).length,
      };
      if (node.node !== undefined) {
        summary.version = node.node.version;
        summary.uptimeMs = node.node.uptimeMs;
      }
      if (node.error !== undefined) summary.error = node.error;
      return summary;
    })
    .sort((a, b) => a.nodeId - b.nodeId);
  return { clusterId: status.clusterId, nodes, regions };
}

/** `1h02m`, `3m05s`, `42s`: an uptime short enough for a table cell. */
export function formatUptime(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) return `${hours}h${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${seconds}s`;
}

function rangeCell(region: RegionSummary): string {
  if (region.regionId === META_GROUP) return '(meta)';
  return region.range;
}

/** The node table and the region table of `flint status`, as text. */
export function renderStatus(summary: StatusSummary): string {
  const nodeTable = renderTable(
    [
      { header: 'NODE', align: 'right' },
      { header: 'ADDRESS' },
      { header: 'STATE' },
      { header: 'LEADS', align: 'right' },
      { header: 'UPTIME', align: 'right' },
      { header: 'VERSION' },
    ],
    summary.nodes.map((node) => [
      node.nodeId === 0 ? '?' : String(node.nodeId),
      node.address,
      node.up ? 'up' : 'DOWN',
      node.up ? String(node.regionsLed) : '-',
      node.uptimeMs === undefined ? '-' : formatUptime(node.uptimeMs),
      node.version ?? '-',
    ]),
  );
  const nodeIds = summary.nodes.map((node) => node.nodeId).filter((id) => id !== 0);
  const regionTable = renderTable(
    [
      { header: 'REGION', align: 'right' },
      { header: 'RANGE' },
      { header: 'LEADER', align: 'right' },
      { header: 'TERM', align: 'right' },
      ...nodeIds.map((id) => ({ header: `N${id} COMMIT/APPLIED`, align: 'right' as const })),
      { header: 'LAG', align: 'right' },
    ],
    summary.regions.map((region) => [
      String(region.regionId),
      rangeCell(region),
      region.leader === 0 ? 'none' : String(region.leader),
      String(region.term),
      ...nodeIds.map((id) => {
        const replica = region.replicas.find((each) => each.nodeId === id);
        if (replica === undefined) return '-';
        return `${replica.commit}/${replica.applied}${replica.role === 'leader' ? '*' : ''}`;
      }),
      String(region.lag),
    ]),
  );
  const down = summary.nodes.filter((node) => !node.up);
  const notes = [
    ...down.map(
      (node) => `node ${node.nodeId === 0 ? node.address : node.nodeId} is down: ${node.error ?? 'no answer'}`,
    ),
    ...summary.regions
      .filter((region) => region.leader === 0)
      .map((region) => `region ${region.regionId} has no leader`),
    ...summary.regions.flatMap((region) =>
      region.snapshots.map((catchUp) => describeCatchUp(region.regionId, catchUp)),
    ),
  ];
  const header = `cluster ${summary.clusterId}: ${summary.nodes.filter((node) => node.up).length}/${summary.nodes.length} nodes up, ${summary.regions.filter((region) => region.regionId !== META_GROUP).length} regions`;
  return [
    header,
    '',
    nodeTable,
    '',
    regionTable,
    '  (* = leader replica)',
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
