import { Packr } from 'msgpackr';

/**
 * The msgpack encoding of everything a group stores or logs (commands, session results, the
 * meta state). Encoding uses no shared record structures: a log entry must decode the same on
 * every replica and after every restart, whatever else this process has packed.
 */

/**
 * Who proposed an entry: the proposing node, its per-node proposal sequence (to find the
 * waiting request when the entry is applied) and the proposer's wall clock (the only time a
 * state machine ever sees, so session expiry is the same on every replica).
 */
export interface ProposalStamp {
  nodeId: number;
  proposalId: number;
  time: number;
}

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
