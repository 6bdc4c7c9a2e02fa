/**
 * Raft's plain shapes (raft-types.ts) to and from their protobuf wire form (proto/raft.proto).
 * Decoding always yields a complete object: absent fields become 0, false, [] or empty bytes,
 * unknown enum values and unsafe integers are rejected with a {@link PayloadError}.
 */
import { PayloadError, type PayloadErrorCode } from './errors.js';
import { encodeFrameWith, FrameKind } from './frame.js';
import { decodeWith, encodeWith, finishOwned, flint } from './protobuf-runtime.js';
import {
  type ConfState,
  type Entry,
  EntryType,
  type HardState,
  type Message,
  MessageType,
  type Snapshot,
  type SnapshotMetadata,
} from './raft-types.js';
import { checkEncodable, plainBytes, safeInteger, safeIntegers } from './wire-numbers.js';

const wire = flint.raft;

const MAX_MESSAGE_TYPE = MessageType.TransferLeader;
const MAX_ENTRY_TYPE = EntryType.ConfChange;

function checkEntryType(type: number | null | undefined, code: PayloadErrorCode = 'FLINT_PAYLOAD_INVALID'): EntryType {
  const value = type ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_ENTRY_TYPE) {
    throw new PayloadError(code, `unknown entry type ${value}`);
  }
  return value as EntryType;
}

function checkMessageType(
  type: number | null | undefined,
  code: PayloadErrorCode = 'FLINT_PAYLOAD_INVALID',
): MessageType {
  const value = type ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_MESSAGE_TYPE) {
    throw new PayloadError(code, `unknown raft message type ${value}`);
  }
  return value as MessageType;
}

// ---- to wire ----

function entryToWire(entry: Entry): flint.raft.IEntry {
  return {
    term: checkEncodable(entry.term, 'entry.term'),
    index: checkEncodable(entry.index, 'entry.index'),
    type: checkEntryType(entry.type, 'FLINT_PAYLOAD_UNENCODABLE') as number as flint.raft.EntryType,
    data: entry.data,
  };
}

function confStateToWire(confState: ConfState): flint.raft.IConfState {
  return {
    voters: confState.voters.map((id) => checkEncodable(id, 'confState.voters')),
    learners: confState.learners.map((id) => checkEncodable(id, 'confState.learners')),
    votersOutgoing: confState.votersOutgoing.map((id) => checkEncodable(id, 'confState.votersOutgoing')),
    learnersNext: confState.learnersNext.map((id) => checkEncodable(id, 'confState.learnersNext')),
    autoLeave: confState.autoLeave,
  };
}

function snapshotToWire(snapshot: Snapshot): flint.raft.ISnapshot {
  return {
    data: snapshot.data,
    metadata: {
      confState: confStateToWire(snapshot.metadata.confState),
      index: checkEncodable(snapshot.metadata.index, 'snapshot.index'),
      term: checkEncodable(snapshot.metadata.term, 'snapshot.term'),
    },
  };
}

function messageToWire(message: Message): flint.raft.IMessage {
  return {
    type: checkMessageType(message.type, 'FLINT_PAYLOAD_UNENCODABLE') as number as flint.raft.MessageType,
    to: checkEncodable(message.to, 'to'),
    from: checkEncodable(message.from, 'from'),
    term: checkEncodable(message.term, 'term'),
    logTerm: checkEncodable(message.logTerm, 'logTerm'),
    index: checkEncodable(message.index, 'index'),
    entries: message.entries.map(entryToWire),
    commit: checkEncodable(message.commit, 'commit'),
    reject: message.reject,
    rejectHint: checkEncodable(message.rejectHint, 'rejectHint'),
    snapshot: message.snapshot ? snapshotToWire(message.snapshot) : null,
    context: message.context,
  };
}

// ---- from wire ----

function entryFromWire(entry: flint.raft.IEntry): Entry {
  return {
    term: safeInteger(entry.term, 'entry.term'),
    index: safeInteger(entry.index, 'entry.index'),
    type: checkEntryType(entry.type),
    data: plainBytes(entry.data),
  };
}

function confStateFromWire(confState: flint.raft.IConfState | null | undefined): ConfState {
  return {
    voters: safeIntegers(confState?.voters, 'confState.voters'),
    learners: safeIntegers(confState?.learners, 'confState.learners'),
    votersOutgoing: safeIntegers(confState?.votersOutgoing, 'confState.votersOutgoing'),
    learnersNext: safeIntegers(confState?.learnersNext, 'confState.learnersNext'),
    autoLeave: confState?.autoLeave === true,
  };
}

function snapshotMetadataFromWire(metadata: flint.raft.ISnapshotMetadata | null | undefined): SnapshotMetadata {
  return {
    index: safeInteger(metadata?.index, 'snapshot.index'),
    term: safeInteger(metadata?.term, 'snapshot.term'),
    confState: confStateFromWire(metadata?.confState),
  };
}

