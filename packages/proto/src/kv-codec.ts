/**
 * The client API's plain shapes (kv-types.ts) to and from protobuf (proto/kv.proto,
 * proto/admin.proto). Decoders return complete objects and reject unknown enum values,
 * a missing command/result, and unsafe integers with a {@link PayloadError}.
 */
import { PayloadError } from './errors.js';
import { encodeFrameWith, FrameKind } from './frame.js';
import type {
  BatchOperation,
  ClusterMemberInfo,
  ClusterMemberState,
  Command,
  GroupRole,
  GroupStatus,
  SnapshotTransferStatus,
  KeyValue,
  NodeStatus,
  ReadConsistency,
  ReplicaChange,
  RegionDescriptor,
  ReplicaStatistics,
  RegionEpoch,
  Request,
  Response,
  ResponseError,
  ResponseErrorCode,
  Result,
  UserRole,
} from './kv-types.js';
import { CLUSTER_MEMBER_STATES, RESPONSE_ERROR_CODES, USER_ROLES } from './kv-types.js';
import { decodeWith, encodeWith, finishOwned, flint } from './protobuf-runtime.js';
import { checkEncodable, plainBytes, safeInteger, safeIntegers } from './wire-numbers.js';

const kv = flint.kv;
const admin = flint.admin;

// ---- enums: one table per enum, read in both directions ----

const CONSISTENCIES: readonly ReadConsistency[] = ['linearizable', 'lease', 'stale'];
const REPLICA_CHANGES: readonly ReplicaChange[] = ['add-learner', 'promote-learner', 'remove-replica'];
const ROLES: readonly GroupRole[] = ['follower', 'preCandidate', 'candidate', 'leader', 'learner'];
const SNAPSHOT_DIRECTIONS: readonly SnapshotTransferStatus['direction'][] = ['sending', 'receiving'];
/** Index = wire number; 0 (unspecified) decodes as INTERNAL. */
const ERROR_CODES: readonly (ResponseErrorCode | undefined)[] = [undefined, ...RESPONSE_ERROR_CODES];

function enumToWire<T>(table: readonly (T | undefined)[], value: T, what: string): number {
  const number = table.indexOf(value);
  if (number < 0) throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `unknown ${what} ${String(value)}`);
  return number;
}

function enumFromWire<T>(table: readonly (T | undefined)[], number: number | null | undefined, what: string): T {
  const value = table[number ?? 0];
  if (value === undefined) throw new PayloadError('FLINT_PAYLOAD_INVALID', `unknown ${what} ${number}`);
  return value;
}

/** A role named on the wire; anything else is malformed input. */
function userRoleFromWire(role: string | null | undefined): UserRole {
  if ((USER_ROLES as readonly string[]).includes(role ?? '')) return role as UserRole;
  throw new PayloadError('FLINT_PAYLOAD_INVALID', `unknown user role '${role ?? ''}' (read, readwrite or admin)`);
}

function errorCodeFromWire(number: number | null | undefined): ResponseErrorCode {
  return (number ?? 0) === 0 ? 'INTERNAL' : enumFromWire(ERROR_CODES, number, 'error code');
}

/**
 * A member's state travels as its name (kv.proto ClusterMember.state, admin.proto
 * MemberStatus.state). Empty is `active`: what a node older than the field, which knows no
 * other state, means. Any other unknown name is refused like an unknown enum number.
 */
function memberStateToWire(state: ClusterMemberState): string {
  if (!CLUSTER_MEMBER_STATES.includes(state)) {
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `unknown member state ${String(state)}`);
  }
  return state;
}

function memberStateFromWire(state: string | null | undefined): ClusterMemberState {
  if (state === null || state === undefined || state === '') return 'active';
  const known = CLUSTER_MEMBER_STATES.find((candidate) => candidate === state);
  if (known === undefined) throw new PayloadError('FLINT_PAYLOAD_INVALID', `unknown member state ${state}`);
  return known;
}

function uint32ToWire(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `field ${field} is ${value}, not a u32`);
  }
  return value;
}

// ---- shared pieces ----

function epochToWire(epoch: RegionEpoch): flint.kv.RegionEpoch.$Properties {
  return {
    confVersion: checkEncodable(epoch.confVersion, 'epoch.confVersion'),
    version: checkEncodable(epoch.version, 'epoch.version'),
  };
}

function epochFromWire(epoch: flint.kv.RegionEpoch.$Properties | null | undefined): RegionEpoch {
  return {
    confVersion: safeInteger(epoch?.confVersion, 'epoch.confVersion'),
    version: safeInteger(epoch?.version, 'epoch.version'),
  };
}

