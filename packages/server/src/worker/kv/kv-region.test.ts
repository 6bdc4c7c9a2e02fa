import type { RegionDescriptor } from '@flintkv/pd';
import type { WriteCommand } from '@flintkv/proto';
import type { NodeStore } from '@flintkv/storage';
import { describe, expect, it } from 'vitest';
import { ApplyBatch, keyId, type StoredRecord } from '../group/group-state-machine.js';
import { encodeCommand } from '../log-entry-codec.js';
import type { KvCommand, KvOperation } from './kv-command.js';
import { ABSORBED_REGIONS_KEY, CLOCK_KEY, MERGE_STATE_KEY, userDataKey } from './kv-keys.js';
import { KvRegionMachine } from './kv-region.js';
import type { ApplyOutcome } from './kv-state-machine.js';
import { decodeClock } from './kv-state-machine.js';
import { decodeRegionDescriptor, encodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';
import { decodeAbsorbed, encodeAbsorbed } from './region-merge.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined): string | undefined =>
  value === undefined ? undefined : new TextDecoder().decode(value);
const region = (id: number, start: string, end: string, version: number): RegionDescriptor => ({
  id,
  startKey: bytes(start),
  endKey: bytes(end),
  epoch: { confVersion: 3, version },
  peers: [1, 2, 3],
});
const put = (key: string, value: string): WriteCommand => ({ type: 'put', key: bytes(key), value: bytes(value) });
const isOwnRecord = (key: Uint8Array) =>
  [REGION_DESCRIPTOR_KEY, MERGE_STATE_KEY, ABSORBED_REGIONS_KEY].some((own) => keyId(own) === keyId(key));

/**
 * The committed `kv` spaces of a node's groups, read as `NodeStore` reads them (the two calls
 * `KvRegionMachine.load` makes), written by the batches the test applies, like the host's turns.
 */
class Node {
  private readonly groups = new Map<number, Map<string, { key: Uint8Array; value: Uint8Array }>>();
  private proposal = 0;
  readonly store = {
    kvGetSync: (groupId: number, key: Uint8Array) => this.space(groupId).get(keyId(key))?.value,
    kvScan: async (groupId: number, options: { start?: Uint8Array; end?: Uint8Array }) =>
      this.records(groupId)
        .filter(
          ({ key }) =>
            (options.start === undefined || keyId(key) >= keyId(options.start)) &&
            (options.end === undefined || keyId(key) < keyId(options.end)),
        )
        .map(({ key, value }): [Uint8Array, Uint8Array] => [key, value]),
  } as unknown as NodeStore;

  private space(groupId: number): Map<string, { key: Uint8Array; value: Uint8Array }> {
    let space = this.groups.get(groupId);
    if (space === undefined) {
      space = new Map();
      this.groups.set(groupId, space);
    }
    return space;
  }

  /** The committed records of a group, in key order. */
  records(groupId: number): { key: Uint8Array; value: Uint8Array }[] {
    return [...this.space(groupId).entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, record]) => record);
  }

  get(groupId: number, storedKey: Uint8Array): Uint8Array | undefined {
    return this.space(groupId).get(keyId(storedKey))?.value;
  }

  commit(groupId: number, records: readonly StoredRecord[]): void {
    const space = this.space(groupId);
    for (const record of records) {
      if (record.value === null) space.delete(keyId(record.key));
      else space.set(keyId(record.key), { key: record.key, value: record.value });
    }
  }

  /** A region created with its descriptor (and its absorbed set), loaded as the host loads it. */
  async region(descriptor: RegionDescriptor, absorbed: number[] = []): Promise<KvRegionMachine> {
    this.commit(descriptor.id, [{ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(descriptor) }]);
    if (absorbed.length > 0) {
      this.commit(descriptor.id, [{ key: ABSORBED_REGIONS_KEY, value: encodeAbsorbed(new Set(absorbed)) }]);
    }
    return KvRegionMachine.load(this.store, descriptor.id);
  }

  /**
   * Applies one command in a batch of its own, through the log encoding, and commits the batch
   * (and the groups it creates); returns the outcome and the batch.
   */
  apply(
    machine: KvRegionMachine,
    groupId: number,
    operation: KvOperation,
    options: { time?: number; client?: string; sequence?: number } = {},
  ): { outcome: ApplyOutcome | undefined; batch: ApplyBatch } {
    const command: KvCommand = {
      stamp: { nodeId: 1, proposalId: ++this.proposal, time: options.time ?? 1_000 },
      session: options.client === undefined ? null : { clientId: options.client, sequence: options.sequence ?? 1 },
      operation,
    };
    const decoded = machine.decode(encodeCommand(command));
    const scanned = machine
      .rangesRead(decoded)
      .flatMap(({ lower, upper }) =>
        this.records(groupId).filter(({ key }) => keyId(key) >= keyId(lower) && keyId(key) < keyId(upper)),
      );
    const batch = new ApplyBatch((key) => this.get(groupId, key) ?? null, scanned);
    const outcome = machine.apply(decoded, batch);
    this.commit(groupId, batch.records());
    for (const created of batch.createdGroups) this.commit(created.groupId, created.records);
    return { outcome, batch };
  }

  /** The `commit-merge` a frozen region's leader hands on: its whole state but its own records. */
  commitMergeOf(source: KvRegionMachine, sourceId: number): KvOperation {
    return {
      type: 'commit-merge',
      source: source.descriptor!,
      absorbed: source.absorbedRegions,
      records: this.records(sourceId).filter(({ key }) => !isOwnRecord(key)),
    };
  }
}

