import type { Entry, HardState, Message, Snapshot } from '@flintkv/proto/raft';

/** The role a node plays in its group. */
export enum StateRole {
  Follower = 0,
  PreCandidate = 1,
  Candidate = 2,
  Leader = 3,
}

/** Volatile state the application may want to show or react to; not persisted. */
export interface SoftState {
  /** Current leader id; 0 = unknown. */
  leader: number;
  role: StateRole;
}

/** A linearizable read that may be served once the state machine has applied `index`. */
export interface ReadState {
  index: number;
  /** The context passed to `readIndex()`, returned unchanged. */
  context: Uint8Array;
}

/**
 * Everything the application must do for one turn, in this order:
 * 1. send `messagesBeforePersist` (leader appends may go out while the leader persists, Raft thesis §10.2.1);
 * 2. persist `snapshot` (if any), then `entries` (truncating any conflicting suffix), then `hardState`,
 *    in one synced batch when `mustSync`;
 * 3. send `messagesAfterPersist` (votes and responses promise durable state);
 * 4. apply `committedEntries` in order; serve `readStates` once applied reaches their index;
 * 5. call `advance(ready)`.
 */
export interface Ready {
  /** Present only when it changed since the last Ready. */
  softState?: SoftState;
  /** Present only when it changed since the last Ready. */
  hardState?: HardState;
  entries: Entry[];
  snapshot?: Snapshot;
  committedEntries: Entry[];
  messagesBeforePersist: Message[];
  messagesAfterPersist: Message[];
  readStates: ReadState[];
  /** True when `hardState` (term/vote) or `entries` changed and must be fsynced before replying. */
  mustSync: boolean;
}
