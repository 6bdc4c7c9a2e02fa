/** fast-check generators of every wire shape, shared by this package's tests. */
import fc from 'fast-check';
import type {
  BatchOperation,
  ClusterMemberInfo,
  ClusterMemberState,
  Command,
  GroupStatus,
  NodeStatus,
  ReadConsistency,
  RegionDescriptor,
  ReplicaStatistics,
  RegionEpoch,
  Request,
  Response,
  Result,
  UserRole,
} from '../kv-types.js';
import { RESPONSE_ERROR_CODES, USER_ROLES } from '../kv-types.js';
import {
  type ConfState,
  type Entry,
  EntryType,
  type HardState,
  type Message,
  MessageType,
  type Snapshot,
} from '../raft-types.js';

/** Ids and indexes: mostly small, sometimes near 2^53, to exercise every varint width. */
export const safeNumber = (): fc.Arbitrary<number> =>
  fc.oneof(fc.nat({ max: 1000 }), fc.maxSafeNat(), fc.constant(Number.MAX_SAFE_INTEGER));

export const bytes = (maxLength = 64): fc.Arbitrary<Uint8Array> => fc.uint8Array({ maxLength });

export const entry = (): fc.Arbitrary<Entry> =>
  fc.record({
    term: safeNumber(),
    index: safeNumber(),
    type: fc.constantFrom(EntryType.Normal, EntryType.ConfChange),
    data: bytes(),
  });

export const hardState = (): fc.Arbitrary<HardState> =>
  fc.record({ term: safeNumber(), vote: safeNumber(), commit: safeNumber() });

const ids = () => fc.array(safeNumber(), { maxLength: 5 });

export const confState = (): fc.Arbitrary<ConfState> =>
  fc.record({ voters: ids(), learners: ids(), votersOutgoing: ids(), learnersNext: ids(), autoLeave: fc.boolean() });

export const snapshot = (): fc.Arbitrary<Snapshot> =>
  fc.record({
    metadata: fc.record({ index: safeNumber(), term: safeNumber(), confState: confState() }),
    data: bytes(256),
  });

export const ALL_MESSAGE_TYPES: MessageType[] = Object.values(MessageType).filter(
  (value): value is MessageType => typeof value === 'number',
);

/** A message of the given type; snapshots only on MSG_SNAPSHOT, as Raft sends them. */
export const message = (type?: MessageType): fc.Arbitrary<Message> =>
  fc
    .record({
      type: type === undefined ? fc.constantFrom(...ALL_MESSAGE_TYPES) : fc.constant(type),
      to: safeNumber(),
      from: safeNumber(),
      term: safeNumber(),
      logTerm: safeNumber(),
      index: safeNumber(),
      entries: fc.array(entry(), { maxLength: 4 }),
      commit: safeNumber(),
      reject: fc.boolean(),
      rejectHint: safeNumber(),
      context: bytes(16),
      snapshot: snapshot(),
    })
    .map(({ snapshot: maybeSnapshot, ...rest }) =>
      rest.type === MessageType.Snapshot ? { ...rest, snapshot: maybeSnapshot } : rest,
    );

const consistency = (): fc.Arbitrary<ReadConsistency> => fc.constantFrom('linearizable', 'lease', 'stale');
const u32 = () => fc.nat({ max: 0xffff_ffff });

export const epoch = (): fc.Arbitrary<RegionEpoch> => fc.record({ confVersion: safeNumber(), version: safeNumber() });

export const region = (): fc.Arbitrary<RegionDescriptor> =>
  fc.record({
    id: safeNumber(),
    startKey: bytes(),
    endKey: bytes(),
    epoch: epoch(),
    peers: ids(),
    leader: safeNumber(),
  });

// `+ 0` turns -0 into 0: the wire has no negative zero to bring back.
const rate = () => fc.double({ min: 0, max: 1e9, noNaN: true }).map((value) => value + 0);

export const replicaStatistics = (): fc.Arbitrary<ReplicaStatistics> =>
  fc.record({
    regionId: safeNumber(),
    nodeId: safeNumber(),
    host: u32(),
    leader: fc.boolean(),
    approximateKeys: safeNumber(),
    approximateBytes: safeNumber(),
    writesPerSecond: rate(),
    readsPerSecond: rate(),
  });

const memberState = (): fc.Arbitrary<ClusterMemberState> => fc.constantFrom('active', 'leaving');

const userRole = (): fc.Arbitrary<UserRole> => fc.constantFrom(...USER_ROLES);

export const clusterMember = (): fc.Arbitrary<ClusterMemberInfo> =>
  fc.record({ nodeId: safeNumber(), peerAddress: fc.string(), clientAddress: fc.string(), state: memberState() });