function regionToWire(region: RegionDescriptor): flint.kv.RegionDescriptor.$Properties {
  return {
    id: checkEncodable(region.id, 'region.id'),
    startKey: region.startKey,
    endKey: region.endKey,
    epoch: epochToWire(region.epoch),
    peers: region.peers.map((peer) => checkEncodable(peer, 'region.peers')),
    leader: checkEncodable(region.leader, 'region.leader'),
  };
}

function replicaToWire(replica: ReplicaStatistics): flint.kv.ReplicaStatistics.$Properties {
  return {
    regionId: checkEncodable(replica.regionId, 'replica.regionId'),
    nodeId: checkEncodable(replica.nodeId, 'replica.nodeId'),
    host: replica.host,
    leader: replica.leader,
    approximateKeys: checkEncodable(Math.round(replica.approximateKeys), 'replica.approximateKeys'),
    approximateBytes: checkEncodable(Math.round(replica.approximateBytes), 'replica.approximateBytes'),
    writesPerSecond: replica.writesPerSecond,
    readsPerSecond: replica.readsPerSecond,
  };
}

function replicaFromWire(replica: flint.kv.ReplicaStatistics.$Properties): ReplicaStatistics {
  return {
    regionId: safeInteger(replica.regionId, 'replica.regionId'),
    nodeId: safeInteger(replica.nodeId, 'replica.nodeId'),
    host: replica.host ?? 0,
    leader: replica.leader ?? false,
    approximateKeys: safeInteger(replica.approximateKeys, 'replica.approximateKeys'),
    approximateBytes: safeInteger(replica.approximateBytes, 'replica.approximateBytes'),
    writesPerSecond: replica.writesPerSecond ?? 0,
    readsPerSecond: replica.readsPerSecond ?? 0,
  };
}

function regionFromWire(region: flint.kv.RegionDescriptor.$Properties): RegionDescriptor {
  return {
    id: safeInteger(region.id, 'region.id'),
    startKey: plainBytes(region.startKey),
    endKey: plainBytes(region.endKey),
    epoch: epochFromWire(region.epoch),
    peers: safeIntegers(region.peers, 'region.peers'),
    leader: safeInteger(region.leader, 'region.leader'),
  };
}

function nodeStatusToWire(node: NodeStatus): flint.admin.NodeStatus.$Properties {
  return {
    nodeId: checkEncodable(node.nodeId, 'node.nodeId'),
    clusterId: checkEncodable(node.clusterId, 'node.clusterId'),
    peerAddress: node.peerAddress,
    clientAddress: node.clientAddress,
    adminAddress: node.adminAddress,
    uptimeMs: checkEncodable(node.uptimeMs, 'node.uptimeMs'),
    members: node.members.map((member) => ({
      nodeId: checkEncodable(member.nodeId, 'member.nodeId'),
      peerAddress: member.peerAddress,
      clientAddress: member.clientAddress,
      up: member.up,
      incarnation: member.incarnation,
      state: memberStateToWire(member.state),
    })),
    version: node.version,
  };
}

function nodeStatusFromWire(node: flint.admin.NodeStatus.$Properties | null | undefined): NodeStatus {
  return {
    nodeId: safeInteger(node?.nodeId, 'node.nodeId'),
    clusterId: safeInteger(node?.clusterId, 'node.clusterId'),
    peerAddress: node?.peerAddress ?? '',
    clientAddress: node?.clientAddress ?? '',
    adminAddress: node?.adminAddress ?? '',
    uptimeMs: safeInteger(node?.uptimeMs, 'node.uptimeMs'),
    members: (node?.members ?? []).map((member) => ({
      nodeId: safeInteger(member.nodeId, 'member.nodeId'),
      peerAddress: member.peerAddress ?? '',
      clientAddress: member.clientAddress ?? '',
      up: member.up === true,
      incarnation: member.incarnation ?? '',
      state: memberStateFromWire(member.state),
    })),
    version: node?.version ?? '',
  };
}

function clusterMemberToWire(member: ClusterMemberInfo): flint.kv.ClusterMember.$Properties {
  return {
    nodeId: checkEncodable(member.nodeId, 'member.nodeId'),
    peerAddress: member.peerAddress,
    clientAddress: member.clientAddress,
    state: memberStateToWire(member.state),
  };
}

