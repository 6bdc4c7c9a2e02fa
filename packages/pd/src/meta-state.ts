import { PlacementError, type PlacementErrorCode } from './errors.js';
import type { RegionDescriptor } from './region.js';
import { RegionTable } from './region-table.js';
import { putUser, removeUser, setAuth, type StoredUser, type UserTable } from './meta-users.js';

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
  /**
   * `leaving` once `flint member remove` asked for it: placement moves its replicas off, and
   * the member is removed once no region lists it. Absent while active (and in states written
   * before members could leave).
   */
  state?: 'leaving';
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
  /**
   * The next region id to hand out: above every id any region ever had, so an id is never
   * reused (a merged-away region's id included). Absent in states written before splits
   * existed; then it is one more than the highest region id ({@link nextRegionIdOf}).
   */
  nextRegionId?: number;
  /**
   * Voters per region, chosen at bootstrap (`--replicas`): what a node that joined later
   * places replicas by. Absent in states written before it was recorded.
   */
  replicationFactor?: number;
  /**
   * Node ids of members removed so far, ascending: never members again. A removed node that
   * asks to join learns so and stops; a new node takes a new id (as etcd's member ids).
   */
  removedMembers?: number[];
  /** Users by name, ascending (`meta-users.ts`). Absent until the first user is added. */
  users?: StoredUser[];
  /** Whether clients must authenticate; absent = off. */
  authEnabled?: boolean;
}

/** Region ids are frame header fields: unsigned 32-bit. */
export const MAX_REGION_ID = 0xffff_ffff;

/** A command of the meta group's log. */
export type MetaCommand =
  /** First start: the fixed initial members and regions. Only valid on the empty state. */
  | {
      type: 'bootstrap';
      clusterId: number;
      members: Member[];
      regions: RegionDescriptor[];
      replicationFactor?: number;
    }
  /** Adds a member or replaces the one with the same node id (e.g. a new address). */
  | { type: 'set-member'; member: Member }
  /**
   * A new node asks to be a member. Refused for a node id or an address another member holds;
   * the same node asking again (same id and addresses, e.g. after a crash) changes nothing.
   */
  | { type: 'join-member'; member: Pick<Member, 'nodeId' | 'peerAddress' | 'clientAddress'> }
  /** Marks a member as leaving: its replicas are moved off before it is removed. */
  | { type: 'leave-member'; nodeId: number }
  /** Removes a leaving member that no region lists any more (its id is never used again); a member already gone is no change. */
  | { type: 'remove-member'; nodeId: number }
  /** Newer descriptors from one region change (see {@link RegionTable.update}). */
  | { type: 'update-region'; regions: RegionDescriptor[] }
  /** Records the incarnation a member presented in its first handshakes; recorded once, never changed. */
  | { type: 'record-incarnation'; nodeId: number; incarnation: string }
  /** Reserves `count` fresh region ids for a split (the outcome names the first). */
  | { type: 'allocate-region-ids'; count: number }
  /** Adds a user (`create`) or sets an existing user's password hash and role. */
  | { type: 'put-user'; user: StoredUser; create: boolean }
  /** Removes a user. */
  | { type: 'remove-user'; name: string }
  /** Turns authentication on or off. */
  | { type: 'set-auth'; enabled: boolean };

/**
 * Whether a command took effect; a refused command leaves the state unchanged. An
 * `allocate-region-ids` that took effect names the first id it reserved.
 */
export type MetaOutcome =
  | { ok: true; firstRegionId?: number }
  | { ok: false; code: PlacementErrorCode; message: string };

