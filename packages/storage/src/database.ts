import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractSublevel } from 'abstract-level';
import { ClassicLevel } from 'classic-level';
import { isDiskFullError, levelErrorCode, StorageError, StorageErrorCode } from './errors.js';
import type { StagedOperation } from './turn.js';

type BinaryDatabase = ClassicLevel<Uint8Array, Uint8Array>;
/** A sublevel with byte keys and byte values. */
export type BinarySublevel = AbstractSublevel<BinaryDatabase, string | Buffer | Uint8Array, Uint8Array, Uint8Array>;
/** The `meta` sublevel: string keys, byte values. */
export type MetaSublevel = AbstractSublevel<BinaryDatabase, string | Buffer | Uint8Array, string, Uint8Array>;

/** One open LevelDB database and its four sublevels (docs/architecture.md#storage-keys). */
export interface Database {
  readonly directory: string;
  readonly level: BinaryDatabase;
  /** Log entries: group u64 | index u64 → entry. */
  readonly raftLog: BinarySublevel;
  /** Hard state, conf state and log start: group u64 | record u8 → record. */
  readonly raftState: BinarySublevel;
  /** State-machine data: group u64 | user key → value. */
  readonly kv: BinarySublevel;
  /** Format version, identity, applied index per group, and whatever the server stores. */
  readonly meta: MetaSublevel;
}

/**
 * Opens (creating if absent) the LevelDB database in `directory`, turning LevelDB's open
 * failures into coded StorageErrors. Refuses a non-empty directory without a CURRENT file:
 * LevelDB would otherwise create a fresh, empty database over the remains of the old one.
 */
export async function openDatabase(directory: string): Promise<Database> {
  if (existsSync(directory)) {
    const files = readdirSync(directory);
    if (files.length > 0 && !files.includes('CURRENT')) {
      throw new StorageError(
        StorageErrorCode.Corrupt,
        `${directory} holds files (${files.slice(0, 5).join(', ')}) but no LevelDB CURRENT file; refusing to start empty over it. Restore the directory or remove it to rejoin as a new node.`,
      );
    }
  }
  const level = new ClassicLevel<Uint8Array, Uint8Array>(directory, { keyEncoding: 'view', valueEncoding: 'view' });
  try {
    await level.open();
  } catch (error) {
    throw translateOpenError(directory, error);
  }
  const binary = { keyEncoding: 'view', valueEncoding: 'view' } as const;
  return {
    directory,
    level,
    raftLog: level.sublevel<Uint8Array, Uint8Array>('raft_log', binary),
    raftState: level.sublevel<Uint8Array, Uint8Array>('raft_state', binary),
    kv: level.sublevel<Uint8Array, Uint8Array>('kv', binary),
    meta: level.sublevel<string, Uint8Array>('meta', { keyEncoding: 'utf8', valueEncoding: 'view' }),
  };
}

/**
 * Writes staged operations as one synced batch on the root database. Keys get their sublevel
 * prefix here, and a chained batch hands each operation straight to LevelDB's WriteBatch:
 * several times cheaper than abstract-level's array batch for big turns.
 */
export async function writeSyncedBatch(database: Database, operations: readonly StagedOperation[]): Promise<void> {
  const { level, raftLog, raftState, kv, meta } = database;
  const sublevels = { raftLog, raftState, kv };
  const batch = level.batch();
  try {
    for (const operation of operations) {
      const key =
        operation.sublevel === 'meta'
          ? meta.prefixKey(utf8.encode(operation.key), 'view')
          : sublevels[operation.sublevel].prefixKey(operation.key, 'view');
      if (operation.type === 'put') batch.put(key, operation.value);
      else batch.del(key);
    }
  } catch (error) {
    await batch.close();
    throw error;
  }
  await batch.write({ sync: true });
}

const utf8 = new TextEncoder();

function translateOpenError(directory: string, error: unknown): unknown {
  const code = levelErrorCode(error);
  const reason = describeCause(error);
  if (code === 'LEVEL_LOCKED') {
    return new StorageError(
      StorageErrorCode.Locked,
      `database ${directory} is locked by another process or handle (${reason}); stop the other FlintKV process using this data directory`,
      { cause: error },
    );
  }
  // Opening replays the write-ahead log into a new table file: on a full disk that fails with an
  // IO error, which must not read as corruption (the advice would be to discard a sound database).
  if (isDiskFullError(error)) {
    return new StorageError(
      StorageErrorCode.DiskFull,
      `database ${directory} cannot be opened: its disk is full (${reason}); free space on that filesystem and start again — the database itself is intact`,
      { cause: error },
    );
  }
  // A garbage CURRENT file surfaces as an IO error naming a missing manifest.
  if (code === 'LEVEL_CORRUPTION' || (code === 'LEVEL_IO_ERROR' && existsSync(join(directory, 'CURRENT')))) {
    return new StorageError(
      StorageErrorCode.Corrupt,
      `database ${directory} is corrupt and cannot be opened (${reason}); restore it from a replica or backup`,
      { cause: error },
    );
  }
  return error;
}

function describeCause(error: unknown): string {
  let current: unknown = error;
  let message = '';
  while (typeof current === 'object' && current !== null) {
    const { message: text, cause } = current as { message?: unknown; cause?: unknown };
    if (typeof text === 'string') message = text;
    current = cause;
  }
  return message;
}
