import { failpoint } from '../../failpoints.js';
import type { RegionDescriptor } from '@flintkv/pd';
import type { ClientWaiter } from '../group/pending-requests.js';
import { HostMetricName } from '../host-metrics.js';
import type { RegionGroup } from '../group/region-group.js';
import { encodeCommand } from '../log-entry-codec.js';
import { measureRegion } from './auto-split.js';
import type { PrepareMergeOperation } from './kv-command.js';
import { ABSORBED_REGIONS_KEY, MERGE_STATE_KEY } from './kv-keys.js';
import { samePeers } from './region-merge.js';
import type { KvRegionMachine } from './kv-region.js';
import { REGION_DESCRIPTOR_KEY } from './region-descriptor-record.js';

/**
 * The largest region that merges: `commit-merge` carries the whole region in one log entry,
 * which must fit a frame (16 MiB by default) with room to spare for the entries beside it.
 */
export const MAX_MERGE_SOURCE_BYTES = 4 * 1024 * 1024;
/** How often a frozen region's leader hands its state on again until a region absorbed it. */
export const MERGE_RETRY_MS = 1_000;

/**
 * A region's side of its merge into the region that follows it (`region-merge.ts`): the leader
 * checks the region is small enough, proposes `prepare-merge`, and once the region is frozen
 * reads its whole state and hands a `commit-merge` to the node (`handOnMerge`), again every
 * {@link MERGE_RETRY_MS} until the node reports the region absorbed. A new leader of a frozen
 * region goes on where the old one stopped: there is no rollback.
 */
export class MergeDriver {
  /** Clients waiting for the merge to finish. */
  private waiters: ClientWaiter[] = [];
  private nextHandOnAt = 0;
  private handingOn = false;
  /** The log index of this replica's `prepare-merge`: the state is read from disk only once that is durable. */
  private frozenAt = 0;
  /** Why the merge this replica proposed was asked, for `flint_region_merges_total`. */
  private reason: 'command' | 'size' = 'command';

  constructor(
    private readonly group: RegionGroup,
    private readonly region: KvRegionMachine,
    /** Proposes `operation` for `waiter` (answered when applied, `RegionClients.applied`). */
    private readonly proposePrepare: (waiter: ClientWaiter, operation: PrepareMergeOperation) => void,
  ) {}

  /**
   * A client asks this region to merge into the next one; without a waiter the node's merge
   * policy asks (`../../host-pool/region-upkeep.ts`), and nobody waits for the answer.
   */
  async start(waiter: ClientWaiter | undefined): Promise<void> {
    const answers = this.group.answers;
    const fail = (message: string) => {
      if (waiter !== undefined) answers.fail(waiter, { code: 'INVALID_ARGUMENT', message });
      else this.group.environment.log.info({ group: this.group.id, reason: message }, 'region merge not begun');
    };
    const region = this.region.descriptor;
    if (!this.group.isLeader || region === undefined) {
      if (waiter !== undefined) answers.failNotLeader(waiter);
      return;
    }
    if (this.region.merging) {
      if (waiter !== undefined) this.waiters.push(waiter);
      return;
    }
    if (region.endKey.byteLength === 0) {
      fail(`FLINT_MERGE_NO_NEXT_REGION: region ${region.id} is the last region; no region follows it to merge with`);
      return;
    }
    // A frozen region cannot thaw: refuse now a target it could never merge into.
    const target = this.group.environment.regionStartingAt(region.endKey);
    if (target === undefined) {
      fail(`FLINT_MERGE_NO_NEXT_REGION: the region after region ${region.id} is not known on this node yet; retry`);
      return;
    }
    if (!samePeers(target.peers, region.peers)) {
      fail(
        `FLINT_MERGE_PEERS_DIFFER: regions ${region.id} and ${target.id} do not have the same replicas (${region.peers.join(',')} and ${target.peers.join(',')}); move a replica first`,
      );
      return;
    }
    const size = await measureRegion(this.group.environment.store.kvPairs(this.group.id));
    if (size.bytes > MAX_MERGE_SOURCE_BYTES) {
      fail(
        `FLINT_MERGE_SOURCE_TOO_LARGE: region ${region.id} holds ${size.bytes} bytes; a region merges only below ${MAX_MERGE_SOURCE_BYTES}`,
      );
      return;
    }
    this.reason = waiter === undefined ? 'size' : 'command';
    const operation = {
      type: 'prepare-merge',
      version: region.epoch.version,
      confVersion: region.epoch.confVersion,
    } as const;
    if (waiter !== undefined) {
      this.proposePrepare(waiter, operation);
      failpoint('merge-prepare-proposed');
      return;
    }
    const { environment } = this.group;
    try {
      this.group.raw.propose(
        encodeCommand({
          stamp: { nodeId: environment.nodeId, proposalId: environment.nextProposalId(), time: environment.now() },
          session: null,
          operation,
        }),
      );
      failpoint('merge-prepare-proposed');
    } catch (error) {
      environment.log.debug({ group: this.group.id, err: error }, 'region merge not proposed');
    }
  }

