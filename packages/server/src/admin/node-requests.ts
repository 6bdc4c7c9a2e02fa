import type {
  GroupRole,
  GroupStatus,
  NodeStatus,
  RegionDescriptor,
  ReplicaStatistics,
  Request,
  Response,
} from '@flintkv/proto';
import { makeResponseError, compareBytes } from '@flintkv/proto';
import type { GroupReport } from '../host-protocol.js';
import { regionsOverlap } from '@flintkv/pd';

/** What the main thread knows to answer node-level requests (frames addressed to group 0). */
export interface NodeView {
  node: NodeStatus;
  /** Each host's latest report. */
  reportsByHost: ReadonlyMap<number, readonly GroupReport[]>;
  /** The time snapshot transfers' elapsed times are measured to (default: now); hosts share the process clock. */
  now?: number;
}

const ROLES: Record<string, GroupRole> = {
  leader: 'leader',
  follower: 'follower',
  candidate: 'candidate',
  'pre-candidate': 'preCandidate',
  preCandidate: 'preCandidate',
  learner: 'learner',
};

function groupStatusOf(report: GroupReport, now: number): GroupStatus {
  return {
    groupId: report.groupId,
    role: ROLES[report.role] ?? 'follower',
    term: report.term,
    leader: report.leader,
    commit: report.commit,
    applied: report.applied,
    firstIndex: report.firstIndex,
    lastIndex: report.lastIndex,
    logBytes: report.logBytes,
    peers: Object.entries(report.matchIndex).map(([nodeId, matchIndex]) => ({
      nodeId: Number(nodeId),
      matchIndex,
      nextIndex: matchIndex + 1,
    })),
    startKey: report.region?.startKey ?? new Uint8Array(0),
    endKey: report.region?.endKey ?? new Uint8Array(0),
    epoch: { confVersion: report.region?.epoch.confVersion ?? 0, version: report.region?.epoch.version ?? 0 },
    snapshots: (report.snapshots ?? []).map((progress) => ({
      direction: progress.direction,
      peer: progress.peer,
      snapshotIndex: progress.snapshotIndex,
      bytes: progress.bytes,
      totalBytes: progress.totalBytes,
      // A report can be a moment older than `now`; never a negative time.
      elapsedMs: Math.max(0, Math.round(now - progress.startedAt)),
    })),
  };
}

function allReports(view: NodeView): GroupReport[] {
  return [...view.reportsByHost.values()].flat().sort((a, b) => a.groupId - b.groupId);
}

/**
 * The region table as this node sees it: the descriptors of the regions it replicates, with
 * the leader each replica knows, completed from the meta group's table for regions it holds
 * no replica of (their leader unknown, 0) — with more nodes than replicas, no node holds all.
 */
export function regionsOf(view: NodeView): RegionDescriptor[] {
  const regions = new Map<number, RegionDescriptor>();
  const reports = allReports(view);
  for (const report of reports) {
    if (report.region !== undefined) regions.set(report.groupId, { ...report.region, leader: report.leader });
  }
  for (const report of reports) {
    for (const entry of report.regionTable ?? []) {
      const local = regions.get(entry.id);
      // A replica that has not applied a split yet knows less than the table.
      if (local === undefined || local.epoch.version < entry.epoch.version) {
        regions.set(entry.id, { ...entry, leader: local?.leader ?? 0 });
      }
    }
  }
  // Where two views overlap (a lagging replica's range against a split's halves), the newer range wins.
  const sorted = [...regions.values()].sort((a, b) => b.epoch.version - a.epoch.version);
  const kept: RegionDescriptor[] = [];
  for (const region of sorted) if (!kept.some((newer) => regionsOverlap(newer, region))) kept.push(region);
  return kept.sort((a, b) => compareBytes(a.startKey, b.startKey));
}

/**
 * This node's region replicas: the host thread each runs on and what it measured. Only this
 * node's: it knows no other node's host threads (the SDK asks every node and merges).
 */
export function replicasOf(view: NodeView): ReplicaStatistics[] {
  const replicas: ReplicaStatistics[] = [];
  for (const [host, reports] of view.reportsByHost) {
    for (const report of reports) {
      if (report.region === undefined) continue;
      const statistics = report.statistics;
      replicas.push({
        regionId: report.groupId,
        nodeId: view.node.nodeId,
        host,
        leader: report.role === 'leader',
        approximateKeys: statistics?.approximateKeys ?? 0,
        approximateBytes: statistics?.approximateBytes ?? 0,
        writesPerSecond: statistics?.writesPerSecond ?? 0,
        readsPerSecond: statistics?.readsPerSecond ?? 0,
      });
    }
  }
  return replicas.sort((a, b) => a.regionId - b.regionId);
}

/** Answers a node-level request: Status and Regions; anything else is refused as INVALID_ARGUMENT. */
export function answerNodeRequest(request: Request, view: NodeView): Response {
  const { requestId, command } = request;
  switch (command.type) {
    case 'status': {
      const now = view.now ?? Date.now();
      const groups = allReports(view).map((report) => groupStatusOf(report, now));
      return { requestId, result: { type: 'status', node: view.node, groups } };
    }
    case 'regions':
      return { requestId, result: { type: 'regions', regions: regionsOf(view), replicas: replicasOf(view) } };
    default:
      return {
        requestId,
        result: makeResponseError({
          code: 'INVALID_ARGUMENT',
          message: `a ${command.type} request must be addressed to a region, not to group 0 (the node)`,
        }),
      };
  }
}
