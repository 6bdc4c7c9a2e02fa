import {
  type ConfState,
  decodeConfChange,
  type Entry,
  EntryType,
  emptyConfState,
  type HardState,
  type Message,
  type Snapshot,
  cloneConfState,
} from '@flintkv/proto/raft';
import { MemoryStorage, RawNode, type RaftStatus } from '../index.js';
import type { Ready } from '../ready.js';
import type { InitialState, RaftStorage } from '../storage.js';
import { InvariantViolation } from './invariant-violation.js';
import type { SeededRandom } from './random.js';
import type { SafetyChecker } from './safety-checker.js';
import { chainHash, decodeStateMachine, encodeStateMachine, entryIdentity } from './state-machine.js';

/** Raft options the simulator varies per seed. */
export interface SimulatedRaftOptions {
  electionTick: number;
  heartbeatTick: number;
  preVote: boolean;
  checkQuorum: boolean;
  maxSizePerMsg: number;
  maxInflightMsgs: number;
  disableProposalForwarding: boolean;
  readOnlyOption: 'safe' | 'lease-based';
  /** Lease reads with ReadIndex kept safe (the server's configuration), rather than implied by `lease-based`. */
  leaseReads?: boolean;
  /** The drift bound the core's lease assumes. */
  maxClockDrift: number;
}

/** What a node needs from the simulation around it. */
export interface NodeEnvironment {
  readonly checker: SafetyChecker;
  send(message: Message): void;
  record(event: string): void;
  /** The committed index at the time the read with this context was issued, if it is ours. */
  readIssuedAt(context: Uint8Array): number | undefined;
  /** Fault injection: send after-persist messages (acks, votes) before persisting. */
  readonly acknowledgeBeforePersist: boolean;
  /** A node applied a normal entry (used by the liveness phase). */
  applied(nodeId: number, entry: Entry, identity: string): void;
}

/**
 * Everything of a node that survives a crash: its Raft storage, and the application state
 * that a real server writes atomically with each apply (state-machine image, applied index,
 * the configuration as of that index).
 */
export class NodeDisk {
  readonly storage: MemoryStorage;
  appliedIndex = 0;
  stateHash = 0;
  confState: ConfState;
  durableCommit = 0;

  constructor(initialConfState: ConfState | undefined) {
    this.storage =
      initialConfState === undefined ? new MemoryStorage() : new MemoryStorage({ confState: initialConfState });
    this.confState = initialConfState ?? emptyConfState();
  }
}

/**
 * The storage a restarted node reads: MemoryStorage for the log, but the configuration as of
 * the durable applied index (a real server stores it with the applied index), so that
 * changes applied after the last snapshot are not forgotten.
 */
class ApplicationStorage implements RaftStorage {
  constructor(private readonly disk: NodeDisk) {}
  initialState(): InitialState {
    const state = this.disk.storage.initialState();
    return { hardState: state.hardState, confState: cloneConfState(this.disk.confState) };
  }
  entries(lo: number, hi: number, maxBytes?: number): Entry[] {
    return this.disk.storage.entries(lo, hi, maxBytes);
  }
  term(index: number): number {
    return this.disk.storage.term(index);
  }
  firstIndex(): number {
    return this.disk.storage.firstIndex();
  }
  lastIndex(): number {
    return this.disk.storage.lastIndex();
  }
  snapshot(): Snapshot {
    return this.disk.storage.snapshot();
  }
}

function describeHardState(hardState: HardState): string {
  return `hs(t${hardState.term} v${hardState.vote} c${hardState.commit})`;
}

/**
 * One simulated server: a RawNode over its durable disk, run the way the Ready contract says,
 * with persistence as a separate step so that a crash can fall between "Ready taken" and
 * "Ready persisted" and lose what was not yet durable.
 */