/** S = [b, g) at version 5 merges into T = [g, m) at version 8. */
const S = 4;
const T = 5;

async function frozenSource(node: Node) {
  const source = await node.region(region(S, 'b', 'g', 5), [3]);
  expect(node.apply(source, S, put('c', 'from-s'), { client: 'cl', sequence: 1, time: 5_000 }).outcome).toMatchObject({
    kind: 'applied',
  });
  node.apply(source, S, { type: 'delete', key: bytes('d') }, { client: 'cl', sequence: 2, time: 5_000 });
  expect(node.apply(source, S, { type: 'prepare-merge', version: 5, confVersion: 3 }).outcome).toEqual({
    kind: 'merge-prepared',
    region: region(S, 'b', 'g', 6),
  });
  return source;
}

describe('KvRegionMachine: a frozen region', () => {
  it('is frozen at its bumped version, and stays frozen after a reload', async () => {
    const node = new Node();
    const source = await frozenSource(node);
    expect(source.merging).toBe(true);
    expect(source.descriptor).toEqual(region(S, 'b', 'g', 6));
    expect(decodeRegionDescriptor(node.get(S, REGION_DESCRIPTOR_KEY)!)).toEqual(region(S, 'b', 'g', 6));
    const reloaded = await KvRegionMachine.load(node.store, S);
    expect(reloaded.merging).toBe(true);
    await source.reload();
    expect(source.merging).toBe(true);
  });

  it('refuses writes (EPOCH_MISMATCH, FLINT_REGION_MERGING) without touching the session table or the clock', async () => {
    const node = new Node();
    const source = await frozenSource(node);
    const before = node.records(S);
    const writes: { operation: WriteCommand; sequence: number }[] = [
      { operation: put('c', 'late'), sequence: 3 },
      // A retry of a write applied before the freeze: refused too, not answered from the session.
      { operation: put('c', 'from-s'), sequence: 1 },
      { operation: { type: 'batch', operations: [{ type: 'put', key: bytes('e'), value: bytes('1') }] }, sequence: 4 },
    ];
    for (const { operation, sequence } of writes) {
      const { outcome, batch } = node.apply(source, S, operation, { client: 'cl', sequence, time: 9_000_000 });
      expect(outcome).toEqual({
        kind: 'refused',
        code: 'EPOCH_MISMATCH',
        message: expect.stringMatching(/^FLINT_REGION_MERGING:/),
      });
      expect(batch.isEmpty).toBe(true);
    }
    expect(node.records(S)).toEqual(before);
    expect(decodeClock(node.get(S, CLOCK_KEY)!)).toBe(5_000);
  });

  it('refuses a split and a second prepare-merge, and creates nothing', async () => {
    const node = new Node();
    const source = await frozenSource(node);
    const split = node.apply(source, S, { type: 'split', splitKey: bytes('d'), newRegionId: 9, version: 6 });
    expect(split.outcome).toMatchObject({ kind: 'refused', code: 'EPOCH_MISMATCH', message: /^FLINT_REGION_MERGING:/ });
    expect(split.batch.isEmpty).toBe(true);
    expect(split.batch.createdGroups).toEqual([]);
    const again = node.apply(source, S, { type: 'prepare-merge', version: 6, confVersion: 3 });
    expect(again.outcome).toMatchObject({ kind: 'refused', code: 'SERVER_BUSY', message: /^FLINT_MERGE_IN_PROGRESS:/ });
    expect(source.descriptor).toEqual(region(S, 'b', 'g', 6));
  });

  it('refuses a prepare-merge of another epoch and stays open for writes', async () => {
    const node = new Node();
    const source = await node.region(region(S, 'b', 'g', 5));
    const { outcome, batch } = node.apply(source, S, { type: 'prepare-merge', version: 4, confVersion: 3 });
    expect(outcome).toMatchObject({ kind: 'refused', code: 'EPOCH_MISMATCH' });
    expect(batch.isEmpty).toBe(true);
    expect(source.merging).toBe(false);
    expect(node.apply(source, S, put('c', '1')).outcome).toMatchObject({ kind: 'applied' });
  });
});

