import { Packr } from 'msgpackr';

/**
 * The commands a region's Raft log carries, and the msgpack encoding of stored records.
 * Encoding uses no shared record structures: a record must decode the same on every replica
 * and after every restart, whatever else this process has packed. Log entries add a format
 * version byte around this encoding (`log-entry-codec.ts`).
 */

/** One write inside an atomic batch. */
export type BatchOperation = { kind: 'put'; key: Uint8Array; value: Uint8Array } | { kind: 'delete'; key: Uint8Array };

/** A state-machine write. `null` in compare-and-swap means "the key is absent". */
export type KvOperation =
  | { kind: 'put'; key: Uint8Array; value: Uint8Array }
  | { kind: 'delete'; key: Uint8Array }
  | { kind: 'cas'; key: Uint8Array; expected: Uint8Array | null; next: Uint8Array | null }
  | { kind: 'batch'; operations: BatchOperation[] };

/**
 * Who proposed an entry: the proposing node, its per-node proposal sequence (to find the
 * waiting request when the entry is applied) and the proposer's wall clock (the only time the
 * state machine ever sees, so session expiry is the same on every replica).
 */
export interface ProposalStamp {
  nodeId: number;
  proposalId: number;
  time: number;
}

/** A client's session position: the same (client, sequence) is applied at most once. */
export interface SessionPosition {
  clientId: string;
  sequence: number;
}

/** One log entry's payload. */
export interface KvCommand {
  stamp: ProposalStamp;
  session: SessionPosition | null;
  operation: KvOperation;
}

/** The outcome of a write; what a retried request is answered with. */
export type KvWriteResult =
  | { kind: 'put' }
  | { kind: 'delete'; existed: boolean }
  | { kind: 'cas'; succeeded: boolean; current: Uint8Array | null }
  | { kind: 'batch' };

/** A command or stored record that does not decode. */
export class CommandDecodeError extends Error {
  readonly code = 'FLINT_COMMAND_DECODE';
}

const packr = new Packr({ useRecords: false, moreTypes: false, bundleStrings: false });

/** Msgpack bytes that own their memory (`pack()` returns a view of a shared, reused buffer). */
export function packOwned(value: unknown): Uint8Array {
  const view = packr.pack(value);
  return new Uint8Array(view);
}

/** Decodes msgpack bytes; throws {@link CommandDecodeError}. */
export function unpackBytes(bytes: Uint8Array): unknown {
  try {
    return packr.unpack(bytes);
  } catch (error) {
    throw new CommandDecodeError(`undecodable msgpack record: ${(error as Error).message}`);
  }
}

export function encodeWriteResult(result: KvWriteResult): Uint8Array {
  return packOwned(result);
}

export function decodeWriteResult(bytes: Uint8Array): KvWriteResult {
  return unpackBytes(bytes) as KvWriteResult;
}

/** Stored keys a command reads before it writes (prefetched so apply stays synchronous). */
export function keysReadBy(operation: KvOperation): Uint8Array[] {
  switch (operation.kind) {
    case 'put':
    case 'batch':
      return [];
    case 'delete':
    case 'cas':
      return [operation.key];
  }
}