const batchOperation = (): fc.Arbitrary<BatchOperation> =>
  fc.oneof(
    fc.record({ type: fc.constant('put' as const), key: bytes(), value: bytes() }),
    fc.record({ type: fc.constant('delete' as const), key: bytes() }),
  );

/** One generator per command type, so tests can demand that every variant is covered. */
export const commandsByType: { [K in Command['type']]: fc.Arbitrary<Extract<Command, { type: K }>> } = {
  get: fc.record({ type: fc.constant('get'), key: bytes(), consistency: consistency() }),
  put: fc.record({ type: fc.constant('put'), key: bytes(), value: bytes() }),
  delete: fc.record({ type: fc.constant('delete'), key: bytes() }),
  scan: fc.record({
    type: fc.constant('scan'),
    start: bytes(),
    end: bytes(),
    limit: u32(),
    reverse: fc.boolean(),
    consistency: consistency(),
  }),
  compareAndSwap: fc.record({
    type: fc.constant('compareAndSwap'),
    key: bytes(),
    expected: fc.option(bytes(), { nil: null }),
    next: fc.option(bytes(), { nil: null }),
  }),
  batch: fc.record({ type: fc.constant('batch'), operations: fc.array(batchOperation(), { maxLength: 5 }) }),
  status: fc.record({ type: fc.constant('status') }),
  regions: fc.record({ type: fc.constant('regions') }),
  transferLeader: fc.record({ type: fc.constant('transferLeader'), toNode: safeNumber() }),
  compact: fc.record({ type: fc.constant('compact') }),
  checksum: fc.record({ type: fc.constant('checksum') }),
  exportRegion: fc.record({
    type: fc.constant('exportRegion'),
    streamId: safeNumber(),
    position: safeNumber(),
    chunkBytes: u32(),
  }),
  splitRegion: fc.record({ type: fc.constant('splitRegion'), splitKey: bytes(), newRegionId: safeNumber() }),
  allocateRegionIds: fc.record({ type: fc.constant('allocateRegionIds'), count: u32() }),
  moveRegionHost: fc.record({ type: fc.constant('moveRegionHost'), regionId: safeNumber(), host: u32() }),
  mergeRegion: fc.record({ type: fc.constant('mergeRegion') }),
  changeReplicas: fc.record({
    type: fc.constant('changeReplicas'),
    change: fc.constantFrom('add-learner', 'promote-learner', 'remove-replica'),
    nodeId: safeNumber(),
  }),
  joinCluster: fc.record({
    type: fc.constant('joinCluster'),
    nodeId: safeNumber(),
    peerAddress: fc.string(),
    clientAddress: fc.string(),
  }),
  removeMember: fc.record({ type: fc.constant('removeMember'), nodeId: safeNumber() }),
  authenticate: fc.record({ type: fc.constant('authenticate'), user: fc.string(), password: fc.string() }),
  putUser: fc.record({
    type: fc.constant('putUser'),
    name: fc.string(),
    role: userRole(),
    password: fc.string(),
    create: fc.boolean(),
    passwordHash: fc.string(),
  }),
  removeUser: fc.record({ type: fc.constant('removeUser'), name: fc.string() }),
  listUsers: fc.record({ type: fc.constant('listUsers') }),
  setAuth: fc.record({ type: fc.constant('setAuth'), enabled: fc.boolean() }),
};

export const request = (command: fc.Arbitrary<Command> = fc.oneof(...Object.values(commandsByType))) =>
  fc.record<Request>({
    requestId: safeNumber(),
    regionId: fc.nat({ max: 0xffff_ffff }),
    epoch: epoch(),
    clientId: safeNumber(),
    sequence: safeNumber(),
    firstIncomplete: safeNumber(),
    timeoutMs: u32(),
    command,
  });

export const nodeStatus = (): fc.Arbitrary<NodeStatus> =>
  fc.record({
    nodeId: safeNumber(),
    clusterId: safeNumber(),
    peerAddress: fc.string(),
    clientAddress: fc.string(),
    adminAddress: fc.string(),
    uptimeMs: safeNumber(),
    members: fc.array(
      fc.record({
        nodeId: safeNumber(),
        peerAddress: fc.string(),
        clientAddress: fc.string(),
        up: fc.boolean(),
        incarnation: fc.string(),
        state: memberState(),
      }),
      { maxLength: 4 },
    ),
    version: fc.string(),
  });

