import type { MetaCommand } from '@flintkv/pd';
import { CommandDecodeError, type ProposalStamp, packOwned, unpackBytes } from './group/stored-encoding.js';
import type { KvCommand, KvOperation } from './kv/kv-command.js';

/**
 * The durable form of the data of a normal Raft log entry, for user regions (a
 * {@link KvCommand}) and for the meta group (a {@link MetaEntry}): one format version byte,
 * then the msgpack body.
 *
 * ```
 * 0x01 | msgpack(body)
 * ```
 *
 * These bytes are replicated and kept on disk for as long as the log is, so they must decode
 * alike on every replica, after every restart, and in every later build. A change of the
 * stored bytes needs a new version; the golden tests beside this module fail on any change.
 *
 * Entries written before the version byte existed are bare msgpack maps (first byte 0x80–0x8f,
 * 0xde or 0xdf, never 0x00–0x7f) and still decode. A version this build does not know is
 * refused with {@link LogEntryFormatTooNewError}: the host fails rather than skip an entry
 * other replicas may apply. The upgrade rule that follows is in
 * `docs/architecture.md#log-entry-format`.
 *
 * Conf-change entries are Raft's own (protobuf) and empty entries carry nothing; neither goes
 * through this codec.
 */

/**
 * The newest format version this build reads. Version 2 is version 1 with one more operation
 * kind, `split`, and the session's `firstIncomplete`: only entries that carry either are written
 * as version 2, so a build that reads version 1 only refuses them (rather than apply them
 * differently from the replicas that read them) and reads all else as before. Version 3 is
 * version 2 with the merge operations `prepare-merge` and `commit-merge`, written only for them.
 */
export const LOG_ENTRY_FORMAT_VERSION = 3;

/** The version of every entry but a split. */
const BASE_FORMAT_VERSION = 1;

/** The stable codes of this module's errors. */
export const LogEntryCodecErrorCode = {
  /** The entry was written by a newer FlintKV in a format this build cannot read. */
  FormatTooNew: 'FLINT_LOG_ENTRY_FORMAT_TOO_NEW',
} as const;

/**
 * A log entry in a format newer than this build reads. Fatal for the host that meets it:
 * skipping the entry would let this replica diverge from those that applied it.
 *
 * @example
 * ```ts
 * try {
 *   decodeCommand(entry.data);
 * } catch (error) {
 *   if (error instanceof LogEntryFormatTooNewError) throw error; // never skip it
 * }
 * ```
 */
export class LogEntryFormatTooNewError extends Error {
  readonly code = LogEntryCodecErrorCode.FormatTooNew;

  constructor(
    /** The version byte found. */
    readonly version: number,
  ) {
    super(
      `a Raft log entry has format version ${version}, but this FlintKV build reads log entry format versions ` +
        `1 to ${LOG_ENTRY_FORMAT_VERSION} only; upgrade this node to a FlintKV build that reads version ${version}`,
    );
    this.name = 'LogEntryFormatTooNewError';
  }
}

/** The highest version byte: 0x80 and above are the msgpack markers legacy entries start with. */
const HIGHEST_VERSION_BYTE = 0x7f;

/** One log entry of the meta group. */
export interface MetaEntry {
  stamp: ProposalStamp;
  command: MetaCommand;
}

/**
 * Encodes a user region's command as log entry data.
 *
 * @example
 * ```ts
 * const data = encodeCommand({ stamp, session: null, operation: { type: 'delete', key } });
 * data[0]; // 0x01, the format version
 * ```
 */
export function encodeCommand(command: KvCommand): Uint8Array {
  return encodeVersioned(
    { stamp: command.stamp, session: command.session, operation: storedOperation(command.operation) },
    formatVersionOf(command),
  );
}

/** The oldest format version that holds `command`: readers of older versions refuse it rather than misread it. */
function formatVersionOf(command: KvCommand): number {
  const kind = command.operation.type;
  if (kind === 'prepare-merge' || kind === 'commit-merge') return 3;
  if (kind === 'split' || command.session?.firstIncomplete !== undefined) return 2;
  return BASE_FORMAT_VERSION;
}