function snapshotFromWire(snapshot: flint.raft.ISnapshot): Snapshot {
  return { metadata: snapshotMetadataFromWire(snapshot.metadata), data: plainBytes(snapshot.data) };
}

function messageFromWire(message: flint.raft.IMessage): Message {
  const decoded: Message = {
    type: checkMessageType(message.type),
    to: safeInteger(message.to, 'to'),
    from: safeInteger(message.from, 'from'),
    term: safeInteger(message.term, 'term'),
    logTerm: safeInteger(message.logTerm, 'logTerm'),
    index: safeInteger(message.index, 'index'),
    entries: (message.entries ?? []).map(entryFromWire),
    commit: safeInteger(message.commit, 'commit'),
    reject: message.reject === true,
    rejectHint: safeInteger(message.rejectHint, 'rejectHint'),
    context: plainBytes(message.context),
  };
  if (message.snapshot) decoded.snapshot = snapshotFromWire(message.snapshot);
  return decoded;
}

// ---- public API ----

/** Encodes one Raft message to protobuf bytes. Throws {@link PayloadError} on unsafe integers or types. */
export function encodeRaftMessage(message: Message): Uint8Array {
  return encodeWith('raft message', () => finishOwned(wire.Message.encode(messageToWire(message))));
}

/**
 * Decodes protobuf bytes to a complete Raft {@link Message}. Byte fields (entry data,
 * context, snapshot data) are views into `bytes`, not copies.
 * @throws {PayloadError} FLINT_PAYLOAD_INVALID on any malformed input.
 */
export function decodeRaftMessage(bytes: Uint8Array): Message {
  return decodeWith('raft message', bytes, (input) => messageFromWire(wire.Message.decode(input)));
}

/**
 * Encodes a Raft message straight into a RAFT_MESSAGE frame (one copy of the payload).
 * `group` is the Raft group (region) id.
 */
export function encodeRaftMessageFrame(group: number, message: Message): Uint8Array {
  const writer = encodeWith('raft message', () => wire.Message.encode(messageToWire(message)));
  return encodeFrameWith(FrameKind.RAFT_MESSAGE, group, writer.pos, (frame, offset) =>
    writer.finishInto(frame, offset),
  );
}

/** Encodes one log entry (for storage that wants the wire form). */
export function encodeEntry(entry: Entry): Uint8Array {
  return encodeWith('entry', () => finishOwned(wire.Entry.encode(entryToWire(entry))));
}

/** Decodes one log entry. @throws {PayloadError} on malformed input. */
export function decodeEntry(bytes: Uint8Array): Entry {
  return decodeWith('entry', bytes, (input) => entryFromWire(wire.Entry.decode(input)));
}

/** Encodes a hard state. */
export function encodeHardState(hardState: HardState): Uint8Array {
  return encodeWith('hard state', () =>
    finishOwned(
      wire.HardState.encode({
        term: checkEncodable(hardState.term, 'term'),
        vote: checkEncodable(hardState.vote, 'vote'),
        commit: checkEncodable(hardState.commit, 'commit'),
      }),
    ),
  );
}

/** Decodes a hard state. @throws {PayloadError} on malformed input. */
export function decodeHardState(bytes: Uint8Array): HardState {
  return decodeWith('hard state', bytes, (input) => {
    const hardState = wire.HardState.decode(input);
    return {
      term: safeInteger(hardState.term, 'term'),
      vote: safeInteger(hardState.vote, 'vote'),
      commit: safeInteger(hardState.commit, 'commit'),
    };
  });
}

/** Encodes a membership configuration. */
export function encodeConfState(confState: ConfState): Uint8Array {
  return encodeWith('conf state', () => finishOwned(wire.ConfState.encode(confStateToWire(confState))));
}

/** Decodes a membership configuration. @throws {PayloadError} on malformed input. */
export function decodeConfState(bytes: Uint8Array): ConfState {
  return decodeWith('conf state', bytes, (input) => confStateFromWire(wire.ConfState.decode(input)));
}

/** Encodes snapshot metadata (index, term, configuration). */
export function encodeSnapshotMetadata(metadata: SnapshotMetadata): Uint8Array {
  return encodeWith('snapshot metadata', () =>
    finishOwned(
      wire.SnapshotMetadata.encode({
        confState: confStateToWire(metadata.confState),
        index: checkEncodable(metadata.index, 'snapshot.index'),
        term: checkEncodable(metadata.term, 'snapshot.term'),
      }),
    ),
  );
}

/** Decodes snapshot metadata. @throws {PayloadError} on malformed input. */
export function decodeSnapshotMetadata(bytes: Uint8Array): SnapshotMetadata {
  return decodeWith('snapshot metadata', bytes, (input) =>
    snapshotMetadataFromWire(wire.SnapshotMetadata.decode(input)),
  );
}

export { messageFromWire as raftMessageFromWire, messageToWire as raftMessageToWire };
