import type { NodeStore, Turn } from '@flintkv/storage';
import type { Logger } from 'pino';
import { failpoint } from '../failpoints.js';
import type { SplitGroupCreation } from './group/group-environment.js';
import type { RegionGroup } from './group/region-group.js';

/**
 * Where a split's new group starts its log: as if a snapshot at index 5, term 5 had been
 * installed (TiKV starts split regions at the same place). Above 0, so that a replica with no
 * state gets a snapshot of the new region rather than entries from index 1.
 */
export const SPLIT_GROUP_LOG_START = { index: 5, term: 5 } as const;

/** What {@link NewGroups} needs of its host. */
export interface NewGroupsHost {
  readonly store: NodeStore;
  readonly groups: ReadonlyMap<number, RegionGroup>;
  readonly log: Logger;
  readonly nodeId: number;
  /**
   * Loads a region group from its stored state (none yet: an empty replica); `leaseHolder` as
   * `RaftConfig.leaseHolder`.
   */
  openRegion(groupId: number, leaseHolder?: number): Promise<RegionGroup>;
  /** The group is open: serve it. `how` says why it was made, for the log. */
  adopt(group: RegionGroup, how: 'split' | 'empty'): void;
  fail(error: unknown): void;
}

/**
 * The groups a host makes while it runs: a split's new region, born in the batch that applies
 * the split, and an empty replica of a region the node missed, which waits for a snapshot.
 * A group id is made at most once per host.
 */
export class NewGroups {
  /** Empty replicas being opened. */
  private readonly opening = new Set<number>();

  constructor(private readonly host: NewGroupsHost) {}

  /** Whether group `groupId` exists on this host, or is being made. */
  exists(groupId: number): boolean {
    return this.host.groups.has(groupId) || this.opening.has(groupId) || this.host.store.groupIds().includes(groupId);
  }

  /**
   * Stages a split's new group into `turn` (the batch that applies the split): Raft state with
   * the parent's configuration, and `records`. Opened once the batch is durable, with the lease
   * promise of the parent (`SplitGroupCreation.parentLeader`); when this node led the parent, it
   * asks to lead the new group at once, and the other replicas vote for it without waiting out
   * that promise (after a split, the new region used to have no leader for an election timeout).
   */
  stageSplit(turn: Turn, created: SplitGroupCreation): void {
    const { parentId, groupId, records, confState, parentLeader } = created;
    const campaign = parentLeader === this.host.nodeId;
    if (this.exists(groupId)) {
      // Only an empty replica, made because the table listed the region first, can be here.
      this.host.log.warn(
        { group: groupId, parent: parentId },
        'split: the new group exists on this host already; kept',
      );
      return;
    }
    this.host.store.stageGroupCreation(turn, groupId, { confState, start: SPLIT_GROUP_LOG_START });
    for (const record of records) {
      if (record.value !== null) turn.putKv(groupId, record.key, record.value);
    }
    turn.onCommitted(() => {
      failpoint('split-applied');
      this.host.openRegion(groupId, parentLeader === 0 ? undefined : parentLeader).then(
        (group) => {
          this.host.adopt(group, 'split');
          if (campaign) group.raw.campaign();
        },
        (error: unknown) => this.host.fail(error),
      );
    });
  }

  /**
   * A replica with no state: no configuration (it never campaigns), no log, no data. It
   * refuses clients until the region's leader has sent it a snapshot; nothing is written
   * before that, so a restart before it leaves nothing behind.
   */
  async createEmpty(groupId: number): Promise<void> {
    if (this.exists(groupId)) return;
    this.opening.add(groupId);
    try {
      this.host.adopt(await this.host.openRegion(groupId), 'empty');
    } finally {
      this.opening.delete(groupId);
    }
  }
}
