import type { Entry } from '@flintkv/proto/raft';

/** Bytes an entry counts for in size limits: its payload (the storage contract counts data lengths). */
export function entryPayloadSize(entry: Entry): number {
  return entry.data.length;
}

/** Total payload bytes of `entries`. */
export function entriesPayloadSize(entries: readonly Entry[]): number {
  let size = 0;
  for (const entry of entries) size += entry.data.length;
  return size;
}

/**
 * The longest prefix of `entries` whose payloads fit in `maxBytes`, but always at least one
 * entry so that an oversized entry can still make progress.
 */
export function limitSize(entries: Entry[], maxBytes: number | undefined): Entry[] {
  if (maxBytes === undefined || entries.length <= 1) return entries;
  let size = entries[0]!.data.length;
  let count = 1;
  while (count < entries.length) {
    size += entries[count]!.data.length;
    if (size > maxBytes) break;
    count++;
  }
  return count === entries.length ? entries : entries.slice(0, count);
}
