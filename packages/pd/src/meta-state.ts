import { PlacementError, type PlacementErrorCode } from './errors.js';
import type { RegionDescriptor } from './region.js';
import { RegionTable } from './region-table.js';

/** A node of the cluster as the meta group records it. */
export interface Member {
  nodeId: number;
  /** host:port of the node's peer (Raft) listener. */
  peerAddress: string;
  /** host:port of the node's client listener; what NotLeader hints point clients to. */
  clientAddress: string;
  /**
   * The incarnation of the node's data directory, once recorded: peers refuse that node id
   * with any other (a wiped or swapped directory must not vote with a forgotten Raft state).
   */
  incarnation?: string;
}

/**
 * The replicated placement state: the state machine of the meta group (group 0). Plain data
 * (msgpackr-friendly) so it can be snapshotted as is. Treat as immutable: every command
 * produces a new state.
 */
export interface MetaState {
  /** 0 until bootstrap; then the id every handshake must name (a safe integer, as on the wire). */
  clusterId: number;
  /** Ascending by node id. */
  members: Member[];
  /** Ascending by start key; empty until bootstrap, then tiling the key space. */
  regions: RegionDescriptor[];
}

/** A command of the meta group's log. */
export type MetaCommand =
  /** First start: the fixed initial members and regions. Only valid on the empty state. */
  | { type: 'bootstrap'; clusterId: number; members: Member[]; regions: RegionDescriptor[] }
  /** Adds a member or replaces the one with the same node id (e.g. a new address). */
  | { type: 'set-member'; member: Member }
  /** Newer descriptors from one region change (see {@link RegionTable.update}). */
  | { type: 'update-region'; regions: RegionDescriptor[] }
  /** Records the incarnation a member presented in its first handshakes; recorded once, never changed. */
  | { type: 'record-incarnation'; nodeId: number; incarnation: string };

/** Whether a command took effect; a refused command leaves the state unchanged. */
export type MetaOutcome = { ok: true } | { ok: false; code: PlacementErrorCode; message: string };

/** The state before bootstrap. */
export function emptyMetaState(): MetaState {
  return { clusterId: 0, members: [], regions: [] };
}

/**
 * Applies one committed command. Deterministic: the same state and command give the same
 * result on every replica (no clock, no randomness, no iteration over unordered sets), and
 * a refusal is a value, not an exception, so every replica refuses alike and keeps applying.
 */
export function applyMetaCommand(state: MetaState, command: MetaCommand): { state: MetaState; outcome: MetaOutcome } {
  try {
    return { state: nextState(state, command), outcome: { ok: true } };
  } catch (error) {
    if (error instanceof PlacementError) {
      return { state, outcome: { ok: false, code: error.code, message: error.message } };
    }
    throw error;
  }
}

function nextState(state: MetaState, command: MetaCommand): MetaState {
  switch (command.type) {
    case 'bootstrap': {
      if (state.clusterId !== 0) {
        throw new PlacementError(
          'FLINT_ALREADY_BOOTSTRAPPED',
          `Cluster ${state.clusterId} is already bootstrapped; bootstrap runs once, on the first start.`,
        );
      }
      if (!Number.isSafeInteger(command.clusterId) || command.clusterId <= 0) {
        throw new PlacementError(
          'FLINT_INVALID_REGION',
          'Bootstrap needs a cluster id that is a positive safe integer.',
        );
      }
      if (command.regions.length === 0) {
        throw new PlacementError('FLINT_REGION_GAP', 'Bootstrap needs regions that cover the key space.');
      }
      let members: Member[] = [];
      for (const member of command.members) members = withMember(members, member);
      return { clusterId: command.clusterId, members, regions: new RegionTable(command.regions).all() };
    }
    case 'set-member': {
      assertBootstrapped(state);
      // A new address is not a new data directory: the recorded incarnation stays.
      const { incarnation: _ignored, ...member } = command.member;
      const recorded = state.members.find((each) => each.nodeId === member.nodeId)?.incarnation;
      return {
        ...state,
        members: withMember(state.members, recorded === undefined ? member : { ...member, incarnation: recorded }),
      };
    }
    case 'update-region': {
      assertBootstrapped(state);
      const table = new RegionTable(state.regions);
      table.update(command.regions);
      return { ...state, regions: table.all() };
    }
    case 'record-incarnation': {
      assertBootstrapped(state);
      const member = state.members.find((each) => each.nodeId === command.nodeId);
      if (member === undefined) {
        throw new PlacementError('FLINT_UNKNOWN_MEMBER', `Node ${command.nodeId} is not a member of the cluster.`);
      }
      if (member.incarnation === command.incarnation) return state;
      if (member.incarnation !== undefined) {
        throw new PlacementError(
          'FLINT_INCARNATION_RECORDED',
          `Node ${command.nodeId} is recorded with incarnation ${member.incarnation}; a new one needs a member replacement.`,
        );
      }
      return { ...state, members: withMember(state.members, { ...member, incarnation: command.incarnation }) };
    }
  }
}

/** The recorded incarnation of every member that has one, by node id. */
export function recordedIncarnations(state: MetaState): Record<number, string> {
  const recorded: Record<number, string> = {};
  for (const member of state.members)
    if (member.incarnation !== undefined) recorded[member.nodeId] = member.incarnation;
  return recorded;
}

function assertBootstrapped(state: MetaState): void {
  if (state.clusterId === 0) {
    throw new PlacementError('FLINT_NOT_BOOTSTRAPPED', 'The cluster is not bootstrapped yet; apply bootstrap first.');
  }
}

function withMember(members: readonly Member[], member: Member): Member[] {
  if (!Number.isSafeInteger(member.nodeId) || member.nodeId <= 0) {
    throw new PlacementError('FLINT_INVALID_REGION', `Member node id ${member.nodeId} must be a positive integer.`);
  }
  const copy: Member = { nodeId: member.nodeId, peerAddress: member.peerAddress, clientAddress: member.clientAddress };
  if (member.incarnation !== undefined) copy.incarnation = member.incarnation;
  return [...members.filter((existing) => existing.nodeId !== member.nodeId), copy].sort((a, b) => a.nodeId - b.nodeId);
}
