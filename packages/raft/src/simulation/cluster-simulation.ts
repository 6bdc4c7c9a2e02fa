import {
  type ConfChange,
  type ConfState,
  emptyConfState,
  type Entry,
  type Message,
  MessageType,
} from '@flintkv/proto/raft';
import { isQuiescingHeartbeat, QUIESCE_CONTEXT } from '../quiescing-heartbeat.js';
import { StateRole } from '../ready.js';
import { DriftingClocks } from './drifting-clocks.js';
import { InvariantViolation } from './invariant-violation.js';
import { chooseMembershipChange, describeMembershipChange } from './membership.js';
import { describeMessage, SimulatedNetwork } from './network.js';
import { SeededRandom } from './random.js';
import { raftOf } from '../testing/in-memory-cluster.js';
import { SafetyChecker } from './safety-checker.js';
import type { ScheduledEvent } from './schedule.js';
import {
  describeConfState,
  NodeDisk,
  type NodeEnvironment,
  SimulatedNode,
  type SimulatedRaftOptions,
} from './simulated-node.js';
import { encodePayload, entryIdentity } from './state-machine.js';
import { EventTrace } from './trace.js';

/** Node slots of every simulated cluster: up to five servers, whatever the initial size. */
export const NODE_SLOTS = 5;

/**
 * Ways to break the environment on purpose, to show that the checker notices: `amnesia` wipes
 * a crashed node's disk (log, vote and term); `acknowledge-before-persist` sends
 * acknowledgements and votes before the state they promise is durable; `unbounded-lease`
 * (with lease reads) serves a lease read whenever a node believes it leads, with no time bound
 * and the core told that clocks do not drift.
 */
export type FaultInjection = 'amnesia' | 'acknowledge-before-persist' | 'unbounded-lease';

/** How one seed is run. */
export interface SimulationOptions {
  seed: number;
  /** Initial voters (slots beyond them start empty and may be added later). */
  nodes: 3 | 5;
  /** Steps of the fault phase. */
  steps: number;
  /** Events kept for a failure's trace. */
  traceSize?: number;
  /** Liveness bound, in election timeouts. */
  livenessElectionTimeouts?: number;
  /** Deliberately break the environment to prove the checker fails (see {@link FaultInjection}). */
  faultInjection?: FaultInjection;
  /**
   * Drive each node's ticks by a simulated real-time clock running at a per-node rate within
   * `±clockDrift`, configure the core for lease reads with that drift bound, issue lease reads
   * and check each against the committed log.
   */
  leaseReads?: boolean;
  /** The clock-drift bound of lease reads (fraction of real time); default 0.05. */
  clockDrift?: number;
  /**
   * Idle groups quiesce as the server's do (`packages/server/src/worker/group/quiescence.ts`):
   * a leader quiescible for {@link QUIESCE_AFTER_TICKS} ticks quiesces and stops ticking, its
   * followers stop when its quiescing heartbeat reaches them; a request (proposal, read,
   * transfer, campaign), any message but a heartbeat answer, or the loss of its leader (crashed
   * or cut off) wakes a node.
   */
  quiescence?: boolean;
  /** Replay these fault-phase events instead of drawing them (see {@link ScheduledEvent}). */
  schedule?: readonly ScheduledEvent[];
  /** Keep the fault-phase events performed, in the result (for shrinking). */
  recordSchedule?: boolean;
  /** Count events by kind (first word of each trace event), to see what a run exercised. */
  collectCoverage?: boolean;
}

/** The outcome of one seed. */
export interface SimulationResult {
  seed: number;
  /** Steps taken in both phases. */
  steps: number;
  failure?: SimulationFailure;
  /** Events by kind, when `collectCoverage` was set. */
  coverage?: Map<string, number>;
  /** The fault-phase events performed, when `recordSchedule` was set. */
  schedule?: ScheduledEvent[];
}

/**
 * The broken lease of `--break unbounded-lease`: like etcd's ReadOnlyLeaseBased, a leader serves
 * lease reads at its commit index (once it committed an entry of its term) for as long as it
 * believes it leads, until check-quorum makes it step down: no bound from the time a quorum
 * last acknowledged it.
 */
function unboundedLeaseRead(node: SimulatedNode): number | null {
  const raft = raftOf(node.raw!);
  // Everything the real lease checks but time: leadership, an entry of its term committed, no transfer.
  if (raft.state !== StateRole.Leader || !raft.committedEntryInCurrentTerm() || raft.leadTransferee !== 0) return null;
  return raft.log.committed;
}

/**
 * Whether an alive node believes it leads, read from the core directly: the simulator asks
 * after every step, and a full status() (progress, configuration) per step was a large share
 * of its garbage.
 */
function isLeader(node: SimulatedNode): boolean {
  return raftOf(node.raw!).state === StateRole.Leader;
}

/** Default clock-drift bound of simulated lease reads. */
export const DEFAULT_CLOCK_DRIFT = 0.05;

const IDLE: ScheduledEvent = { kind: 'idle' };

