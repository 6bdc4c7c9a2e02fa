import type { RegionDescriptor } from '@flintkv/pd';
import type { NodeStore } from '@flintkv/storage';
import type { GroupReport } from '../../host-protocol.js';
import type { ApplyBatch, GroupStateMachine } from '../group/group-state-machine.js';
import { decodeCommand } from '../log-entry-codec.js';
import { type KvCommand, keysReadBy } from './kv-command.js';
import { CLOCK_KEY, SESSION_RANGE, userDataKey } from './kv-keys.js';
import { type ApplyOutcome, decodeClock, KvStateMachine } from './kv-state-machine.js';
import { decodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';
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

  apply(command: KvCommand, batch: ApplyBatch): ApplyOutcome {
    return this.kv.apply(command, batch);
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