/**
 * Decodes a user region's log entry data, checking its shape.
 *
 * @throws {@link LogEntryFormatTooNewError} for a version this build does not read;
 *   {@link CommandDecodeError} for bytes that are no command.
 */
export function decodeCommand(bytes: Uint8Array): KvCommand {
  const value = decodeVersioned(bytes) as Partial<KvCommand> | null;
  if (value === null || typeof value !== 'object' || typeof value.stamp !== 'object' || value.stamp === null) {
    throw new CommandDecodeError('log entry is not a KV command');
  }
  if (typeof value.operation !== 'object' || value.operation === null) {
    throw new CommandDecodeError('KV command has no operation');
  }
  return { stamp: value.stamp, session: value.session ?? null, operation: operationOf(value.operation) };
}

/**
 * The stored form of a write in format version 1 (and in unversioned entries): the client's
 * write under other tag names. Field order is part of the stored bytes.
 */
type StoredOperation =
  | { kind: 'put'; key: Uint8Array; value: Uint8Array }
  | { kind: 'delete'; key: Uint8Array }
  | { kind: 'cas'; key: Uint8Array; expected: Uint8Array | null; next: Uint8Array | null }
  | {
      kind: 'batch';
      operations: Array<{ kind: 'put'; key: Uint8Array; value: Uint8Array } | { kind: 'delete'; key: Uint8Array }>;
    }
  /** Format version 2 and up. */
  | { kind: 'split'; splitKey: Uint8Array; newRegionId: number; version: number }
  /** Format version 3 and up. */
  | { kind: 'prepare-merge'; version: number; confVersion: number }
  /** Format version 3 and up; `records` as `[key, value]` pairs. */
  | {
      kind: 'commit-merge';
      source: {
        id: number;
        startKey: Uint8Array;
        endKey: Uint8Array;
        epoch: { confVersion: number; version: number };
        peers: number[];
      };
      absorbed: number[];
      records: [Uint8Array, Uint8Array][];
    };

function storedOperation(operation: KvOperation): StoredOperation {
  switch (operation.type) {
    case 'prepare-merge':
      return { kind: 'prepare-merge', version: operation.version, confVersion: operation.confVersion };
    case 'commit-merge': {
      const { source } = operation;
      return {
        kind: 'commit-merge',
        source: {
          id: source.id,
          startKey: source.startKey,
          endKey: source.endKey,
          epoch: { confVersion: source.epoch.confVersion, version: source.epoch.version },
          peers: source.peers,
        },
        absorbed: operation.absorbed,
        records: operation.records.map(({ key, value }) => [key, value]),
      };
    }
    case 'split':
      return {
        kind: 'split',
        splitKey: operation.splitKey,
        newRegionId: operation.newRegionId,
        version: operation.version,
      };
    case 'put':
      return { kind: 'put', key: operation.key, value: operation.value };
    case 'delete':
      return { kind: 'delete', key: operation.key };
    case 'compareAndSwap':
      return { kind: 'cas', key: operation.key, expected: operation.expected, next: operation.next };
    case 'batch':
      return {
        kind: 'batch',
        operations: operation.operations.map((item) =>
          item.type === 'put' ? { kind: 'put', key: item.key, value: item.value } : { kind: 'delete', key: item.key },
        ),
      };
  }
}

