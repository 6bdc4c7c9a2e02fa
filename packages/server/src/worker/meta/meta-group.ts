import {
  type Member,
  type MetaCommand,
  type MetaOutcome,
  type MetaState,
  nextMembershipStep,
  type RegionDescriptor,
  usersOf,
} from '@flintkv/pd';
import { type ClusterMemberInfo, ConfChangeTransition, type Request, type Result } from '@flintkv/proto';
import type { NodeStore } from '@flintkv/storage';
import type { Logger } from 'pino';
import type { GroupReport } from '../../host-protocol.js';
import type { AppliedEntry, ApplyBatch, GroupService, GroupStateMachine } from '../group/group-state-machine.js';
import { type ClientWaiter, PendingTable } from '../group/pending-requests.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../kv/region-clients.js';
import type { RegionGroup } from '../group/region-group.js';
import { decodeMetaEntry, encodeMetaEntry, type MetaEntry } from '../log-entry-codec.js';
import { confChangeOf, learnerCaughtUp } from '../kv/region-replicas.js';
import { META_STATE_KEY, MetaStateMachine } from './meta-state-machine.js';

/** The meta group's id: group 0 on every node. */
export const META_GROUP_ID = 0;

/** The meta group as its group's state machine: the cluster's members and region table. */
/** How long an update of the region table is not proposed again while the table still lacks it. */
const REGION_UPDATE_RETRY_MS = 2_000;
/** How often the meta group's leader looks for its next membership step (`nextMembershipStep`). */
const MEMBERSHIP_STEP_INTERVAL_MS = 1_000;

export class MetaGroupMachine implements GroupStateMachine<MetaEntry, MetaOutcome> {
  private constructor(
    private readonly store: NodeStore,
    private readonly log: Logger,
    private meta: MetaStateMachine,
  ) {}

  static async load(store: NodeStore, log: Logger): Promise<MetaGroupMachine> {
    const stored = await store.kvGet(META_GROUP_ID, META_STATE_KEY);
    return new MetaGroupMachine(store, log, MetaStateMachine.load(stored ?? null));
  }

  get state(): MetaState {
    return this.meta.state;
  }

  get isBootstrapped(): boolean {
    return this.meta.isBootstrapped;
  }

  decode(data: Uint8Array): MetaEntry {
    return decodeMetaEntry(data);
  }

  keysRead(): Uint8Array[] {
    return [];
  }

  rangesRead(): { lower: Uint8Array; upper: Uint8Array }[] {
    return [];
  }

  apply({ command }: MetaEntry, batch: ApplyBatch): MetaOutcome {
    const { outcome, record } = this.meta.apply(command);
    batch.write(record);
    if (!outcome.ok) this.log.debug({ group: META_GROUP_ID, outcome }, 'meta command refused');
    return outcome;
  }

  /** The meta group's members are the bootstrap's: its state keeps nothing of a change. */
  applyConfChange(): undefined {
    return undefined;
  }

  async reload(): Promise<void> {
    const stored = await this.store.kvGet(META_GROUP_ID, META_STATE_KEY);
    this.meta = MetaStateMachine.load(stored ?? null);
  }

  describe(report: GroupReport): void {
    report.members = this.meta.state.members.map((member) => ({ ...member }));
    if (this.meta.state.replicationFactor !== undefined) report.replicationFactor = this.meta.state.replicationFactor;
    report.userTable = usersOf(this.meta.state);
    report.regionTable = this.meta.state.regions.map((region) => ({
      ...region,
      epoch: { ...region.epoch },
      peers: [...region.peers],
    }));
  }
}

/**
 * The meta group's own proposals, made by its leader once it has applied everything committed:
 * the cluster's bootstrap (if no leader proposed it yet) and the incarnations members present
 * in their handshakes, so peers refuse a node id presented with any other. Clients are refused.
 */
