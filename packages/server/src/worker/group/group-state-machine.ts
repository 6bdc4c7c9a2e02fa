import type { ConfState, Entry, ReplicaChange, Request } from '@flintkv/proto';
import type { RegionDescriptor } from '@flintkv/pd';
import type { ReadState } from '@flintkv/raft';
import type { GroupReport } from '../../host-protocol.js';

/**
 * What a Raft group runs on top of its log, as two interfaces the group drives through turns:
 * the state machine (pure: decode, apply, describe) and the service (the requests that wait on
 * the group). A KV region (`../kv/kv-region.ts`) and the meta group (`../meta/meta-group.ts`)
 * each implement both; the group itself never asks which one it runs.
 */

/** A record to store (`value`) or delete (`value === null`) under `key`. */
export interface StoredRecord {
  key: Uint8Array;
  value: Uint8Array | null;
}

/** Reads the current value of a stored key: `null` when absent. */
export type StoredRead = (storedKey: Uint8Array) => Uint8Array | null;

/** Keys up to this long are turned into map keys by `String.fromCharCode`. */
const SHORT_KEY_BYTES = 64;

/** A Map key for a byte string: one latin1 character per byte (cheaper than hex, same order). */
export function keyId(key: Uint8Array): string {
  // Every key of every apply passes here: for the usual short key, one call building a flat
  // string is about a third cheaper than a Buffer view and its latin1 decode.
  if (key.byteLength <= SHORT_KEY_BYTES) return String.fromCharCode.apply(null, key as unknown as number[]);
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
}

/**
 * The writes of consecutive applies, with reads that see earlier writes of the same batch
 * (they are not in the database yet). One instance per group per turn.
 */
export class ApplyBatch {
  private readonly overlay = new Map<string, StoredRecord>();

  /**
   * @param readCommitted reads the data as of the last committed batch (prefetched).
   * @param scanned the committed records of the ranges the batch's command reads whole
   *   ({@link GroupStateMachine.rangesRead}), in key order.
   */
  constructor(
    private readonly readCommitted: StoredRead,
    readonly scanned: readonly StoredRecord[] = [],
  ) {}

  read: StoredRead = (storedKey) => {
    const staged = this.overlay.get(keyId(storedKey));
    return staged !== undefined ? staged.value : this.readCommitted(storedKey);
  };

  write(record: StoredRecord): void {
    this.overlay.set(keyId(record.key), record);
  }

  /** Groups this batch creates (a split's new region), with their first records. */
  readonly createdGroups: { groupId: number; records: StoredRecord[] }[] = [];

  /**
   * Creates group `groupId` with the same replicas as this one, starting from `records`, in
   * the batch that applies this command (`RegionGroup.stage` stages its Raft state).
   */
  createGroup(groupId: number, records: StoredRecord[]): void {
    this.createdGroups.push({ groupId, records });
  }

  /** Every staged record, last write per key. */
  records(): StoredRecord[] {
    return [...this.overlay.values()];
  }

  get isEmpty(): boolean {
    return this.overlay.size === 0;
  }
}

/** A committed entry with its payload decoded by the group's state machine. */
export interface CommittedEntry<Command = unknown> {
  entry: Entry;
  /** Absent for configuration changes, empty entries and payloads that did not decode. */
  command?: Command;
}

/** An applied entry and what applying it did (`undefined`: nothing to report to a proposer). */
export interface AppliedEntry<Command = unknown, Outcome = unknown> {
  entry: CommittedEntry<Command>;
  outcome: Outcome | undefined;
}

/**
 * The deterministic part of a group: every replica applies the same entries to the same state
 * with the same result. Apply is synchronous; the keys it reads are prefetched first.
 */
export interface GroupStateMachine<Command = unknown, Outcome = unknown> {
  /** Decodes a normal entry's payload; throws `CommandDecodeError` on bytes that are no command. */
  decode(data: Uint8Array): Command;
  /** Stored keys applying `command` reads (prefetched before the turn stages it). */
  keysRead(command: Command): Uint8Array[];
  /**
   * Stored ranges `[lower, upper)` applying `command` reads whole (a split). Such a command is
   * applied alone, first in its turn, after every earlier write is durable, so the ranges are
   * read from the database as they are (`../turn-loop.ts`); empty for every other command.
   */
  rangesRead(command: Command): { lower: Uint8Array; upper: Uint8Array }[];
  /** Applies one command, writing to `batch`. */
  apply(command: Command, batch: ApplyBatch): Outcome | undefined;
  /**
   * A membership change of the group applied: `confState` is its configuration now. Writes
   * what the state machine keeps of it (a region's peers and epoch) to `batch`.
   */
  applyConfChange(confState: ConfState, batch: ApplyBatch): Outcome | undefined;
  /** Reloads the state from the group's committed data (after a snapshot was installed). */
  reload(): Promise<void>;
  /** Adds what this state machine knows to the group's report. */
  describe(report: GroupReport): void;
}

/** The requests that wait on a group: clients of a KV region, the meta group's own proposals. */
export interface GroupService<Command = unknown, Outcome = unknown> {
  /** A client request routed to this group. */
  handleRequest(connection: number, request: Request): void;
  /** A tick: answer what passed its deadline. */
  tick(now: number): void;
  /** Before the turn takes Raft's Ready: hand Raft what this turn gathered (read index requests). */
  beforeReady(): void;
  /** This node stopped leading: what waits on its leadership is answered. */
  leadershipLost(): void;
  /**
   * The group leaves this host (it moves to another host thread, or merged into `mergedInto`):
   * everything that waits on it is answered.
   */
  leaving(mergedInto?: RegionDescriptor): void;
  /** The node's merge policy asks this region to merge into the next (KV regions only). */
  mergeBySize?(): void;
  /** The node's replica placement asks this region for one membership change (KV regions only). */
  changeReplicasByPlacement?(change: ReplicaChange, nodeId: number): void;
  /** Entries the turn applied, staged but maybe not yet durable. */
  applied(entries: readonly AppliedEntry<Command, Outcome>[]): void;
  /** The turn's batch is durable: read indexes Raft confirmed, applied index moved, `applied` on disk. */
  durable(readStates: readonly ReadState[], applied: readonly AppliedEntry<Command, Outcome>[]): void;
  /** Between turns (no batch being written): work that reads the data at the applied index. */
  betweenTurns(): void;
  /**
   * The next {@link betweenTurns} reads the database at the applied index (a backup's view, a
   * checksum): a deferred batch, whose writes are applied and answered but not yet in the
   * database, must be written first.
   */
  readsAppliedStateBetweenTurns(): boolean;
  /** Reads are being served from disk, so applied writes must not wait for a later batch. */
  hasReadsInProgress(): boolean;
  /** Nothing waits on the group and nothing runs for it: it may quiesce (`quiescence.ts`). */
  isIdle(): boolean;
  /** Reads plus writes per second over the last load window (KV regions; absent: none). */
  loadPerSecond?(now: number): number;
  /** Adds what the service measured (a region's load and size) to the group's report. */
  describe(report: GroupReport): void;
}
