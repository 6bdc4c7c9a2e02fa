/**
 * Plain shapes of the client API (proto/kv.proto) and of node/group status
 * (proto/admin.proto). kv-codec.ts maps them to and from protobuf. Ids, indexes and counts
 * are safe JS integers; keys and values are bytes.
 */

/** A region's version pair: a request naming an older one is refused with EPOCH_MISMATCH. */
export interface RegionEpoch {
  /** Bumped by membership changes. */
  confVersion: number;
  /** Bumped by splits and merges. */
  version: number;
}

/** Where a region lives: its key range `[startKey, endKey)` and its replicas. */
export interface RegionDescriptor {
  id: number;
  startKey: Uint8Array;
  /** Empty = +infinity. */
  endKey: Uint8Array;
  epoch: RegionEpoch;
  /** Node ids of the replicas. */
  peers: number[];
  /** Node id of the leader as last known; 0 = unknown. */
  leader: number;
}

/**
 * One replica of a region as the node running it describes it in a Regions answer: where it
 * runs (node and host thread) and what it measured. A node describes only its own replicas.
 */
export interface ReplicaStatistics {
  regionId: number;
  nodeId: number;
  /** The host thread (worker) index on that node. */
  host: number;
  /** Whether this replica leads the region: its counts are the region's client load. */
  leader: boolean;
  /** Approximate count of the region's user keys, refreshed every few seconds. */
  approximateKeys: number;
  /** Approximate bytes of the region's user keys plus values, refreshed every few seconds. */
  approximateBytes: number;
  /** Write requests this replica accepted per second over the last ~10 s (0 on a follower). */
  writesPerSecond: number;
  /** Read requests this replica served per second over the last ~10 s (a follower: stale reads). */
  readsPerSecond: number;
}

/** How fresh a read must be. */
export type ReadConsistency = 'linearizable' | 'lease' | 'stale';

/** One write inside a {@link Command} of type `batch`. */
export type BatchOperation = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'delete'; key: Uint8Array };

/** What a request asks for. */
/**
 * A membership change of a region: a new replica joins as a learner, a caught-up learner
 * becomes a voter, a replica leaves.
 */
export type ReplicaChange = 'add-learner' | 'promote-learner' | 'remove-replica';

export type Command =
  | { type: 'get'; key: Uint8Array; consistency: ReadConsistency }
  | { type: 'put'; key: Uint8Array; value: Uint8Array }
  | { type: 'delete'; key: Uint8Array }
  | {
      type: 'scan';
      start: Uint8Array;
      /** Empty = +infinity. */
      end: Uint8Array;
      /** 0 = server default. */
      limit: number;
      reverse: boolean;
      consistency: ReadConsistency;
    }
  | {
      type: 'compareAndSwap';
      key: Uint8Array;
      /** Required current value; `null` = the key must be absent. */
      expected: Uint8Array | null;
      /** New value; `null` = delete the key. */
      next: Uint8Array | null;
    }
  | { type: 'batch'; operations: BatchOperation[] }
  | { type: 'status' }
  | { type: 'regions' }
  | { type: 'transferLeader'; toNode: number }
  | { type: 'compact' }
  | { type: 'checksum' }
  /**
   * Region-level: a chunk of the region's stored pairs at one applied index (backup).
   * `streamId` 0 opens an export at the leader; later calls ask the opening node for chunk
   * `position` of stream `streamId`.
   */
  | { type: 'exportRegion'; streamId: number; position: number; chunkBytes: number }
  /** Region-level: cut the region at `splitKey`; `newRegionId` (from `allocateRegionIds`) takes the upper half. */
  | { type: 'splitRegion'; splitKey: Uint8Array; newRegionId: number }
  /** Node-level: reserve `count` fresh region ids (answered by the meta group's leader). */
  | { type: 'allocateRegionIds'; count: number }
  /** Node-level: move this node's replica of region `regionId` to host thread `host`. */
  | { type: 'moveRegionHost'; regionId: number; host: number }
  /** Region-level: the region that follows this one in key order absorbs it. */
  | { type: 'mergeRegion' }
  /** Region-level: one membership change of the region (a Raft configuration change). */
  | { type: 'changeReplicas'; change: ReplicaChange; nodeId: number }
  /**
   * Node-level: node `nodeId` asks to become a member, listening on `peerAddress` (Raft) and
   * `clientAddress` (clients). Answered by the meta group's leader; any node forwards it there.
   */
  | { type: 'joinCluster'; nodeId: number; peerAddress: string; clientAddress: string }
  /**
   * Node-level: mark member `nodeId` as leaving: its replicas move to other nodes, then it is
   * removed. Answered by the meta group's leader; any node forwards it there.
   */
  | { type: 'removeMember'; nodeId: number }
  /** Connection-level: proves who the client is; later requests on the connection act as `user`. */
  | { type: 'authenticate'; user: string; password: string }
  /**
   * Node-level, admin: adds user `name` (`create`) or sets an existing user's password and role.
   * `passwordHash` is set by the node that received the request, never by a client.
   */
  | { type: 'putUser'; name: string; role: UserRole; password: string; create: boolean; passwordHash: string }
  /** Node-level, admin: removes user `name`. */
  | { type: 'removeUser'; name: string }
  /** Node-level, admin: every user and their role. */
  | { type: 'listUsers' }
  /** Node-level, admin: authentication on (refused until an admin user exists) or off. */
  | { type: 'setAuth'; enabled: boolean };

