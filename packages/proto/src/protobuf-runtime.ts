/**
 * The one place that loads protobufjs and the generated code, in the right order.
 *
 * protobufjs decodes uint64 fields as `Long` objects whenever the `long` package is
 * installed (it is: protobufjs depends on it), and the generated code fixes uint64
 * defaults at load time. Clearing `util.Long` and reconfiguring before the generated module
 * is evaluated makes every uint64 a plain JS number, which is what raft-types.ts promises.
 * ESM evaluates imports in order, so `./protobuf-configure.js` runs before `flint.js`.
 */
import './protobuf-configure.js';
import { flint } from '../generated/flint.js';
import { PayloadError } from './errors.js';

export { flint };

/** Runs a protobufjs decode and turns whatever it throws into a {@link PayloadError}. */
export function decodeWith<T>(what: string, bytes: Uint8Array, decode: (bytes: Uint8Array) => T): T {
  try {
    return decode(bytes);
  } catch (error) {
    if (error instanceof PayloadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PayloadError('FLINT_PAYLOAD_INVALID', `undecodable ${what}: ${reason}`, { cause: error });
  }
}

/**
 * Copies a writer's output into a Uint8Array of its own. protobufjs's `finish()` returns a
 * Node Buffer that may be a slice of a shared 8 KiB pool: transferring its ArrayBuffer to a
 * worker would hand over (and detach) unrelated bytes.
 */
export function finishOwned(writer: {
  pos: number;
  finishInto(buffer: Uint8Array, offset?: number): Uint8Array;
}): Uint8Array {
  return writer.finishInto(new Uint8Array(writer.pos), 0);
}

/** Runs a protobufjs encode and turns whatever it throws into a {@link PayloadError}. */
export function encodeWith<T>(what: string, encode: () => T): T {
  try {
    return encode();
  } catch (error) {
    if (error instanceof PayloadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PayloadError('FLINT_PAYLOAD_UNENCODABLE', `cannot encode ${what}: ${reason}`, { cause: error });
  }
}