/** Most ids one `allocate-region-ids` reserves. */
export const MAX_REGION_IDS_PER_ALLOCATION = 64;

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
    const next = nextState(state, command);
    if (command.type === 'allocate-region-ids') {
      return { state: next, outcome: { ok: true, firstRegionId: nextRegionIdOf(state) } };
    }
    return { state: next, outcome: { ok: true } };
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
      const bootstrapped: MetaState = {
        clusterId: command.clusterId,
        members,
        regions: new RegionTable(command.regions).all(),
      };
      if (command.replicationFactor !== undefined) bootstrapped.replicationFactor = command.replicationFactor;
      return bootstrapped;
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
    case 'join-member': {
      assertBootstrapped(state);
      const { member } = command;
      if (state.removedMembers?.includes(member.nodeId)) {
        throw new PlacementError(
          'FLINT_MEMBER_REMOVED',
          `Node id ${member.nodeId} belonged to a member that was removed; a new node joins with a new --id.`,
        );
      }
      const listed = state.members.find((each) => each.nodeId === member.nodeId);
      if (listed !== undefined) {
        const same = listed.peerAddress === member.peerAddress && listed.clientAddress === member.clientAddress;
        if (same && listed.state !== 'leaving') return state;
        throw new PlacementError(
          'FLINT_MEMBER_ID_IN_USE',
          `Node id ${member.nodeId} belongs to the member at ${listed.peerAddress}` +
            `${listed.state === 'leaving' ? ', which is leaving' : ''}; a node id is reused only once its member is removed ` +
            '(`flint member remove`). Pick another --id.',
        );
      }
      const sharing = state.members.find(
        (each) => each.peerAddress === member.peerAddress || each.clientAddress === member.clientAddress,
      );
      if (sharing !== undefined) {
        throw new PlacementError(
          'FLINT_MEMBER_ADDRESS_IN_USE',
          `Node ${sharing.nodeId} already serves at ${sharing.peerAddress} (peer) and ${sharing.clientAddress} (client); ` +
            'a new member needs its own addresses.',
        );
      }
      return { ...state, members: withMember(state.members, member) };
    }
    case 'leave-member': {
      assertBootstrapped(state);
      const member = state.members.find((each) => each.nodeId === command.nodeId);
      if (member === undefined) {
        throw new PlacementError('FLINT_UNKNOWN_MEMBER', `Node ${command.nodeId} is not a member of the cluster.`);
      }
      if (member.state === 'leaving') return state;
      return { ...state, members: withMember(state.members, { ...member, state: 'leaving' }) };
    }
    case 'remove-member': {
      assertBootstrapped(state);
      const member = state.members.find((each) => each.nodeId === command.nodeId);
      if (member === undefined) return state;
      if (member.state !== 'leaving') {
        throw new PlacementError(
          'FLINT_MEMBER_NOT_LEAVING',
          `Node ${command.nodeId} is not leaving; a member is removed only after \`flint member remove\` drained it.`,
        );
      }
      const holding = state.regions
        .filter((region) => region.peers.includes(command.nodeId))
        .map((region) => region.id);
      if (holding.length > 0) {
        throw new PlacementError(
          'FLINT_MEMBER_HOLDS_REPLICAS',
          `Node ${command.nodeId} still holds replicas of regions ${holding.join(', ')}.`,
        );
      }
      return {
        ...state,
        members: state.members.filter((each) => each.nodeId !== command.nodeId),
        removedMembers: [...(state.removedMembers ?? []), command.nodeId].sort((a, b) => a - b),
      };
    }
    case 'update-region': {
      assertBootstrapped(state);
      const table = new RegionTable(state.regions);
      table.update(command.regions);
      return { ...state, regions: table.all() };
    }
    case 'allocate-region-ids': {
      assertBootstrapped(state);
      const { count } = command;
      if (!Number.isSafeInteger(count) || count < 1 || count > MAX_REGION_IDS_PER_ALLOCATION) {
        throw new PlacementError(
          'FLINT_INVALID_REGION',
          `Region ids are reserved 1 to ${MAX_REGION_IDS_PER_ALLOCATION} at a time, not ${count}.`,
        );
      }
      const next = nextRegionIdOf(state) + count;
      if (next - 1 > MAX_REGION_ID) {
        throw new PlacementError('FLINT_INVALID_REGION', `Region ids are exhausted (the highest is ${MAX_REGION_ID}).`);
      }
      return { ...state, nextRegionId: next };
    }
    case 'put-user':
      assertBootstrapped(state);
      return withUsers(state, putUser(usersOf(state), command.user, command.create));
    case 'remove-user':
      assertBootstrapped(state);
      return withUsers(state, removeUser(usersOf(state), command.name));
    case 'set-auth':
      assertBootstrapped(state);
      return withUsers(state, setAuth(usersOf(state), command.enabled));
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

/** The users and the authentication switch of `state`. */
export function usersOf(state: MetaState): UserTable {
  return { users: state.users ?? [], authEnabled: state.authEnabled ?? false };
}

function withUsers(state: MetaState, table: UserTable): MetaState {
  return { ...state, users: table.users, authEnabled: table.authEnabled };
}

/** The next region id `allocate-region-ids` hands out. */
export function nextRegionIdOf(state: MetaState): number {
  if (state.nextRegionId !== undefined) return state.nextRegionId;
  return state.regions.reduce((highest, region) => Math.max(highest, region.id), 0) + 1;
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
  if (member.state !== undefined) copy.state = member.state;
  return [...members.filter((existing) => existing.nodeId !== member.nodeId), copy].sort((a, b) => a.nodeId - b.nodeId);
}
