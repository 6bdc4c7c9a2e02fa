/**
 * The protocol as the Raft core sees it: plain message, entry and configuration types and the
 * conf-change codec — no protobufjs, which only the transport needs (`@flintkv/proto`).
 *
 * @example
 * ```ts
 * import { MessageType, type Message } from '@flintkv/proto/raft';
 * ```
 */
export * from './conf-change-codec.js';
export * from './raft-types.js';
