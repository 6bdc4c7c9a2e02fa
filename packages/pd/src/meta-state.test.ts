import { describe, expect, it } from 'vitest';
import { bootstrapRegions } from './bootstrap.js';
import {
  applyMetaCommand,
  emptyMetaState,
  type MetaCommand,
  type MetaState,
  recordedIncarnations,
} from './meta-state.js';

const text = (value: string) => new TextEncoder().encode(value);
const members = [
  { nodeId: 2, peerAddress: '127.0.0.1:7102', clientAddress: '127.0.0.1:7202' },
  { nodeId: 1, peerAddress: '127.0.0.1:7101', clientAddress: '127.0.0.1:7201' },
];
const bootstrap: MetaCommand = {
  type: 'bootstrap',
  clusterId: 7,
  members,
  regions: bootstrapRegions({ splitKeys: [text('m')], nodeIds: [1, 2] }),
};

function applyAll(commands: MetaCommand[]): { state: MetaState; outcomes: string[] } {
  let state = emptyMetaState();
  const outcomes: string[] = [];
  for (const command of commands) {
    const result = applyMetaCommand(state, command);
    state = result.state;
    outcomes.push(result.outcome.ok ? 'ok' : result.outcome.code);
  }
  return { state, outcomes };
}

describe('applyMetaCommand', () => {
  it('allocates region ids above every region, never twice, and refuses a bad count as a value', () => {
    let state = applyAll([bootstrap]).state;
    const first = applyMetaCommand(state, { type: 'allocate-region-ids', count: 2 });
    expect(first.outcome).toEqual({ ok: true, firstRegionId: 3 });
    state = first.state;
    const second = applyMetaCommand(state, { type: 'allocate-region-ids', count: 1 });
    expect(second.outcome).toEqual({ ok: true, firstRegionId: 5 });
    for (const count of [0, 65, 1.5]) {
      const refused = applyMetaCommand(second.state, { type: 'allocate-region-ids', count });
      expect(refused.outcome.ok).toBe(false);
      expect(refused.state).toBe(second.state);
    }
    expect(applyMetaCommand(emptyMetaState(), { type: 'allocate-region-ids', count: 1 }).outcome).toMatchObject({
      ok: false,
      code: 'FLINT_NOT_BOOTSTRAPPED',
    });
  });

  it('bootstraps once: members sorted by node id, regions in key order', () => {
    const { state, outcomes } = applyAll([bootstrap]);
    expect(outcomes).toEqual(['ok']);
    expect(state.clusterId).toBe(7);
    expect(state.members.map((member) => member.nodeId)).toEqual([1, 2]);
    expect(state.regions.map((region) => region.id)).toEqual([1, 2]);
  });

  it('refuses a second bootstrap and leaves the state unchanged', () => {
    const first = applyAll([bootstrap]).state;
    const second = applyMetaCommand(first, { ...bootstrap, clusterId: 8 });
    expect(second.outcome).toMatchObject({ ok: false, code: 'FLINT_ALREADY_BOOTSTRAPPED' });
    expect(second.state).toBe(first);
  });

  it('refuses member and region changes before bootstrap', () => {
    const { outcomes } = applyAll([{ type: 'set-member', member: members[0]! }]);
    expect(outcomes).toEqual(['FLINT_NOT_BOOTSTRAPPED']);
  });

  it('set-member replaces the member with the same node id', () => {
    const { state } = applyAll([
      bootstrap,
      { type: 'set-member', member: { nodeId: 1, peerAddress: '10.0.0.1:7101', clientAddress: '10.0.0.1:7201' } },
      { type: 'set-member', member: { nodeId: 3, peerAddress: '10.0.0.3:7101', clientAddress: '10.0.0.3:7201' } },
    ]);
    expect(state.members.map((member) => `${member.nodeId}@${member.clientAddress}`)).toEqual([
      '1@10.0.0.1:7201',
      '2@127.0.0.1:7202',
      '3@10.0.0.3:7201',
    ]);
  });

  it('update-region stores newer descriptors and refuses stale ones as a value, not an exception', () => {
    const [left, right] = bootstrap.type === 'bootstrap' ? bootstrap.regions : [];
    const moved = { ...left!, epoch: { confVersion: 2, version: 1 }, peers: [2] };
    const { state, outcomes } = applyAll([
      bootstrap,
      { type: 'update-region', regions: [moved] },
      { type: 'update-region', regions: [left!] },
      { type: 'update-region', regions: [{ ...right!, endKey: text('z'), epoch: { confVersion: 1, version: 2 } }] },
    ]);
    expect(outcomes).toEqual(['ok', 'ok', 'FLINT_STALE_EPOCH', 'FLINT_REGION_GAP']);
    expect(state.regions[0]!.peers).toEqual([2]);
    expect(state.regions[1]!.endKey).toHaveLength(0);
  });

  it('records a member incarnation once: the same one again is a no-op, another one is refused', () => {
    const { state, outcomes } = applyAll([
      bootstrap,
      { type: 'record-incarnation', nodeId: 2, incarnation: 'aaaaaaaaaaaaaaaa' },
      { type: 'record-incarnation', nodeId: 2, incarnation: 'aaaaaaaaaaaaaaaa' },
      { type: 'record-incarnation', nodeId: 2, incarnation: 'bbbbbbbbbbbbbbbb' },
      { type: 'record-incarnation', nodeId: 9, incarnation: 'cccccccccccccccc' },
    ]);
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'FLINT_INCARNATION_RECORDED', 'FLINT_UNKNOWN_MEMBER']);
    expect(recordedIncarnations(state)).toEqual({ 2: 'aaaaaaaaaaaaaaaa' });
  });

  it('set-member keeps the recorded incarnation: a new address is not a new data directory', () => {
    const { state } = applyAll([
      bootstrap,
      { type: 'record-incarnation', nodeId: 1, incarnation: 'aaaaaaaaaaaaaaaa' },
      { type: 'set-member', member: { ...members[1]!, peerAddress: '10.0.0.1:7101', incarnation: 'bbbbbbbbbbbbbbbb' } },
    ]);
    expect(state.members[0]).toMatchObject({ peerAddress: '10.0.0.1:7101', incarnation: 'aaaaaaaaaaaaaaaa' });
  });

  it('joins a new node once: its retry is no change; an id or an address in use is refused', () => {
    const third = { nodeId: 3, peerAddress: '127.0.0.1:7103', clientAddress: '127.0.0.1:7203' };
    const { state, outcomes } = applyAll([
      bootstrap,
      { type: 'join-member', member: third },
      { type: 'join-member', member: third },
      { type: 'join-member', member: { ...third, peerAddress: '127.0.0.1:7999' } },
      { type: 'join-member', member: { ...third, nodeId: 4 } },
      {
        type: 'join-member',
        member: { nodeId: 4, peerAddress: '127.0.0.1:7104', clientAddress: members[0]!.clientAddress },
      },
    ]);
    expect(outcomes).toEqual([
      'ok',
      'ok',
      'ok',
      'FLINT_MEMBER_ID_IN_USE',
      'FLINT_MEMBER_ADDRESS_IN_USE',
      'FLINT_MEMBER_ADDRESS_IN_USE',
    ]);
    expect(state.members.map((member) => member.nodeId)).toEqual([1, 2, 3]);
    expect(state.members[2]).toEqual(third);
  });

  it('removes a member only once it is leaving and no region lists it; its id is never a member again', () => {
    const third = { nodeId: 3, peerAddress: '127.0.0.1:7103', clientAddress: '127.0.0.1:7203' };
    const joined = applyAll([bootstrap, { type: 'join-member', member: third }]).state;
    let result = applyMetaCommand(joined, { type: 'remove-member', nodeId: 3 });
    expect(result.outcome).toMatchObject({ ok: false, code: 'FLINT_MEMBER_NOT_LEAVING' });
    result = applyMetaCommand(joined, { type: 'leave-member', nodeId: 9 });
    expect(result.outcome).toMatchObject({ ok: false, code: 'FLINT_UNKNOWN_MEMBER' });
    const leaving = applyMetaCommand(joined, { type: 'leave-member', nodeId: 3 }).state;
    expect(leaving.members[2]?.state).toBe('leaving');
    // Leaving: its id is not free for a join, not even with its own addresses.
    expect(applyMetaCommand(leaving, { type: 'join-member', member: third }).outcome).toMatchObject({
      code: 'FLINT_MEMBER_ID_IN_USE',
    });
    const removed = applyMetaCommand(leaving, { type: 'remove-member', nodeId: 3 });
    expect(removed.outcome).toEqual({ ok: true });
    expect(removed.state.members.map((member) => member.nodeId)).toEqual([1, 2]);
    expect(applyMetaCommand(removed.state, { type: 'remove-member', nodeId: 3 }).state).toBe(removed.state);
    expect(removed.state.removedMembers).toEqual([3]);
    expect(applyMetaCommand(removed.state, { type: 'join-member', member: third }).outcome).toMatchObject({
      code: 'FLINT_MEMBER_REMOVED',
    });
    // Node 1 holds replicas of both regions: not removed while it does.
    const first = applyMetaCommand(joined, { type: 'leave-member', nodeId: 1 }).state;
    expect(applyMetaCommand(first, { type: 'remove-member', nodeId: 1 }).outcome).toMatchObject({
      code: 'FLINT_MEMBER_HOLDS_REPLICAS',
      message: expect.stringContaining('regions 1, 2'),
    });
  });

  it('is deterministic: replicas applying the same log reach equal states', () => {
    const log: MetaCommand[] = [
      bootstrap,
      { type: 'set-member', member: { nodeId: 3, peerAddress: 'c:1', clientAddress: 'c:2' } },
      {
        type: 'update-region',
        regions: [
          { id: 2, startKey: text('m'), endKey: text('t'), epoch: { confVersion: 1, version: 2 }, peers: [1, 2] },
          {
            id: 3,
            startKey: text('t'),
            endKey: new Uint8Array(0),
            epoch: { confVersion: 1, version: 2 },
            peers: [1, 2],
          },
        ],
      },
    ];
    const replicaA = applyAll(log);
    const replicaB = applyAll(log);
    expect(replicaA).toEqual(replicaB);
    expect(replicaA.state.regions.map((region) => region.id)).toEqual([1, 2, 3]);
  });
});