/** Quiet ticks before a quiescible leader quiesces: the server waits 20; here it quiesces at once, so that it happens often. */
const QUIESCE_AFTER_TICKS = 1;
/** Ticks of quiet time a `settle` event lets pass. */
const SETTLE_ROUNDS = 4;
/** A seed that broke an invariant (or a liveness bound, or made the core throw). */
export class SimulationFailure extends Error {
  readonly code = 'FLINT_SIMULATION_VIOLATION';

  constructor(
    readonly seed: number,
    readonly step: number,
    readonly invariant: string,
    readonly detail: string,
    readonly trace: string[],
    readonly configuration: string,
  ) {
    super(`seed ${seed} step ${step}: ${invariant} violated: ${detail}`);
    this.name = 'SimulationFailure';
  }

  /** The failure with its configuration and the trace of the last events. */
  report(): string {
    return [this.message, `config: ${this.configuration}`, 'trace (oldest first):', ...this.trace].join('\n');
  }
}

const PROPOSAL_DROPPED = 'FLINT_PROPOSAL_DROPPED';

function isProposalDropped(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === PROPOSAL_DROPPED;
}

/**
 * A deterministic simulated cluster: a seeded scheduler picks one action per step (tick a
 * node, deliver/drop/duplicate/reorder a message, take or persist a Ready, crash or restart a
 * node, partition or heal the network, propose, read, snapshot, change membership, transfer
 * leadership), and the {@link SafetyChecker} checks every step. Then a liveness phase heals
 * everything and requires progress within a bound.
 */
export class ClusterSimulation implements NodeEnvironment {
  readonly checker = new SafetyChecker();
  readonly acknowledgeBeforePersist: boolean;
  private readonly random: SeededRandom;
  private readonly network = new SimulatedNetwork(NODE_SLOTS);
  private readonly trace: EventTrace;
  private nodes: SimulatedNode[] = [];
  private readonly initialConfState: ConfState;
  private readonly raftOptions: SimulatedRaftOptions;
  private readonly pendingReads = new Map<string, number>();
  private readonly livenessPayloads = new Map<string, number>();
  private step = 0;
  private readonly coverage: Map<string, number> | undefined;
  private proposalCounter = 0;
  private readCounter = 0;
  /** The node last seen leading the highest term seen led (0 = none alive), and that term. */
  private leaderId = 0;
  private leaderTerm = 0;
  /** Highest leader commit index already checked against durable quorums. */
  private leaderCommitChecked = 0;
  /** Probability knobs for this seed's faults. */
  private readonly dropRate: number;
  private readonly crashWeight: number;
  private readonly partitionWeight: number;
  /** Real time and each node's drifting clock, when lease reads are simulated. */
  private readonly clocks: DriftingClocks | undefined;
  /** How often each node started (its randomness derives from this). */
  private readonly starts: number[] = [];
  /** The liveness phase's own randomness (which link delivers next), independent of the schedule. */
  private readonly livenessRandom: SeededRandom;
  /** The events performed in the fault phase, when recording them. */
  private readonly performed: ScheduledEvent[] | undefined;

  constructor(private readonly options: SimulationOptions) {
    this.random = new SeededRandom(options.seed);
    this.livenessRandom = new SeededRandom((options.seed ^ 0x5bd1e995) >>> 0);
    this.performed = options.recordSchedule ? [] : undefined;
    this.acknowledgeBeforePersist = options.faultInjection === 'acknowledge-before-persist';
    this.trace = new EventTrace(options.traceSize ?? 200);
    this.coverage = options.collectCoverage ? new Map() : undefined;
    const random = this.random;
    this.raftOptions = {
      electionTick: random.pick([4, 6, 10]),
      heartbeatTick: random.pick([1, 1, 2]),
      preVote: random.chance(0.5),
      checkQuorum: random.chance(0.5),
      maxSizePerMsg: random.pick([0, 8, 64, 1024 * 1024]),
      maxInflightMsgs: random.pick([1, 2, 4, 256]),
      disableProposalForwarding: random.chance(0.2),
      readOnlyOption: 'safe',
      maxClockDrift: 0,
    };
    if (options.leaseReads) {
      const drift = options.clockDrift ?? DEFAULT_CLOCK_DRIFT;
      this.clocks = new DriftingClocks(drift);
      // Both ways of turning leases on, by seed parity (no draw, so schedules replay unchanged):
      // lease-based reads everywhere, or lease reads beside a safe ReadIndex (as the server runs).
      if (options.seed % 2 === 0) this.raftOptions.readOnlyOption = 'lease-based';
      else this.raftOptions.leaseReads = true;
      // Lease reads need check-quorum. The broken mode tells the core clocks are perfect.
      this.raftOptions.checkQuorum = true;
      this.raftOptions.maxClockDrift = options.faultInjection === 'unbounded-lease' ? 0 : drift;
    }
    this.dropRate = random.pick([0, 0.02, 0.05, 0.15]);
    this.crashWeight = random.pick([0, 0.3, 0.6, 1.2]);
    this.partitionWeight = random.pick([0, 0.4, 0.8, 1.6]);
    const initial: ConfState = { ...emptyConfState(), voters: [] };
    for (let id = 1; id <= options.nodes; id++) initial.voters.push(id);
    this.initialConfState = initial;
    for (let id = 1; id <= NODE_SLOTS; id++) {
      // Every slot starts from the group's genesis (the initial voters as the snapshot at index
      // 0), as a server creating a replica would: a replica with no configuration at all
      // cannot apply a log that begins at index 1 (its first conf change has nothing to change).
      const disk = new NodeDisk(initial);
      const node = new SimulatedNode(id, disk, this.raftOptions, this);
      this.nodes.push(node);
      this.startNode(node);
    }
  }