describe('KvRegionMachine: commit-merge', () => {
  async function merged() {
    const node = new Node();
    const source = await frozenSource(node);
    const target = await node.region(region(T, 'g', 'm', 8));
    node.apply(target, T, put('h', 'from-t'), { client: 'other', sequence: 1, time: 1_000 });
    const commit = node.commitMergeOf(source, S);
    const { outcome } = node.apply(target, T, commit);
    return { node, source, target, commit, outcome };
  }

  it("takes the source's range in: start at the source start, version max(S, T) + 1", async () => {
    const { target, outcome, node } = await merged();
    expect(outcome).toEqual({ kind: 'merged', region: region(T, 'b', 'm', 9), sourceId: S });
    expect(target.descriptor).toEqual(region(T, 'b', 'm', 9));
    expect(decodeRegionDescriptor(node.get(T, REGION_DESCRIPTOR_KEY)!)).toEqual(region(T, 'b', 'm', 9));
  });

  it("writes the source's user records beside its own", async () => {
    const { node } = await merged();
    expect(text(node.get(T, userDataKey(bytes('c'))))).toBe('from-s');
    expect(text(node.get(T, userDataKey(bytes('h'))))).toBe('from-t');
    // The source's own records (its descriptor, its merge state) are not the target's.
    expect(decodeRegionDescriptor(node.get(T, REGION_DESCRIPTOR_KEY)!).id).toBe(T);
    expect(node.get(T, MERGE_STATE_KEY)).toBeUndefined();
  });

  it('answers a write applied in the source and retried at the target from its result, after a reload too', async () => {
    const { node, target } = await merged();
    const retry = node.apply(target, T, put('c', 'from-s'), { client: 'cl', sequence: 1, time: 6_000 });
    expect(retry.outcome).toEqual({ kind: 'duplicate', result: { kind: 'put' } });
    const reloaded = await KvRegionMachine.load(node.store, T);
    const second = node.apply(reloaded, T, { type: 'delete', key: bytes('d') }, { client: 'cl', sequence: 2 });
    expect(second.outcome).toEqual({ kind: 'duplicate', result: { kind: 'delete', existed: false } });
    // A new write of the same client, in the absorbed range, applies.
    expect(node.apply(reloaded, T, put('c', 'new'), { client: 'cl', sequence: 3 }).outcome).toMatchObject({
      kind: 'applied',
    });
    expect(text(node.get(T, userDataKey(bytes('c'))))).toBe('new');
    // The target's own sessions are kept.
    expect(node.apply(reloaded, T, put('h', 'x'), { client: 'other', sequence: 1 }).outcome).toMatchObject({
      kind: 'duplicate',
    });
  });

  it("moves the clock to the source's when it is later", async () => {
    const { node } = await merged();
    expect(decodeClock(node.get(T, CLOCK_KEY)!)).toBe(5_000);
  });

  it('keeps its clock when the source is behind', async () => {
    const node = new Node();
    const source = await frozenSource(node);
    const target = await node.region(region(T, 'g', 'm', 8));
    node.apply(target, T, put('h', 'x'), { time: 7_000 });
    node.apply(target, T, node.commitMergeOf(source, S));
    expect(decodeClock(node.get(T, CLOCK_KEY)!)).toBe(7_000);
  });

  it('records the source and what the source absorbed, and refuses the same source a second time', async () => {
    const { node, target, commit } = await merged();
    expect(target.absorbedRegions).toEqual([3, S]);
    expect(decodeAbsorbed(node.get(T, ABSORBED_REGIONS_KEY))).toEqual(new Set([3, S]));
    const before = node.records(T);
    const again = node.apply(target, T, commit);
    expect(again.outcome).toMatchObject({ kind: 'refused', code: 'INVALID_ARGUMENT', message: /^FLINT_MERGE_DONE:/ });
    expect(again.batch.isEmpty).toBe(true);
    expect(node.records(T)).toEqual(before);
    // The same after a restart: the absorbed set is stored.
    const reloaded = await KvRegionMachine.load(node.store, T);
    expect(node.apply(reloaded, T, commit).outcome).toMatchObject({ message: /^FLINT_MERGE_DONE:/ });
  });

  it('is refused by a frozen target, which writes nothing', async () => {
    const node = new Node();
    const source = await frozenSource(node);
    const target = await node.region(region(T, 'g', 'm', 8));
    node.apply(target, T, { type: 'prepare-merge', version: 8, confVersion: 3 });
    const before = node.records(T);
    const { outcome } = node.apply(target, T, node.commitMergeOf(source, S));
    expect(outcome).toMatchObject({ kind: 'refused', code: 'SERVER_BUSY', message: /^FLINT_MERGE_TARGET_BUSY:/ });
    expect(node.records(T)).toEqual(before);
  });
});