/** What a user may do: read; read and write; or everything, administration included. */
export const USER_ROLES = ['read', 'readwrite', 'admin'] as const;
/** One of {@link USER_ROLES}. */
export type UserRole = (typeof USER_ROLES)[number];

/** A user as `listUsers` reports it (never its password hash). */
export interface UserInfo {
  name: string;
  role: UserRole;
}

/** The commands that write: what a region's state machine applies, in this shape from the SDK to the apply. */
export type WriteCommand = Extract<Command, { type: 'put' | 'delete' | 'compareAndSwap' | 'batch' }>;

/** The type tag of a {@link Command}. */
export type CommandType = Command['type'];

/** One client request. Writes carry the session (`clientId`, `sequence`) that makes retries exactly-once. */
export interface Request {
  requestId: number;
  /** 0 for node-level commands (status, regions). */
  regionId: number;
  epoch: RegionEpoch;
  clientId: number;
  sequence: number;
  /** The client's lowest write sequence still waiting for an answer; 0 = not said. */
  firstIncomplete: number;
  /** Deadline from receipt, in ms; 0 = server default. */
  timeoutMs: number;
  command: Command;
}

/** A key and its value. */
export interface KeyValue {
  key: Uint8Array;
  value: Uint8Array;
}

/** Role of a replica in its Raft group. */
export type GroupRole = 'follower' | 'preCandidate' | 'candidate' | 'leader' | 'learner';

/**
 * Where a member is in its life as the meta group records it: `active` serves replicas;
 * `leaving` has its replicas moved to other nodes, after which it is removed.
 */
export type ClusterMemberState = 'active' | 'leaving';

/** Every {@link ClusterMemberState}, for the codec to check against. */
export const CLUSTER_MEMBER_STATES: readonly ClusterMemberState[] = ['active', 'leaving'];

/** One member of the cluster as the meta group records it: the answer to a join or a removal. */
export interface ClusterMemberInfo {
  nodeId: number;
  /** host:port of its peer (Raft) listener. */
  peerAddress: string;
  /** host:port of its client listener. */
  clientAddress: string;
  state: ClusterMemberState;
}

/** A cluster member as one node sees it. */
export interface MemberStatus {
  nodeId: number;
  peerAddress: string;
  clientAddress: string;
  /** The peer connection to this member is established. */
  up: boolean;
  /** The incarnation of its data directory the meta group recorded; '' until recorded. */
  incarnation: string;
  /** Its state as the meta group recorded it; a node older than this field reports every member `active`. */
  state: ClusterMemberState;
}

/** One node's identity and view of the cluster. */
export interface NodeStatus {
  nodeId: number;
  clusterId: number;
  peerAddress: string;
  clientAddress: string;
  adminAddress: string;
  uptimeMs: number;
  members: MemberStatus[];
  /** Software version. */
  version: string;
}

/** A leader's view of one peer's replication. */
export interface PeerProgress {
  nodeId: number;
  matchIndex: number;
  nextIndex: number;
}

/** One snapshot in flight to or from a replica. */
export interface SnapshotTransferStatus {
  /** `sending` on the leader streaming it, `receiving` on the follower catching up. */
  direction: 'sending' | 'receiving';
  /** The other node: the receiver when sending, the sender when receiving. */
  peer: number;
  snapshotIndex: number;
  /** Bytes the receiver has staged (acknowledged, when sending). */
  bytes: number;
  /** The sender's estimate of the whole stream; 0 = unknown. */
  totalBytes: number;
  /** Since the transfer started, by the reporting node's clock. */
  elapsedMs: number;
}

/** One replica of one Raft group on this node. */
export interface GroupStatus {
  groupId: number;
  role: GroupRole;
  term: number;
  /** 0 = unknown. */
  leader: number;
  commit: number;
  applied: number;
  firstIndex: number;
  lastIndex: number;
  logBytes: number;
  /** Leader only. */
  peers: PeerProgress[];
  startKey: Uint8Array;
  /** Empty = +infinity. */
  endKey: Uint8Array;
  epoch: RegionEpoch;
  /** Snapshots in flight to or from this replica; empty when none. */
  snapshots: SnapshotTransferStatus[];
}