  /** One line naming this seed's configuration, for reports. */
  describeConfiguration(): string {
    const o = this.raftOptions;
    return (
      `nodes=${this.options.nodes} steps=${this.options.steps} electionTick=${o.electionTick} heartbeatTick=${o.heartbeatTick} ` +
      `preVote=${o.preVote} ` +
      `checkQuorum=${o.checkQuorum} maxSizePerMsg=${o.maxSizePerMsg} maxInflight=${o.maxInflightMsgs} ` +
      `noForwarding=${o.disableProposalForwarding} drop=${this.dropRate} crash=${this.crashWeight} partition=${this.partitionWeight}` +
      (this.clocks === undefined
        ? ''
        : ` leaseReads maxClockDrift=${o.maxClockDrift} clockDrift=${this.options.clockDrift ?? DEFAULT_CLOCK_DRIFT}`)
    );
  }

  /** Runs both phases; never throws — a violation is returned as the result's failure. */
  run(): SimulationResult {
    try {
      const schedule = this.options.schedule;
      const steps = schedule?.length ?? this.options.steps;
      for (let index = 0; index < steps; index++) {
        this.step++;
        const event = schedule === undefined ? this.chooseTimedEvent() : this.replayTimedEvent(schedule[index]!);
        this.performed?.push(event);
        this.perform(event);
      }
      this.livenessPhase();
      this.coverage?.set('committed-index', this.checker.highestCommittedIndex);
      return { seed: this.options.seed, steps: this.step, coverage: this.coverage, schedule: this.performed };
    } catch (error) {
      return {
        seed: this.options.seed,
        steps: this.step,
        failure: this.toFailure(error),
        coverage: this.coverage,
        schedule: this.performed,
      };
    }
  }

  // NodeEnvironment

  send(message: Message): void {
    this.network.send(message);
  }

  record(event: string): void {
    this.trace.record(this.step, event);
    if (this.coverage !== undefined) {
      const space = event.indexOf(' ');
      const kind = space < 0 ? event : event.slice(0, space);
      this.coverage.set(kind, (this.coverage.get(kind) ?? 0) + 1);
    }
  }

  readIssuedAt(context: Uint8Array): number | undefined {
    return this.pendingReads.get(String.fromCharCode(...context));
  }

  applied(_nodeId: number, entry: Entry, identity: string): void {
    if (this.livenessPayloads.has(identity)) {
      const known = this.livenessPayloads.get(identity)!;
      if (known === 0 || entry.index < known) this.livenessPayloads.set(identity, entry.index);
    }
  }

  // The fault phase: choosing events (all randomness) and performing them (none)

  /** Draws the next event from this seed's random stream and the cluster's current state. */
  private chooseEvent(): ScheduledEvent {
    const random = this.random;
    // Only quiescence runs draw this, so every other seed's schedule stays as it was.
    if (this.options.quiescence && random.chance(0.005)) return { kind: 'settle' };
    const roll = random.next() * 100;
    if (roll < 14) return this.clocks === undefined ? this.chooseTick() : this.chooseLeaseReadOrDelivery();
    if (roll < 54) return this.chooseDelivery(random.chance(this.dropRate), random.chance(0.03), random.chance(0.05));
    if (roll < 66)
      return this.nodeEvent(
        'ready',
        this.pickNode((node) => node.pending === undefined && node.raw!.hasReady()),
      );
    if (roll < 78)
      return this.nodeEvent(
        'persist',
        this.pickNode((node) => node.pending !== undefined),
      );
    if (roll < 86) return this.chooseProposal();
    if (roll < 87.5) return this.nodeEvent('read-index', this.pickAlive());
    if (roll < 88.5) {
      const node = this.pickAlive();
      return node === undefined ? IDLE : { kind: 'snapshot', node: node.id, keep: random.pick([0, 0, 2, 10, 50]) };
    }
    if (roll < 89.3) return this.chooseMembershipChange();
    if (roll < 89.6) return this.chooseTransfer();
    if (roll < 89.8) return this.nodeEvent('campaign', this.pickAlive());
    if (roll < 89.8 + this.partitionWeight) return this.chooseNetworkChange();
    if (roll < 89.8 + this.partitionWeight + this.crashWeight) return this.chooseCrashOrRestart();
    return this.chooseDelivery(false, false, false);
  }

