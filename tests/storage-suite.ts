/**
 * One compliance suite for every implementation of `@flintkv/raft`'s `RaftStorage` (the
 * LevelDB store of `@flintkv/storage` and the raft package's `MemoryStorage`), in the manner
 * of abstract-level's shared test suite: an implementation is correct when this passes.
 *
 * Implementations differ in how they are written to, so each is driven through a
 * {@link StorageUnderTest} adapter; the reads checked are the `RaftStorage` interface itself.
 */
import { type ConfState, type Entry, EntryType, type HardState, type SnapshotMetadata } from '@flintkv/proto';
import { STORAGE_COMPACTED, STORAGE_UNAVAILABLE, type RaftStorage } from '@flintkv/raft';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

/** One storage instance plus the writes the suite needs, each durable when its promise settles. */
export interface StorageUnderTest {
  readonly storage: RaftStorage;
  /** Appends entries, truncating any conflicting suffix. */
  append(entries: Entry[]): Promise<void>;
  setHardState(hardState: HardState): Promise<void>;
  /** Drops every entry below `upTo`: afterwards `firstIndex() === upTo` and `term(upTo - 1)` answers. */
  compact(upTo: number): Promise<void>;
  /** Installs a snapshot with this metadata; the adapter supplies data its implementation accepts. */
  applySnapshot(metadata: SnapshotMetadata): Promise<void>;
  /** Closes and reopens from durable state. Absent for implementations that are not durable. */
  reopen?: () => Promise<StorageUnderTest>;
  /**
   * Builds the snapshot `storage.snapshot()` answered "not yet" (index 0) for, for stores that
   * build snapshots on demand from their state. Absent when `snapshot()` never answers so.
   */
  buildWantedSnapshot?: () => Promise<void>;
  close(): Promise<void>;
}

export interface StorageFactory {
  /** Whether written state survives `reopen()`; the durability test runs only then. */
  durable: boolean;
  /** A new, empty storage for one group bootstrapped with `confState`. */
  create(confState: ConfState): Promise<StorageUnderTest>;
}

const confState: ConfState = {
  voters: [1, 2, 3],
  learners: [4],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};

/** Entries `first .. first + count - 1` in `term`, each carrying `size` bytes that identify it. */
export function makeEntries(first: number, count: number, term: number, size = 8): Entry[] {
  return Array.from({ length: count }, (_, k) => {
    const index = first + k;
    return { index, term, type: EntryType.Normal, data: new Uint8Array(size).fill((index * 7 + term) % 256) };
  });
}

function expectCode(action: () => unknown, code: string): void {
  expect(action).toThrow(expect.objectContaining({ code }));
}

function summary(storage: RaftStorage) {
  const first = storage.firstIndex();
  const last = storage.lastIndex();
  return {
    first,
    last,
    terms: Array.from({ length: last - first + 2 }, (_, k) => storage.term(first - 1 + k)),
    entries: storage.entries(first, last + 1).map((entry) => ({ ...entry, data: [...entry.data] })),
    initialState: storage.initialState(),
  };
}

