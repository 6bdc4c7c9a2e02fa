import { ConfChangeType, type ConfState } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import {
  confChangeOf,
  decodeReplicaChangeStamp,
  encodeReplicaChangeStamp,
  regionWithReplicas,
  replicaChangeRefusal,
  replicasOf,
} from './region-replicas.js';

function conf(fields: Partial<ConfState>): ConfState {
  return { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false, ...fields };
}

const members = (nodeId: number) => nodeId >= 1 && nodeId <= 4;

describe('region replicas', () => {
  it('lists every replica of a configuration, joint ones included, in node order', () => {
    expect(replicasOf(conf({ voters: [3, 1], learners: [4] }))).toEqual([1, 3, 4]);
    expect(replicasOf(conf({ voters: [1, 2, 4], votersOutgoing: [1, 2, 3], learnersNext: [3] }))).toEqual([1, 2, 3, 4]);
  });

  it('bumps the confVersion and keeps the range and version', () => {
    const region = {
      id: 7,
      startKey: Uint8Array.of(1),
      endKey: Uint8Array.of(9),
      epoch: { confVersion: 2, version: 5 },
      peers: [1, 2, 3],
    };
    expect(regionWithReplicas(region, conf({ voters: [1, 2], learners: [4] }))).toEqual({
      ...region,
      peers: [1, 2, 4],
      epoch: { confVersion: 3, version: 5 },
    });
  });

  it.each([
    ['add-learner', 4, conf({ voters: [1, 2, 3] }), undefined],
    ['add-learner', 2, conf({ voters: [1, 2, 3] }), /FLINT_REPLICA_EXISTS/],
    ['add-learner', 4, conf({ voters: [1, 2, 3], learners: [4] }), /FLINT_REPLICA_EXISTS/],
    ['add-learner', 9, conf({ voters: [1, 2, 3] }), /FLINT_REPLICA_UNKNOWN_NODE: node 9/],
    ['promote-learner', 4, conf({ voters: [1, 2, 3], learners: [4] }), undefined],
    ['promote-learner', 3, conf({ voters: [1, 2, 3] }), /FLINT_REPLICA_NOT_LEARNER/],
    ['remove-replica', 3, conf({ voters: [1, 2, 3] }), undefined],
    ['remove-replica', 4, conf({ voters: [1, 2, 3], learners: [4] }), undefined],
    ['remove-replica', 4, conf({ voters: [1, 2, 3] }), /FLINT_REPLICA_MISSING/],
    ['remove-replica', 1, conf({ voters: [1, 2, 3] }), /FLINT_REPLICA_IS_LEADER/],
    ['add-learner', 4, conf({ voters: [1, 2, 4], votersOutgoing: [1, 2, 3] }), /FLINT_REPLICA_CHANGE_PENDING/],
  ] as const)('%s of node %i in %o: %s', (change, nodeId, confState, refusal) => {
    const found = replicaChangeRefusal(confState, change, nodeId, 1, members);
    if (refusal === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(refusal);
  });

  it('maps each change to one Raft configuration change', () => {
    expect(confChangeOf('add-learner', 4)).toEqual({ type: ConfChangeType.AddLearnerNode, nodeId: 4 });
    expect(confChangeOf('promote-learner', 4)).toEqual({ type: ConfChangeType.AddNode, nodeId: 4 });
    expect(confChangeOf('remove-replica', 4)).toEqual({ type: ConfChangeType.RemoveNode, nodeId: 4 });
  });

  it('carries the proposer in the change context; an empty or foreign context names none', () => {
    const stamp = { nodeId: 2, proposalId: 123_456_789_012 };
    expect(decodeReplicaChangeStamp(encodeReplicaChangeStamp(stamp))).toEqual(stamp);
    expect(decodeReplicaChangeStamp(new Uint8Array())).toBeUndefined();
    expect(decodeReplicaChangeStamp(Uint8Array.of(0xc1))).toBeUndefined();
  });
});