  private nodeEvent(
    kind: 'tick' | 'ready' | 'persist' | 'read-index' | 'lease-read' | 'campaign',
    node: SimulatedNode | undefined,
  ): ScheduledEvent {
    return node === undefined ? IDLE : { kind, node: node.id };
  }

  private chooseTick(): ScheduledEvent {
    return this.nodeEvent('tick', this.pickAlive());
  }

  /** With drifting clocks nodes tick by themselves; this slot issues lease reads instead. */
  private chooseLeaseReadOrDelivery(): ScheduledEvent {
    if (!this.random.chance(0.3)) return this.chooseDelivery(false, false, false);
    // Mostly at nodes that believe they lead (stale leaders are the interesting ones).
    const leaders = this.nodes.filter((node) => node.alive && isLeader(node));
    const node = leaders.length > 0 && this.random.chance(0.9) ? this.random.pick(leaders) : this.pickAlive();
    return this.nodeEvent('lease-read', node);
  }

  private chooseDelivery(drop: boolean, duplicate: boolean, reorder: boolean): ScheduledEvent {
    const link = this.network.pickLink(this.random);
    if (link === undefined) return IDLE;
    const [from, to] = link;
    const position = reorder ? this.random.integer(this.network.linkLength(from, to)) : 0;
    return { kind: 'deliver', from, to, position, drop, duplicate, reportUnreachable: this.random.chance(0.3) };
  }

  private chooseProposal(): ScheduledEvent {
    const node = this.random.chance(0.6) ? (this.aliveLeader() ?? this.pickAlive()) : this.pickAlive();
    if (node === undefined) return IDLE;
    const count = this.random.chance(0.2) ? 1 + this.random.integer(8) : 1;
    return { kind: 'propose', node: node.id, count };
  }

  private chooseMembershipChange(): ScheduledEvent {
    const leader = this.aliveLeader();
    const node = leader !== undefined && this.random.chance(0.85) ? leader : this.pickAlive();
    if (node === undefined) return IDLE;
    const change = chooseMembershipChange(node.status().confState, NODE_SLOTS, this.random);
    return change === undefined ? IDLE : { kind: 'conf-change', node: node.id, change };
  }

  private chooseTransfer(): ScheduledEvent {
    const leader = this.aliveLeader();
    if (leader === undefined) return IDLE;
    const voters = leader.status().confState.voters.filter((id) => id !== leader.id);
    if (voters.length === 0) return IDLE;
    return { kind: 'transfer', node: leader.id, target: this.random.pick(voters) };
  }

  private chooseNetworkChange(): ScheduledEvent {
    const random = this.random;
    const roll = random.next();
    if ((roll < 0.4 || this.network.partitioned) && random.chance(0.6)) return { kind: 'heal' };
    if (roll < 0.55) return { kind: 'isolate', node: random.integer(NODE_SLOTS) + 1 };
    if (roll < 0.7) {
      const leader = this.aliveLeader();
      return leader === undefined ? IDLE : { kind: 'isolate', node: leader.id };
    }
    if (roll < 0.85) {
      const ids = [1, 2, 3, 4, 5];
      for (let index = ids.length - 1; index > 0; index--) {
        const other = random.integer(index + 1);
        [ids[index], ids[other]] = [ids[other]!, ids[index]!];
      }
      const minoritySize = random.pick([1, 2]);
      return { kind: 'split', minority: ids.slice(0, minoritySize), majority: ids.slice(minoritySize) };
    }
    const from = random.integer(NODE_SLOTS) + 1;
    if (random.chance(0.5)) return { kind: 'block', from, to: [random.integer(NODE_SLOTS) + 1] };
    return { kind: 'block', from, to: [1, 2, 3, 4, 5] };
  }

  private chooseCrashOrRestart(): ScheduledEvent {
    const crashed = this.nodes.filter((node) => !node.alive);
    if (crashed.length > 0 && (crashed.length >= 2 || this.random.chance(0.6))) {
      return { kind: 'restart', node: this.random.pick(crashed).id };
    }
    const victim = this.random.chance(0.3) ? (this.aliveLeader() ?? this.pickAlive()) : this.pickAlive();
    if (victim === undefined) return IDLE;
    const afterPersist = victim.pending !== undefined && this.random.chance(0.3);
    return { kind: 'crash', node: victim.id, afterPersist, applied: afterPersist && this.random.chance(0.5) };
  }

  /** A random alive node that satisfies `wanted`, if any. */
  private pickNode(wanted: (node: SimulatedNode) => boolean): SimulatedNode | undefined {
    const matching = this.nodes.filter((node) => node.alive && wanted(node));
    return matching.length === 0 ? undefined : this.random.pick(matching);
  }

  private pickAlive(): SimulatedNode | undefined {
    const alive = this.nodes.filter((node) => node.alive);
    return alive.length === 0 ? undefined : this.random.pick(alive);
  }

  /** The node of an event, if it is up. */
  private aliveNode(id: number): SimulatedNode | undefined {
    const node = this.nodes[id - 1]!;
    return node.alive ? node : undefined;
  }