function clusterMemberFromWire(member: flint.kv.ClusterMember.$Properties): ClusterMemberInfo {
  return {
    nodeId: safeInteger(member.nodeId, 'member.nodeId'),
    peerAddress: member.peerAddress ?? '',
    clientAddress: member.clientAddress ?? '',
    state: memberStateFromWire(member.state),
  };
}

function groupStatusToWire(group: GroupStatus): flint.admin.GroupStatus.$Properties {
  return {
    groupId: checkEncodable(group.groupId, 'group.groupId'),
    role: enumToWire(ROLES, group.role, 'role'),
    term: checkEncodable(group.term, 'group.term'),
    leader: checkEncodable(group.leader, 'group.leader'),
    commit: checkEncodable(group.commit, 'group.commit'),
    applied: checkEncodable(group.applied, 'group.applied'),
    firstIndex: checkEncodable(group.firstIndex, 'group.firstIndex'),
    lastIndex: checkEncodable(group.lastIndex, 'group.lastIndex'),
    logBytes: checkEncodable(group.logBytes, 'group.logBytes'),
    peers: group.peers.map((peer) => ({
      nodeId: checkEncodable(peer.nodeId, 'peer.nodeId'),
      matchIndex: checkEncodable(peer.matchIndex, 'peer.matchIndex'),
      nextIndex: checkEncodable(peer.nextIndex, 'peer.nextIndex'),
    })),
    startKey: group.startKey,
    endKey: group.endKey,
    confVersion: checkEncodable(group.epoch.confVersion, 'group.epoch.confVersion'),
    version: checkEncodable(group.epoch.version, 'group.epoch.version'),
    snapshots: group.snapshots.map((transfer) => ({
      direction: enumToWire(SNAPSHOT_DIRECTIONS, transfer.direction, 'snapshot direction'),
      peer: checkEncodable(transfer.peer, 'snapshot.peer'),
      snapshotIndex: checkEncodable(transfer.snapshotIndex, 'snapshot.snapshotIndex'),
      bytes: checkEncodable(transfer.bytes, 'snapshot.bytes'),
      totalBytes: checkEncodable(transfer.totalBytes, 'snapshot.totalBytes'),
      elapsedMs: checkEncodable(transfer.elapsedMs, 'snapshot.elapsedMs'),
    })),
  };
}

function groupStatusFromWire(group: flint.admin.GroupStatus.$Properties): GroupStatus {
  return {
    groupId: safeInteger(group.groupId, 'group.groupId'),
    role: enumFromWire(ROLES, group.role, 'role'),
    term: safeInteger(group.term, 'group.term'),
    leader: safeInteger(group.leader, 'group.leader'),
    commit: safeInteger(group.commit, 'group.commit'),
    applied: safeInteger(group.applied, 'group.applied'),
    firstIndex: safeInteger(group.firstIndex, 'group.firstIndex'),
    lastIndex: safeInteger(group.lastIndex, 'group.lastIndex'),
    logBytes: safeInteger(group.logBytes, 'group.logBytes'),
    peers: (group.peers ?? []).map((peer) => ({
      nodeId: safeInteger(peer.nodeId, 'peer.nodeId'),
      matchIndex: safeInteger(peer.matchIndex, 'peer.matchIndex'),
      nextIndex: safeInteger(peer.nextIndex, 'peer.nextIndex'),
    })),
    startKey: plainBytes(group.startKey),
    endKey: plainBytes(group.endKey),
    epoch: {
      confVersion: safeInteger(group.confVersion, 'group.confVersion'),
      version: safeInteger(group.version, 'group.version'),
    },
    snapshots: (group.snapshots ?? []).map((transfer) => ({
      direction: enumFromWire(SNAPSHOT_DIRECTIONS, transfer.direction, 'snapshot direction'),
      peer: safeInteger(transfer.peer, 'snapshot.peer'),
      snapshotIndex: safeInteger(transfer.snapshotIndex, 'snapshot.snapshotIndex'),
      bytes: safeInteger(transfer.bytes, 'snapshot.bytes'),
      totalBytes: safeInteger(transfer.totalBytes, 'snapshot.totalBytes'),
      elapsedMs: safeInteger(transfer.elapsedMs, 'snapshot.elapsedMs'),
    })),
  };
}

// ---- requests ----

function batchOperationToWire(operation: BatchOperation): flint.kv.BatchOperation.$Properties {
  switch (operation.type) {
    case 'put':
      return { put: { key: operation.key, value: operation.value } };
    case 'delete':
      return { delete: { key: operation.key } };
    default:
      throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `unknown batch operation ${String(operation)}`);
  }
}

