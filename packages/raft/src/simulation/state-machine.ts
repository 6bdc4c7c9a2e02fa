import { type Entry, EntryType } from '@flintkv/proto/raft';

/**
 * The simulated application's state machine is a hash chain over every applied entry: two
 * nodes with the same hash at the same index applied the same entries in the same order.
 * Snapshot data is the applied index and the hash.
 */
export interface StateMachineImage {
  appliedIndex: number;
  hash: number;
}

/** The next hash of the chain after applying an entry with `term` and `identity`. */
export function chainHash(previous: number, term: number, identity: string): number {
  let hash = (previous ^ 0x811c9dc5 ^ Math.imul(term, 0x9e3779b1)) >>> 0;
  for (let position = 0; position < identity.length; position++) {
    hash ^= identity.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Snapshot bytes for a state-machine image. */
export function encodeStateMachine(image: StateMachineImage): Uint8Array {
  const bytes = new Uint8Array(12);
  const view = new DataView(bytes.buffer);
  view.setFloat64(0, image.appliedIndex);
  view.setUint32(8, image.hash);
  return bytes;
}

/** The image a snapshot's bytes describe. */
export function decodeStateMachine(bytes: Uint8Array): StateMachineImage {
  if (bytes.length !== 12) return { appliedIndex: 0, hash: 0 };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { appliedIndex: view.getFloat64(0), hash: view.getUint32(8) };
}

/**
 * An entry's kind and bytes as one comparable, readable string: `noop`, the proposal text
 * (the simulator's payloads are ASCII), or `conf:` and the change's bytes in hex.
 */
export function entryIdentity(entry: Entry): string {
  if (entry.data.length === 0 && entry.type !== EntryType.ConfChange) return 'noop';
  // The same payload bytes travel through every log, ready, apply and check of a seed (entries
  // are copied, their data is not): decode each payload once.
  const known = identityByPayload.get(entry.data);
  if (known !== undefined) return known;
  let identity: string;
  if (entry.type === EntryType.ConfChange) {
    identity = 'conf:';
    for (const byte of entry.data) identity += byte.toString(16).padStart(2, '0');
  } else {
    identity = String.fromCharCode(...entry.data);
  }
  identityByPayload.set(entry.data, identity);
  return identity;
}

/** Decoded identities by payload bytes; weak, so a finished seed's payloads are collected. */
const identityByPayload = new WeakMap<Uint8Array, string>();

/** Payload bytes for a client proposal label (ASCII). */
export function encodePayload(label: string): Uint8Array {
  const bytes = new Uint8Array(label.length);
  for (let position = 0; position < label.length; position++) bytes[position] = label.charCodeAt(position);
  return bytes;
}
