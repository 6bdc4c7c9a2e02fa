/** Stable error codes of placement decisions. */
export type PlacementErrorCode =
  | 'FLINT_STALE_EPOCH'
  | 'FLINT_EPOCH_CONFLICT'
  | 'FLINT_REGION_OVERLAP'
  | 'FLINT_REGION_GAP'
  | 'FLINT_INVALID_REGION'
  | 'FLINT_INVALID_SPLIT_KEYS'
  | 'FLINT_ALREADY_BOOTSTRAPPED'
  | 'FLINT_NOT_BOOTSTRAPPED'
  | 'FLINT_UNKNOWN_MEMBER'
  | 'FLINT_INCARNATION_RECORDED'
  | 'FLINT_SPLIT_KEY_OUTSIDE'
  | 'FLINT_MERGE_UNKNOWN_REGION'
  | 'FLINT_MERGE_NO_NEIGHBOUR'
  | 'FLINT_MERGE_PEERS_DIFFER'
  | 'FLINT_MERGE_BUSY'
  | 'FLINT_NO_HOSTS'
  | 'FLINT_MEMBER_REMOVE_BELOW_REPLICAS'
  | 'FLINT_MEMBER_REMOVE_QUORUM'
  | 'FLINT_MEMBER_ID_IN_USE'
  | 'FLINT_MEMBER_ADDRESS_IN_USE'
  | 'FLINT_MEMBER_NOT_LEAVING'
  | 'FLINT_MEMBER_HOLDS_REPLICAS'
  | 'FLINT_MEMBER_REMOVED'
  | 'FLINT_REPLICAS_INVALID'
  | 'FLINT_USER_INVALID'
  | 'FLINT_USER_EXISTS'
  | 'FLINT_UNKNOWN_USER'
  | 'FLINT_NO_ADMIN';

/** A placement rule was violated; `code` is stable, the message says what to do. */
export class PlacementError extends Error {
  override readonly name = 'PlacementError';
  constructor(
    readonly code: PlacementErrorCode,
    message: string,
  ) {
    super(message);
  }
}
