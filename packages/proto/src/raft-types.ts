/**
 * Plain in-memory shapes of Raft's data: what `@flintkv/raft` reads and writes and what
 * `@flintkv/storage` persists. The wire form of these is protobuf (see `raft.proto` and
 * `raft-codec.ts`); these interfaces are what code works with.
 *
 * Indexes, terms and node ids are JavaScript numbers: safe integers (< 2^53) are far beyond
 * any log this system will hold.
 */

/** Kind of a log entry. */
export enum EntryType {
  /** Application data (opaque to Raft); empty data is the leader's no-op. */
  Normal = 0,
  /** A membership change; `data` is an encoded {@link ConfChange}. */
  ConfChange = 1,
}

/** One Raft log entry. */
export interface Entry {
  term: number;
  index: number;
  type: EntryType;
  data: Uint8Array;
}

/** State that must be durable before any message that depends on it is sent (Raft Figure 2). */
export interface HardState {
  term: number;
  /** Node voted for in `term`; 0 = none. */
  vote: number;
  commit: number;
}

/**
 * A membership configuration. During joint consensus `votersOutgoing` is non-empty and a
 * decision needs a majority of both `voters` and `votersOutgoing`.
 */
export interface ConfState {
  voters: number[];
  learners: number[];
  /** The old voter set while in a joint configuration; empty otherwise. */
  votersOutgoing: number[];
  /** Voters of the outgoing config that become learners when the joint config is left. */
  learnersNext: number[];
  /** Leave the joint configuration automatically once it is committed. */
  autoLeave: boolean;
}

/** Where a snapshot sits in the log, and the configuration at that point. */
export interface SnapshotMetadata {
  index: number;
  term: number;
  confState: ConfState;
}

/** A state-machine snapshot: opaque application bytes at `metadata.index`. */
export interface Snapshot {
  metadata: SnapshotMetadata;
  data: Uint8Array;
}

/** Every message Raft nodes exchange (and the two a follower forwards to its leader). */
export enum MessageType {
  Append = 0,
  AppendResponse = 1,
  Vote = 2,
  VoteResponse = 3,
  PreVote = 4,
  PreVoteResponse = 5,
  Heartbeat = 6,
  HeartbeatResponse = 7,
  Snapshot = 8,
  TimeoutNow = 9,
  ReadIndex = 10,
  ReadIndexResponse = 11,
  /** A proposal a follower forwards to its leader (`entries`). */
  Propose = 12,
  /** A leadership-transfer request a follower forwards to its leader (`from` = transferee). */
  TransferLeader = 13,
}

/**
 * One Raft message. Fields not used by a type are zero/empty. Meaning per type follows
 * etcd's raftpb: `index`/`logTerm` locate the entry preceding `entries` in Append; in
 * AppendResponse `index` is the last index the follower matched (or, on reject, the index
 * rejected) and `rejectHint`/`logTerm` the follower's conflict hint; in Vote/PreVote
 * `index`/`logTerm` are the candidate's last entry.
 */
export interface Message {
  type: MessageType;
  to: number;
  from: number;
  term: number;
  logTerm: number;
  index: number;
  entries: Entry[];
  commit: number;
  reject: boolean;
  rejectHint: number;
  /** Only for `MessageType.Snapshot`. */
  snapshot?: Snapshot;
  /** Read-index request context, or a campaign marker for leadership transfer. */
  context: Uint8Array;
}

/** One step of a membership change. */
export enum ConfChangeType {
  AddNode = 0,
  RemoveNode = 1,
  AddLearnerNode = 2,
}

export interface ConfChangeSingle {
  type: ConfChangeType;
  nodeId: number;
}

/** How a multi-step change uses joint consensus (etcd's ConfChangeTransition). */
export enum ConfChangeTransition {
  /** Joint consensus when more than one voter changes, and leave it automatically. */
  Auto = 0,
  /** Always joint consensus, left automatically. */
  JointImplicit = 1,
  /** Always joint consensus, left only by an explicit empty change. */
  JointExplicit = 2,
}

/** A membership change proposal; an empty `changes` list leaves a joint configuration. */
export interface ConfChange {
  transition: ConfChangeTransition;
  changes: ConfChangeSingle[];
  context: Uint8Array;
}

/** A message with all optional fields defaulted; saves every caller writing them out. */
export function makeMessage(fields: Partial<Message> & Pick<Message, 'type' | 'to' | 'from'>): Message {
  return {
    term: 0,
    logTerm: 0,
    index: 0,
    entries: [],
    commit: 0,
    reject: false,
    rejectHint: 0,
    context: EMPTY_BYTES,
    ...fields,
  };
}

/** An empty configuration. */
export function emptyConfState(): ConfState {
  return { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
}

/** A simple configuration: these voters, no learners, not joint. */
export function confStateOfVoters(voters: readonly number[]): ConfState {
  return { ...emptyConfState(), voters: [...voters] };
}

/** A deep copy (configurations are kept and handed out; nobody may change another's). */
export function cloneConfState(confState: ConfState): ConfState {
  return {
    voters: [...confState.voters],
    learners: [...confState.learners],
    votersOutgoing: [...confState.votersOutgoing],
    learnersNext: [...confState.learnersNext],
    autoLeave: confState.autoLeave,
  };
}

export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);
