export type {
  GroupStatus,
  KeyValue,
  MemberStatus,
  NodeStatus,
  ReadConsistency,
  SnapshotTransferStatus,
} from '@flintkv/proto';
export type { BytesLike } from './bytes.js';
export {
  type CasResult,
  type ChecksumReport,
  type ClusterStatus,
  connect,
  FlintClient,
  type NodeReport,
} from './client.js';
export { FlintError, type FlintErrorCode } from './errors.js';
export type { BatchWrite, CallOptions, ConnectOptions, ReadOptions, ScanOptions } from './options.js';
export type { RegionInfo } from './route-cache.js';
