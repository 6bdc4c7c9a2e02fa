import { type KvWriteResult, decodeWriteResult, encodeWriteResult, packOwned, unpackBytes } from './kv-command.js';
import { sessionKey } from './kv-keys.js';

/**
 * Client sessions of one region: for each client, the results of its most recent writes by
 * sequence number, so a retried write is answered with its original result and never applied
 * twice. Everything here changes only by applying log entries, and time is the proposers'
 * stamped time, so every replica holds the same table at the same applied index.
 */

/** How long a client may stay silent before its session is forgotten. */
export const SESSION_TTL_MS = 10 * 60 * 1000;
/** Results kept per client; pipelined clients may have up to this many writes in flight per region. */
export const RESULTS_PER_SESSION = 256;

interface SessionRecord {
  lastSeen: number;
  /** Ascending by sequence. */
  results: { sequence: number; result: Uint8Array }[];
}

/** What the table knows about one (client, sequence). */
export type SessionLookup =
  | { kind: 'new' }
  | { kind: 'duplicate'; result: KvWriteResult }
  /** Older than every result kept, with results evicted since: it may have been applied. */
  | { kind: 'too-old' };

/** A record to store (`value`) or delete (`value === null`) under `key`. */
export interface StoredRecord {
  key: Uint8Array;
  value: Uint8Array | null;
}

/**
 * A record whose bytes are produced only when its batch is read or persisted. A pipelined
 * client has many writes applied in one turn; each rewrites its session record, and encoding
 * only the last one per turn keeps the apply path from re-packing the session for every write.
 */
export interface DeferredRecord {
  key: Uint8Array;
  encode(): Uint8Array;
}

export class SessionTable {
  /** Insertion order is `lastSeen` order: a touched session is moved to the end. */
  private readonly sessions = new Map<string, SessionRecord>();

  /** Rebuilds the table from stored session records (as written by {@link record}). */
  static load(records: Iterable<{ clientId: string; value: Uint8Array }>): SessionTable {
    const loaded: [string, SessionRecord][] = [];
    for (const { clientId, value } of records) {
      const decoded = unpackBytes(value) as { lastSeen: number; results: [number, Uint8Array][] };
      loaded.push([
        clientId,
        { lastSeen: decoded.lastSeen, results: decoded.results.map(([sequence, result]) => ({ sequence, result })) },
      ]);
    }
    loaded.sort((a, b) => a[1].lastSeen - b[1].lastSeen || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const table = new SessionTable();
    for (const [clientId, record] of loaded) table.sessions.set(clientId, record);
    return table;
  }

  get size(): number {
    return this.sessions.size;
  }

  lookup(clientId: string, sequence: number): SessionLookup {
    const record = this.sessions.get(clientId);
    if (record === undefined) return { kind: 'new' };
    for (const entry of record.results) {
      if (entry.sequence === sequence) return { kind: 'duplicate', result: decodeWriteResult(entry.result) };
    }
    const oldest = record.results[0];
    if (record.results.length >= RESULTS_PER_SESSION && oldest !== undefined && sequence < oldest.sequence) {
      return { kind: 'too-old' };
    }
    return { kind: 'new' };
  }

  /**
   * Remembers a write's result at state-machine time `now`; returns the session's record to
   * store, encoded from the session as it stands when the batch is persisted.
   */
  record(clientId: string, sequence: number, result: KvWriteResult, now: number): DeferredRecord {
    const record = this.sessions.get(clientId) ?? { lastSeen: now, results: [] };
    this.sessions.delete(clientId);
    record.lastSeen = now;
    const entry = { sequence, result: encodeWriteResult(result) };
    let position = record.results.length;
    while (position > 0 && record.results[position - 1]!.sequence > sequence) position--;
    record.results.splice(position, 0, entry);
    if (record.results.length > RESULTS_PER_SESSION) record.results.shift();
    this.sessions.set(clientId, record);
    return {
      key: sessionKey(clientId),
      encode: () =>
        packOwned({ lastSeen: record.lastSeen, results: record.results.map((r) => [r.sequence, r.result]) }),
    };
  }

  /** Forgets sessions silent for longer than {@link SESSION_TTL_MS} at time `now`; returns the deletions. */
  expire(now: number): StoredRecord[] {
    const deletions: StoredRecord[] = [];
    for (const [clientId, record] of this.sessions) {
      if (record.lastSeen + SESSION_TTL_MS >= now) break;
      this.sessions.delete(clientId);
      deletions.push({ key: sessionKey(clientId), value: null });
    }
    return deletions;
  }
}
