import type { ClusterStatus, GroupStatus, NodeReport } from '@flintkv/client';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatUptime, renderStatus, statusProblems, summarizeStatus } from './cluster-status.js';

function group(groupId: number, overrides: Partial<GroupStatus> = {}): GroupStatus {
  return {
    groupId,
    role: 'follower',
    term: 2,
    leader: 1,
    commit: 10,
    applied: 10,
    firstIndex: 1,
    lastIndex: 10,
    logBytes: 100,
    peers: [],
    startKey: groupId === 1 ? new Uint8Array() : Buffer.from('m'),
    endKey: groupId === 1 ? Buffer.from('m') : new Uint8Array(),
    epoch: { confVersion: 1, version: 1 },
    snapshots: [],
    ...overrides,
  };
}

function upNode(nodeId: number, groups: GroupStatus[]): NodeReport {
  return {
    nodeId,
    address: `127.0.0.1:720${nodeId}`,
    up: true,
    node: {
      nodeId,
      clusterId: 7,
      peerAddress: '',
      clientAddress: `127.0.0.1:720${nodeId}`,
      adminAddress: '',
      uptimeMs: 65_000,
      members: [],
      version: '0.1.0',
    },
    groups,
  };
}

const healthy: ClusterStatus = {
  clusterId: 7,
  nodes: [
    upNode(1, [group(0, { role: 'leader' }), group(1, { role: 'leader' }), group(2, { leader: 2 })]),
    upNode(2, [group(0), group(1), group(2, { role: 'leader', leader: 2, commit: 12, applied: 12 })]),
    upNode(3, [group(0), group(1, { applied: 7 }), group(2, { leader: 2, commit: 12, applied: 11 })]),
  ],
};

describe('summarizeStatus', () => {
  it('names as leader the replica that declares itself leader in the newest term', () => {
    const summary = summarizeStatus(healthy);
    expect(summary.regions.map((region) => [region.regionId, region.leader])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
    ]);
  });

  it('counts only data regions, not the meta group, as regions led', () => {
    const summary = summarizeStatus(healthy);
    expect(summary.nodes.map((node) => [node.nodeId, node.regionsLed])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
  });

  it('measures lag as the newest commit minus the slowest replica’s applied index', () => {
    const summary = summarizeStatus(healthy);
    expect(summary.regions.find((region) => region.regionId === 1)!.lag).toBe(3);
    expect(summary.regions.find((region) => region.regionId === 2)!.lag).toBe(2);
  });

  it('does not take a stale leader of an older term for the current one', () => {
    const status: ClusterStatus = {
      clusterId: 7,
      nodes: [
        upNode(1, [group(1, { role: 'leader', term: 2 })]),
        upNode(2, [group(1, { term: 3, leader: 3 })]),
        upNode(3, [group(1, { term: 3, role: 'candidate', leader: 0 })]),
      ],
    };
    const region = summarizeStatus(status).regions[0]!;
    expect(region.term).toBe(3);
    expect(region.leader).toBe(3);
  });

  it('reports a region without any known leader as leader 0', () => {
    const status: ClusterStatus = { clusterId: 7, nodes: [upNode(1, [group(1, { leader: 0, role: 'candidate' })])] };
    expect(summarizeStatus(status).regions[0]!.leader).toBe(0);
  });

  it('keeps a down node in the node list and leaves its replicas out of the regions', () => {
    const status: ClusterStatus = {
      clusterId: 7,
      nodes: [
        ...healthy.nodes.slice(0, 2),
        { nodeId: 3, address: '127.0.0.1:7203', up: false, groups: [], error: 'connection refused' },
      ],
    };
    const summary = summarizeStatus(status);
    expect(summary.nodes[2]).toMatchObject({ nodeId: 3, up: false, error: 'connection refused' });
    expect(summary.regions.every((region) => region.replicas.every((replica) => replica.nodeId !== 3))).toBe(true);
  });
});

describe('statusProblems', () => {
  it('finds none in a healthy cluster', () => {
    expect(statusProblems(summarizeStatus(healthy))).toEqual([]);
  });

  it('names a down node and a region without a leader', () => {
    const status: ClusterStatus = {
      clusterId: 7,
      nodes: [
        upNode(1, [group(1, { leader: 0, role: 'candidate' })]),
        { nodeId: 3, address: '127.0.0.1:7203', up: false, groups: [], error: 'connection refused' },
      ],
    };
    expect(statusProblems(summarizeStatus(status))).toEqual(['node 3 is down', 'region 1 has no leader']);
  });
});