export function describeRaftStorageCompliance(name: string, factory: StorageFactory): void {
  describe(`RaftStorage compliance: ${name}`, () => {
    const open: StorageUnderTest[] = [];
    const create = async () => {
      const subject = await factory.create(confState);
      open.push(subject);
      return subject;
    };
    const reopen = async (subject: StorageUnderTest) => {
      const again = await subject.reopen!();
      open.push(again);
      return again;
    };
    afterEach(async () => {
      for (const subject of open.splice(0).reverse()) await subject.close();
    });

    it('starts empty: first index 1, last index 0, term(0) = 0, the bootstrap configuration', async () => {
      const { storage } = await create();
      expect(storage.firstIndex()).toBe(1);
      expect(storage.lastIndex()).toBe(0);
      expect(storage.term(0)).toBe(0);
      expect(storage.entries(1, 1)).toEqual([]);
      expect(storage.initialState()).toEqual({ hardState: { term: 0, vote: 0, commit: 0 }, confState });
      expect(storage.snapshot().metadata).toMatchObject({ index: 0, term: 0 });
    });

    it('returns appended entries and their terms', async () => {
      const subject = await create();
      await subject.append([...makeEntries(1, 3, 1), ...makeEntries(4, 2, 2)]);
      const { storage } = subject;
      expect([storage.firstIndex(), storage.lastIndex()]).toEqual([1, 5]);
      expect([1, 2, 3, 4, 5].map((index) => storage.term(index))).toEqual([1, 1, 1, 2, 2]);
      expect(storage.entries(2, 5)).toEqual([...makeEntries(2, 2, 1), ...makeEntries(4, 1, 2)]);
    });

    it('throws COMPACTED below the first index and UNAVAILABLE past the last index', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 10, 1));
      await subject.compact(5);
      const { storage } = subject;
      expectCode(() => storage.entries(4, 6), STORAGE_COMPACTED);
      expectCode(() => storage.term(3), STORAGE_COMPACTED);
      expectCode(() => storage.entries(9, 12), STORAGE_UNAVAILABLE);
      expectCode(() => storage.term(11), STORAGE_UNAVAILABLE);
      expect(storage.term(4)).toBe(1);
      expect(storage.entries(10, 11)).toEqual(makeEntries(10, 1, 1));
      expect(storage.entries(11, 11)).toEqual([]);
    });

    it('limits entries to maxBytes of data, but always returns at least one', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 5, 1, 100));
      const { storage } = subject;
      expect(storage.entries(1, 6, 0).length).toBe(1);
      expect(storage.entries(1, 6, 99).length).toBe(1);
      expect(storage.entries(1, 6, 200).length).toBe(2);
      expect(storage.entries(1, 6, 299).length).toBe(2);
      expect(storage.entries(1, 6, 500).length).toBe(5);
      expect(storage.entries(1, 6).length).toBe(5);
    });

    it('truncates a conflicting suffix when entries are appended over it', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 6, 1));
      await subject.append(makeEntries(3, 2, 2));
      const { storage } = subject;
      expect(storage.lastIndex()).toBe(4);
      expect(storage.entries(1, 5).map((entry) => entry.term)).toEqual([1, 1, 2, 2]);
      expectCode(() => storage.term(5), STORAGE_UNAVAILABLE);
    });

    it('re-appending entries it already has changes nothing and extends the log', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 5, 1));
      await subject.append(makeEntries(4, 4, 1));
      expect(subject.storage.entries(1, 8)).toEqual(makeEntries(1, 7, 1));
    });

    it('ignores appended entries that are already compacted', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 5, 1));
      await subject.compact(4);
      await subject.append(makeEntries(2, 6, 1));
      const { storage } = subject;
      expect([storage.firstIndex(), storage.lastIndex()]).toEqual([4, 7]);
      expect(storage.entries(4, 8)).toEqual(makeEntries(4, 4, 1));
    });

    it('refuses an append that would leave a hole', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 2, 1));
      await expect(subject.append(makeEntries(4, 1, 1))).rejects.toThrow();
      expect(subject.storage.lastIndex()).toBe(2);
    });

    it('compaction keeps the term of the entry before the new first index', async () => {
      const subject = await create();
      await subject.append([...makeEntries(1, 3, 1), ...makeEntries(4, 3, 2)]);
      await subject.compact(4);
      const { storage } = subject;
      expect([storage.firstIndex(), storage.lastIndex(), storage.term(3), storage.term(4)]).toEqual([4, 6, 1, 2]);
      await subject.compact(7);
      expect([storage.firstIndex(), storage.lastIndex(), storage.term(6)]).toEqual([7, 6, 2]);
      expect(storage.entries(7, 7)).toEqual([]);
    });

    it('reports the hard state in its initial state', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 3, 2));
      await subject.setHardState({ term: 2, vote: 3, commit: 2 });
      expect(subject.storage.initialState()).toEqual({ hardState: { term: 2, vote: 3, commit: 2 }, confState });
    });

    it('a snapshot replaces the log and the configuration', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 5, 1));
      const snapshotConf: ConfState = { ...confState, voters: [1, 2, 5], learners: [] };
      await subject.applySnapshot({ index: 20, term: 3, confState: snapshotConf });
      const { storage } = subject;
      expect([storage.firstIndex(), storage.lastIndex(), storage.term(20)]).toEqual([21, 20, 3]);
      expectCode(() => storage.entries(5, 6), STORAGE_COMPACTED);
      expect(storage.initialState().confState).toEqual(snapshotConf);
      // A store may answer "not yet" and build the snapshot when asked for it.
      if (storage.snapshot().metadata.index === 0) await subject.buildWantedSnapshot?.();
      expect(storage.snapshot().metadata).toEqual({ index: 20, term: 3, confState: snapshotConf });
      await subject.append(makeEntries(21, 2, 3));
      expect(storage.entries(21, 23)).toEqual(makeEntries(21, 2, 3));
    });

    it('a snapshot inside the current log still discards the whole log', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 10, 1));
      await subject.applySnapshot({ index: 5, term: 1, confState });
      const { storage } = subject;
      expect([storage.firstIndex(), storage.lastIndex()]).toEqual([6, 5]);
    });

    it('agrees with a reference model over random appends, truncations and compactions', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.record({
                kind: fc.constant('append' as const),
                back: fc.nat(6),
                count: fc.integer({ min: 1, max: 6 }),
              }),
              fc.record({ kind: fc.constant('compact' as const), back: fc.nat(8) }),
            ),
            { minLength: 1, maxLength: 25 },
          ),
          async (operations) => {
            const subject = await create();
            let model: Entry[] = []; // entries firstIndex..lastIndex
            let modelFirst = 1;
            let term = 1;
            for (const operation of operations) {
              const last = modelFirst + model.length - 1;
              if (operation.kind === 'append') {
                const start = Math.max(modelFirst, last + 1 - operation.back);
                if (start <= last) term += 1; // overwriting needs a newer term, as Raft guarantees
                const entries = makeEntries(start, operation.count, term);
                await subject.append(entries);
                model = [...model.slice(0, start - modelFirst), ...entries];
              } else {
                const upTo = last + 1 - operation.back;
                if (upTo <= modelFirst) continue;
                await subject.compact(upTo);
                model = model.slice(upTo - modelFirst);
                modelFirst = upTo;
              }
              const { storage } = subject;
              expect([storage.firstIndex(), storage.lastIndex()]).toEqual([modelFirst, modelFirst + model.length - 1]);
              expect(storage.entries(modelFirst, modelFirst + model.length)).toEqual(model);
            }
          },
        ),
        { numRuns: 40 },
      );
    });

    if (!factory.durable) return;
    it('everything written survives a reopen', async () => {
      const subject = await create();
      await subject.append(makeEntries(1, 8, 1));
      await subject.append(makeEntries(6, 2, 2));
      await subject.compact(3);
      await subject.setHardState({ term: 2, vote: 1, commit: 6 });
      const before = summary(subject.storage);
      const again = await reopen(subject);
      expect(summary(again.storage)).toEqual(before);
      expect(before).toMatchObject({ first: 3, last: 7 });

      await again.applySnapshot({ index: 30, term: 4, confState });
      await again.append(makeEntries(31, 1, 4));
      const afterSnapshot = summary(again.storage);
      const third = await reopen(again);
      expect(summary(third.storage)).toEqual(afterSnapshot);
      // A store may answer "not yet" after a restart and build the snapshot when asked for it.
      if (third.storage.snapshot().metadata.index === 0) await third.buildWantedSnapshot?.();
      expect(third.storage.snapshot().metadata).toEqual({ index: 30, term: 4, confState });
    });
  });
}
