import {
  type ConfState,
  decodeConfChange,
  type Entry,
  EntryType,
  type Message,
  MessageType,
} from '@flintkv/proto/raft';
import { MemoryStorage } from '../memory-storage.js';
import { bcastHeartbeat } from '../replication.js';
import type { RaftConfig } from '../raft.js';
import { RawNode } from '../raw-node.js';
import type { ReadState } from '../ready.js';

/** Options for every node of an {@link InMemoryCluster} (id, storage and random are provided). */
export type ClusterNodeOptions = Partial<Omit<RaftConfig, 'id' | 'storage'>>;

/** One member of an in-memory cluster: its node, durable storage and applied state. */
export interface ClusterMember {
  id: number;
  node: RawNode;
  storage: MemoryStorage;
  /** Normal entries with data, in applied order. */
  applied: Entry[];
  readStates: ReadState[];
  confState: ConfState;
  /** Every configuration this member applied, in order. */
  confHistory: ConfState[];
}

/** A deterministic pseudo-random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synchronous in-memory Raft cluster for unit tests: performs each node's Ready exactly as an
 * application must (send before-persist messages, persist, send the rest, apply, advance) and
 * delivers messages from a FIFO queue, with optional drops between pairs of nodes.
 */
export class InMemoryCluster {
  readonly members = new Map<number, ClusterMember>();
  queue: Message[] = [];
  private readonly cut = new Set<string>();
  /** Called for every message before delivery; return false to drop it. */
  filter: (message: Message) => boolean = () => true;

  constructor(
    voters: number[],
    private readonly options: ClusterNodeOptions = {},
    private readonly seed = 1,
    learners: number[] = [],
  ) {
    for (const id of [...voters, ...learners]) {
      this.add(
        id,
        new MemoryStorage({
          confState: { voters, learners, votersOutgoing: [], learnersNext: [], autoLeave: false },
        }),
      );
    }
  }

  /** Starts (or restarts) node `id` on `storage`. */
  add(id: number, storage: MemoryStorage, overrides: ClusterNodeOptions = {}): ClusterMember {
    const node = new RawNode({
      electionTick: 10,
      heartbeatTick: 1,
      random: seededRandom(this.seed * 1000 + id),
      ...this.options,
      ...overrides,
      id,
      storage,
    });
    const member: ClusterMember = {
      id,
      node,
      storage,
      applied: [],
      readStates: [],
      confState: storage.initialState().confState,
      confHistory: [],
    };
    this.members.set(id, member);
    return member;
  }

  member(id: number): ClusterMember {
    const member = this.members.get(id);
    if (member === undefined) throw new Error(`no member ${id}`);
    return member;
  }

  node(id: number): RawNode {
    return this.member(id).node;
  }

  /** Drops every message between `a` and `b` (both directions). */
  partition(a: number, b: number): void {
    this.cut.add(`${a}-${b}`);
    this.cut.add(`${b}-${a}`);
  }

  /** Drops messages from `from` to `to` only. */
  cutOneWay(from: number, to: number): void {
    this.cut.add(`${from}-${to}`);
  }

  isolate(id: number): void {
    for (const other of this.members.keys()) if (other !== id) this.partition(id, other);
  }

  heal(): void {
    this.cut.clear();
  }

  /** Performs every pending Ready of `id`. */
  processReady(id: number): void {
    const member = this.member(id);
    while (member.node.hasReady()) {
      const ready = member.node.ready();
      this.queue.push(...ready.messagesBeforePersist);
      if (ready.snapshot !== undefined) {
        member.storage.applySnapshot(ready.snapshot);
        member.confState = ready.snapshot.metadata.confState;
      }
      member.storage.append(ready.entries);
      if (ready.hardState !== undefined) member.storage.setHardState(ready.hardState);
      this.queue.push(...ready.messagesAfterPersist);
      for (const entry of ready.committedEntries) {
        if (entry.type === EntryType.ConfChange) {
          member.confState = member.node.applyConfChange(decodeConfChange(entry.data));
          member.confHistory.push(member.confState);
        } else if (entry.data.length > 0) {
          member.applied.push(entry);
        }
      }
      member.readStates.push(...ready.readStates);
      member.node.advance(ready);
    }
  }

  /** Delivers one queued message (dropping it if cut or filtered). Returns false when the queue is empty. */
  deliverOne(): boolean {
    const message = this.queue.shift();
    if (message === undefined) return false;
    const target = this.members.get(message.to);
    if (target === undefined || this.cut.has(`${message.from}-${message.to}`) || !this.filter(message)) return true;
    target.node.step(message);
    return true;
  }

  /**
   * Processes readies and delivers messages until nothing moves. A leader does not send an
   * Append only to announce a new commit index; its followers learn it from the next heartbeat.
   * So once the network is quiet, a leader whose followers lag its commit index heartbeats once
   * (as the next heartbeat tick would), without moving any clock.
   */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      for (const id of this.members.keys()) this.processReady(id);
      if (this.queue.length === 0 && !this.heartbeatLaggingFollowers()) return;
      while (this.deliverOne()) {
        // Deliver everything queued this round.
      }
    }
    throw new Error('cluster did not stabilize');
  }

  /** Lets each leader heartbeat when a follower it reaches is behind the commit index it could know. */
  private heartbeatLaggingFollowers(): boolean {
    let sent = false;
    for (const member of this.members.values()) {
      const raft = raftOf(member.node);
      if (member.node.status().softState.role !== 3) continue;
      let lagging = false;
      raft.tracker.visit((id, progress) => {
        const follower = this.members.get(id);
        if (id === member.id || follower === undefined || this.cut.has(`${member.id}-${id}`)) return;
        const known = follower.node.status().hardState.commit;
        if (known < Math.min(progress.match, raft.log.committed)) lagging = true;
      });
      if (!lagging) continue;
      bcastHeartbeat(raft);
      this.processReady(member.id);
      sent = true;
    }
    return sent;
  }

  tick(id: number, times = 1): void {
    for (let i = 0; i < times; i++) this.node(id).tick();
  }

  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const member of this.members.values()) member.node.tick();
      this.stabilize();
    }
  }

  /** Makes `id` campaign and runs the election to completion. */
  elect(id: number): void {
    this.node(id).campaign();
    this.stabilize();
  }

  leaderId(): number | undefined {
    let leader: number | undefined;
    for (const member of this.members.values()) {
      if (member.node.status().softState.role === 3) leader = member.id;
    }
    return leader;
  }

  /** Kills `id`: everything not in its storage is lost; returns the storage for a restart. */
  crash(id: number): MemoryStorage {
    const member = this.member(id);
    this.members.delete(id);
    this.queue = this.queue.filter((message) => message.to !== id && message.from !== id);
    return member.storage;
  }

  /** Restarts a crashed node from its storage (its state machine replays from the log). */
  restart(id: number, storage: MemoryStorage, overrides: ClusterNodeOptions = {}): ClusterMember {
    return this.add(id, storage, overrides);
  }

  /** The applied data of `id` as strings. */
  appliedData(id: number): string[] {
    const decoder = new TextDecoder();
    return this.member(id).applied.map((entry) => decoder.decode(entry.data));
  }
}

export const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);
export { MessageType };

/** White-box access to a node's core, for tests that check internal state. */
export function raftOf(node: RawNode): import('../raft.js').Raft {
  return (node as unknown as { raft: import('../raft.js').Raft }).raft;
}