describe('KvRegionMachine: a split of a merged region', () => {
  it('hands the absorbed set to the new half, and both halves refuse the absorbed source', async () => {
    const node = new Node();
    const source = await frozenSource(node);
    const target = await node.region(region(T, 'g', 'm', 8));
    const commit = node.commitMergeOf(source, S);
    node.apply(target, T, commit);
    const { outcome, batch } = node.apply(target, T, {
      type: 'split',
      splitKey: bytes('e'),
      newRegionId: 11,
      version: 9,
    });
    expect(outcome).toMatchObject({ kind: 'split', left: region(T, 'b', 'e', 10), right: region(11, 'e', 'm', 10) });
    const created = batch.createdGroups.find(({ groupId }) => groupId === 11)!;
    const absorbedRecord = created.records.find(({ key }) => keyId(key) === keyId(ABSORBED_REGIONS_KEY));
    expect(absorbedRecord).toBeDefined();
    expect(decodeAbsorbed(absorbedRecord!.value)).toEqual(new Set([3, S]));
    const right = await KvRegionMachine.load(node.store, 11);
    expect(right.absorbedRegions).toEqual([3, S]);
    expect(target.absorbedRegions).toEqual([3, S]);
    for (const [machine, groupId] of [
      [target, T],
      [right, 11],
    ] as const) {
      expect(node.apply(machine, groupId, commit).outcome).toMatchObject({ message: /^FLINT_MERGE_DONE:/ });
    }
  });

  it('gives the new half no absorbed set when the region absorbed nothing', async () => {
    const node = new Node();
    const target = await node.region(region(T, 'g', 'm', 8));
    const { batch } = node.apply(target, T, { type: 'split', splitKey: bytes('j'), newRegionId: 11, version: 8 });
    expect(batch.createdGroups).toHaveLength(1);
    expect(batch.createdGroups[0]!.records.some(({ key }) => keyId(key) === keyId(ABSORBED_REGIONS_KEY))).toBe(false);
  });
});
