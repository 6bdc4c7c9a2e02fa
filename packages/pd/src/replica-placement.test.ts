import { SeededRandom } from '@flintkv/test-kit';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPLICA_PLACEMENT_SETTINGS,
  decideReplicaChanges,
  type PlacementMember,
  type PlacementRegion,
  type ReplicaOperation,
  type ReplicaPlacementSettings,
  type ReplicaValidation,
  validateMemberRemoval,
  validateReplicationFactor,
} from './replica-placement.js';

const MIB = 1024 * 1024;
const settings = DEFAULT_REPLICA_PLACEMENT_SETTINGS;

/** Nodes `ids`, active and up. */
const active = (...ids: number[]): PlacementMember[] => ids.map((nodeId) => ({ nodeId, state: 'active', up: true }));

/** `members` with node `nodeId` changed by `change`. */
const withNode = (members: PlacementMember[], nodeId: number, change: Partial<PlacementMember>): PlacementMember[] =>
  members.map((member) => (member.nodeId === nodeId ? { ...member, ...change } : member));

/** Region `id` on `voters`, led by the first, 1 MiB, no learners, not changing. */
const region = (id: number, voters: number[], overrides: Partial<PlacementRegion> = {}): PlacementRegion => ({
  id,
  voters,
  learners: [],
  leader: voters[0]!,
  bytes: 1 * MIB,
  changing: false,
  ...overrides,
});

/** Regions `firstId`.. on `voters` each, led round the voters. */
const regionsOn = (count: number, voters: number[], firstId = 1): PlacementRegion[] =>
  Array.from({ length: count }, (_, index) =>
    region(firstId + index, voters, { leader: voters[index % voters.length]! }),
  );

const addLearner = (regionId: number, nodeId: number, reason: string): ReplicaOperation =>
  ({ type: 'add-learner', regionId, nodeId, reason }) as ReplicaOperation;
const removeReplica = (regionId: number, nodeId: number, reason: string): ReplicaOperation =>
  ({ type: 'remove-replica', regionId, nodeId, reason }) as ReplicaOperation;
const promote = (regionId: number, nodeId: number): ReplicaOperation => ({ type: 'promote-learner', regionId, nodeId });
const transfer = (regionId: number, from: number, to: number): ReplicaOperation => ({
  type: 'transfer-leader',
  regionId,
  from,
  to,
});

const majorityOf = (voterCount: number) => Math.floor(voterCount / 2) + 1;

/**
 * Carries out one round's operations the way the server would, checking what the policy
 * promises on the way: one operation per region, never a changing region, never the leader
 * removed, never a removal that leaves fewer than a majority of the voters up.
 */
function applyRound(
  members: readonly PlacementMember[],
  regions: readonly PlacementRegion[],
  operations: readonly ReplicaOperation[],
): PlacementRegion[] {
  const isUp = (node: number) => members.some((member) => member.nodeId === node && member.up);
  expect(new Set(operations.map((operation) => operation.regionId)).size).toBe(operations.length);
  const next = new Map(regions.map((each) => [each.id, { ...each }]));
  for (const operation of operations) {
    const target = next.get(operation.regionId)!;
    expect(target.changing).toBe(false);
    switch (operation.type) {
      case 'add-learner':
        expect([...target.voters, ...target.learners]).not.toContain(operation.nodeId);
        target.learners = [...target.learners, operation.nodeId];
        break;
      case 'promote-learner':
        expect(target.learners).toContain(operation.nodeId);
        target.learners = target.learners.filter((node) => node !== operation.nodeId);
        target.voters = [...target.voters, operation.nodeId];
        break;
      case 'remove-replica': {
        expect(operation.nodeId).not.toBe(target.leader);
        if (target.learners.includes(operation.nodeId)) {
          target.learners = target.learners.filter((node) => node !== operation.nodeId);
          break;
        }
        const remaining = target.voters.filter((node) => node !== operation.nodeId);
        expect(remaining).toHaveLength(target.voters.length - 1);
        expect(remaining.filter(isUp).length).toBeGreaterThanOrEqual(majorityOf(target.voters.length));
        target.voters = remaining;
        break;
      }
      case 'transfer-leader':
        expect(operation.from).toBe(target.leader);
        expect(target.voters).toContain(operation.to);
        expect(isUp(operation.to)).toBe(true);
        target.leader = operation.to;
        break;
    }
  }
  return [...next.values()];
}