export class SimulatedNode {
  raw: RawNode | undefined;
  /** A Ready whose before-persist messages went out but which is not yet durable. */
  pending: Ready | undefined;
  /** Quiesced: not ticked (see `SimulationOptions.quiescence`). */
  asleep = false;
  /** Ticks in a row this node (a leader) was quiescible. */
  quietTicks = 0;
  private readonly storageView: ApplicationStorage;

  constructor(
    readonly id: number,
    readonly disk: NodeDisk,
    private readonly options: SimulatedRaftOptions,
    private readonly environment: NodeEnvironment,
  ) {
    this.storageView = new ApplicationStorage(disk);
  }

  get alive(): boolean {
    return this.raw !== undefined;
  }

  /** Starts (or restarts) the node on its durable disk. */
  start(random: SeededRandom): void {
    this.asleep = false;
    this.quietTicks = 0;
    this.raw = new RawNode({
      id: this.id,
      electionTick: this.options.electionTick,
      heartbeatTick: this.options.heartbeatTick,
      storage: this.storageView,
      random: () => random.next(),
      applied: this.disk.appliedIndex,
      maxSizePerMsg: this.options.maxSizePerMsg,
      maxInflightMsgs: this.options.maxInflightMsgs,
      checkQuorum: this.options.checkQuorum,
      preVote: this.options.preVote,
      readOnlyOption: this.options.readOnlyOption,
      ...(this.options.leaseReads === undefined ? {} : { leaseReads: this.options.leaseReads }),
      maxClockDrift: this.options.maxClockDrift,
      disableProposalForwarding: this.options.disableProposalForwarding,
    });
  }

  /** Kills the process: everything not yet persisted is gone. Returns what was lost. */
  crash(): string {
    const lost = this.pending;
    this.raw = undefined;
    this.pending = undefined;
    this.environment.checker.forgetLeaderCheck(this.id);
    if (lost === undefined) return 'nothing pending';
    return `lost pending ready: ${lost.entries.length} entries, ${lost.hardState ? describeHardState(lost.hardState) : 'no hs'}, ${lost.messagesAfterPersist.length} unsent msgs`;
  }

  status(): RaftStatus {
    return this.raw!.status();
  }

  /** Takes the next Ready if there is one and none is outstanding; sends its before-persist messages. */
  collectReady(): boolean {
    const raw = this.raw;
    if (raw === undefined || this.pending !== undefined || !raw.hasReady()) return false;
    const ready = raw.ready();
    this.pending = ready;
    const parts: string[] = [];
    if (ready.softState) parts.push(`soft(leader ${ready.softState.leader} role ${ready.softState.role})`);
    if (ready.hardState) parts.push(describeHardState(ready.hardState));
    if (ready.entries.length > 0) {
      parts.push(`ents[${ready.entries[0]!.index}..${ready.entries[ready.entries.length - 1]!.index}]`);
    }
    if (ready.snapshot) parts.push(`snap(i${ready.snapshot.metadata.index})`);
    if (ready.committedEntries.length > 0) {
      parts.push(
        `commit[${ready.committedEntries[0]!.index}..${ready.committedEntries[ready.committedEntries.length - 1]!.index}]`,
      );
    }
    parts.push(`msgs ${ready.messagesBeforePersist.length}+${ready.messagesAfterPersist.length}`);
    this.environment.record(`ready n${this.id}: ${parts.join(' ')}`);
    for (const message of ready.messagesBeforePersist) this.environment.send(message);
    if (this.environment.acknowledgeBeforePersist) {
      for (const message of ready.messagesAfterPersist) this.environment.send(message);
      ready.messagesAfterPersist = [];
    }
    return true;
  }

