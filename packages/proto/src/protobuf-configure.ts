/** Side effect only: see protobuf-runtime.ts for why this must run before the generated code loads. */
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
