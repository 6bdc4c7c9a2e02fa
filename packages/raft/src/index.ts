export * from './storage.js';
export * from './ready.js';
export { RawNode, type RaftConfig, type RaftStatus, type ProgressStatus } from './raw-node.js';
export type { ProgressState } from './progress.js';
export type { ReadOnlyOption } from './read-only.js';
export { MemoryStorage } from './memory-storage.js';
export {
  ConfChangeError,
  ProposalDroppedError,
  type ProposalDropReason,
  RaftConfigError,
  RaftInvariantError,
  StorageCompactedError,
  StorageSnapshotOutOfDateError,
  StorageUnavailableError,
} from './errors.js';
export { isQuiescingHeartbeat, QUIESCE_CONTEXT } from './quiescing-heartbeat.js';