function batchOperationFromWire(operation: flint.kv.BatchOperation): BatchOperation {
  switch (operation.operation) {
    case 'put':
      return { type: 'put', key: plainBytes(operation.put?.key), value: plainBytes(operation.put?.value) };
    case 'delete':
      return { type: 'delete', key: plainBytes(operation.delete?.key) };
    default:
      throw new PayloadError('FLINT_PAYLOAD_INVALID', 'batch operation is neither put nor delete');
  }
}

function commandToWire(command: Command): flint.kv.Request.$Properties {
  switch (command.type) {
    case 'get':
      return { get: { key: command.key, consistency: enumToWire(CONSISTENCIES, command.consistency, 'consistency') } };
    case 'put':
      return { put: { key: command.key, value: command.value } };
    case 'delete':
      return { delete: { key: command.key } };
    case 'scan':
      return {
        scan: {
          start: command.start,
          end: command.end,
          limit: uint32ToWire(command.limit, 'scan.limit'),
          reverse: command.reverse,
          consistency: enumToWire(CONSISTENCIES, command.consistency, 'consistency'),
        },
      };
    case 'compareAndSwap':
      return {
        compareAndSwap: {
          key: command.key,
          expectedExists: command.expected !== null,
          expectedValue: command.expected ?? undefined,
          nextExists: command.next !== null,
          nextValue: command.next ?? undefined,
        },
      };
    case 'batch':
      return { batch: { operations: command.operations.map(batchOperationToWire) } };
    case 'status':
      return { status: {} };
    case 'regions':
      return { regions: {} };
    case 'transferLeader':
      return { transferLeader: { toNode: checkEncodable(command.toNode, 'transferLeader.toNode') } };
    case 'compact':
      return { compact: {} };
    case 'checksum':
      return { checksum: {} };
    case 'exportRegion':
      return {
        exportRegion: {
          streamId: checkEncodable(command.streamId, 'exportRegion.streamId'),
          position: checkEncodable(command.position, 'exportRegion.position'),
          chunkBytes: uint32ToWire(command.chunkBytes, 'exportRegion.chunkBytes'),
        },
      };
    case 'splitRegion':
      return {
        splitRegion: {
          splitKey: command.splitKey,
          newRegionId: checkEncodable(command.newRegionId, 'splitRegion.newRegionId'),
        },
      };
    case 'allocateRegionIds':
      return { allocateRegionIds: { count: uint32ToWire(command.count, 'allocateRegionIds.count') } };
    case 'moveRegionHost':
      return {
        moveRegionHost: {
          regionId: checkEncodable(command.regionId, 'moveRegionHost.regionId'),
          host: uint32ToWire(command.host, 'moveRegionHost.host'),
        },
      };
    case 'mergeRegion':
      return { mergeRegion: {} };
    case 'changeReplicas':
      return {
        changeReplicas: {
          change: enumToWire(REPLICA_CHANGES, command.change, 'replica change'),
          nodeId: checkEncodable(command.nodeId, 'changeReplicas.nodeId'),
        },
      };
    case 'joinCluster':
      return {
        joinCluster: {
          nodeId: checkEncodable(command.nodeId, 'joinCluster.nodeId'),
          peerAddress: command.peerAddress,
          clientAddress: command.clientAddress,
        },
      };
    case 'removeMember':
      return { removeMember: { nodeId: checkEncodable(command.nodeId, 'removeMember.nodeId') } };
    case 'authenticate':
      return { authenticate: { user: command.user, password: command.password } };
    case 'putUser':
      return {
        putUser: {
          name: command.name,
          role: command.role,
          password: command.password,
          create: command.create,
          passwordHash: command.passwordHash,
        },
      };
    case 'removeUser':
      return { removeUser: { name: command.name } };
    case 'listUsers':
      return { listUsers: {} };
    case 'setAuth':
      return { setAuth: { enabled: command.enabled } };
    default:
      throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `unknown command ${String(command)}`);
  }
}

