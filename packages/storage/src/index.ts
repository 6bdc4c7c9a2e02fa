export { StorageError, StorageErrorCode } from './errors.js';
export { type GroupInitialState, GroupStorage } from './group-storage.js';
export { type GroupTransferSize, packedGroupId } from './group-transfer.js';
export {
  DEFAULT_LOG_CACHE_BYTES,
  type KvScanOptions,
  type NodeIdentity,
  NodeStore,
  type NodeStoreOptions,
  openNodeStore,
  STORAGE_FORMAT_VERSION,
} from './node-store.js';
export { decodeSnapshotDescriptor, encodeSnapshotDescriptor, type SnapshotDescriptor } from './snapshot-data.js';
export type { SnapshotStream } from './snapshot-streams.js';
export { Turn } from './turn.js';
export {
  databaseOfGroup,
  decodeNodeLayout,
  encodeNodeLayout,
  type LayoutDatabaseEntry,
  NODE_LAYOUT_FILE,
  NODE_LAYOUT_FORMAT_VERSION,
  type NodeLayout,
  newNodeLayout,
  randomIdentifier,
  readNodeLayout,
  removeDatabaseDirectory,
  writeNodeLayout,
} from './node-layout.js';
export { type DatabaseStamp, type GroupCopyReport, OfflineDatabase } from './offline-database.js';
