import { RaftInvariantError } from './errors.js';

/**
 * Asserts a Raft invariant (TigerBeetle style: cheap, always on). The message is built lazily
 * so that a passing assertion costs one branch.
 */
export function invariant(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new RaftInvariantError(message());
}