function commandFromWire(request: flint.kv.Request): Command {
  switch (request.command) {
    case 'get':
      return {
        type: 'get',
        key: plainBytes(request.get?.key),
        consistency: enumFromWire(CONSISTENCIES, request.get?.consistency, 'consistency'),
      };
    case 'put':
      return { type: 'put', key: plainBytes(request.put?.key), value: plainBytes(request.put?.value) };
    case 'delete':
      return { type: 'delete', key: plainBytes(request.delete?.key) };
    case 'scan': {
      const scan = request.scan;
      return {
        type: 'scan',
        start: plainBytes(scan?.start),
        end: plainBytes(scan?.end),
        limit: scan?.limit ?? 0,
        reverse: scan?.reverse === true,
        consistency: enumFromWire(CONSISTENCIES, scan?.consistency, 'consistency'),
      };
    }
    case 'compareAndSwap': {
      const swap = request.compareAndSwap;
      return {
        type: 'compareAndSwap',
        key: plainBytes(swap?.key),
        expected: swap?.expectedExists ? plainBytes(swap.expectedValue) : null,
        next: swap?.nextExists ? plainBytes(swap.nextValue) : null,
      };
    }
    case 'batch':
      return { type: 'batch', operations: (request.batch?.operations ?? []).map(batchOperationFromWire) };
    case 'status':
      return { type: 'status' };
    case 'regions':
      return { type: 'regions' };
    case 'transferLeader':
      return { type: 'transferLeader', toNode: safeInteger(request.transferLeader?.toNode, 'transferLeader.toNode') };
    case 'compact':
      return { type: 'compact' };
    case 'checksum':
      return { type: 'checksum' };
    case 'exportRegion':
      return {
        type: 'exportRegion',
        streamId: safeInteger(request.exportRegion?.streamId, 'exportRegion.streamId'),
        position: safeInteger(request.exportRegion?.position, 'exportRegion.position'),
        chunkBytes: request.exportRegion?.chunkBytes ?? 0,
      };
    case 'splitRegion':
      return {
        type: 'splitRegion',
        splitKey: plainBytes(request.splitRegion?.splitKey),
        newRegionId: safeInteger(request.splitRegion?.newRegionId, 'splitRegion.newRegionId'),
      };
    case 'allocateRegionIds':
      return { type: 'allocateRegionIds', count: request.allocateRegionIds?.count ?? 0 };
    case 'moveRegionHost':
      return {
        type: 'moveRegionHost',
        regionId: safeInteger(request.moveRegionHost?.regionId, 'moveRegionHost.regionId'),
        host: request.moveRegionHost?.host ?? 0,
      };
    case 'mergeRegion':
      return { type: 'mergeRegion' };
    case 'changeReplicas':
      return {
        type: 'changeReplicas',
        change: enumFromWire(REPLICA_CHANGES, request.changeReplicas?.change, 'replica change'),
        nodeId: safeInteger(request.changeReplicas?.nodeId, 'changeReplicas.nodeId'),
      };
    case 'joinCluster':
      return {
        type: 'joinCluster',
        nodeId: safeInteger(request.joinCluster?.nodeId, 'joinCluster.nodeId'),
        peerAddress: request.joinCluster?.peerAddress ?? '',
        clientAddress: request.joinCluster?.clientAddress ?? '',
      };
    case 'removeMember':
      return { type: 'removeMember', nodeId: safeInteger(request.removeMember?.nodeId, 'removeMember.nodeId') };
    case 'authenticate':
      return {
        type: 'authenticate',
        user: request.authenticate?.user ?? '',
        password: request.authenticate?.password ?? '',
      };
    case 'putUser':
      return {
        type: 'putUser',
        name: request.putUser?.name ?? '',
        role: userRoleFromWire(request.putUser?.role),
        password: request.putUser?.password ?? '',
        create: request.putUser?.create ?? false,
        passwordHash: request.putUser?.passwordHash ?? '',
      };
    case 'removeUser':
      return { type: 'removeUser', name: request.removeUser?.name ?? '' };
    case 'listUsers':
      return { type: 'listUsers' };
    case 'setAuth':
      return { type: 'setAuth', enabled: request.setAuth?.enabled ?? false };
    default:
      throw new PayloadError('FLINT_PAYLOAD_INVALID', 'request carries no command');
  }
}

function requestToWire(request: Request): flint.kv.Request.$Properties {
  return {
    requestId: checkEncodable(request.requestId, 'requestId'),
    regionId: checkEncodable(request.regionId, 'regionId'),
    epoch: epochToWire(request.epoch),
    clientId: checkEncodable(request.clientId, 'clientId'),
    sequence: checkEncodable(request.sequence, 'sequence'),
    firstIncomplete: checkEncodable(request.firstIncomplete, 'firstIncomplete'),
    timeoutMs: uint32ToWire(request.timeoutMs, 'timeoutMs'),
    ...commandToWire(request.command),
  };
}