export const groupStatus = (): fc.Arbitrary<GroupStatus> =>
  fc.record({
    groupId: safeNumber(),
    role: fc.constantFrom('follower', 'preCandidate', 'candidate', 'leader', 'learner'),
    term: safeNumber(),
    leader: safeNumber(),
    commit: safeNumber(),
    applied: safeNumber(),
    firstIndex: safeNumber(),
    lastIndex: safeNumber(),
    logBytes: safeNumber(),
    peers: fc.array(fc.record({ nodeId: safeNumber(), matchIndex: safeNumber(), nextIndex: safeNumber() }), {
      maxLength: 4,
    }),
    startKey: bytes(),
    endKey: bytes(),
    epoch: epoch(),
    snapshots: fc.array(
      fc.record({
        direction: fc.constantFrom('sending' as const, 'receiving' as const),
        peer: safeNumber(),
        snapshotIndex: safeNumber(),
        bytes: safeNumber(),
        totalBytes: safeNumber(),
        elapsedMs: safeNumber(),
      }),
      { maxLength: 2 },
    ),
  });

/** One generator per result type. */
export const resultsByType: { [K in Result['type']]: fc.Arbitrary<Extract<Result, { type: K }>> } = {
  get: fc.record({ type: fc.constant('get'), found: fc.boolean(), value: bytes() }),
  put: fc.record({ type: fc.constant('put') }),
  delete: fc.record({ type: fc.constant('delete'), existed: fc.boolean() }),
  scan: fc.record({
    type: fc.constant('scan'),
    pairs: fc.array(fc.record({ key: bytes(), value: bytes() }), { maxLength: 5 }),
    more: fc.boolean(),
    nextKey: bytes(),
  }),
  compareAndSwap: fc.record({
    type: fc.constant('compareAndSwap'),
    ok: fc.boolean(),
    current: fc.option(bytes(), { nil: null }),
  }),
  batch: fc.record({ type: fc.constant('batch') }),
  status: fc.record({
    type: fc.constant('status'),
    node: nodeStatus(),
    groups: fc.array(groupStatus(), { maxLength: 3 }),
  }),
  regions: fc.record({
    type: fc.constant('regions'),
    regions: fc.array(region(), { maxLength: 4 }),
    replicas: fc.array(replicaStatistics(), { maxLength: 4 }),
  }),
  transferLeader: fc.record({ type: fc.constant('transferLeader') }),
  compact: fc.record({ type: fc.constant('compact'), firstIndex: safeNumber() }),
  checksum: fc.record({
    type: fc.constant('checksum'),
    appliedIndex: safeNumber(),
    checksum: bytes(32),
    keyCount: safeNumber(),
  }),
  exportRegion: fc.record({
    type: fc.constant('exportRegion'),
    streamId: safeNumber(),
    position: safeNumber(),
    appliedIndex: safeNumber(),
    region: region(),
    chunk: bytes(),
    done: fc.boolean(),
  }),
  splitRegion: fc.record({ type: fc.constant('splitRegion'), regions: fc.array(region(), { maxLength: 2 }) }),
  allocateRegionIds: fc.record({ type: fc.constant('allocateRegionIds'), firstId: safeNumber(), count: u32() }),
  moveRegionHost: fc.record({
    type: fc.constant('moveRegionHost'),
    fromHost: u32(),
    toHost: u32(),
    bytes: safeNumber(),
  }),
  mergeRegion: fc.record({ type: fc.constant('mergeRegion'), region: region() }),
  changeReplicas: fc.record({ type: fc.constant('changeReplicas'), region: region() }),
  joinCluster: fc.record({
    type: fc.constant('joinCluster'),
    clusterId: safeNumber(),
    members: fc.array(clusterMember(), { maxLength: 4 }),
  }),
  removeMember: fc.record({ type: fc.constant('removeMember'), members: fc.array(clusterMember(), { maxLength: 4 }) }),
  authenticate: fc.record({
    type: fc.constant('authenticate'),
    user: fc.string(),
    role: userRole(),
    sessionMs: safeNumber(),
  }),
  users: fc.record({
    type: fc.constant('users'),
    users: fc.array(fc.record({ name: fc.string(), role: userRole() }), { maxLength: 3 }),
    authEnabled: fc.boolean(),
  }),
  error: fc.record({
    type: fc.constant('error'),
    error: fc.record({
      code: fc.constantFrom(...RESPONSE_ERROR_CODES),
      message: fc.string(),
      leaderId: safeNumber(),
      leaderAddress: fc.string(),
      regions: fc.array(region(), { maxLength: 3 }),
      retryAfterMs: u32(),
    }),
  }),
};

export const response = (result: fc.Arbitrary<Result> = fc.oneof(...Object.values(resultsByType))) =>
  fc.record<Response>({ requestId: safeNumber(), result });