/** Every reason a request can fail, in wire order (wire number = position + 1; 0 is unspecified). */
export const RESPONSE_ERROR_CODES = [
  'NOT_LEADER',
  'REGION_NOT_FOUND',
  'EPOCH_MISMATCH',
  'KEY_NOT_IN_REGION',
  'TIMEOUT',
  'SERVER_BUSY',
  'INVALID_ARGUMENT',
  'INTERNAL',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'DISK_FULL',
] as const;

/** Why a request failed. */
export type ResponseErrorCode = (typeof RESPONSE_ERROR_CODES)[number];

/** A failed request's answer. Fields that do not apply to `code` are 0, '' or []. */
export interface ResponseError {
  code: ResponseErrorCode;
  message: string;
  /** NOT_LEADER: the leader this node knows of (0 = unknown). */
  leaderId: number;
  /** NOT_LEADER: the leader's client address ('' = unknown). */
  leaderAddress: string;
  /** EPOCH_MISMATCH / KEY_NOT_IN_REGION: current descriptors of the regions involved. */
  regions: RegionDescriptor[];
  /** SERVER_BUSY: when to retry (0 = no hint). */
  retryAfterMs: number;
}

/** The outcome of a request: the command's result, or an error. */
export type Result =
  | { type: 'get'; found: boolean; value: Uint8Array }
  | { type: 'put' }
  | { type: 'delete'; existed: boolean }
  | { type: 'scan'; pairs: KeyValue[]; more: boolean; nextKey: Uint8Array }
  | {
      type: 'compareAndSwap';
      ok: boolean;
      /** The value found (the new one on success); `null` = absent. */
      current: Uint8Array | null;
    }
  | { type: 'batch' }
  | { type: 'status'; node: NodeStatus; groups: GroupStatus[] }
  | {
      type: 'regions';
      regions: RegionDescriptor[];
      /** The answering node's own replicas (empty from a node older than this field). */
      replicas: ReplicaStatistics[];
    }
  | { type: 'transferLeader' }
  | { type: 'compact'; firstIndex: number }
  | { type: 'checksum'; appliedIndex: number; checksum: Uint8Array; keyCount: number }
  /** Chunk `position` of an export read at `appliedIndex`; `done` once no pair is left (then `chunk` is empty). */
  | {
      type: 'exportRegion';
      streamId: number;
      position: number;
      appliedIndex: number;
      region: RegionDescriptor;
      chunk: Uint8Array;
      done: boolean;
    }
  /** The two halves of a split, in key order. */
  | { type: 'splitRegion'; regions: RegionDescriptor[] }
  /** Ids `firstId` … `firstId + count - 1`, reserved for the caller. */
  | { type: 'allocateRegionIds'; firstId: number; count: number }
  /** Where the replica moved, and how many bytes its state took. */
  | { type: 'moveRegionHost'; fromHost: number; toHost: number; bytes: number }
  /** The region that absorbed the one asked. */
  | { type: 'mergeRegion'; region: RegionDescriptor }
  /** The region once its membership change applied. */
  | { type: 'changeReplicas'; region: RegionDescriptor }
  /** The cluster the node joined, and every member once the join is recorded (the new one included). */
  | { type: 'joinCluster'; clusterId: number; members: ClusterMemberInfo[] }
  /** Every member once the leaving state is recorded (the leaving one included). */
  | { type: 'removeMember'; members: ClusterMemberInfo[] }
  /** The session the connection now holds: its user, role, and how long it lasts. */
  | { type: 'authenticate'; user: string; role: UserRole; sessionMs: number }
  /** Every user, and whether authentication is on (the answer of the user and auth commands). */
  | { type: 'users'; users: UserInfo[]; authEnabled: boolean }
  | { type: 'error'; error: ResponseError };

/** One answer; `requestId` matches the request's. */
export interface Response {
  requestId: number;
  result: Result;
}

const NO_EPOCH: RegionEpoch = { confVersion: 0, version: 0 };

/** A request with the session, epoch, region and deadline fields defaulted to 0. */
export function makeRequest(fields: Partial<Request> & Pick<Request, 'requestId' | 'command'>): Request {
  return { regionId: 0, epoch: { ...NO_EPOCH }, clientId: 0, sequence: 0, firstIncomplete: 0, timeoutMs: 0, ...fields };
}

/** An error result with the optional fields defaulted. */
export function makeResponseError(
  fields: Partial<ResponseError> & Pick<ResponseError, 'code' | 'message'>,
): Extract<Result, { type: 'error' }> {
  return { type: 'error', error: { leaderId: 0, leaderAddress: '', regions: [], retryAfterMs: 0, ...fields } };
}
