import type { RegionDescriptor } from '@flintkv/pd';
import { describe, expect, it } from 'vitest';
import type { CommitMergeOperation } from './kv-command.js';
import {
  decodeAbsorbed,
  decodeMergeState,
  encodeAbsorbed,
  encodeMergeState,
  isMergeRefusal,
  planCommitMerge,
  planPrepareMerge,
} from './region-merge.js';

const key = (text: string) => new TextEncoder().encode(text);
const region = (
  id: number,
  start: string,
  end: string,
  version: number,
  options: { confVersion?: number; peers?: number[] } = {},
): RegionDescriptor => ({
  id,
  startKey: key(start),
  endKey: key(end),
  epoch: { confVersion: options.confVersion ?? 3, version },
  peers: options.peers ?? [1, 2, 3],
});

/** Source S = [b, g) merges into target T = [g, m). */
const source = region(2, 'b', 'g', 5);
const target = region(7, 'g', 'm', 8);
const commit = (from: RegionDescriptor = source): CommitMergeOperation => ({
  type: 'commit-merge',
  source: from,
  absorbed: [],
  records: [],
});
const idle = { merging: false, absorbed: new Set<number>() };

describe('planPrepareMerge', () => {
  const prepare = (version: number, confVersion: number) => ({ type: 'prepare-merge' as const, version, confVersion });

  it('freezes the region at its epoch: the version grows by one, nothing else changes', () => {
    const frozen = planPrepareMerge(source, prepare(5, 3), false);
    expect(frozen).toEqual({ ...source, epoch: { confVersion: 3, version: 6 } });
    // The plan is a new descriptor; the current one is untouched.
    expect(source.epoch.version).toBe(5);
    expect(isMergeRefusal(frozen)).toBe(false);
  });

  const refusals: {
    name: string;
    region: RegionDescriptor;
    version: number;
    confVersion: number;
    merging: boolean;
    code: string;
    rule: string;
  }[] = [
    {
      name: 'merging already',
      region: source,
      version: 5,
      confVersion: 3,
      merging: true,
      code: 'SERVER_BUSY',
      rule: 'FLINT_MERGE_IN_PROGRESS',
    },
    {
      name: 'an older version (a split landed)',
      region: source,
      version: 4,
      confVersion: 3,
      merging: false,
      code: 'EPOCH_MISMATCH',
      rule: 'FLINT_MERGE_EPOCH_CHANGED',
    },
    {
      name: 'a newer version',
      region: source,
      version: 6,
      confVersion: 3,
      merging: false,
      code: 'EPOCH_MISMATCH',
      rule: 'FLINT_MERGE_EPOCH_CHANGED',
    },
    {
      name: 'another confVersion (a membership change landed)',
      region: source,
      version: 5,
      confVersion: 2,
      merging: false,
      code: 'EPOCH_MISMATCH',
      rule: 'FLINT_MERGE_EPOCH_CHANGED',
    },
    {
      name: 'the last region (empty end key)',
      region: region(2, 'b', '', 5),
      version: 5,
      confVersion: 3,
      merging: false,
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NO_NEXT_REGION',
    },
    {
      name: 'the only region (whole key space)',
      region: region(1, '', '', 5),
      version: 5,
      confVersion: 3,
      merging: false,
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NO_NEXT_REGION',
    },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with ${refusal.code} (${refusal.rule})`, () => {
      const planned = planPrepareMerge(refusal.region, prepare(refusal.version, refusal.confVersion), refusal.merging);
      expect(isMergeRefusal(planned)).toBe(true);
      expect(planned).toEqual({ code: refusal.code, message: expect.stringMatching(new RegExp(`^${refusal.rule}:`)) });
    });
  }

  it('refuses a second prepare even at the frozen epoch (merging wins over a matching epoch)', () => {
    const frozen = planPrepareMerge(source, prepare(5, 3), false) as RegionDescriptor;
    expect(planPrepareMerge(frozen, prepare(6, 3), true)).toMatchObject({
      code: 'SERVER_BUSY',
      message: expect.stringMatching(/^FLINT_MERGE_IN_PROGRESS:/),
    });
  });
});

describe('planCommitMerge', () => {
  it('merges a source on the same replicas whatever membership changes led it there (another confVersion)', () => {
    const planned = planCommitMerge(target, commit(region(2, 'b', 'g', 5, { confVersion: 9 })), idle);
    expect(isMergeRefusal(planned)).toBe(false);
    expect(planned).toMatchObject({ id: 7, epoch: { confVersion: 3, version: 9 }, peers: [1, 2, 3] });
  });

  it('takes the source range in: start at the source start, end unchanged, version max(S, T) + 1', () => {
    const merged = planCommitMerge(target, commit(), idle);
    expect(merged).toEqual({
      id: 7,
      startKey: key('b'),
      endKey: key('m'),
      epoch: { confVersion: 3, version: 9 },
      peers: [1, 2, 3],
    });
  });

  const versions: { name: string; source: number; target: number; merged: number }[] = [
    { name: 'the target is newer', source: 5, target: 8, merged: 9 },
    { name: 'the source is newer', source: 12, target: 8, merged: 13 },
    { name: 'both are equal', source: 4, target: 4, merged: 5 },
  ];
  for (const { name, source: sourceVersion, target: targetVersion, merged } of versions) {
    it(`the merged version is above both epochs when ${name}`, () => {
      const planned = planCommitMerge(
        region(7, 'g', 'm', targetVersion),
        commit(region(2, 'b', 'g', sourceVersion)),
        idle,
      );
      expect(planned).toMatchObject({ epoch: { confVersion: 3, version: merged } });
    });
  }

  it('keeps an empty end key (the target is the last region) and takes an empty start (the source is the first)', () => {
    expect(planCommitMerge(region(7, 'g', '', 8), commit(region(2, '', 'g', 5)), idle)).toEqual({
      ...region(7, '', '', 9),
    });
  });

  it('accepts the same replicas listed in another order', () => {
    const planned = planCommitMerge(target, commit(region(2, 'b', 'g', 5, { peers: [3, 1, 2] })), idle);
    expect(isMergeRefusal(planned)).toBe(false);
    expect(planned).toMatchObject({ peers: [1, 2, 3] });
  });

  const refusals: {
    name: string;
    target?: RegionDescriptor;
    source?: RegionDescriptor;
    state?: { merging: boolean; absorbed: ReadonlySet<number> };
    code: string;
    rule: string;
  }[] = [
    {
      name: 'a source the target absorbed already',
      state: { merging: false, absorbed: new Set([4, 2]) },
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_DONE',
    },
    {
      name: 'an absorbed source even while the target is frozen',
      state: { merging: true, absorbed: new Set([2]) },
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_DONE',
    },
    {
      name: 'a frozen target',
      state: { merging: true, absorbed: new Set([4]) },
      code: 'SERVER_BUSY',
      rule: 'FLINT_MERGE_TARGET_BUSY',
    },
    {
      name: 'a source that ends before the target starts',
      source: region(2, 'b', 'f', 5),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NOT_ADJACENT',
    },
    {
      name: 'a source that ends past the target start',
      source: region(2, 'b', 'h', 5),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NOT_ADJACENT',
    },
    {
      name: 'the region after the target (wrong order)',
      source: region(2, 'm', 'p', 5),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NOT_ADJACENT',
    },
    {
      name: 'a last source (empty end key) into a first target (empty start key)',
      target: region(7, '', 'g', 8),
      source: region(2, 'm', '', 5),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NOT_ADJACENT',
    },
    {
      name: 'a source with an empty end key',
      source: region(2, 'b', '', 5),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_NOT_ADJACENT',
    },
    {
      name: 'a source on other replicas',
      source: region(2, 'b', 'g', 5, { peers: [1, 2, 4] }),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_PEERS_DIFFER',
    },
    {
      name: 'a source on fewer replicas',
      source: region(2, 'b', 'g', 5, { peers: [1, 2] }),
      code: 'INVALID_ARGUMENT',
      rule: 'FLINT_MERGE_PEERS_DIFFER',
    },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with ${refusal.code} (${refusal.rule})`, () => {
      const planned = planCommitMerge(
        refusal.target ?? target,
        commit(refusal.source ?? source),
        refusal.state ?? idle,
      );
      expect(isMergeRefusal(planned)).toBe(true);
      expect(planned).toEqual({ code: refusal.code, message: expect.stringMatching(new RegExp(`^${refusal.rule}:`)) });
    });
  }
});

