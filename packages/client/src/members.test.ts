import type { GroupStatus, MemberStatus, NodeStatus } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import type { NodeReport } from './client.js';
import { mergeMembers } from './members.js';
import type { RegionInfo } from './route-cache.js';

function member(nodeId: number, incarnation = '', state: MemberStatus['state'] = 'active'): MemberStatus {
  return {
    nodeId,
    peerAddress: `127.0.0.1:710${nodeId}`,
    clientAddress: `127.0.0.1:720${nodeId}`,
    up: true,
    incarnation,
    state,
  };
}

function report(nodeId: number, members: MemberStatus[], leaders: Record<number, number> = {}): NodeReport {
  const node: NodeStatus = {
    nodeId,
    clusterId: 7,
    peerAddress: `127.0.0.1:710${nodeId}`,
    clientAddress: `127.0.0.1:720${nodeId}`,
    adminAddress: '',
    uptimeMs: 1,
    members,
    version: '0.1.0',
  };
  const groups = Object.entries(leaders).map(
    ([groupId, leader]) => ({ groupId: Number(groupId), leader }) as unknown as GroupStatus,
  );
  return { nodeId, address: node.clientAddress, up: true, node, groups };
}

function region(id: number, peers: number[], leader: number): RegionInfo {
  return {
    id,
    startKey: new Uint8Array(),
    endKey: new Uint8Array(),
    epoch: { version: 1, confVersion: 1 },
    peers,
    leader,
  };
}

describe('mergeMembers', () => {
  it('counts replicas from the table and leaders from the replicas that answered', () => {
    const list = [member(1, 'aa'), member(2, 'bb'), member(3, 'cc')];
    const nodes = [report(1, list, { 1: 2, 2: 2 }), report(2, list), report(3, list)];
    const regions = [region(1, [1, 2, 3], 1), region(2, [1, 2, 3], 0), region(3, [1, 2, 3], 3)];
    expect(mergeMembers(nodes, regions)).toEqual([
      { ...member(1, 'aa'), up: true, state: 'active', replicas: 3, leaders: 0 },
      { ...member(2, 'bb'), up: true, state: 'active', replicas: 3, leaders: 2 },
      { ...member(3, 'cc'), up: true, state: 'active', replicas: 3, leaders: 1 },
    ]);
  });

  it('lists a member that did not answer as down, with what the others know of it', () => {
    const list = [member(1), member(2, 'bb'), member(3)];
    const down: NodeReport = { nodeId: 2, address: '127.0.0.1:7202', up: false, groups: [], error: 'refused' };
    const members = mergeMembers([report(1, list), down, report(3, list)], [region(1, [1, 2, 3], 2)]);
    expect(members.map(({ nodeId, up, incarnation, replicas }) => ({ nodeId, up, incarnation, replicas }))).toEqual([
      { nodeId: 1, up: true, incarnation: '', replicas: 1 },
      { nodeId: 2, up: false, incarnation: 'bb', replicas: 1 },
      { nodeId: 3, up: true, incarnation: '', replicas: 1 },
    ]);
  });

  it('lists a member as leaving when any node reports it so, its own stale report included', () => {
    // Node 1 learned of the removal; nodes 2 and 3 (the leaving one) have not yet.
    const learned = [member(1), member(2), member(3, '', 'leaving')];
    const stale = [member(1), member(2), member(3)];
    const nodes = [report(1, learned), report(2, stale), report(3, stale)];
    const members = mergeMembers(nodes, [region(1, [1, 2, 3], 1)]);
    expect(members.map(({ nodeId, state, replicas }) => ({ nodeId, state, replicas }))).toEqual([
      { nodeId: 1, state: 'active', replicas: 1 },
      { nodeId: 2, state: 'active', replicas: 1 },
      { nodeId: 3, state: 'leaving', replicas: 1 },
    ]);
  });

  it('drops a removed member that only lists itself, and one nobody lists that the client still knows', () => {
    const cluster = [member(1), member(2)];
    const removedButRunning = report(3, [member(1), member(2), member(3, '', 'leaving')]);
    const removedAndStopped: NodeReport = { nodeId: 4, address: '127.0.0.1:7204', up: false, groups: [] };
    const nodes = [report(1, cluster), report(2, cluster), removedButRunning, removedAndStopped];
    expect(mergeMembers(nodes, []).map((listed) => listed.nodeId)).toEqual([1, 2]);
  });

  it('keeps a single node that lists itself', () => {
    expect(mergeMembers([report(1, [member(1)])], []).map((listed) => listed.nodeId)).toEqual([1]);
  });

  it('keeps the endpoints it was given when no node answered', () => {
    const down: NodeReport = { nodeId: 1, address: '127.0.0.1:7201', up: false, groups: [] };
    expect(mergeMembers([down], [])).toEqual([
      {
        nodeId: 1,
        peerAddress: '',
        clientAddress: '127.0.0.1:7201',
        up: false,
        state: 'active',
        replicas: 0,
        leaders: 0,
        incarnation: '',
      },
    ]);
  });
});