  /** This node's `prepare-merge` applied: counted once in the cluster, by why it was asked. */
  countPrepared(): void {
    this.group.environment.metrics.incrementLabelled(HostMetricName.merges, { reason: this.reason });
    this.group.environment.log.info({ group: this.group.id, reason: this.reason }, 'region merge begun: region frozen');
  }

  /** `prepare-merge` applied for `waiter`: it waits for the merge to finish. */
  prepared(waiter: ClientWaiter): void {
    this.waiters.push(waiter);
    this.nextHandOnAt = 0;
    this.group.environment.wake();
  }

  /** `prepare-merge` applied at `index`, staged: the writes before it may not be in the database yet. */
  frozeAt(index: number): void {
    this.frozenAt = index;
  }

  /** Each tick: a frozen region's leader hands its state on when due. */
  tick(now: number): void {
    if (!this.region.merging || !this.group.isLeader || this.handingOn || now < this.nextHandOnAt) return;
    // Applies may ride a deferred batch (`TurnLoop.defer`) and writes are answered when staged
    // (`RegionGroup.answerAppliedWrites`), but `handOn` reads the database: it waits until the
    // durable applied index reaches `prepare-merge`, or it could hand on a state without them.
    if (this.group.appliedIndex < this.frozenAt) return;
    this.nextHandOnAt = now + MERGE_RETRY_MS;
    this.handingOn = true;
    void this.handOn().finally(() => {
      this.handingOn = false;
    });
  }

  /** No merge is asked for or being handed on. */
  get idle(): boolean {
    return this.waiters.length === 0 && !this.handingOn;
  }

  /** The region was absorbed by `mergedInto`: the waiters are answered. */
  finished(mergedInto: RegionDescriptor): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters)
      this.group.answers.answer(waiter, { type: 'mergeRegion', region: { ...mergedInto, leader: 0 } });
  }

  /** Waiters past their deadline are answered TIMEOUT (the merge goes on; asking again waits for it). */
  expire(now: number): void {
    const expired = this.waiters.filter((waiter) => waiter.deadline <= now);
    if (expired.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => waiter.deadline > now);
    for (const waiter of expired) this.group.answers.timeout(waiter);
  }

  private async handOn(): Promise<void> {
    const { environment } = this.group;
    const source = this.region.descriptor;
    if (source === undefined) return;
    try {
      // The region is frozen: whatever the read sees is its final state.
      const records: { key: Uint8Array; value: Uint8Array }[] = [];
      for await (const [key, value] of environment.store.kvPairs(this.group.id)) {
        if (isRegionOwnRecord(key)) continue;
        records.push({ key, value });
      }
      const command = encodeCommand({
        stamp: { nodeId: environment.nodeId, proposalId: environment.nextProposalId(), time: environment.now() },
        session: null,
        operation: { type: 'commit-merge', source, absorbed: this.region.absorbedRegions, records },
      });
      environment.log.info(
        { group: this.group.id, records: records.length, bytes: command.byteLength },
        'region merge: handing the frozen region on to the next region',
      );
      environment.handOnMerge(source, command);
    } catch (error) {
      environment.log.warn({ group: this.group.id, err: error }, 'region merge: reading the frozen region failed');
    }
  }
}

/** Records that describe the region itself, not its contents: the target keeps its own. */
function isRegionOwnRecord(key: Uint8Array): boolean {
  return [REGION_DESCRIPTOR_KEY, MERGE_STATE_KEY, ABSORBED_REGIONS_KEY].some(
    (own) => own.byteLength === key.byteLength && own.every((byte, index) => key[index] === byte),
  );
}