  /**
   * Makes the outstanding Ready durable (snapshot, entries, hard state), then sends the
   * after-persist messages, applies the committed entries and advances — checking each
   * durable write and each apply against the invariants.
   */
  persistReady(): boolean {
    const raw = this.raw;
    const ready = this.pending;
    if (raw === undefined || ready === undefined) return false;
    this.pending = undefined;
    this.makeDurable(ready);
    this.environment.record(`persist n${this.id}`);
    for (const message of ready.messagesAfterPersist) this.environment.send(message);
    for (const entry of ready.committedEntries) this.apply(raw, entry);
    for (const readState of ready.readStates) {
      const issuedAt = this.environment.readIssuedAt(readState.context);
      this.environment.record(`read-state n${this.id} index ${readState.index} (issued at commit ${issuedAt})`);
      if (issuedAt !== undefined) this.environment.checker.observeReadIndex(this.id, readState.index, issuedAt);
    }
    raw.advance(ready);
    return true;
  }

  /**
   * Crashes between the durable write and the apply: the outstanding Ready's snapshot,
   * entries and hard state survive (and its after-persist messages may have gone out), but
   * none of its committed entries were applied.
   */
  crashAfterPersist(sentAfterPersist: boolean): string {
    const ready = this.pending;
    if (ready === undefined) return this.crash();
    this.pending = undefined;
    this.makeDurable(ready);
    if (sentAfterPersist) for (const message of ready.messagesAfterPersist) this.environment.send(message);
    this.crash();
    return `persisted its ready (${ready.entries.length} entries${sentAfterPersist ? ', sent' : ''}) but applied none of ${ready.committedEntries.length} committed`;
  }

  /** Writes a Ready's snapshot, entries and hard state to the disk, checking each write. */
  private makeDurable(ready: Ready): void {
    const { checker } = this.environment;
    const { storage } = this.disk;
    if (ready.snapshot !== undefined) this.installSnapshot(ready.snapshot);
    if (ready.entries.length > 0) {
      storage.append(ready.entries);
      // The storage drops entries its snapshot already covers. The core can hand those out
      // again: when an Append replaced the tail of an outstanding Ready's entries before it was
      // persisted, the core ignores that Ready's persist report (its last entry changed), so
      // the next Ready repeats the whole range, possibly after the application compacted part
      // of it. They were not written, and their predecessor's term is no longer on disk: they
      // must not be reported as durable.
      const firstWritten = storage.firstIndex();
      for (const entry of ready.entries) {
        if (entry.index < firstWritten) continue;
        const identity = { term: entry.term, identity: entryIdentity(entry) };
        checker.observeDurableEntry(this.id, entry.index, identity, this.durableTermAt(entry.index - 1) ?? -1);
        if (entry.index <= this.disk.durableCommit) {
          checker.observeCommitted(this.id, entry.index, identity, 'persisted below its commit index');
        }
      }
    }
    if (ready.hardState !== undefined) this.persistHardState(ready.hardState);
    if (ready.entries.length > 0) {
      const lastIndex = storage.lastIndex();
      checker.verifyLeaderLog(this.id, storage.term(lastIndex), (index) => this.durableTermAt(index));
    }
  }

  /** The application takes a snapshot at its applied index and compacts the log behind it. */
  snapshotAndCompact(keepEntries: number): string | undefined {
    const { storage } = this.disk;
    const applied = this.disk.appliedIndex;
    if (applied <= storage.snapshot().metadata.index || applied > storage.lastIndex()) return undefined;
    const data = encodeStateMachine({ appliedIndex: applied, hash: this.disk.stateHash });
    storage.createSnapshot(applied, cloneConfState(this.disk.confState), data);
    const compactIndex = applied - keepEntries;
    if (compactIndex >= storage.firstIndex()) storage.compact(compactIndex);
    return `snapshot n${this.id} at ${applied}, compacted to ${storage.firstIndex()}`;
  }

  private durableTermAt(index: number): number | undefined {
    const { storage } = this.disk;
    if (index < storage.firstIndex() - 1 || index > storage.lastIndex()) return undefined;
    return storage.term(index);
  }

