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
 * Results a session keeps at least. A client that does not say which writes are done keeps
 * exactly its last this many. One that does (`firstIncomplete`) keeps the results of its
 * unfinished writes, and more than this many only for {@link RESULT_RETENTION_MS}: a write
 * delayed behind thousands of newer ones (a retry across a split or an election on a busy
 * region) still finds its slot.
 */
export const RESULTS_PER_SESSION = 256;
/** How long a result beyond {@link RESULTS_PER_SESSION} is kept while its client has not said it is done. */
export const RESULT_RETENTION_MS = 60_000;
/** A session never keeps more results than this (memory bound against a client that never says). */
export const MAX_RESULTS_PER_SESSION = 65_536;
/**
 * The sequence under which a session stores its eviction mark: the highest sequence whose
 * result was dropped unasked. Clients number writes from 1, so 0 is free.
 */
const EVICTION_MARK_SEQUENCE = 0;

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
  /**
   * The highest sequence whose result was dropped before its client said it was done (by the
   * bounds, not by `firstIncomplete`): a write at or below it that is not kept may have been
   * applied. Stored (as sequence 0) so that every replica, reloaded or not, decides alike.
   */
  evictedThrough: number;
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
    const marked = new Set<string>();
    for (const { key, value } of records) {
      const { clientId, sequence } = parseSessionResultKey(key);
      const { time, result } = decodeStoredResult(value);
      let session = byClient.get(clientId);
      if (session === undefined) {
        session = newSession(clientId, time);
        byClient.set(clientId, session);
      }
      session.lastSeen = Math.max(session.lastSeen, time);
      if (sequence === EVICTION_MARK_SEQUENCE) {
        session.evictedThrough = decodeMark(result);
        marked.add(clientId);
        continue;
      }
      const entry = { sequence, time, result };
      session.results.push(entry);
      session.bySequence.set(sequence, entry);
    }
    const loaded = [...byClient];
    for (const [clientId, session] of loaded) {
      session.results.sort((a, b) => a.sequence - b.sequence);
      // Stored by a build without marks, which kept exactly the last RESULTS_PER_SESSION.
      if (!marked.has(clientId) && session.results.length >= RESULTS_PER_SESSION) {
        session.evictedThrough = session.results[0]!.sequence - 1;
      }
    }
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
    if (sequence <= session.evictedThrough) return { kind: 'too-old' };
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
    const known = this.sessions.get(clientId);
    const session = known ?? newSession(clientId, now);
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
    let evicted = false;
    while (session.results.length > RESULTS_PER_SESSION && mayEvictOldest(session, now, firstIncomplete)) {
      const dropped = session.results.shift()!;
      session.bySequence.delete(dropped.sequence);
      records.push({ key: sessionResultKey(session.keyPrefix, dropped.sequence), value: null });
      session.evictedThrough = Math.max(session.evictedThrough, dropped.sequence);
      evicted = true;
    }
    // A new session stores its mark at once: a reload then tells it from one stored without marks.
    if (evicted || known === undefined) {
      records.push({
        key: sessionResultKey(session.keyPrefix, EVICTION_MARK_SEQUENCE),
        value: encodeStoredResult(now, encodeMark(session.evictedThrough)),
      });
    }
    return records;
  }

  /**
   * Takes in the stored session results of a region this one absorbs (a merge,
   * `region-merge.ts`): a result this table lacks is added; of two eviction marks the higher
   * stays, so a write either region may have forgotten is refused as too old. Returns the
   * records to store. Every replica absorbs the same records alike.
   */
  absorb(records: Iterable<{ key: Uint8Array; value: Uint8Array }>): StoredRecord[] {
    const written: StoredRecord[] = [];
    // Loaded as a table first, so a session stored without a mark gets the mark `load` implies.
    const incoming = SessionTable.load(records);
    for (const [clientId, source] of incoming.sessions) {
      let session = this.sessions.get(clientId);
      if (session === undefined) {
        session = newSession(clientId, source.lastSeen);
        this.sessions.set(clientId, session);
      }
      session.lastSeen = Math.max(session.lastSeen, source.lastSeen);
      session.evictedThrough = Math.max(session.evictedThrough, source.evictedThrough);
      for (const entry of source.results) {
        if (session.bySequence.has(entry.sequence)) continue;
        let position = session.results.length;
        while (position > 0 && session.results[position - 1]!.sequence > entry.sequence) position--;
        session.results.splice(position, 0, entry);
        session.bySequence.set(entry.sequence, entry);
        written.push({
          key: sessionResultKey(session.keyPrefix, entry.sequence),
          value: encodeStoredResult(entry.time, entry.result),
        });
      }
      // Always stored: a replica that reloads must decide as one that did not (an implied mark
      // of a session stored without marks would otherwise change with the results absorbed).
      written.push({
        key: sessionResultKey(session.keyPrefix, EVICTION_MARK_SEQUENCE),
        value: encodeStoredResult(session.lastSeen, encodeMark(session.evictedThrough)),
      });
    }
    // Iteration order is `lastSeen` order (`expire` stops at the first live session).
    const ordered = [...this.sessions].sort(
      (a, b) => a[1].lastSeen - b[1].lastSeen || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    this.sessions.clear();
    for (const [clientId, session] of ordered) this.sessions.set(clientId, session);
    return written;
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
      deletions.push({ key: sessionResultKey(session.keyPrefix, EVICTION_MARK_SEQUENCE), value: null });
    }
    return deletions;
  }
}

function newSession(clientId: string, now: number): SessionRecord {
  return {
    keyPrefix: sessionResultPrefix(clientId),
    lastSeen: now,
    results: [],
    bySequence: new Map(),
    evictedThrough: 0,
  };
}

/**
 * Whether the oldest result may be dropped (the session holds more than the minimum): always
 * for a client that does not say which writes are done; for one that does, once the result is
 * older than {@link RESULT_RETENTION_MS} or the session is at {@link MAX_RESULTS_PER_SESSION}.
 */
function mayEvictOldest(session: SessionRecord, now: number, firstIncomplete: number | undefined): boolean {
  if (firstIncomplete === undefined) return true;
  return session.results.length > MAX_RESULTS_PER_SESSION || session.results[0]!.time < now - RESULT_RETENTION_MS;
}

function encodeMark(evictedThrough: number): Uint8Array {
  const mark = new Uint8Array(8);
  new DataView(mark.buffer).setFloat64(0, evictedThrough);
  return mark;
}

function decodeMark(stored: Uint8Array): number {
  return stored.byteLength === 8 ? new DataView(stored.buffer, stored.byteOffset, 8).getFloat64(0) : 0;
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