/** Rounds of decide and apply until the policy proposes nothing; at most `maxRounds`. */
function settle(
  members: readonly PlacementMember[],
  regions: readonly PlacementRegion[],
  options: ReplicaPlacementSettings = settings,
  maxRounds = 100,
): { regions: PlacementRegion[]; rounds: number } {
  let current = [...regions];
  for (let rounds = 0; rounds < maxRounds; rounds++) {
    const operations = decideReplicaChanges(members, current, options);
    if (operations.length === 0) return { regions: current, rounds };
    expect(operations.length).toBeLessThanOrEqual(options.maxChangesInFlight);
    current = applyRound(members, current, operations);
  }
  throw new Error(`no steady state after ${maxRounds} rounds`);
}

/** Replicas (voters and learners) per node, for `nodes`. */
function replicaCounts(regions: readonly PlacementRegion[], nodes: readonly number[]): number[] {
  return nodes.map(
    (node) => regions.filter((each) => each.voters.includes(node) || each.learners.includes(node)).length,
  );
}

/** Every region: exactly `factor` voters, no learner, no node twice. */
function expectFullyReplicated(regions: readonly PlacementRegion[], factor: number): void {
  for (const each of regions) {
    expect(each.voters).toHaveLength(factor);
    expect(each.learners).toEqual([]);
    expect(new Set(each.voters).size).toBe(factor);
  }
}