  private installSnapshot(snapshot: Snapshot): void {
    const { checker } = this.environment;
    const { index } = snapshot.metadata;
    if (index < this.disk.appliedIndex) {
      throw new InvariantViolation(
        'Snapshot Rewind',
        `node ${this.id} was given a snapshot at index ${index} after applying ${this.disk.appliedIndex}`,
      );
    }
    this.disk.storage.applySnapshot(snapshot);
    const image = decodeStateMachine(snapshot.data);
    if (image.appliedIndex !== index) {
      throw new InvariantViolation(
        'Snapshot Integrity',
        `node ${this.id} got a snapshot at index ${index} holding state applied to ${image.appliedIndex}`,
      );
    }
    this.disk.appliedIndex = index;
    this.disk.stateHash = image.hash;
    this.disk.confState = cloneConfState(snapshot.metadata.confState);
    checker.observeStateMachine(this.id, index, image.hash);
    checker.observeCommittedIndex(index);
    this.environment.record(`install-snapshot n${this.id} i${index} t${snapshot.metadata.term}`);
  }

  private persistHardState(hardState: HardState): void {
    const { checker } = this.environment;
    const { storage } = this.disk;
    storage.setHardState(hardState);
    checker.observeDurableHardState(this.id, hardState.term, hardState.commit);
    if (hardState.commit > storage.lastIndex()) {
      throw new InvariantViolation(
        'Commit Within Log',
        `node ${this.id} persisted commit ${hardState.commit} beyond its durable last index ${storage.lastIndex()}`,
      );
    }
    const from = Math.max(this.disk.durableCommit + 1, storage.firstIndex());
    if (hardState.commit >= from) {
      const committed = storage.entries(from, hardState.commit + 1);
      for (const entry of committed) {
        checker.observeCommitted(
          this.id,
          entry.index,
          { term: entry.term, identity: entryIdentity(entry) },
          'has durably committed',
        );
      }
    }
    checker.observeCommittedIndex(hardState.commit);
    this.disk.durableCommit = Math.max(this.disk.durableCommit, hardState.commit);
  }

  private apply(raw: RawNode, entry: Entry): void {
    const { checker } = this.environment;
    if (entry.index !== this.disk.appliedIndex + 1) {
      throw new InvariantViolation(
        'Apply Order',
        `node ${this.id} was asked to apply index ${entry.index} after ${this.disk.appliedIndex}`,
      );
    }
    if (this.durableTermAt(entry.index) !== entry.term) {
      throw new InvariantViolation(
        'Apply Only Durable Entries',
        `node ${this.id} applies index ${entry.index} term ${entry.term}, not in its durable log`,
      );
    }
    const identity = entryIdentity(entry);
    checker.observeCommitted(this.id, entry.index, { term: entry.term, identity }, 'applied');
    if (entry.type === EntryType.ConfChange) {
      const confState = raw.applyConfChange(decodeConfChange(entry.data));
      this.disk.confState = cloneConfState(confState);
      this.environment.record(`apply-conf n${this.id} i${entry.index} -> ${describeConfState(confState)}`);
    } else if (entry.data.length > 0) {
      this.environment.applied(this.id, entry, identity);
    }
    this.disk.appliedIndex = entry.index;
    this.disk.stateHash = chainHash(this.disk.stateHash, entry.term, identity);
    checker.observeStateMachine(this.id, entry.index, this.disk.stateHash);
  }
}

/** Readable configuration, e.g. `voters{1,2,3} learners{4}`. */
export function describeConfState(confState: ConfState): string {
  const list = (ids: readonly number[]) => `{${[...ids].sort((a, b) => a - b).join(',')}}`;
  let text = `voters${list(confState.voters)}`;
  if (confState.votersOutgoing.length > 0) text += `&${list(confState.votersOutgoing)}`;
  if (confState.learners.length > 0) text += ` learners${list(confState.learners)}`;
  if (confState.learnersNext.length > 0) text += ` learnersNext${list(confState.learnersNext)}`;
  if (confState.autoLeave) text += ' autoLeave';
  return text;
}
