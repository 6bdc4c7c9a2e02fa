export * from './certificate-identity.js';
export * from './coalesced-heartbeats.js';
export * from './conf-change-codec.js';
export * from './errors.js';
export * from './frame.js';
export * from './frame-decoder.js';
export * from './handshake.js';
export * from './kv-codec.js';
export * from './kv-types.js';
export {
  decodeConfState,
  decodeEntry,
  decodeHardState,
  decodeRaftMessage,
  decodeSnapshotMetadata,
  encodeConfState,
  encodeEntry,
  encodeHardState,
  encodeRaftMessage,
  encodeRaftMessageFrame,
  encodeSnapshotMetadata,
} from './raft-codec.js';
export * from './raft-types.js';
export * from './refusal-note.js';
export * from './request-peek.js';
export * from './response-peek.js';
export * from './snapshot-chunk.js';
export * from './tls-failure.js';
export { bytesEqual, compareBytes } from './bytes.js';