function operationOf(stored: unknown): KvOperation {
  const operation = stored as StoredOperation;
  switch (operation.kind) {
    case 'prepare-merge':
      if (!Number.isSafeInteger(operation.version) || !Number.isSafeInteger(operation.confVersion)) {
        throw new CommandDecodeError('KV prepare-merge has no epoch');
      }
      return { type: 'prepare-merge', version: operation.version, confVersion: operation.confVersion };
    case 'commit-merge': {
      const { source } = operation;
      if (
        typeof source !== 'object' ||
        source === null ||
        !(source.startKey instanceof Uint8Array) ||
        !(source.endKey instanceof Uint8Array) ||
        typeof source.epoch !== 'object' ||
        source.epoch === null ||
        !Array.isArray(source.peers) ||
        !Array.isArray(operation.records) ||
        !Array.isArray(operation.absorbed)
      ) {
        throw new CommandDecodeError('KV commit-merge has no source region or records');
      }
      return {
        type: 'commit-merge',
        source: {
          id: source.id,
          startKey: source.startKey,
          endKey: source.endKey,
          epoch: { confVersion: source.epoch.confVersion, version: source.epoch.version },
          peers: [...source.peers],
        },
        absorbed: [...operation.absorbed],
        records: operation.records.map(([key, value]) => ({ key, value })),
      };
    }
    case 'split':
      if (!(operation.splitKey instanceof Uint8Array) || !Number.isSafeInteger(operation.newRegionId)) {
        throw new CommandDecodeError('KV split has no split key or new region id');
      }
      return {
        type: 'split',
        splitKey: operation.splitKey,
        newRegionId: operation.newRegionId,
        version: operation.version,
      };
    case 'put':
      return { type: 'put', key: operation.key, value: operation.value };
    case 'delete':
      return { type: 'delete', key: operation.key };
    case 'cas':
      return { type: 'compareAndSwap', key: operation.key, expected: operation.expected, next: operation.next };
    case 'batch':
      if (!Array.isArray(operation.operations)) throw new CommandDecodeError('KV batch has no operations');
      return {
        type: 'batch',
        operations: operation.operations.map((item) =>
          item.kind === 'put' ? { type: 'put', key: item.key, value: item.value } : { type: 'delete', key: item.key },
        ),
      };
    default:
      throw new CommandDecodeError(
        `KV command has an unknown operation ${JSON.stringify((operation as { kind?: unknown }).kind)}`,
      );
  }
}

/**
 * Encodes a meta group command as log entry data.
 *
 * @example
 * ```ts
 * const data = encodeMetaEntry({ stamp, command: { type: 'record-incarnation', nodeId: 2, incarnation } });
 * ```
 */
export function encodeMetaEntry(entry: MetaEntry): Uint8Array {
  return encodeVersioned(entry, BASE_FORMAT_VERSION);
}

/**
 * Decodes a meta group log entry's data, checking its shape.
 *
 * @throws {@link LogEntryFormatTooNewError} for a version this build does not read;
 *   {@link CommandDecodeError} for bytes that are no meta entry.
 */
export function decodeMetaEntry(bytes: Uint8Array): MetaEntry {
  const value = decodeVersioned(bytes) as Partial<MetaEntry> | null;
  if (value === null || typeof value !== 'object' || typeof value.command !== 'object' || value.stamp === undefined) {
    throw new CommandDecodeError('log entry is not a meta command');
  }
  return value as MetaEntry;
}

function encodeVersioned(body: unknown, version: number): Uint8Array {
  const packed = packOwned(body);
  const data = new Uint8Array(1 + packed.byteLength);
  data[0] = version;
  data.set(packed, 1);
  return data;
}

function decodeVersioned(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) throw new CommandDecodeError('log entry data is empty');
  const first = bytes[0]!;
  if (first >= BASE_FORMAT_VERSION && first <= LOG_ENTRY_FORMAT_VERSION) return unpackBytes(bytes.subarray(1));
  if (first > LOG_ENTRY_FORMAT_VERSION && first <= HIGHEST_VERSION_BYTE) throw new LogEntryFormatTooNewError(first);
  if (isLegacyMapMarker(first)) return unpackBytes(bytes);
  throw new CommandDecodeError(`log entry data starts with 0x${first.toString(16).padStart(2, '0')}: no known format`);
}

/** Msgpack map markers: fixmap, map16, map32. Every entry written before versioning is a map. */
function isLegacyMapMarker(first: number): boolean {
  return (first >= 0x80 && first <= 0x8f) || first === 0xde || first === 0xdf;
}
