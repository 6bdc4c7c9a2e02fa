import type { RegionDescriptor } from '@flintkv/pd';
import type { NodeStore } from '@flintkv/storage';
import type { GroupReport } from '../../host-protocol.js';
import type { ApplyBatch, GroupStateMachine, StoredRecord } from '../group/group-state-machine.js';
import { decodeCommand } from '../log-entry-codec.js';
import { bytesEqual, compareBytes, type ConfState } from '@flintkv/proto';
import {
  type CommitMergeOperation,
  type KvCommand,
  keysReadBy,
  type PrepareMergeOperation,
  type SplitOperation,
} from './kv-command.js';
import {
  ABSORBED_REGIONS_KEY,
  CLOCK_KEY,
  isUserDataKey,
  MERGE_STATE_KEY,
  SESSION_RANGE,
  userDataKey,
} from './kv-keys.js';
import { type ApplyOutcome, decodeClock, KvStateMachine } from './kv-state-machine.js';
import { decodeRegionDescriptor, encodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';
import {
  decodeAbsorbed,
  decodeMergeState,
  encodeAbsorbed,
  encodeMergeState,
  isMergeRefusal,
  type MergeState,
  planCommitMerge,
  planPrepareMerge,
} from './region-merge.js';
import { regionWithReplicas } from './region-replicas.js';
import { planSplit, rangesReadBySplit } from './region-split.js';
import { SessionTable } from './session-table.js';

/**
 * A KV region as its group's state machine: the KV commands, client sessions and replicated
 * clock (`kv-state-machine.ts`) and the region's own descriptor, all stored in the group's
 * `kv` space, so a snapshot carries them together.
 */
export class KvRegionMachine implements GroupStateMachine<KvCommand, ApplyOutcome> {
  private constructor(
    private readonly store: NodeStore,
    private readonly groupId: number,
    private kv: KvStateMachine,
    private region: RegionDescriptor | undefined,
    private merge: MergeState | undefined,
    private absorbed: Set<number>,
  ) {}

  /** Loads the region's state machine from its committed data. */
  static async load(store: NodeStore, groupId: number): Promise<KvRegionMachine> {
    const { kv, region, merge, absorbed } = await loadKvState(store, groupId);
    return new KvRegionMachine(store, groupId, kv, region, merge, absorbed);
  }

  /** The region's range, epoch and peers (undefined until its descriptor is stored). */
  get descriptor(): RegionDescriptor | undefined {
    return this.region;
  }

  /** Frozen for a merge into the next region (`region-merge.ts`): it serves nothing more. */
  get merging(): boolean {
    return this.merge !== undefined;
  }

  /** The regions this one absorbed, ever: a frozen region hands them on with its state. */
  get absorbedRegions(): number[] {
    return [...this.absorbed].sort((a, b) => a - b);
  }

  decode(data: Uint8Array): KvCommand {
    return decodeCommand(data);
  }

  keysRead(command: KvCommand): Uint8Array[] {
    return keysReadBy(command.operation).map(userDataKey);
  }

  rangesRead(command: KvCommand): { lower: Uint8Array; upper: Uint8Array }[] {
    const { operation } = command;
    if (operation.type !== 'split' || this.region === undefined) return [];
    return rangesReadBySplit(this.region, operation.splitKey);
  }

  apply(command: KvCommand, batch: ApplyBatch): ApplyOutcome {
    const { operation } = command;
    switch (operation.type) {
      case 'split':
        return this.merge === undefined ? this.applySplit(operation, batch) : this.refuseFrozen();
      case 'prepare-merge':
        return this.applyPrepareMerge(operation, batch);
      case 'commit-merge':
        return this.applyCommitMerge(operation, batch);
      default:
        // A write proposed before the freeze: not applied, the session untouched; the retry finds the merged region.
        if (this.merge !== undefined) return this.refuseFrozen();
        return this.kv.apply(command, operation, batch, this.region);
    }
  }

  private refuseFrozen(): ApplyOutcome {
    return {
      kind: 'refused',
      code: 'EPOCH_MISMATCH',
      message: `FLINT_REGION_MERGING: region ${this.groupId} is merging into the next region; retry there`,
    };
  }

  private applyPrepareMerge(prepare: PrepareMergeOperation, batch: ApplyBatch): ApplyOutcome {
    if (this.region === undefined) {
      return { kind: 'refused', code: 'INVALID_ARGUMENT', message: `group ${this.groupId} has no region to merge` };
    }
    const frozen = planPrepareMerge(this.region, prepare, this.merge !== undefined);
    if (isMergeRefusal(frozen)) return { kind: 'refused', ...frozen };
    this.merge = { frozenAs: frozen };
    this.region = frozen;
    batch.write({ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(frozen) });
    batch.write({ key: MERGE_STATE_KEY, value: encodeMergeState(this.merge) });
    return { kind: 'merge-prepared', region: frozen };
  }

  /** Absorbs a frozen region's whole state and range (`region-merge.ts`). */
  private applyCommitMerge(commit: CommitMergeOperation, batch: ApplyBatch): ApplyOutcome {
    if (this.region === undefined) {
      return {
        kind: 'refused',
        code: 'INVALID_ARGUMENT',
        message: `group ${this.groupId} has no region to merge into`,
      };
    }
    const merged = planCommitMerge(this.region, commit, { merging: this.merge !== undefined, absorbed: this.absorbed });
    if (isMergeRefusal(merged)) return { kind: 'refused', ...merged };
    const sessions: { key: Uint8Array; value: Uint8Array }[] = [];
    for (const record of commit.records) {
      if (isUserDataKey(record.key)) batch.write(record);
      else if (inRange(record.key, SESSION_RANGE)) sessions.push(record);
      else if (bytesEqual(record.key, CLOCK_KEY)) this.kv.advanceClock(decodeClock(record.value), batch);
    }
    for (const record of this.kv.sessions.absorb(sessions)) batch.write(record);
    this.absorbed.add(commit.source.id);
    for (const id of commit.absorbed) this.absorbed.add(id);
    batch.write({ key: ABSORBED_REGIONS_KEY, value: encodeAbsorbed(this.absorbed) });
    batch.write({ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(merged) });
    this.region = merged;
    return { kind: 'merged', region: merged, sourceId: commit.source.id };
  }

  /**
   * Cuts the region in two: this group keeps the lower half; the upper half's user data leaves
   * this group's space, and with a copy of the session table and clock becomes the records
   * the new region starts from (`batch.scanned` holds them, read by {@link rangesRead}).
   */
  private applySplit(split: SplitOperation, batch: ApplyBatch): ApplyOutcome {
    if (this.region === undefined) {
      return { kind: 'refused', code: 'INVALID_ARGUMENT', message: `group ${this.groupId} has no region to split` };
    }
    const halves = planSplit(this.region, split);
    if ('code' in halves) return { kind: 'refused', ...halves };
    const rightRecords: StoredRecord[] = [];
    for (const record of batch.scanned) {
      rightRecords.push(record);
      if (isUserDataKey(record.key)) batch.write({ key: record.key, value: null });
    }
    rightRecords.push({ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(halves.right) });
    // Both halves remember what the region absorbed: neither may absorb it again (`region-merge.ts`).
    if (this.absorbed.size > 0) rightRecords.push({ key: ABSORBED_REGIONS_KEY, value: encodeAbsorbed(this.absorbed) });
    batch.createGroup(halves.right.id, rightRecords);
    batch.write({ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(halves.left) });
    this.region = halves.left;
    return { kind: 'split', left: halves.left, right: halves.right };
  }

  applyConfChange(confState: ConfState, batch: ApplyBatch): ApplyOutcome | undefined {
    if (this.region === undefined) return undefined;
    const changed = regionWithReplicas(this.region, confState);
    this.region = changed;
    batch.write({ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(changed) });
    return { kind: 'replicas-changed', region: changed };
  }

  async reload(): Promise<void> {
    const { kv, region, merge, absorbed } = await loadKvState(this.store, this.groupId);
    this.kv = kv;
    this.region = region ?? this.region;
    this.merge = merge;
    this.absorbed = absorbed;
  }

  describe(report: GroupReport): void {
    const region = this.region;
    if (region === undefined) return;
    report.region = { ...region, epoch: { ...region.epoch }, peers: [...region.peers] };
    if (this.merge !== undefined) report.merging = true;
  }
}

async function loadKvState(
  store: NodeStore,
  groupId: number,
): Promise<{
  kv: KvStateMachine;
  region: RegionDescriptor | undefined;
  merge: MergeState | undefined;
  absorbed: Set<number>;
}> {
  // Small records read synchronously: a host loads every region this way at start.
  const clock = store.kvGetSync(groupId, CLOCK_KEY);
  const descriptor = store.kvGetSync(groupId, REGION_DESCRIPTOR_KEY);
  const merge = store.kvGetSync(groupId, MERGE_STATE_KEY);
  const absorbed = store.kvGetSync(groupId, ABSORBED_REGIONS_KEY);
  const sessionPairs = await store.kvScan(groupId, { start: SESSION_RANGE.lower, end: SESSION_RANGE.upper });
  const sessions = SessionTable.load(sessionPairs.map(([key, value]) => ({ key, value })));
  return {
    kv: new KvStateMachine(sessions, decodeClock(clock ?? null)),
    region: descriptor === undefined ? undefined : decodeRegionDescriptor(descriptor),
    merge: merge === undefined ? undefined : decodeMergeState(merge),
    absorbed: decodeAbsorbed(absorbed),
  };
}

function inRange(key: Uint8Array, range: { lower: Uint8Array; upper: Uint8Array }): boolean {
  return compareBytes(key, range.lower) >= 0 && compareBytes(key, range.upper) < 0;
}
