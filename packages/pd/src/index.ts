export { type BootstrapRegionsOptions, bootstrapRegions, INITIAL_EPOCH } from './bootstrap.js';
export { PlacementError, type PlacementErrorCode } from './errors.js';
export {
  DEFAULT_HOST_BALANCE_SETTINGS,
  decideHostMoves,
  type HostBalanceSettings,
  type HostLoad,
  type HostMove,
  leastLoadedHost,
  type RegionHostLoad,
} from './host-placement.js';
export { decideLeaderTransfers, type LeaderTransfer, type RegionLeadership } from './leader-balance.js';
export { LoadSplitSampler, type LoadSplitSamplerOptions } from './load-split-sampler.js';
export {
  DEFAULT_MERGE_SETTINGS,
  decideMerges,
  type MergeCandidateStats,
  type MergeDecision,
  type MergeRegion,
  type MergeSettings,
  type MergeValidation,
  validateMerge,
} from './merge-policy.js';
export {
  applyMetaCommand,
  emptyMetaState,
  type Member,
  type MetaCommand,
  type MetaOutcome,
  type MetaState,
  MAX_REGION_ID,
  MAX_REGION_IDS_PER_ALLOCATION,
  nextRegionIdOf,
  recordedIncarnations,
  usersOf,
} from './meta-state.js';
export { isValidUserName, type StoredUser, type UserTable } from './meta-users.js';
export {
  epochEquals,
  isEpochStale,
  META_GROUP_ID,
  type RegionDescriptor,
  type RegionEpoch,
  regionContains,
  regionsOverlap,
} from './region.js';
export { RegionTable, type RegionUpdateResult } from './region-table.js';
export {
  DEFAULT_REPLICA_PLACEMENT_SETTINGS,
  decideReplicaChanges,
  type MemberState,
  type PlacementMember,
  type PlacementRegion,
  type ReplicaChangeReason,
  type ReplicaOperation,
  type ReplicaPlacementSettings,
  type ReplicaValidation,
  validateMemberRemoval,
  validateReplicationFactor,
} from './replica-placement.js';
export { assertValidSplitKeys, defaultSplitKeys, MAX_REGION_COUNT } from './split-keys.js';
export {
  DEFAULT_SPLIT_SETTINGS,
  decideSplit,
  type RegionLoadStats,
  type SplitDecision,
  type SplitReason,
  type SplitSettings,
  validateSplitKey,
} from './split-policy.js';
export {
  MAX_META_VOTERS,
  type MembershipStep,
  type MetaGroupView,
  metaVoterTarget,
  nextMembershipStep,
} from './meta-membership.js';