describe('decideReplicaChanges', () => {
  const four = active(1, 2, 3, 4);
  const cases: [string, PlacementMember[], PlacementRegion[], ReplicaOperation[]][] = [
    ['no regions', four, [], []],
    ['settled: three voters on three nodes', active(1, 2, 3), regionsOn(3, [1, 2, 3]), []],

    // Rule 1: learners.
    ['a learner is promoted', four, [region(1, [1, 2, 3], { learners: [4] })], [promote(1, 4)]],
    [
      'two learners: the lowest node id first',
      active(1, 2, 3, 4, 5),
      [region(1, [1, 2, 3], { learners: [5, 4] })],
      [promote(1, 4)],
    ],
    [
      'a learner on a down node is removed, not promoted',
      withNode(four, 4, { up: false }),
      [region(1, [1, 2, 3], { learners: [4] })],
      [removeReplica(1, 4, 'node-down')],
    ],
    [
      'a learner on a leaving node is removed, not promoted',
      withNode(four, 4, { state: 'leaving' }),
      [region(1, [1, 2, 3], { learners: [4] })],
      [removeReplica(1, 4, 'node-leaving')],
    ],

    // Rule 2: too few voters on fit nodes.
    [
      'two voters: a learner on the node with the fewest replicas',
      active(1, 2, 3, 4),
      [region(1, [1, 2]), region(2, [1, 2, 3]), region(3, [2, 3, 4]), region(4, [1, 3, 4])],
      [addLearner(1, 4, 'under-replicated')],
    ],
    [
      'equal replica counts: the node with the fewest bytes',
      active(1, 2, 3, 4, 5),
      [region(1, [1, 2]), region(2, [1, 3, 5], { bytes: 5 * MIB }), region(3, [2, 4, 5], { bytes: 2 * MIB })],
      [addLearner(1, 4, 'under-replicated')],
    ],
    [
      'equal counts and bytes: the lowest node id',
      active(1, 2, 5, 4, 3),
      [region(1, [1, 2])],
      [addLearner(1, 3, 'under-replicated')],
    ],
    [
      'a joining node is a target; down and leaving nodes are not',
      [
        ...active(1, 2),
        { nodeId: 3, state: 'leaving', up: true },
        { nodeId: 4, state: 'active', up: false },
        {
          nodeId: 5,
          state: 'joining',
          up: true,
        },
      ],
      [region(1, [1, 2])],
      [addLearner(1, 5, 'under-replicated')],
    ],
    [
      'a voter on a leaving node: a replacement first, the removal later',
      withNode(four, 3, { state: 'leaving' }),
      [region(1, [1, 2, 3])],
      [addLearner(1, 4, 'node-leaving')],
    ],
    [
      'a voter on a down node: a replacement first',
      withNode(four, 3, { up: false }),
      [region(1, [1, 2, 3])],
      [addLearner(1, 4, 'node-down')],
    ],
    [
      'a voter on a node that is no longer a member counts as leaving',
      four,
      [region(1, [1, 2, 9])],
      [addLearner(1, 3, 'node-leaving')],
    ],
    [
      'a leaving voter with no node to replace it stays',
      withNode(active(1, 2, 3), 3, { state: 'leaving' }),
      [region(1, [1, 2, 3])],
      [],
    ],
    [
      'a region without a live majority is left alone: it cannot commit a change',
      withNode(withNode(four, 2, { up: false }), 3, { up: false }),
      [region(1, [1, 2, 3])],
      [],
    ],

    // Rule 3: too many voters.
    [
      'four voters: the one on the leaving node goes',
      withNode(four, 2, { state: 'leaving' }),
      [region(1, [1, 2, 3, 4])],
      [removeReplica(1, 2, 'node-leaving')],
    ],
    [
      'four voters: the one on the down node goes',
      withNode(four, 2, { up: false }),
      [region(1, [1, 2, 3, 4])],
      [removeReplica(1, 2, 'node-down')],
    ],
    [
      'four voters on fit nodes: the one on the node with the most replicas',
      four,
      [region(1, [1, 2, 3, 4]), region(2, [1, 2, 3]), region(3, [1, 3, 4]), region(4, [2, 3, 4])],
      [removeReplica(1, 3, 'over-replicated')],
    ],
    [
      'four voters, counts equal: the highest node id',
      four,
      [region(1, [1, 2, 3, 4])],
      [removeReplica(1, 4, 'over-replicated')],
    ],
    [
      'the voter to remove leads: leadership moves first, to the voter leading fewest regions',
      withNode(four, 4, { state: 'leaving' }),
      [region(1, [1, 2, 3, 4], { leader: 4 }), region(2, [1, 2, 3], { leader: 1 })],
      [transfer(1, 4, 2)],
    ],
    [
      'leader unknown: nothing is removed, it might be the one leading',
      withNode(four, 4, { state: 'leaving' }),
      [region(1, [1, 2, 3, 4], { leader: 0 })],
      [],
    ],
    [
      'a leader on a down node cannot hand over: wait for the next leader',
      withNode(four, 4, { up: false }),
      [region(1, [1, 2, 3, 4], { leader: 4 })],
      [],
    ],
    [
      'a removal leaving fewer than a majority up is passed over for one that does not',
      withNode(withNode(four, 1, { state: 'leaving' }), 4, { up: false }),
      [region(1, [1, 2, 3, 4], { leader: 2 })],
      [removeReplica(1, 4, 'node-down')],
    ],

    // In-flight limit and changing regions.
    [
      'a changing region is not touched, and counts toward the limit',
      active(1, 2, 3, 4),
      [
        region(1, [1, 2], { changing: true }),
        region(2, [1, 2, 3, 4], { changing: true }),
        region(3, [1, 2, 3], { learners: [4], changing: true }),
        region(4, [1, 2]),
        region(5, [1, 2]),
      ],
      [addLearner(4, 3, 'under-replicated')],
    ],
    [
      'at most the limit, lowest region ids first',
      active(1, 2, 3),
      [region(6, [1, 2]), region(2, [1, 2]), region(9, [1, 2]), region(4, [1, 2]), region(5, [1, 2])],
      [
        addLearner(2, 3, 'under-replicated'),
        addLearner(4, 3, 'under-replicated'),
        addLearner(5, 3, 'under-replicated'),
        addLearner(6, 3, 'under-replicated'),
      ],
    ],
    [
      'as many regions changing as the limit: nothing',
      active(1, 2, 3),
      [...regionsOn(4, [1, 2]).map((each) => ({ ...each, changing: true })), region(5, [1, 2])],
      [],
    ],

    // Balance.
    [
      'a new node: learners on it for the smallest regions of the most loaded nodes, up to the limit',
      active(1, 2, 3, 4),
      regionsOn(6, [1, 2, 3]).map((each) => ({ ...each, bytes: (10 - each.id) * MIB })),
      [
        addLearner(6, 4, 'balance'),
        addLearner(5, 4, 'balance'),
        addLearner(4, 4, 'balance'),
        addLearner(3, 4, 'balance'),
      ],
    ],
    [
      'balance waits while anything is repaired',
      active(1, 2, 3, 4),
      [...regionsOn(5, [1, 2, 3], 2), region(9, [1, 2])],
      [addLearner(9, 4, 'under-replicated')],
    ],
    [
      'balance waits while any region is changing',
      active(1, 2, 3, 4),
      [...regionsOn(5, [1, 2, 3], 2), region(9, [1, 2, 3], { changing: true })],
      [],
    ],
    [
      'within the tolerance: 5 and 4 of a mean of 4.5 (±0.9)',
      active(1, 2, 3, 4),
      [
        region(1, [1, 2, 3]),
        region(2, [1, 2, 3]),
        region(3, [1, 2, 4]),
        region(4, [1, 3, 4]),
        region(5, [2, 3, 4]),
        region(6, [1, 2, 4]),
      ],
      [],
    ],
    [
      'outside the tolerance but a difference of one: moving would only swap the two',
      active(1, 2, 3, 4),
      [region(1, [1, 2, 3]), region(2, [2, 3, 4])],
      [],
    ],
    [
      'unsettled regions are not balanced: a node missing replicas waits',
      active(1, 2, 3, 4),
      [region(1, [1, 2, 3], { changing: true }), region(2, [1, 2, 3], { learners: [4] })],
      [promote(2, 4)],
    ],
  ];

  it.each(cases)('%s', (_name, members, regions, expected) => {
    expect(decideReplicaChanges(members, regions, settings)).toEqual(expected);
  });

  it('gives the same answer whatever the order of its input', () => {
    const members = withNode(active(1, 2, 3, 4, 5, 6), 2, { state: 'leaving' });
    const regions = [
      ...regionsOn(8, [1, 2, 3]),
      region(9, [1, 3]),
      region(10, [1, 3, 4, 5], { leader: 5 }),
      region(11, [4, 5, 6], { learners: [1] }),
      region(12, [1, 3, 4], { changing: true }),
    ].map((each, index) => ({ ...each, bytes: ((index * 7) % 5) * MIB }));
    const wide = { ...settings, maxChangesInFlight: 20 };
    const expected = decideReplicaChanges(members, regions, wide);
    expect(expected.length).toBeGreaterThan(4);
    const random = new SeededRandom(1);
    for (let attempt = 0; attempt < 10; attempt++) {
      const shuffled = random.shuffle(regions).map((each) => ({ ...each, voters: random.shuffle(each.voters) }));
      expect(decideReplicaChanges(random.shuffle(members), shuffled, wide)).toEqual(expected);
    }
  });
});