function requestFromWire(request: flint.kv.Request): Request {
  return {
    requestId: safeInteger(request.requestId, 'requestId'),
    regionId: safeInteger(request.regionId, 'regionId'),
    epoch: epochFromWire(request.epoch),
    clientId: safeInteger(request.clientId, 'clientId'),
    sequence: safeInteger(request.sequence, 'sequence'),
    firstIncomplete: safeInteger(request.firstIncomplete, 'firstIncomplete'),
    timeoutMs: request.timeoutMs ?? 0,
    command: commandFromWire(request),
  };
}

// ---- responses ----

function errorToWire(error: ResponseError): flint.kv.Error.$Properties {
  return {
    code: enumToWire(ERROR_CODES, error.code, 'error code'),
    message: error.message,
    leaderId: checkEncodable(error.leaderId, 'error.leaderId'),
    leaderAddress: error.leaderAddress,
    regions: error.regions.map(regionToWire),
    retryAfterMs: uint32ToWire(error.retryAfterMs, 'error.retryAfterMs'),
  };
}

function errorFromWire(error: flint.kv.Error.$Properties | null | undefined): ResponseError {
  return {
    code: errorCodeFromWire(error?.code),
    message: error?.message ?? '',
    leaderId: safeInteger(error?.leaderId, 'error.leaderId'),
    leaderAddress: error?.leaderAddress ?? '',
    regions: (error?.regions ?? []).map(regionFromWire),
    retryAfterMs: error?.retryAfterMs ?? 0,
  };
}

function pairToWire(pair: KeyValue): flint.kv.KeyValue.$Properties {
  return { key: pair.key, value: pair.value };
}

function resultToWire(result: Result): flint.kv.Response.$Properties {
  switch (result.type) {
    case 'get':
      return { get: { found: result.found, value: result.value } };
    case 'put':
      return { put: {} };
    case 'delete':
      return { delete: { existed: result.existed } };
    case 'scan':
      return { scan: { pairs: result.pairs.map(pairToWire), more: result.more, nextKey: result.nextKey } };
    case 'compareAndSwap':
      return {
        compareAndSwap: {
          ok: result.ok,
          currentFound: result.current !== null,
          currentValue: result.current ?? undefined,
        },
      };
    case 'batch':
      return { batch: {} };
    case 'status':
      return { status: { node: nodeStatusToWire(result.node), groups: result.groups.map(groupStatusToWire) } };
    case 'regions':
      return { regions: { regions: result.regions.map(regionToWire), replicas: result.replicas.map(replicaToWire) } };
    case 'transferLeader':
      return { transferLeader: {} };
    case 'compact':
      return { compact: { firstIndex: checkEncodable(result.firstIndex, 'compact.firstIndex') } };
    case 'checksum':
      return {
        checksum: {
          appliedIndex: checkEncodable(result.appliedIndex, 'checksum.appliedIndex'),
          checksum: result.checksum,
          keyCount: checkEncodable(result.keyCount, 'checksum.keyCount'),
        },
      };
    case 'exportRegion':
      return {
        exportRegion: {
          streamId: checkEncodable(result.streamId, 'exportRegion.streamId'),
          position: checkEncodable(result.position, 'exportRegion.position'),
          appliedIndex: checkEncodable(result.appliedIndex, 'exportRegion.appliedIndex'),
          region: regionToWire(result.region),
          chunk: result.chunk,
          done: result.done,
        },
      };
    case 'splitRegion':
      return { splitRegion: { regions: result.regions.map(regionToWire) } };
    case 'allocateRegionIds':
      return {
        allocateRegionIds: {
          firstId: checkEncodable(result.firstId, 'allocateRegionIds.firstId'),
          count: uint32ToWire(result.count, 'allocateRegionIds.count'),
        },
      };
    case 'moveRegionHost':
      return {
        moveRegionHost: {
          fromHost: uint32ToWire(result.fromHost, 'moveRegionHost.fromHost'),
          toHost: uint32ToWire(result.toHost, 'moveRegionHost.toHost'),
          bytes: checkEncodable(result.bytes, 'moveRegionHost.bytes'),
        },
      };
    case 'mergeRegion':
      return { mergeRegion: { region: regionToWire(result.region) } };
    case 'changeReplicas':
      return { changeReplicas: { region: regionToWire(result.region) } };
    case 'joinCluster':
      return {
        joinCluster: {
          clusterId: checkEncodable(result.clusterId, 'joinCluster.clusterId'),
          members: result.members.map(clusterMemberToWire),
        },
      };
    case 'removeMember':
      return { removeMember: { members: result.members.map(clusterMemberToWire) } };
    case 'authenticate':
      return {
        authenticate: {
          user: result.user,
          role: result.role,
          sessionMs: checkEncodable(result.sessionMs, 'authenticate.sessionMs'),
        },
      };
    case 'users':
      return {
        users: {
          users: result.users.map((user) => ({ name: user.name, role: user.role })),
          authEnabled: result.authEnabled,
        },
      };
    case 'error':
      return { error: errorToWire(result.error) };
    default:
      throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `unknown result ${String(result)}`);
  }
}

