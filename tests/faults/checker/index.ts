export {
  type CheckOptions,
  checkLinearizability,
  checkOperations,
  describeVerdict,
  type KeyVerdict,
  type LinearizabilityVerdict,
} from './check-linearizability.js';
export {
  describeOperation,
  HistoryError,
  type HistoryEvent,
  pairOperations,
  type RegisterInput,
  type RegisterOperation,
  type RegisterOutput,
  type RegisterValue,
} from './history.js';
export { type SearchResult, searchLinearization } from './linearizability-search.js';
export type { ShrinkBudget } from './shrink.js';