describe('merge state and absorbed set encodings', () => {
  it('a merge state decodes to the frozen descriptor it was stored with, as plain Uint8Arrays', () => {
    const states = [
      { frozenAs: region(2, 'b', 'g', 6) },
      { frozenAs: region(1, '', 'g', 1, { confVersion: 9, peers: [4] }) },
      { frozenAs: { ...region(3, 'a', 'z', 2), startKey: Uint8Array.of(0x00, 0xff), endKey: Uint8Array.of(0xff) } },
    ];
    for (const state of states) {
      const decoded = decodeMergeState(encodeMergeState(state));
      expect(decoded).toEqual(state);
      expect(decoded.frozenAs.startKey.constructor).toBe(Uint8Array);
      expect(decoded.frozenAs.endKey.constructor).toBe(Uint8Array);
    }
  });

  it('an absorbed set round-trips, whatever its order; absent bytes are the empty set', () => {
    for (const ids of [[], [5], [9, 2, 40, 7], [2 ** 40, 1]]) {
      expect(decodeAbsorbed(encodeAbsorbed(new Set(ids)))).toEqual(new Set(ids));
    }
    expect(decodeAbsorbed(undefined)).toEqual(new Set());
    expect(decodeAbsorbed(null)).toEqual(new Set());
  });

  it('an absorbed set is stored sorted, so every replica stores the same bytes', () => {
    expect(encodeAbsorbed(new Set([9, 2, 7]))).toEqual(encodeAbsorbed(new Set([2, 7, 9])));
    expect(encodeAbsorbed(new Set([9, 2, 7]))).not.toEqual(encodeAbsorbed(new Set([2, 7])));
  });
});