export class MetaGroupService implements GroupService<MetaEntry, MetaOutcome> {
  private bootstrapProposedInTerm = -1;
  /** Incarnations members presented in handshakes, until the meta state records them. */
  private readonly seenIncarnations = new Map<number, string>();
  /** The term in which each member's incarnation was last proposed, so a leader proposes it once per term. */
  private readonly incarnationProposedInTerm = new Map<number, number>();
  /** Client requests (id allocations, joins, removals) waiting for their command to apply, by proposal id. */
  private readonly requests = new PendingTable<{ waiter: ClientWaiter }>();
  /** When the leader last looked for a membership step. */
  private membershipCheckedAt = Number.NEGATIVE_INFINITY;
  /** Allocations this node's hosts asked for (a region splitting by size or load), by proposal id. */
  private readonly hostAllocations = new Map<number, { host: number; requestId: number; deadline: number }>();
  /** Region updates proposed (term and descriptors), so each is proposed once per term. */
  /** When each update (by term and descriptors) was last proposed: not again within {@link REGION_UPDATE_RETRY_MS}. */
  private readonly proposedUpdates = new Map<string, number>();

  constructor(
    private readonly group: RegionGroup,
    private readonly meta: MetaGroupMachine,
    /** Builds the bootstrap entry this node proposes if the cluster is not bootstrapped. */
    private readonly bootstrapEntry: () => Uint8Array,
    /** Answers a host's allocation: its first id, or 0 when it failed (the host asks again later). */
    private readonly answerHost: (host: number, requestId: number, firstId: number) => void,
  ) {}

  /**
   * Reserves `count` ids for a host of this node. Proposed here whether or not this replica
   * leads: Raft forwards a follower's proposal to the leader, and every replica applies the
   * entry, so this one learns the ids from its own apply (matched by the proposal's stamp).
   */
  allocateForHost(host: number, requestId: number, count: number): void {
    const proposalId = this.meta.isBootstrapped ? this.propose({ type: 'allocate-region-ids', count }) : undefined;
    if (proposalId === undefined) {
      this.answerHost(host, requestId, 0);
      return;
    }
    const deadline = this.group.environment.now() + DEFAULT_REQUEST_TIMEOUT_MS;
    this.hostAllocations.set(proposalId, { host, requestId, deadline });
  }

  /**
   * The one client request the meta group serves: `allocateRegionIds` (the main thread hands
   * it here; status and regions it answers itself). Answered once the allocation is applied.
   */
  handleRequest(connection: number, request: Request): void {
    const now = this.group.environment.now();
    const waiter: ClientWaiter = {
      connection,
      requestId: request.requestId,
      deadline: now + (request.timeoutMs > 0 ? request.timeoutMs : DEFAULT_REQUEST_TIMEOUT_MS),
    };
    if (request.command.type === 'listUsers') {
      // Answered by the leader from its applied state, so a user just added is listed.
      if (this.leadsCurrentState) this.group.answers.answer(waiter, usersResultOf(this.meta.state));
      else this.group.answers.failNotLeader(waiter);
      return;
    }
    const command = metaCommandOf(request);
    if (command === undefined) {
      this.group.answers.fail(waiter, {
        code: 'INVALID_ARGUMENT',
        message: `group 0 serves no ${request.command.type} requests`,
      });
      return;
    }
    if (!this.leadsCurrentState || !this.meta.isBootstrapped) {
      this.group.answers.failNotLeader(waiter);
      return;
    }
    const proposalId = this.propose(command);
    if (proposalId === undefined) {
      this.group.answers.failNotLeader(waiter);
      return;
    }
    this.requests.add(proposalId, { waiter });
  }

  /**
   * Regions this node's replicas know newer than the table (a split applied there): proposed
   * as one update, once per term for the same descriptors. A follower's proposal goes to the
   * leader (the meta group forwards them); a descriptor no newer than the table's by then is
   * refused at apply, alike on every replica.
   */
  proposeRegionUpdate(regions: RegionDescriptor[]): void {
    if (!this.meta.isBootstrapped || regions.length === 0) return;
    if (!this.leadsCurrentState && this.group.leader === 0) return;
    const fingerprint = `${this.group.term}:${regions.map((region) => `${region.id}@${region.epoch.version}.${region.epoch.confVersion}`).join(',')}`;
    // A follower's proposal travels to the leader and may be lost on the way: asked again later.
    const now = this.group.environment.now();
    const proposedAt = this.proposedUpdates.get(fingerprint);
    if (proposedAt !== undefined && now - proposedAt < REGION_UPDATE_RETRY_MS) return;
    if (this.proposedUpdates.size > 64) this.proposedUpdates.clear();
    this.proposedUpdates.set(fingerprint, now);
    this.propose({ type: 'update-region', regions });
  }