function resultFromWire(response: flint.kv.Response): Result {
  switch (response.result) {
    case 'get':
      return { type: 'get', found: response.get?.found === true, value: plainBytes(response.get?.value) };
    case 'put':
      return { type: 'put' };
    case 'delete':
      return { type: 'delete', existed: response.delete?.existed === true };
    case 'scan':
      return {
        type: 'scan',
        pairs: (response.scan?.pairs ?? []).map((pair) => ({
          key: plainBytes(pair.key),
          value: plainBytes(pair.value),
        })),
        more: response.scan?.more === true,
        nextKey: plainBytes(response.scan?.nextKey),
      };
    case 'compareAndSwap': {
      const swap = response.compareAndSwap;
      return {
        type: 'compareAndSwap',
        ok: swap?.ok === true,
        current: swap?.currentFound ? plainBytes(swap.currentValue) : null,
      };
    }
    case 'batch':
      return { type: 'batch' };
    case 'status':
      return {
        type: 'status',
        node: nodeStatusFromWire(response.status?.node),
        groups: (response.status?.groups ?? []).map(groupStatusFromWire),
      };
    case 'regions':
      return {
        type: 'regions',
        regions: (response.regions?.regions ?? []).map(regionFromWire),
        replicas: (response.regions?.replicas ?? []).map(replicaFromWire),
      };
    case 'transferLeader':
      return { type: 'transferLeader' };
    case 'compact':
      return { type: 'compact', firstIndex: safeInteger(response.compact?.firstIndex, 'compact.firstIndex') };
    case 'checksum':
      return {
        type: 'checksum',
        appliedIndex: safeInteger(response.checksum?.appliedIndex, 'checksum.appliedIndex'),
        checksum: plainBytes(response.checksum?.checksum),
        keyCount: safeInteger(response.checksum?.keyCount, 'checksum.keyCount'),
      };
    case 'exportRegion': {
      const exported = response.exportRegion;
      if (exported?.region == null) throw new PayloadError('FLINT_PAYLOAD_INVALID', 'exportRegion.region is missing');
      return {
        type: 'exportRegion',
        streamId: safeInteger(exported.streamId, 'exportRegion.streamId'),
        position: safeInteger(exported.position, 'exportRegion.position'),
        appliedIndex: safeInteger(exported.appliedIndex, 'exportRegion.appliedIndex'),
        region: regionFromWire(exported.region),
        chunk: plainBytes(exported.chunk),
        done: exported.done ?? false,
      };
    }
    case 'splitRegion':
      return { type: 'splitRegion', regions: (response.splitRegion?.regions ?? []).map(regionFromWire) };
    case 'allocateRegionIds':
      return {
        type: 'allocateRegionIds',
        firstId: safeInteger(response.allocateRegionIds?.firstId, 'allocateRegionIds.firstId'),
        count: response.allocateRegionIds?.count ?? 0,
      };
    case 'moveRegionHost':
      return {
        type: 'moveRegionHost',
        fromHost: response.moveRegionHost?.fromHost ?? 0,
        toHost: response.moveRegionHost?.toHost ?? 0,
        bytes: safeInteger(response.moveRegionHost?.bytes, 'moveRegionHost.bytes'),
      };
    case 'mergeRegion': {
      const region = response.mergeRegion?.region;
      if (region === undefined || region === null) {
        throw new PayloadError('FLINT_PAYLOAD_INVALID', 'mergeRegion result carries no region');
      }
      return { type: 'mergeRegion', region: regionFromWire(region) };
    }
    case 'changeReplicas': {
      const region = response.changeReplicas?.region;
      if (region === undefined || region === null) {
        throw new PayloadError('FLINT_PAYLOAD_INVALID', 'changeReplicas result carries no region');
      }
      return { type: 'changeReplicas', region: regionFromWire(region) };
    }
    case 'joinCluster':
      return {
        type: 'joinCluster',
        clusterId: safeInteger(response.joinCluster?.clusterId, 'joinCluster.clusterId'),
        members: (response.joinCluster?.members ?? []).map(clusterMemberFromWire),
      };
    case 'removeMember':
      return { type: 'removeMember', members: (response.removeMember?.members ?? []).map(clusterMemberFromWire) };
    case 'authenticate':
      return {
        type: 'authenticate',
        user: response.authenticate?.user ?? '',
        role: userRoleFromWire(response.authenticate?.role),
        sessionMs: safeInteger(response.authenticate?.sessionMs, 'authenticate.sessionMs'),
      };
    case 'users':
      return {
        type: 'users',
        users: (response.users?.users ?? []).map((user) => ({
          name: user.name ?? '',
          role: userRoleFromWire(user.role),
        })),
        authEnabled: response.users?.authEnabled ?? false,
      };
    case 'error':
      return { type: 'error', error: errorFromWire(response.error) };
    default:
      throw new PayloadError('FLINT_PAYLOAD_INVALID', 'response carries no result');
  }
}