  /** Performs one event; an event that no longer applies (node down, link empty) does nothing. */
  private perform(event: ScheduledEvent): void {
    switch (event.kind) {
      case 'tick':
        this.tickNode(this.aliveNode(event.node));
        return;
      case 'deliver':
        this.deliver(event.from, event.to, event.position, event.drop, event.duplicate, event.reportUnreachable);
        return;
      case 'ready': {
        // Choosing this event asked every idle node hasReady(), which also sends the proposals
        // batched this turn; a replay asks them too, so those messages leave at the same step.
        for (const candidate of this.nodes)
          if (candidate.alive && candidate.pending === undefined) candidate.raw!.hasReady();
        const node = this.aliveNode(event.node);
        if (node !== undefined && node.pending === undefined && node.collectReady()) this.observe(node);
        return;
      }
      case 'persist': {
        const node = this.aliveNode(event.node);
        if (node?.persistReady()) this.observe(node);
        return;
      }
      case 'propose':
        this.propose(this.aliveNode(event.node), event.count);
        return;
      case 'read-index':
        this.readIndex(this.aliveNode(event.node));
        return;
      case 'lease-read':
        this.leaseRead(this.aliveNode(event.node));
        return;
      case 'snapshot': {
        const recorded = this.aliveNode(event.node)?.snapshotAndCompact(event.keep);
        if (recorded !== undefined) this.record(recorded);
        return;
      }
      case 'conf-change':
        this.proposeConfChange(this.aliveNode(event.node), event.change);
        return;
      case 'transfer': {
        const node = this.aliveNode(event.node);
        if (node === undefined) return;
        this.record(`transfer-leadership n${node.id} -> ${event.target}`);
        this.wake(node, 'a request');
        node.raw!.transferLeadership(event.target);
        this.observe(node);
        return;
      }
      case 'settle':
        this.settle();
        return;
      case 'campaign': {
        const node = this.aliveNode(event.node);
        if (node === undefined) return;
        this.record(`campaign n${node.id}`);
        this.wake(node, 'a request');
        node.raw!.campaign();
        this.observe(node);
        return;
      }
      case 'heal':
        this.network.healAll();
        this.record('network heal all');
        return;
      case 'isolate':
        this.network.isolate(event.node);
        this.record(`network isolate n${event.node}${event.node === this.leaderId ? ' (leader)' : ''}`);
        return;
      case 'split':
        this.network.split(event.minority, event.majority);
        this.record(`network split {${event.minority}} | {${event.majority}}`);
        return;
      case 'block':
        for (const to of event.to) this.network.block(event.from, to);
        this.record(`network one-way block ${event.from}->{${event.to}}`);
        return;
      case 'crash':
        this.crash(event);
        return;
      case 'restart': {
        const node = this.nodes[event.node - 1]!;
        if (!node.alive) this.restart(node);
        return;
      }
      case 'idle':
        return;
    }
  }

  private tickNode(node: SimulatedNode | undefined): void {
    if (node === undefined) return;
    if (this.options.quiescence) {
      if (node.asleep && !this.leaderLost(node)) return;
      this.wake(node, 'its leader is gone');
      if (this.quiesceIfIdle(node)) return;
    }
    node.raw!.tick();
    this.observe(node);
  }