describe('decideReplicaChanges, round after round', () => {
  it('grows 3 nodes to 5: 12 regions spread to within ±20% of the mean', () => {
    const members: PlacementMember[] = [...active(1, 2, 3), { nodeId: 4, state: 'joining', up: true }, ...active(5)];
    const regions = regionsOn(12, [1, 2, 3]).map((each) => ({ ...each, bytes: ((each.id * 5) % 7) * MIB }));
    const settled = settle(members, regions);
    expectFullyReplicated(settled.regions, 3);
    const counts = replicaCounts(settled.regions, [1, 2, 3, 4, 5]);
    const mean = (12 * 3) / 5;
    for (const count of counts) {
      expect(count).toBeGreaterThanOrEqual(mean * 0.8);
      expect(count).toBeLessThanOrEqual(mean * 1.2);
    }
    expect(settled.rounds).toBeLessThanOrEqual(20);
  });

  it('drains a leaving node: every replica moves away, leadership first where it leads', () => {
    const members = withNode(active(1, 2, 3, 4, 5), 2, { state: 'leaving' });
    const regions = [...regionsOn(6, [1, 2, 3]), ...regionsOn(4, [2, 4, 5], 7), region(11, [1, 4, 5])];
    const settled = settle(members, regions);
    expectFullyReplicated(settled.regions, 3);
    expect(replicaCounts(settled.regions, [2])).toEqual([0]);
    expect(settled.regions.every((each) => each.leader !== 2)).toBe(true);
  });

  it('re-replicates a down node: every region back to three voters on live nodes', () => {
    const members = withNode(active(1, 2, 3, 4, 5), 3, { up: false });
    // Leaders elsewhere: the down node's regions have elected new ones.
    const regions = [...regionsOn(5, [1, 2, 3]), ...regionsOn(5, [3, 4, 5], 6)].map((each) => ({
      ...each,
      leader: each.voters.find((voter) => voter !== 3)!,
    }));
    const settled = settle(members, regions);
    expectFullyReplicated(settled.regions, 3);
    expect(replicaCounts(settled.regions, [3])).toEqual([0]);
  });

  it('with a factor of 5 on 7 nodes', () => {
    const members = active(1, 2, 3, 4, 5, 6, 7);
    const five = { ...settings, replicationFactor: 5 };
    const settled = settle(members, regionsOn(10, [1, 2, 3, 4, 5]), five);
    expectFullyReplicated(settled.regions, 5);
    const counts = replicaCounts(settled.regions, [1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it('settles random layouts: fully replicated, leaving nodes empty, counts even, in bounded rounds', () => {
    const random = new SeededRandom(7);
    for (let layout = 0; layout < 200; layout++) {
      const nodeCount = random.integer(4, 8);
      const nodes = Array.from({ length: nodeCount }, (_, index) => index + 1);
      let members = active(...nodes);
      // At most one leaving and one down, and three fit nodes always remain: room for 3 replicas.
      const [leaving, down] = random.shuffle(nodes);
      if (random.chance(0.4)) members = withNode(members, leaving!, { state: 'leaving' });
      if (nodeCount >= 5 && random.chance(0.4)) members = withNode(members, down!, { up: false });
      const isUp = (node: number) => members.find((member) => member.nodeId === node)!.up;
      const regions = Array.from({ length: random.integer(1, 30) }, (_, index) => {
        const voters = random.shuffle(nodes).slice(0, random.integer(1, 4));
        const leader = voters.find(isUp) ?? 0;
        return region(index + 1, voters, { leader, bytes: random.integer(1, 96) * MIB });
      });
      const options = { ...settings, maxChangesInFlight: random.integer(1, 12) };
      const settled = settle(members, regions, options, 400);
      const fit = members.filter((member) => member.up && member.state !== 'leaving').map((member) => member.nodeId);
      const unfit = nodes.filter((node) => !fit.includes(node));
      // A region with fewer than a majority of its voters up cannot commit a change.
      const repairable = (each: PlacementRegion) => each.voters.filter(isUp).length >= majorityOf(each.voters.length);
      expectFullyReplicated(
        settled.regions.filter((each) => repairable(regions.find((original) => original.id === each.id)!)),
        3,
      );
      if (regions.every(repairable)) {
        expect(replicaCounts(settled.regions, unfit).every((count) => count === 0)).toBe(true);
        const counts = replicaCounts(settled.regions, fit);
        const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
        const spread = Math.max(...counts) - Math.min(...counts);
        const withinTolerance = counts.every((count) => count >= mean * 0.8 && count <= mean * 1.2);
        expect(spread <= 1 || withinTolerance).toBe(true);
      }
    }
  });
});

describe('validateMemberRemoval', () => {
  const five = active(1, 2, 3, 4, 5);
  const refused = (code: string, message: RegExp) => ({ ok: false, code, message: expect.stringMatching(message) });
  const cases: [string, PlacementMember[], PlacementRegion[], number, ReplicaValidation | object][] = [
    ['a node of five, all up', five, regionsOn(4, [1, 2, 3]), 3, { ok: true }],
    ['a node holding no replica', five, regionsOn(4, [1, 2, 3]), 5, { ok: true }],
    [
      'a down node whose regions keep a majority',
      withNode(five, 2, { up: false }),
      regionsOn(4, [1, 2, 3]),
      2,
      { ok: true },
    ],
    ['an unknown node', five, [], 9, refused('FLINT_UNKNOWN_MEMBER', /^Node 9 is not a member/)],
    [
      'three nodes for three replicas',
      active(1, 2, 3),
      regionsOn(2, [1, 2, 3]),
      2,
      refused('FLINT_MEMBER_REMOVE_BELOW_REPLICAS', /^Removing node 2 would leave 2 live nodes for 3 replicas/),
    ],
    [
      'down and leaving nodes do not count as room for replicas',
      withNode(withNode(five, 4, { up: false }), 5, { state: 'leaving' }),
      regionsOn(2, [1, 2, 3]),
      1,
      refused('FLINT_MEMBER_REMOVE_BELOW_REPLICAS', /would leave 2 live nodes/),
    ],
    [
      'the only live voter of a region',
      withNode(withNode(active(1, 2, 3, 4, 5, 6), 2, { up: false }), 3, { up: false }),
      [region(1, [4, 5, 6]), region(2, [1, 2, 3])],
      1,
      refused('FLINT_MEMBER_REMOVE_QUORUM', /^Node 1 holds the only live voter of region 2;/),
    ],
    [
      'with a node already down, a region would lose its majority',
      withNode(five, 3, { up: false }),
      [region(1, [1, 4, 5]), region(7, [1, 2, 3])],
      2,
      refused('FLINT_MEMBER_REMOVE_QUORUM', /^Without node 2, region 7 would keep 1 of its 3 voters up/),
    ],
  ];

  it.each(cases)('%s', (_name, members, regions, nodeId, expected) => {
    expect(validateMemberRemoval(members, regions, nodeId, settings)).toEqual(expected);
  });

  it('messages are one line', () => {
    const answer = validateMemberRemoval(active(1, 2, 3), [], 1);
    expect(answer.ok).toBe(false);
    expect(answer.ok || answer.message.includes('\n')).toBe(false);
  });
});

describe('validateReplicationFactor', () => {
  const cases: [number, number, string | undefined][] = [
    [1, 1, undefined],
    [3, 3, undefined],
    [3, 5, undefined],
    [5, 5, undefined],
    [0, 3, 'Replication factor 0 is not a whole number of at least 1; use 1, 3 or 5.'],
    [-1, 3, 'Replication factor -1 is not a whole number of at least 1; use 1, 3 or 5.'],
    [2.5, 3, 'Replication factor 2.5 is not a whole number of at least 1; use 1, 3 or 5.'],
    [Number.NaN, 3, 'Replication factor NaN is not a whole number of at least 1; use 1, 3 or 5.'],
    [2, 3, 'Replication factor 2 is even: 2 voters survive no more lost nodes than 1; use 1 or 3.'],
    [4, 5, 'Replication factor 4 is even: 4 voters survive no more lost nodes than 3; use 3 or 5.'],
    [5, 3, 'Replication factor 5 needs at least 5 nodes and the cluster has 3; add nodes or lower the factor.'],
  ];

  it.each(cases)('factor %s on %s nodes', (factor, nodeCount, message) => {
    expect(validateReplicationFactor(factor, nodeCount)).toEqual(
      message === undefined ? { ok: true } : { ok: false, code: 'FLINT_REPLICAS_INVALID', message },
    );
  });
});
