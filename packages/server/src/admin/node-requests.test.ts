import { makeRequest, type NodeStatus } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import type { GroupReport } from '../host-protocol.js';
import { answerNodeRequest, regionsOf, replicasOf } from './node-requests.js';

const node: NodeStatus = {
  nodeId: 1,
  clusterId: 7,
  peerAddress: '127.0.0.1:7101',
  clientAddress: '127.0.0.1:7201',
  adminAddress: '',
  uptimeMs: 5,
  members: [],
  version: '0.1.0',
};

const text = (value: string) => new TextEncoder().encode(value);

function region(groupId: number, start: string, end: string, leader: number, role = 'follower'): GroupReport {
  return {
    groupId,
    role,
    term: 3,
    leader,
    commit: 9,
    applied: 9,
    firstIndex: 1,
    lastIndex: 9,
    logBytes: 100,
    matchIndex: role === 'leader' ? { 2: 9, 3: 8 } : {},
    region: {
      id: groupId,
      startKey: text(start),
      endKey: text(end),
      epoch: { confVersion: 1, version: 2 },
      peers: [1, 2, 3],
    },
  };
}

const meta: GroupReport = { ...region(0, '', '', 2), region: undefined };
const reportsByHost = new Map([
  [0, [meta, region(2, 'm', '', 3)]],
  [1, [region(1, '', 'm', 1, 'leader')]],
]);

describe('node-level requests', () => {
  it('lists the regions of every host in key order with the leader each replica knows', () => {
    const regions = regionsOf({ node, reportsByHost });
    expect(regions.map((each) => [each.id, each.leader])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(regions[0]).toMatchObject({ epoch: { confVersion: 1, version: 2 }, peers: [1, 2, 3] });
  });

  it("describes this node's replicas with their host thread and statistics, not the meta group", () => {
    const statistics = { approximateKeys: 40, approximateBytes: 4000, writesPerSecond: 2.5, readsPerSecond: 7 };
    const withStatistics = new Map([
      [0, [meta, region(2, 'm', '', 3)]],
      [1, [{ ...region(1, '', 'm', 1, 'leader'), statistics }]],
    ]);
    expect(replicasOf({ node, reportsByHost: withStatistics })).toEqual([
      { regionId: 1, nodeId: 1, host: 1, leader: true, ...statistics },
      {
        regionId: 2,
        nodeId: 1,
        host: 0,
        leader: false,
        approximateKeys: 0,
        approximateBytes: 0,
        writesPerSecond: 0,
        readsPerSecond: 0,
      },
    ]);
    const answer = answerNodeRequest(makeRequest({ requestId: 4, command: { type: 'regions' } }), {
      node,
      reportsByHost: withStatistics,
    });
    expect(answer.result.type === 'regions' && answer.result.replicas.map((each) => each.host)).toEqual([1, 0]);
  });

  it('completes the table from the meta group for regions this node holds no replica of', () => {
    const tableEntry = (id: number, start: string, end: string, peers: number[]) => ({
      id,
      startKey: text(start),
      endKey: text(end),
      epoch: { confVersion: 1, version: 2 },
      peers,
    });
    const metaWithTable: GroupReport = {
      ...meta,
      regionTable: [
        tableEntry(1, '', 'g', [1, 2, 3]),
        tableEntry(3, 'g', 'm', [3, 4, 5]),
        tableEntry(2, 'm', '', [1, 2, 3]),
      ],
    };
    const regions = regionsOf({
      node,
      reportsByHost: new Map([
        [0, [metaWithTable, region(2, 'm', '', 3)]],
        [1, [region(1, '', 'g', 1, 'leader')]],
      ]),
    });
    expect(regions.map((each) => [each.id, each.leader, each.peers])).toEqual([
      [1, 1, [1, 2, 3]],
      [3, 0, [3, 4, 5]],
      [2, 3, [1, 2, 3]],
    ]);
  });

  it('answers Status with the node and every local group, the meta group included', () => {
    const response = answerNodeRequest(makeRequest({ requestId: 4, command: { type: 'status' } }), {
      node,
      reportsByHost,
    });
    if (response.result.type !== 'status') throw new Error(`unexpected ${response.result.type}`);
    expect(response.requestId).toBe(4);
    expect(response.result.node).toBe(node);
    expect(response.result.groups.map((group) => [group.groupId, group.role])).toEqual([
      [0, 'follower'],
      [1, 'leader'],
      [2, 'follower'],
    ]);
    expect(response.result.groups[1]!.peers).toEqual([
      { nodeId: 2, matchIndex: 9, nextIndex: 10 },
      { nodeId: 3, matchIndex: 8, nextIndex: 9 },
    ]);
  });

  it('reports the snapshots a replica sends or receives, with the time since each started', () => {
    const receiving: GroupReport = {
      ...region(1, '', 'm', 1),
      snapshots: [
        {
          direction: 'receiving',
          peer: 1,
          snapshotIndex: 40,
          bytes: 12 * 1024 * 1024,
          totalBytes: 300 * 1024 * 1024,
          startedAt: 10_000,
        },
      ],
    };
    const response = answerNodeRequest(makeRequest({ requestId: 6, command: { type: 'status' } }), {
      node,
      reportsByHost: new Map([[0, [meta, receiving]]]),
      now: 30_000,
    });
    if (response.result.type !== 'status') throw new Error(`unexpected ${response.result.type}`);
    const [metaStatus, regionStatus] = response.result.groups;
    expect(metaStatus!.snapshots).toEqual([]);
    expect(regionStatus!.snapshots).toEqual([
      {
        direction: 'receiving',
        peer: 1,
        snapshotIndex: 40,
        bytes: 12 * 1024 * 1024,
        totalBytes: 300 * 1024 * 1024,
        elapsedMs: 20_000,
      },
    ]);
  });

  it('refuses a region command addressed to the node', () => {
    const response = answerNodeRequest(
      makeRequest({ requestId: 5, command: { type: 'put', key: text('a'), value: text('b') } }),
      { node, reportsByHost },
    );
    expect(response.result).toMatchObject({ type: 'error', error: { code: 'INVALID_ARGUMENT' } });
  });
});
