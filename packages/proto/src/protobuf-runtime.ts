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

export { flint };