function responseToWire(response: Response): flint.kv.Response.$Properties {
  return { requestId: checkEncodable(response.requestId, 'requestId'), ...resultToWire(response.result) };
}

// ---- public API ----

/** Encodes a client request. @throws {PayloadError} FLINT_PAYLOAD_UNENCODABLE on out-of-range fields. */
export function encodeRequest(request: Request): Uint8Array {
  return encodeWith('request', () => finishOwned(kv.Request.encode(requestToWire(request))));
}

/** Decodes a client request (byte fields are views into `bytes`). @throws {PayloadError} FLINT_PAYLOAD_INVALID. */
export function decodeRequest(bytes: Uint8Array): Request {
  return decodeWith('request', bytes, (input) => requestFromWire(kv.Request.decode(input)));
}

/** Encodes a response. @throws {PayloadError} FLINT_PAYLOAD_UNENCODABLE on out-of-range fields. */
export function encodeResponse(response: Response): Uint8Array {
  return encodeWith('response', () => finishOwned(kv.Response.encode(responseToWire(response))));
}

/** Decodes a response (byte fields are views into `bytes`). @throws {PayloadError} FLINT_PAYLOAD_INVALID. */
export function decodeResponse(bytes: Uint8Array): Response {
  return decodeWith('response', bytes, (input) => {
    const response = kv.Response.decode(input);
    return { requestId: safeInteger(response.requestId, 'requestId'), result: resultFromWire(response) };
  });
}

/** Encodes a request straight into a CLIENT_REQUEST frame routed to `request.regionId`. */
export function encodeRequestFrame(request: Request): Uint8Array {
  const writer = encodeWith('request', () => kv.Request.encode(requestToWire(request)));
  return encodeFrameWith(FrameKind.CLIENT_REQUEST, request.regionId, writer.pos, (frame, offset) =>
    writer.finishInto(frame, offset),
  );
}

/** Encodes a response straight into a CLIENT_RESPONSE frame; `group` echoes the request frame's. */
export function encodeResponseFrame(group: number, response: Response): Uint8Array {
  const writer = encodeWith('response', () => kv.Response.encode(responseToWire(response)));
  return encodeFrameWith(FrameKind.CLIENT_RESPONSE, group, writer.pos, (frame, offset) =>
    writer.finishInto(frame, offset),
  );
}

/** Encodes a node status on its own (admin endpoint, worker reports). */
export function encodeNodeStatus(node: NodeStatus): Uint8Array {
  return encodeWith('node status', () => finishOwned(admin.NodeStatus.encode(nodeStatusToWire(node))));
}

/** Decodes a node status. @throws {PayloadError} FLINT_PAYLOAD_INVALID. */
export function decodeNodeStatus(bytes: Uint8Array): NodeStatus {
  return decodeWith('node status', bytes, (input) => nodeStatusFromWire(admin.NodeStatus.decode(input)));
}

/** Encodes one group's status on its own. */
export function encodeGroupStatus(group: GroupStatus): Uint8Array {
  return encodeWith('group status', () => finishOwned(admin.GroupStatus.encode(groupStatusToWire(group))));
}

/** Decodes one group's status. @throws {PayloadError} FLINT_PAYLOAD_INVALID. */
export function decodeGroupStatus(bytes: Uint8Array): GroupStatus {
  return decodeWith('group status', bytes, (input) => groupStatusFromWire(admin.GroupStatus.decode(input)));
}
