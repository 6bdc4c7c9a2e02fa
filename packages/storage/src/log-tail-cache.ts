import type { Entry } from '@flintkv/proto';

/** Bytes an entry is charged in the cache: its data plus a fixed estimate of the object around it. */
export function cachedEntryBytes(entry: Entry): number {
  return entry.data.byteLength + 64;
}

/**
 * The newest entries of one group's log, contiguous and bounded in bytes, so the reads Raft
 * makes most (the tail: appends, replication to followers that keep up) never touch disk.
 * Older entries are evicted first; a single entry larger than the bound is not kept.
 */
export class LogTailCache {
  #entries: Entry[] = [];
  /** Position in `#entries` of the oldest live entry (evicting by index avoids O(n) shifts). */
  #head = 0;
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.length - this.#head;
  }

  /** Index of the oldest cached entry, or undefined when empty. */
  get firstIndex(): number | undefined {
    return this.#entries[this.#head]?.index;
  }

  get(index: number): Entry | undefined {
    const first = this.firstIndex;
    if (first === undefined || index < first) return undefined;
    return this.#entries[this.#head + (index - first)];
  }

  /**
   * Adds contiguous `entries` at the tail. Cached entries at or after `entries[0].index` are
   * replaced; if the new entries do not continue the cached run, the cache restarts with them.
   */
  append(entries: readonly Entry[]): void {
    const first = entries[0];
    if (first === undefined) return;
    const cachedFirst = this.firstIndex;
    const cachedLast = cachedFirst === undefined ? undefined : cachedFirst + this.size - 1;
    if (
      cachedFirst === undefined ||
      cachedLast === undefined ||
      first.index < cachedFirst ||
      first.index > cachedLast + 1
    ) {
      this.clear();
    } else {
      this.truncateFrom(first.index);
    }
    for (const entry of entries) {
      this.#entries.push(entry);
      this.#bytes += cachedEntryBytes(entry);
    }
    this.#evict();
  }

  /** Drops every cached entry with index `>= index`. */
  truncateFrom(index: number): void {
    const first = this.firstIndex;
    if (first === undefined) return;
    const keep = Math.max(0, index - first);
    while (this.size > keep) this.#bytes -= cachedEntryBytes(this.#entries.pop()!);
    if (this.size === 0) this.clear();
  }

  /** Drops every cached entry with index `< index`. */
  dropBefore(index: number): void {
    while (this.size > 0 && this.#entries[this.#head]!.index < index) this.#dropOldest();
    this.#compactArray();
  }

  clear(): void {
    this.#entries = [];
    this.#head = 0;
    this.#bytes = 0;
  }

  #evict(): void {
    while (this.#bytes > this.maxBytes && this.size > 0) this.#dropOldest();
    this.#compactArray();
  }

  #dropOldest(): void {
    const entry = this.#entries[this.#head]!;
    this.#entries[this.#head] = undefined as unknown as Entry;
    this.#head += 1;
    this.#bytes -= cachedEntryBytes(entry);
  }

  #compactArray(): void {
    if (this.size === 0) {
      this.clear();
    } else if (this.#head > 1024 && this.#head * 2 > this.#entries.length) {
      this.#entries = this.#entries.slice(this.#head);
      this.#head = 0;
    }
  }
}