  /** Member `nodeId` presented `incarnation` in a handshake (or is this node). */
  noteMemberIncarnation(nodeId: number, incarnation: string): void {
    this.seenIncarnations.set(nodeId, incarnation);
    this.proposeIncarnations();
  }

  tick(now: number): void {
    for (const item of this.requests.expire(now)) this.group.answers.timeout(item.waiter);
    if (now - this.membershipCheckedAt >= MEMBERSHIP_STEP_INTERVAL_MS) {
      this.membershipCheckedAt = now;
      this.takeMembershipStep();
    }
    for (const [proposalId, asked] of this.hostAllocations) {
      if (asked.deadline > now) continue;
      this.hostAllocations.delete(proposalId);
      this.answerHost(asked.host, asked.requestId, 0);
    }
  }

  beforeReady(): void {}

  leadershipLost(): void {
    for (const item of this.requests.takeAll()) this.group.answers.failNotLeader(item.waiter);
  }

  leaving(): void {
    this.leadershipLost();
  }

  applied(entries: readonly AppliedEntry<MetaEntry, MetaOutcome>[]): void {
    const environment = this.group.environment;
    for (const { entry, outcome } of entries) {
      const stamp = entry.command?.stamp;
      if (stamp === undefined || stamp.nodeId !== environment.nodeId || outcome === undefined) continue;
      const asked = this.hostAllocations.get(stamp.proposalId);
      if (asked !== undefined) {
        this.hostAllocations.delete(stamp.proposalId);
        this.answerHost(asked.host, asked.requestId, outcome.ok ? (outcome.firstRegionId ?? 0) : 0);
        continue;
      }
      const pending = this.requests.take(stamp.proposalId);
      if (pending === undefined || entry.command === undefined) continue;
      if (!outcome.ok) {
        this.group.answers.fail(pending.waiter, {
          code: 'INVALID_ARGUMENT',
          message: `${outcome.code}: ${outcome.message}`,
        });
        continue;
      }
      const result = resultOf(entry.command.command, outcome, this.meta.state);
      if (result === undefined) {
        this.group.answers.fail(pending.waiter, { code: 'INTERNAL', message: 'the meta command had no answer' });
      } else {
        this.group.answers.answer(pending.waiter, result);
      }
    }
  }

  /**
   * The leader's next membership step (`nextMembershipStep` in `packages/pd/src/meta-membership.ts`):
   * a meta replica for each member that joined, none for those leaving, and a leaving member
   * removed once it holds no replica of any group. One configuration change at a time.
   */
  private takeMembershipStep(): void {
    if (!this.leadsCurrentState || !this.meta.isBootstrapped) return;
    const status = this.group.raw.status();
    const { confState } = status;
    const learners = confState.learners;
    const step = nextMembershipStep(this.meta.state.members, this.meta.state.regions, {
      voters: confState.voters,
      learners,
      leader: this.group.environment.nodeId,
      caughtUp: learners.filter((nodeId) => learnerCaughtUp(status, nodeId)),
      changing: confState.votersOutgoing.length > 0 || confState.learnersNext.length > 0,
    });
    if (step === undefined) return;
    const log = this.group.environment.log;
    switch (step.type) {
      case 'remove-member':
        if (this.propose({ type: 'remove-member', nodeId: step.nodeId }) !== undefined)
          log.info({ node: step.nodeId }, 'member drained: removing it from the cluster');
        return;
      case 'transfer-leader':
        this.group.raw.transferLeadership(step.to);
        return;
      default:
        try {
          this.group.raw.proposeConfChange({
            transition: ConfChangeTransition.Auto,
            changes: [confChangeOf(step.type, step.nodeId)],
            context: new Uint8Array(0),
          });
          log.info(
            { group: this.group.id, change: step.type, node: step.nodeId },
            'meta group membership change proposed',
          );
        } catch {
          // A change not applied yet: the next look tries again.
        }
    }
  }

  durable(): void {
    this.proposeBootstrap();
    this.proposeIncarnations();
  }

  betweenTurns(): void {}

  readsAppliedStateBetweenTurns(): boolean {
    return false;
  }

  hasReadsInProgress(): boolean {
    return false;
  }