describe('renderStatus', () => {
  it('shows a node table and a region table with commit/applied per replica', () => {
    const text = renderStatus(summarizeStatus(healthy));
    expect(text).toContain('cluster 7: 3/3 nodes up, 2 regions');
    expect(text).toMatch(/NODE\s+ADDRESS\s+STATE\s+LEADS\s+UPTIME\s+VERSION/);
    expect(text).toMatch(/1\s+127\.0\.0\.1:7201\s+up\s+1\s+1m05s\s+0\.1\.0/);
    expect(text).toMatch(
      /REGION\s+RANGE\s+LEADER\s+TERM\s+N1 COMMIT\/APPLIED\s+N2 COMMIT\/APPLIED\s+N3 COMMIT\/APPLIED\s+LAG/,
    );
    expect(text).toMatch(/2\s+\["m", \+inf\)\s+2\s+2\s+10\/10\s+12\/12\*\s+12\/11\s+2/);
    expect(text).toContain('(meta)');
  });

  it('marks a down node as DOWN and says why', () => {
    const status: ClusterStatus = {
      clusterId: 7,
      nodes: [
        ...healthy.nodes.slice(0, 2),
        { nodeId: 3, address: '127.0.0.1:7203', up: false, groups: [], error: 'refused' },
      ],
    };
    const text = renderStatus(summarizeStatus(status));
    expect(text).toMatch(/3\s+127\.0\.0\.1:7203\s+DOWN/);
    expect(text).toContain('node 3 is down: refused');
    expect(text).toContain('2/3 nodes up');
  });
});

describe('formatUptime', () => {
  it('uses the two largest units', () => {
    expect(formatUptime(42_000)).toBe('42s');
    expect(formatUptime(185_000)).toBe('3m05s');
    expect(formatUptime(3_720_000)).toBe('1h02m');
  });
});

describe('snapshot progress in status', () => {
  const MiB = 1024 * 1024;
  const receiving = {
    direction: 'receiving' as const,
    peer: 1,
    snapshotIndex: 40,
    bytes: 12.3 * MiB,
    totalBytes: 300 * MiB,
    elapsedMs: 20_400,
  };
  const sending = { ...receiving, direction: 'sending' as const, peer: 3, bytes: 11 * MiB };

  it('prints a line for a replica receiving a snapshot, from its own report', () => {
    const status: ClusterStatus = {
      clusterId: 7,
      nodes: [
        upNode(1, [group(0, { role: 'leader' }), group(1, { role: 'leader', snapshots: [sending] })]),
        upNode(2, [group(0), group(1)]),
        upNode(3, [group(0), group(1, { applied: 2, snapshots: [receiving] })]),
      ],
    };
    const summary = summarizeStatus(status);
    expect(summary.regions[1]!.snapshots).toEqual([
      { nodeId: 3, from: 1, snapshotIndex: 40, bytes: 12.3 * MiB, totalBytes: 300 * MiB, elapsedMs: 20_400 },
    ]);
    expect(renderStatus(summary)).toContain(
      'region 1: node 3 receiving a snapshot from node 1: 12.3 MiB of ~300 MiB (4%), 20 s',
    );
    // Catching up is not a problem that fails `flint status`.
    expect(statusProblems(summary)).toEqual([]);
  });

  it("takes the sender's progress when the receiver did not report it", () => {
    const status: ClusterStatus = {
      clusterId: 7,
      nodes: [
        upNode(1, [group(0, { role: 'leader' }), group(1, { role: 'leader', snapshots: [sending] })]),
        upNode(2, [group(0), group(1)]),
        { nodeId: 3, address: '127.0.0.1:7203', up: false, groups: [], error: 'connection refused' },
      ],
    };
    const summary = summarizeStatus(status);
    expect(summary.regions[1]!.snapshots).toEqual([
      { nodeId: 3, from: 1, snapshotIndex: 40, bytes: 11 * MiB, totalBytes: 300 * MiB, elapsedMs: 20_400 },
    ]);
    expect(summary.regions[0]!.snapshots).toEqual([]);
  });

  it('formats sizes for a sentence', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(16 * 1024)).toBe('16.0 KiB');
    expect(formatBytes(300 * MiB)).toBe('300 MiB');
    expect(formatBytes(1.5 * 1024 * MiB)).toBe('1.5 GiB');
  });
});
