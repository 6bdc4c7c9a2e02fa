import { type MetaCommand, type MetaOutcome, type MetaState, recordedIncarnations } from '@flintkv/pd';
import type { Request } from '@flintkv/proto';
import type { NodeStore } from '@flintkv/storage';
import type { Logger } from 'pino';
import type { GroupReport } from '../../host-protocol.js';
import type { ApplyBatch, GroupService, GroupStateMachine } from '../group/group-state-machine.js';
import type { RegionGroup } from '../group/region-group.js';
import { decodeMetaEntry, encodeMetaEntry } from '../log-entry-codec.js';
import { META_STATE_KEY, MetaStateMachine } from './meta-state-machine.js';

/** The meta group's id: group 0 on every node. */
export const META_GROUP_ID = 0;

/** The meta group as its group's state machine: the cluster's members and region table. */
export class MetaGroupMachine implements GroupStateMachine<MetaCommand, MetaOutcome> {
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

  decode(data: Uint8Array): MetaCommand {
    return decodeMetaEntry(data).command;
  }

  keysRead(): Uint8Array[] {
    return [];
  }

  apply(command: MetaCommand, batch: ApplyBatch): MetaOutcome {
    const { outcome, record } = this.meta.apply(command);
    batch.write(record);
    if (!outcome.ok) this.log.debug({ group: META_GROUP_ID, outcome }, 'meta command refused');
    return outcome;
  }

  async reload(): Promise<void> {
    const stored = await this.store.kvGet(META_GROUP_ID, META_STATE_KEY);
    this.meta = MetaStateMachine.load(stored ?? null);
  }

  describe(report: GroupReport): void {
    report.memberIncarnations = recordedIncarnations(this.meta.state);
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
export class MetaGroupService implements GroupService<MetaCommand, MetaOutcome> {
  private bootstrapProposedInTerm = -1;
  /** Incarnations members presented in handshakes, until the meta state records them. */
  private readonly seenIncarnations = new Map<number, string>();
  /** The term in which each member's incarnation was last proposed, so a leader proposes it once per term. */
  private readonly incarnationProposedInTerm = new Map<number, number>();

  constructor(
    private readonly group: RegionGroup,
    private readonly meta: MetaGroupMachine,
    /** Builds the bootstrap entry this node proposes if the cluster is not bootstrapped. */
    private readonly bootstrapEntry: () => Uint8Array,
  ) {}

  handleRequest(connection: number, request: Request): void {
    const deadline = this.group.environment.now();
    this.group.answers.fail(
      { connection, requestId: request.requestId, deadline },
      { code: 'INVALID_ARGUMENT', message: 'group 0 serves no client requests' },
    );
  }

  /** Member `nodeId` presented `incarnation` in a handshake (or is this node). */
  noteMemberIncarnation(nodeId: number, incarnation: string): void {
    this.seenIncarnations.set(nodeId, incarnation);
    this.proposeIncarnations();
  }

  tick(): void {}

  beforeReady(): void {}

  leadershipLost(): void {}

  applied(): void {}

  durable(): void {
    this.proposeBootstrap();
    this.proposeIncarnations();
  }

  betweenTurns(): void {}

  hasReadsInProgress(): boolean {
    return false;
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
      if (!this.propose({ type: 'record-incarnation', nodeId, incarnation })) return;
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

  /** Proposes a command; false when Raft refused it (not leader any more: the next leader proposes it). */
  private propose(command: MetaCommand): boolean {
    const environment = this.group.environment;
    const entry = encodeMetaEntry({
      stamp: { nodeId: environment.nodeId, proposalId: environment.nextProposalId(), time: environment.now() },
      command,
    });
    try {
      this.group.raw.propose(entry);
      return true;
    } catch {
      return false;
    }
  }
}
