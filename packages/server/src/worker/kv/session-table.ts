import type { StoredRecord } from '../group/group-state-machine.js';
import { type KvWriteResult, decodeWriteResult, encodeWriteResult } from './kv-command.js';
import { parseSessionResultKey, sessionResultKey, sessionResultPrefix } from './kv-keys.js';

/**
 * Client sessions of one region: for each client, the results of its most recent writes by
 * sequence number, so a retried write is answered with its original result and never applied
 * twice. Everything here changes only by applying log entries, and time is the proposers'
 * stamped time, so every replica holds the same table at the same applied index.
 *
 * Each result is stored under its own key (see `sessionResultKey`), so recording a write costs
 * one small record (and one deletion once the session is full), whatever the session's size.
 */

/** How long a client may stay silent before its session is forgotten. */
export const SESSION_TTL_MS = 10 * 60 * 1000;
/**
 * Most results kept per client and region. A client that says which writes are done
 * (`firstIncomplete`) keeps only the results of its unfinished ones, so it reaches this bound
 * only when one write is delayed behind a thousand newer ones (a retry across a split or an
 * election on a busy region); a client that does not say it keeps its last this many.
 */
export const RESULTS_PER_SESSION = 1024;

interface SessionResult {
  sequence: number;
  /** State-machine time the write was applied at. */
  time: number;
  result: Uint8Array;
}

interface SessionRecord {
  /** Key prefix of this client's results. */
  keyPrefix: Uint8Array;
  lastSeen: number;
  /** Ascending by sequence. */
  results: SessionResult[];
  /** The same results by sequence, for lookups. */
  bySequence: Map<number, SessionResult>;
}

/** What the table knows about one (client, sequence). */
export type SessionLookup =
  | { kind: 'new' }
  | { kind: 'duplicate'; result: KvWriteResult }
  /** Older than every result kept, with results evicted since: it may have been applied. */
  | { kind: 'too-old' };

export class SessionTable {
  /** Insertion order is `lastSeen` order: a touched session is moved to the end. */
  private readonly sessions = new Map<string, SessionRecord>();

  /** Rebuilds the table from stored session results (as written by {@link record}), in any order. */
  static load(records: Iterable<{ key: Uint8Array; value: Uint8Array }>): SessionTable {
    const byClient = new Map<string, SessionRecord>();
    for (const { key, value } of records) {
      const { clientId, sequence } = parseSessionResultKey(key);
      const { time, result } = decodeStoredResult(value);
      let session = byClient.get(clientId);
      if (session === undefined) {
        session = newSession(clientId, time);
        byClient.set(clientId, session);
      }
      session.lastSeen = Math.max(session.lastSeen, time);
      const entry = { sequence, time, result };
      session.results.push(entry);
      session.bySequence.set(sequence, entry);
    }
    const loaded = [...byClient];
    for (const [, session] of loaded) session.results.sort((a, b) => a.sequence - b.sequence);
    loaded.sort((a, b) => a[1].lastSeen - b[1].lastSeen || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const table = new SessionTable();
    for (const [clientId, session] of loaded) table.sessions.set(clientId, session);
    return table;
  }

  get size(): number {
    return this.sessions.size;
  }

  lookup(clientId: string, sequence: number): SessionLookup {
    const session = this.sessions.get(clientId);
    if (session === undefined) return { kind: 'new' };
    const known = session.bySequence.get(sequence);
    if (known !== undefined) return { kind: 'duplicate', result: decodeWriteResult(known.result) };
    const oldest = session.results[0];
    if (session.results.length >= RESULTS_PER_SESSION && oldest !== undefined && sequence < oldest.sequence) {
      return { kind: 'too-old' };
    }
    return { kind: 'new' };
  }

  /**
   * Remembers a write's result at state-machine time `now`; returns the records to store: the
   * result, and the deletion of the oldest one when the session holds too many.
   */
  record(
    clientId: string,
    sequence: number,
    result: KvWriteResult,
    now: number,
    firstIncomplete?: number,
  ): StoredRecord[] {
    const session = this.sessions.get(clientId) ?? newSession(clientId, now);
    this.sessions.delete(clientId);
    session.lastSeen = now;
    const entry = { sequence, time: now, result: encodeWriteResult(result) };
    let position = session.results.length;
    while (position > 0 && session.results[position - 1]!.sequence > sequence) position--;
    session.results.splice(position, 0, entry);
    session.bySequence.set(sequence, entry);
    this.sessions.set(clientId, session);
    const records: StoredRecord[] = [
      { key: sessionResultKey(session.keyPrefix, sequence), value: encodeStoredResult(entry.time, entry.result) },
    ];
    // The client will never retry a write below its first incomplete one: its result can go.
    while (
      firstIncomplete !== undefined &&
      session.results.length > 1 &&
      session.results[0]!.sequence < firstIncomplete
    ) {
      const done = session.results.shift()!;
      session.bySequence.delete(done.sequence);
      records.push({ key: sessionResultKey(session.keyPrefix, done.sequence), value: null });
    }
    if (session.results.length > RESULTS_PER_SESSION) {
      const evicted = session.results.shift()!;
      session.bySequence.delete(evicted.sequence);
      records.push({ key: sessionResultKey(session.keyPrefix, evicted.sequence), value: null });
    }
    return records;
  }

  /** Forgets sessions silent for longer than {@link SESSION_TTL_MS} at time `now`; returns the deletions. */
  expire(now: number): StoredRecord[] {
    const deletions: StoredRecord[] = [];
    for (const [clientId, session] of this.sessions) {
      if (session.lastSeen + SESSION_TTL_MS >= now) break;
      this.sessions.delete(clientId);
      for (const { sequence } of session.results) {
        deletions.push({ key: sessionResultKey(session.keyPrefix, sequence), value: null });
      }
    }
    return deletions;
  }
}

function newSession(clientId: string, now: number): SessionRecord {
  return { keyPrefix: sessionResultPrefix(clientId), lastSeen: now, results: [], bySequence: new Map() };
}

/** A stored result: the state-machine time as a big-endian float64, then the encoded result. */
function encodeStoredResult(time: number, result: Uint8Array): Uint8Array {
  const stored = new Uint8Array(8 + result.byteLength);
  new DataView(stored.buffer).setFloat64(0, time);
  stored.set(result, 8);
  return stored;
}

function decodeStoredResult(stored: Uint8Array): { time: number; result: Uint8Array } {
  if (stored.byteLength < 8)
    throw new Error(`a stored session result has ${stored.byteLength} bytes; at least 8 expected`);
  const time = new DataView(stored.buffer, stored.byteOffset, 8).getFloat64(0);
  return { time, result: stored.slice(8) };
}