  /**
   * Quiet time: everything in flight is delivered and {@link SETTLE_ROUNDS} ticks pass (by the
   * drifting clocks, when they run) with no new request, so idle leaders quiesce.
   */
  private settle(): void {
    this.record('settle');
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      this.stabilize();
      if (this.clocks !== undefined) this.advanceClocks(this.clocks, this.clocks.now + 1);
      else for (const node of this.nodes) if (node.alive) this.tickNode(node);
    }
    this.stabilize();
  }

  /** A sleeping node's leader crashed or is cut off from it: the server's peer liveness wakes it. */
  private leaderLost(node: SimulatedNode): boolean {
    const leader = node.raw!.status().softState.leader;
    if (leader === 0 || leader === node.id) return false;
    const leaderNode = this.nodes[leader - 1];
    return (
      leaderNode === undefined ||
      !leaderNode.alive ||
      this.network.isBlocked(leader, node.id) ||
      this.network.isBlocked(node.id, leader)
    );
  }

  /** A leader quiescible for a run of ticks quiesces instead of ticking (as a server's does). */
  private quiesceIfIdle(node: SimulatedNode): boolean {
    node.quietTicks = node.raw!.quiescible() ? node.quietTicks + 1 : 0;
    if (node.quietTicks < QUIESCE_AFTER_TICKS || !node.raw!.quiesce(QUIESCE_CONTEXT)) return false;
    node.asleep = true;
    node.quietTicks = 0;
    this.record(`quiesce n${node.id}`);
    this.observe(node);
    return true;
  }

  private wake(node: SimulatedNode, why: string): void {
    if (!node.asleep) return;
    node.asleep = false;
    this.record(`wake n${node.id}: ${why}`);
  }

  /**
   * Draws the next event. With drifting clocks a step of real time passes first (nodes tick
   * as their clocks say), so the event is chosen in the state it is performed in, and it is
   * stamped with its real time: a shrunk schedule keeps every remaining event at its time.
   */
  private chooseTimedEvent(): ScheduledEvent {
    const clocks = this.clocks;
    if (clocks === undefined) return this.chooseEvent();
    this.advanceClocks(clocks, clocks.now + DriftingClocks.STEP_REAL_TIME);
    return { ...this.chooseEvent(), at: clocks.now };
  }

  private replayTimedEvent(event: ScheduledEvent): ScheduledEvent {
    const clocks = this.clocks;
    if (clocks !== undefined) this.advanceClocks(clocks, event.at ?? clocks.now + DriftingClocks.STEP_REAL_TIME);
    return event;
  }

  /** Real time moves to `time`; every node ticks as often as its clock passed a tick. */
  private advanceClocks(clocks: DriftingClocks, time: number): void {
    clocks.advanceTo(time);
    for (const node of this.nodes) {
      if (!node.alive) continue;
      for (let due = clocks.ticksDue(node.id); due > 0 && node.alive; due--) this.tickNode(node);
    }
  }

  /** Delivers (or drops, duplicates, reorders) one message of a link. */
  private deliver(
    from: number,
    to: number,
    position: number,
    drop: boolean,
    duplicate: boolean,
    reportUnreachable: boolean,
  ): void {
    const length = this.network.linkLength(from, to);
    if (length === 0) return;
    const message = this.network.take(from, to, Math.min(position, length - 1))!;
    const target = this.nodes[to - 1]!;
    if (drop || this.network.isBlocked(from, to) || !target.alive) {
      this.record(`drop ${describeMessage(message)}${target.alive ? '' : ' (target down)'}`);
      this.reportLoss(message, reportUnreachable);
      return;
    }
    if (duplicate) this.network.send(message);
    this.record(
      `${duplicate ? 'deliver+dup' : position > 0 ? 'deliver-reordered' : 'deliver'} ${describeMessage(message)}`,
    );
    this.stepNode(target, message);
    if (message.type === MessageType.Snapshot) {
      const sender = this.nodes[from - 1]!;
      if (sender.alive) sender.raw!.reportSnapshot(to, true);
    }
  }

  /** The transport tells the sender what it knows of a lost message. */
  private reportLoss(message: Message, reportUnreachable: boolean): void {
    const sender = this.nodes[message.from - 1]!;
    if (!sender.alive) return;
    if (message.type === MessageType.Snapshot) sender.raw!.reportSnapshot(message.to, false);
    else if (reportUnreachable) sender.raw!.reportUnreachable(message.to);
    this.observe(sender);
  }

  private stepNode(node: SimulatedNode, message: Message): void {
    const quiescing = isQuiescingHeartbeat(message);
    if (this.options.quiescence && message.type !== MessageType.HeartbeatResponse && !quiescing) {
      this.wake(node, describeMessage(message));
    }
    try {
      node.raw!.step(message);
    } catch (error) {
      if (!isProposalDropped(error)) throw error;
    }
    if (this.options.quiescence && quiescing && !node.asleep) {
      const { softState, hardState } = node.raw!.status();
      if (
        softState.role === StateRole.Follower &&
        softState.leader === message.from &&
        hardState.term === message.term
      ) {
        node.asleep = true;
        this.record(`quiesce n${node.id} (follows n${message.from})`);
      }
    }
    this.observe(node);
  }

  private propose(node: SimulatedNode | undefined, count: number): void {
    if (node === undefined) return;
    this.wake(node, 'a request');
    for (let index = 0; index < count; index++) {
      const label = `v${++this.proposalCounter}`;
      try {
        node.raw!.propose(encodePayload(label));
        this.record(`propose n${node.id} ${label}`);
      } catch (error) {
        if (!isProposalDropped(error)) throw error;
        this.record(`propose n${node.id} ${label} dropped: ${(error as Error).message}`);
      }
    }
    this.observe(node);
  }

  private readIndex(node: SimulatedNode | undefined): void {
    if (node === undefined) return;
    this.wake(node, 'a request');
    const label = `r${++this.readCounter}`;
    this.pendingReads.set(label, this.checker.highestCommittedIndex);
    try {
      node.raw!.readIndex(encodePayload(label));
      this.record(`read-index n${node.id} ${label} (committed ${this.checker.highestCommittedIndex})`);
    } catch (error) {
      if (!isProposalDropped(error)) throw error;
    }
    this.observe(node);
  }

  /** A lease read is served at once at the index the leader names: it must cover everything committed. */
  private leaseRead(node: SimulatedNode | undefined): void {
    if (node === undefined) return;
    this.wake(node, 'a request');
    const index = this.options.faultInjection === 'unbounded-lease' ? unboundedLeaseRead(node) : node.raw!.leaseRead();
    const committed = this.checker.highestCommittedIndex;
    if (index === null) {
      this.record(`lease-read n${node.id} refused (no lease)`);
      return;
    }
    this.record(`lease-read n${node.id} index ${index} (committed ${committed})`);
    this.checker.observeLeaseRead(node.id, index, committed);
  }

  private proposeConfChange(node: SimulatedNode | undefined, change: ConfChange): void {
    if (node === undefined) return;
    this.wake(node, 'a request');
    try {
      node.raw!.proposeConfChange(change);
      this.record(`propose-conf n${node.id} ${describeMembershipChange(change)}`);
    } catch (error) {
      if (!isProposalDropped(error)) throw error;
      this.record(`propose-conf n${node.id} ${describeMembershipChange(change)} dropped`);
    }
    this.observe(node);
  }

  private crash(event: { node: number; afterPersist: boolean; applied: boolean }): void {
    const victim = this.aliveNode(event.node);
    if (victim === undefined) return;
    const lost =
      event.afterPersist && victim.pending !== undefined ? victim.crashAfterPersist(event.applied) : victim.crash();
    if (victim.id === this.leaderId) this.leaderId = 0;
    this.record(`CRASH n${victim.id}: ${lost}`);
    if (this.options.faultInjection === 'amnesia') {
      const disk = new NodeDisk(this.initialConfState);
      this.nodes = this.nodes.map((node) =>
        node === victim ? new SimulatedNode(victim.id, disk, this.raftOptions, this) : node,
      );
      this.checker.forgetDurableState(victim.id);
      this.record(`AMNESIA n${victim.id}: disk wiped`);
    }
  }

  /**
   * (Re)starts a node. Its randomness (election timeouts, clock rate) comes from the seed, the
   * node and how often it started, not from the scheduler's stream: a shrunk schedule that
   * drops events still gives every start the same randomness.
   */
  private startNode(node: SimulatedNode): void {
    const starts = (this.starts[node.id] ?? 0) + 1;
    this.starts[node.id] = starts;
    const random = new SeededRandom(
      (this.options.seed ^ Math.imul(node.id, 0x9e3779b1) ^ Math.imul(starts, 0x85ebca6b)) >>> 0,
    );
    this.clocks?.start(node.id, random);
    node.start(random);
  }

  private restart(node: SimulatedNode): void {
    this.startNode(node);
    this.record(
      `RESTART n${node.id} applied=${node.disk.appliedIndex} ${describeConfState(node.disk.confState)} ` +
        `log[${node.disk.storage.firstIndex()}..${node.disk.storage.lastIndex()}]` +
        (this.clocks === undefined ? '' : ` clock rate ${this.clocks.rateOf(node.id).toFixed(3)}`),
    );
    this.observe(node);
  }

  /** The alive node that believes it is leader of the highest term, if any. */
  private aliveLeader(): SimulatedNode | undefined {
    if (this.leaderId === 0) return undefined;
    const node = this.nodes[this.leaderId - 1]!;
    if (!node.alive) return undefined;
    return isLeader(node) ? node : undefined;
  }

  /** Checks what one node now claims (Election Safety, quorum overlap) after it was touched. */
  private observe(node: SimulatedNode): void {
    if (!node.alive) return;
    if (!isLeader(node)) {
      if (node.id === this.leaderId) this.leaderId = 0;
      return;
    }
    const status = node.status();
    const term = status.hardState.term;
    if (term >= this.leaderTerm && (this.leaderId !== node.id || this.leaderTerm !== term)) {
      this.record(`LEADER n${node.id} term ${term} ${describeConfState(status.confState)}`);
      this.leaderId = node.id;
      this.leaderTerm = term;
    }
    this.checker.observeLeader(node.id, term, status.confState);
    if (status.hardState.commit > this.leaderCommitChecked) {
      this.leaderCommitChecked = status.hardState.commit;
      this.checkCommitDurableOnQuorum(node.id, status.hardState.commit, status.confState);
    }
  }

  /**
   * Raft's definition of committed: a leader may only advance its commit index to an entry
   * that a quorum of its configuration has made durable (a node whose snapshot covers the
   * index counts). Counting the leader's own unpersisted entry would let a crash lose it.
   */
  private checkCommitDurableOnQuorum(leaderId: number, commit: number, confState: ConfState): void {
    const holdersByTerm = new Map<number, Set<number>>();
    const coveredBySnapshot = new Set<number>();
    for (const id of new Set([...confState.voters, ...confState.votersOutgoing])) {
      const storage = this.nodes[id - 1]!.disk.storage;
      if (commit < storage.firstIndex()) coveredBySnapshot.add(id);
      else if (commit <= storage.lastIndex()) {
        const term = storage.term(commit);
        const holders = holdersByTerm.get(term) ?? new Set<number>();
        holders.add(id);
        holdersByTerm.set(term, holders);
      }
    }
    const hasMajority = (voters: readonly number[], holders: Set<number>) =>
      voters.filter((id) => holders.has(id) || coveredBySnapshot.has(id)).length > voters.length / 2;
    for (const holders of [...holdersByTerm.values(), new Set<number>()]) {
      if (
        hasMajority(confState.voters, holders) &&
        (confState.votersOutgoing.length === 0 || hasMajority(confState.votersOutgoing, holders))
      ) {
        const holder = holders.values().next();
        if (!holder.done) {
          // The ledger learns the entry now, not only when some node persists its commit index.
          const entry = this.nodes[holder.value - 1]!.disk.storage.entries(commit, commit + 1)[0]!;
          this.checker.observeCommitted(
            leaderId,
            commit,
            { term: entry.term, identity: entryIdentity(entry) },
            'committed',
          );
        }
        return;
      }
    }
    const where = [...holdersByTerm.entries()].map(([term, holders]) => `term ${term} on {${[...holders]}}`);
    throw new InvariantViolation(
      'Commit Durable On Quorum',
      `leader ${leaderId} advanced commit to ${commit}, but that entry is durable only as ${where.join(', ') || 'nowhere'}` +
        ` (snapshots cover it on {${[...coveredBySnapshot]}}) in ${describeConfState(confState)}`,
    );
  }

  // The liveness phase

  /**
   * Faults stop: heal the network, restart every crashed node, deliver everything reliably.
   * A leader must emerge and new proposals must be applied by every voter within the bound.
   */
  private livenessPhase(): void {
    this.record('=== liveness phase: heal, restart, deliver reliably ===');
    this.network.healAll();
    // The liveness phase's proposals are requests: every node gets one (as a client retrying would).
    for (const node of this.nodes) this.wake(node, 'the liveness phase');
    for (const node of this.nodes) if (!node.alive) this.restart(node);
    const electionTimeouts = this.options.livenessElectionTimeouts ?? 20;
    const maxRounds = electionTimeouts * this.raftOptions.electionTick;
    const labels = ['live1', 'live2', 'live3'].map((suffix) => `${suffix}-${this.options.seed}`);
    for (const label of labels) this.livenessPayloads.set(label, 0);
    for (let round = 0; round < maxRounds; round++) {
      for (const node of this.nodes) {
        if (!node.alive) continue;
        this.step++;
        this.tickNode(node);
      }
      this.stabilize();
      const leader = this.aliveLeader();
      if (leader === undefined) continue;
      const confState = leader.status().confState;
      const members = new Set([...confState.voters, ...confState.votersOutgoing, ...confState.learners]);
      // Servers removed from the configuration are shut down, as an operator would (and
      // started again should a pending change add them back).
      for (const node of this.nodes) {
        if (node.alive && !members.has(node.id)) {
          node.crash();
          this.record(`shut down n${node.id}: not in ${describeConfState(confState)}`);
        } else if (!node.alive && members.has(node.id)) {
          this.restart(node);
        }
      }
      for (const label of labels) {
        if (this.livenessPayloads.get(label) !== 0) continue;
        try {
          leader.raw!.propose(encodePayload(label));
          this.record(`propose n${leader.id} ${label}`);
        } catch (error) {
          if (!isProposalDropped(error)) throw error;
        }
      }
      this.stabilize();
      if (this.livenessReached(confState)) return;
    }
    const leader = this.aliveLeader();
    throw new InvariantViolation(
      'Liveness',
      `after ${electionTimeouts} election timeouts of healed network: leader ${leader?.id ?? 'none'}, ` +
        `payload indexes ${[...this.livenessPayloads.values()].join(',')}, applied ${this.nodes
          .map((node) => `n${node.id}=${node.alive ? node.disk.appliedIndex : 'down'}`)
          .join(' ')}`,
    );
  }

  private livenessReached(confState: ConfState): boolean {
    let highest = 0;
    for (const index of this.livenessPayloads.values()) {
      if (index === 0) return false;
      highest = Math.max(highest, index);
    }
    for (const id of new Set([...confState.voters, ...confState.votersOutgoing])) {
      const node = this.nodes[id - 1]!;
      if (!node.alive || node.disk.appliedIndex < highest) return false;
    }
    return true;
  }

  /** Delivers every message and handles every Ready until the cluster is quiet (bounded). */
  private stabilize(): void {
    for (let pass = 0; pass < 200; pass++) {
      let progressed = false;
      for (const node of this.nodes) {
        if (!node.alive) continue;
        if (node.pending === undefined) {
          this.step++;
          if (node.collectReady()) this.observe(node);
        }
        if (node.pending !== undefined) {
          this.step++;
          node.persistReady();
          this.observe(node);
          progressed = true;
        }
      }
      while (this.network.size > 0) {
        this.step++;
        const [from, to] = this.network.pickLink(this.livenessRandom)!;
        this.deliver(from, to, 0, false, false, false);
        progressed = true;
      }
      if (!progressed) return;
    }
  }

  private toFailure(error: unknown): SimulationFailure {
    const configuration = this.describeConfiguration();
    if (error instanceof InvariantViolation) {
      return new SimulationFailure(
        this.options.seed,
        this.step,
        error.invariant,
        error.detail,
        this.trace.lines(),
        configuration,
      );
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    return new SimulationFailure(
      this.options.seed,
      this.step,
      'Core Exception',
      detail,
      this.trace.lines(),
      configuration,
    );
  }
}

/** Runs one seed. Deterministic: the same options give the same result. */
export function runSimulation(options: SimulationOptions): SimulationResult {
  return new ClusterSimulation(options).run();
}
