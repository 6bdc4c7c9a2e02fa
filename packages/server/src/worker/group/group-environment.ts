import type { RegionDescriptor } from '@flintkv/pd';
import type { ConfState, Response } from '@flintkv/proto';
import type { NodeStore, Turn } from '@flintkv/storage';
import type { AutoSplitSettings } from '../kv/auto-split.js';
import type { StoredRecord } from './group-state-machine.js';
import type { Logger } from 'pino';
import type { HostMetrics } from '../host-metrics.js';

/** What a group needs from the host it lives in. */
export interface GroupEnvironment {
  readonly nodeId: number;
  readonly store: NodeStore;
  readonly log: Logger;
  readonly metrics: HostMetrics;
  /** Wall clock in ms (deadlines, proposal stamps). */
  now(): number;
  reply(connection: number, groupId: number, response: Response): void;
  /** A node's client address, for NOT_LEADER hints ('' if unknown). */
  clientAddressOf(nodeId: number): string;
  /** A fresh proposal id, unique on this node across restarts. */
  nextProposalId(): number;
  /** A fresh read id, unique within this host. */
  nextReadId(): number;
  /** Asks the host for a turn soon (work arrived outside of a turn). */
  wake(): void;
  /** Raft's time tracks real time now, so a leader may serve reads from its lease (`../tick-clock.ts`). */
  leaseTrusted(): boolean;
  /**
   * Stages into `turn` a new group made by a split of group `parentId`: Raft state with the
   * parent's configuration, and `records` as its first data. The host opens it once `turn` is
   * durable; `campaign`: this node led the parent, so it asks to lead the new group at once.
   */
  stageCreatedGroup(turn: Turn, created: SplitGroupCreation): void;
  /** The descriptors of this host's regions holding `key`, newest first (a split's new half). */
  localRegionsHolding(key: Uint8Array): RegionDescriptor[];
  /** The region that starts at `key`, as this host or the node's region table knows it. */
  regionStartingAt(key: Uint8Array): RegionDescriptor | undefined;
  /** Regions this host leads, `except` aside, serving at least `loadPerSecond` reads and writes per second. */
  hotRegionsLed(loadPerSecond: number, except: number): number;
  /** A region id never used before, reserved in the meta group; rejects when none could be had. */
  allocateRegionId(): Promise<number>;
  /** Hands a frozen region's `commit-merge` (encoded) to the node, for the region that starts where `source` ends. */
  handOnMerge(source: RegionDescriptor, command: Uint8Array): void;
  /** When and how regions split by themselves (`--split-size`, `--split-key-count`, `--split-load`). */
  readonly splitSettings: AutoSplitSettings;
}

/** Raft tuning every group of a host shares. */
/** A split's new group, staged in the batch that applies the split. */
export interface SplitGroupCreation {
  parentId: number;
  groupId: number;
  records: StoredRecord[];
  confState: ConfState;
  /**
   * The parent's leader as this replica knew it when it applied the split (0: none known). The
   * new group inherits the lease promise given to it: that node's replica campaigns at once and
   * gets the others' votes, every other candidate waits an election timeout.
   */
  parentLeader: number;
}

export interface GroupRaftOptions {
  electionTicks: number;
  heartbeatTicks: number;
  /** Ticks of quiet before an idle region stops ticking; 0 = never (`quiescence.ts`). */
  quiesceTicks: number;
  compaction: { maxLogEntries: number; maxLogBytes: number };
  /** The node whose leadership the group's lease promise protects at start (`RaftConfig.leaseHolder`). */
  leaseHolder?: number;
}
