import type { RegionDescriptor } from '@flintkv/pd';
import type { NodeStore } from '@flintkv/storage';
import type { GroupReport } from '../../host-protocol.js';
import type { ApplyBatch, GroupStateMachine, StoredRecord } from '../group/group-state-machine.js';
import { decodeCommand } from '../log-entry-codec.js';
import { type KvCommand, keysReadBy, type SplitOperation } from './kv-command.js';
import { CLOCK_KEY, isUserDataKey, SESSION_RANGE, userDataKey } from './kv-keys.js';
import { type ApplyOutcome, decodeClock, KvStateMachine } from './kv-state-machine.js';
import { decodeRegionDescriptor, encodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';
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
  ) {}

  /** Loads the region's state machine from its committed data. */
  static async load(store: NodeStore, groupId: number): Promise<KvRegionMachine> {
    const { kv, region } = await loadKvState(store, groupId);
    return new KvRegionMachine(store, groupId, kv, region);
  }

  /** The region's range, epoch and peers (undefined until its descriptor is stored). */
  get descriptor(): RegionDescriptor | undefined {
    return this.region;
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
    if (operation.type === 'split') return this.applySplit(operation, batch);
    return this.kv.apply(command, operation, batch, this.region);
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
    batch.createGroup(halves.right.id, rightRecords);
    batch.write({ key: REGION_DESCRIPTOR_KEY, value: encodeRegionDescriptor(halves.left) });
    this.region = halves.left;
    return { kind: 'split', left: halves.left, right: halves.right };
  }

  async reload(): Promise<void> {
    const { kv, region } = await loadKvState(this.store, this.groupId);
    this.kv = kv;
    this.region = region ?? this.region;
  }

  describe(report: GroupReport): void {
    const region = this.region;
    if (region === undefined) return;
    report.region = { ...region, epoch: { ...region.epoch }, peers: [...region.peers] };
  }
}

async function loadKvState(
  store: NodeStore,
  groupId: number,
): Promise<{ kv: KvStateMachine; region: RegionDescriptor | undefined }> {
  const [sessionPairs, clock, descriptor] = await Promise.all([
    store.kvScan(groupId, { start: SESSION_RANGE.lower, end: SESSION_RANGE.upper }),
    store.kvGet(groupId, CLOCK_KEY),
    store.kvGet(groupId, REGION_DESCRIPTOR_KEY),
  ]);
  const sessions = SessionTable.load(sessionPairs.map(([key, value]) => ({ key, value })));
  return {
    kv: new KvStateMachine(sessions, decodeClock(clock ?? null)),
    region: descriptor === undefined ? undefined : decodeRegionDescriptor(descriptor),
  };
}
