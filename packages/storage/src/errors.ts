/** Stable codes of every {@link StorageError}. */
export const StorageErrorCode = {
  /** The requested index lies before the first index still in the log (Raft's STORAGE_COMPACTED). */
  Compacted: 'FLINT_STORAGE_COMPACTED',
  /** The requested index lies after the last index in the log (Raft's STORAGE_UNAVAILABLE). */
  Unavailable: 'FLINT_STORAGE_UNAVAILABLE',
  /** The data directory belongs to another cluster or node. */
  IdentityMismatch: 'FLINT_STORAGE_IDENTITY_MISMATCH',
  /** The data directory was written by a newer FlintKV with a data format this one cannot read. */
  FormatTooNew: 'FLINT_STORAGE_FORMAT_TOO_NEW',
  /** The database or a record in it cannot be read back as written. */
  Corrupt: 'FLINT_STORAGE_CORRUPT',
  /** Another process (or handle) holds the database open. */
  Locked: 'FLINT_STORAGE_LOCKED',
  /** A batch failed to commit earlier; the store refuses all further work. */
  Failed: 'FLINT_STORAGE_FAILED',
  /**
   * The disk holding the database is full: a write failed for want of space (the store then
   * refuses all further work, as for {@link Failed}), or an open found no room to recover.
   */
  DiskFull: 'FLINT_DISK_FULL',
  /** The store was closed. */
  Closed: 'FLINT_STORAGE_CLOSED',
  /** A caller broke a precondition (gap in appended entries, commit past the log, reserved key…). */
  InvalidArgument: 'FLINT_STORAGE_INVALID_ARGUMENT',
  /** A snapshot is older than the state it would replace. */
  SnapshotOutOfDate: 'FLINT_STORAGE_SNAPSHOT_OUT_OF_DATE',
  /** Snapshot bytes that do not decode, or do not match their metadata. */
  BadSnapshot: 'FLINT_STORAGE_BAD_SNAPSHOT',
  /** The node's layout record is torn, edited or malformed. */
  LayoutCorrupt: 'FLINT_LAYOUT_CORRUPT',
  /** Host databases without a layout record that would say whose they are. */
  LayoutMissing: 'FLINT_LAYOUT_MISSING',
  /** A host database the layout lists is not there. */
  DatabaseMissing: 'FLINT_LAYOUT_DATABASE_MISSING',
  /** A host database that belongs to another node, cluster or incarnation of this node. */
  DatabaseForeign: 'FLINT_LAYOUT_DATABASE_FOREIGN',
  /** A host database older than the layout: an earlier copy put back in place of the live one. */
  DatabaseStale: 'FLINT_LAYOUT_DATABASE_STALE',
  /** A group the layout places in a database that does not hold it. */
  GroupMissing: 'FLINT_LAYOUT_GROUP_MISSING',
  /** A group held by two host databases, and no layout to say which copy is live. */
  GroupDuplicate: 'FLINT_LAYOUT_GROUP_DUPLICATE',
} as const;

export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

/** Every error this package throws on purpose; `code` is stable, `message` says what to do. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** The `code` of a LevelDB (abstract-level) error, or of its cause, if any. */
export function levelErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  const own = typeof code === 'string' ? code : undefined;
  const nested = levelErrorCode(cause);
  // abstract-level wraps open failures in LEVEL_DATABASE_NOT_OPEN; the cause says why.
  return own === 'LEVEL_DATABASE_NOT_OPEN' && nested !== undefined ? nested : (own ?? nested);
}

/** How the operating system words a full disk or an exhausted quota (LevelDB reports errno as text). */
const NO_SPACE_MESSAGE = /no space left on device|disk quota exceeded|not enough space on the disk/i;

/** Whether `error`, or one of its causes, says the disk is full (ENOSPC, EDQUOT). */
export function isDiskFullError(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; ) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === StorageErrorCode.DiskFull) return true;
    if (typeof message === 'string' && NO_SPACE_MESSAGE.test(message)) return true;
    current = cause;
  }
  return false;
}

/** Turns a LevelDB read error into FLINT_STORAGE_CORRUPT when it reports corruption; otherwise returns it as is. */
export function translateReadError(error: unknown, what: string): unknown {
  if (levelErrorCode(error) === 'LEVEL_CORRUPTION') {
    return new StorageError(StorageErrorCode.Corrupt, `LevelDB reports corruption while reading ${what}`, {
      cause: error,
    });
  }
  return error;
}
