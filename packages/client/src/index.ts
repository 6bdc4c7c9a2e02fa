export type {
  ClusterMemberInfo,
  ClusterMemberState,
  GroupStatus,
  KeyValue,
  MemberStatus,
  NodeStatus,
  ReadConsistency,
  ReplicaChange,
  SnapshotTransferStatus,
  UserInfo,
  UserRole,
} from '@flintkv/proto';
export type { BytesLike } from './bytes.js';
/** The store's key order (unsigned bytes, a proper prefix first): how scans and regions order keys. */
export { compareBytes } from '@flintkv/proto';
export {
  type CasResult,
  type ChecksumReport,
  type ClusterStatus,
  connect,
  FlintClient,
  type NodeReport,
  type UserList,
} from './client.js';
export { FlintError, type FlintErrorCode } from './errors.js';
export type { BatchWrite, CallOptions, ConnectOptions, ReadOptions, ScanOptions, TlsOptions } from './options.js';
export type { MemberInfo, MemberState } from './members.js';
export type { RegionDetails, ReplicaPlacement } from './region-details.js';
export type { RegionExport } from './region-export.js';
export type { RegionInfo } from './route-cache.js';