  /** The meta group never quiesces: its leader is the cluster's clock for membership and placement. */
  isIdle(): boolean {
    return false;
  }

  describe(): void {
    // The meta group serves no client load worth reporting.
  }

  /** Whether this node leads and has applied everything committed (its meta state is current). */
  private get leadsCurrentState(): boolean {
    return this.group.isLeader && this.group.appliedIndex >= this.group.commit;
  }

  private proposeIncarnations(): void {
    if (!this.leadsCurrentState || !this.meta.isBootstrapped) return;
    const members = this.meta.state.members;
    const term = this.group.term;
    for (const [nodeId, incarnation] of this.seenIncarnations) {
      const member = members.find((each) => each.nodeId === nodeId);
      if (member === undefined || member.incarnation !== undefined) {
        this.seenIncarnations.delete(nodeId);
        continue;
      }
      if (this.incarnationProposedInTerm.get(nodeId) === term) continue;
      this.incarnationProposedInTerm.set(nodeId, term);
      if (this.propose({ type: 'record-incarnation', nodeId, incarnation }) === undefined) return;
    }
  }

  private proposeBootstrap(): void {
    if (!this.leadsCurrentState || this.meta.isBootstrapped || this.bootstrapProposedInTerm === this.group.term) return;
    this.bootstrapProposedInTerm = this.group.term;
    try {
      this.group.raw.propose(this.bootstrapEntry());
    } catch {
      // Not leader any more; the next leader proposes it.
    }
  }

  /** Proposes a command; its proposal id, or undefined when Raft refused it (not leader any more). */
  private propose(command: MetaCommand): number | undefined {
    const environment = this.group.environment;
    const proposalId = environment.nextProposalId();
    const entry = encodeMetaEntry({
      stamp: { nodeId: environment.nodeId, proposalId, time: environment.now() },
      command,
    });
    try {
      this.group.raw.propose(entry);
      return proposalId;
    } catch {
      return undefined;
    }
  }
}

/** The meta command a client's node-level request asks for; undefined for requests the meta group does not serve. */
function metaCommandOf(request: Request): MetaCommand | undefined {
  const { command } = request;
  switch (command.type) {
    case 'allocateRegionIds':
      return { type: 'allocate-region-ids', count: command.count };
    case 'joinCluster':
      return {
        type: 'join-member',
        member: { nodeId: command.nodeId, peerAddress: command.peerAddress, clientAddress: command.clientAddress },
      };
    case 'removeMember':
      return { type: 'leave-member', nodeId: command.nodeId };
    case 'putUser':
      // The receiving node hashed the password (`auth/password-hash.ts`); only the hash is logged.
      return command.passwordHash === ''
        ? undefined
        : {
            type: 'put-user',
            user: { name: command.name, role: command.role, passwordHash: command.passwordHash },
            create: command.create,
          };
    case 'removeUser':
      return { type: 'remove-user', name: command.name };
    case 'setAuth':
      return { type: 'set-auth', enabled: command.enabled };
    default:
      return undefined;
  }
}

/** What a client's request is answered with once its command applied. */
function resultOf(command: MetaCommand, outcome: MetaOutcome, state: MetaState): Result | undefined {
  switch (command.type) {
    case 'allocate-region-ids':
      return outcome.ok && outcome.firstRegionId !== undefined
        ? { type: 'allocateRegionIds', firstId: outcome.firstRegionId, count: command.count }
        : undefined;
    case 'join-member':
      return { type: 'joinCluster', clusterId: state.clusterId, members: state.members.map(memberInfoOf) };
    case 'leave-member':
      return { type: 'removeMember', members: state.members.map(memberInfoOf) };
    case 'put-user':
    case 'remove-user':
    case 'set-auth':
      return usersResultOf(state);
    default:
      return undefined;
  }
}

/** Every user (never a hash) and the switch: the answer of every user and auth command. */
export function usersResultOf(state: MetaState): Result {
  const { users, authEnabled } = usersOf(state);
  return { type: 'users', users: users.map(({ name, role }) => ({ name, role })), authEnabled };
}

function memberInfoOf(member: Member): ClusterMemberInfo {
  return {
    nodeId: member.nodeId,
    peerAddress: member.peerAddress,
    clientAddress: member.clientAddress,
    state: member.state === 'leaving' ? 'leaving' : 'active',
  };
}
