import type { Member, RegionDescriptor, UserTable } from '@flintkv/pd';
import type { ReplicaChange } from '@flintkv/proto';
import type { AutoSplitSettings } from './worker/kv/auto-split.js';
import type { SnapshotProgress, SnapshotSettings } from './worker/snapshot/snapshot-settings.js';
/**
 * Messages between a node's main thread (TCP, routing) and its group hosts (worker threads,
 * each owning one LevelDB database and the Raft groups assigned to it). Sent over a
 * MessagePort; `buffer` fields are transferred, never copied.
 *
 * Buffers hold whole wire frames (`u32 length | u8 kind | u32 group | payload`, see
 * `@flintkv/proto`), so the main thread never decodes a payload: it reads the group id from
 * the header, picks the host with {@link hostOfGroup}, and forwards the bytes. The exception is
 * a COALESCED_HEARTBEATS frame (group 0, heartbeats of many groups): the main thread splits it
 * into one such frame per host by reading only the tuples' group ids (`routing/peer-frame-router.ts`).
 */

/** Main thread → host. */
export type HostInbound =
  /** Peer frames of one main-thread turn for groups on this host, tagged with the sending node (`TaggedFrames`). */
  | { type: 'peer-frames'; buffer: ArrayBuffer }
  /** Client request frames of one main-thread turn for groups on this host, tagged with the connection (`TaggedFrames`). */
  | { type: 'client-frames'; buffer: ArrayBuffer }
  /** The transport lost node `node` (Raft should probe it again later). */
  | { type: 'peer-unreachable'; node: number }
  /**
   * A connection to node `node` was set up (it started, restarted or came back from a
   * partition): quiesced leaders of its groups wake, so that its replicas learn their leaders
   * in a heartbeat instead of an election timeout.
   */
  | { type: 'peer-reachable'; node: number }
  /** Node `node` presented `incarnation` in a handshake, and the meta group has none recorded for it. */
  | { type: 'peer-incarnation'; node: number; incarnation: string }
  /**
   * To the meta group's host, while it leads: descriptors this node's replicas hold newer than
   * the region table (a split applied), for the table (`routing/region-table-sync.ts`).
   */
  | { type: 'region-updates'; regions: RegionDescriptor[] }
  /**
   * Create an empty replica of region `groupId`, which the region table places on this node but
   * no host holds (this node missed the split that made it, by installing a snapshot of the
   * parent taken after it). The region's leader sends it a snapshot (`routing/region-table-sync.ts`).
   */
  | { type: 'create-replica'; groupId: number }
  /**
   * The meta group's region table, to every host when it changed: what a region's leader knows
   * of the regions on other host threads and nodes (the next region, before a merge freezes one).
   */
  | { type: 'region-table'; regions: RegionDescriptor[] }
  /**
   * The cluster's members, to every host when they changed (a node joined or left): where
   * NotLeader hints point clients to, and which node ids a membership change may name.
   */
  | { type: 'members'; members: Member[] }
  /** Hand leadership of group `groupId` to node `to`, if this replica leads it (leader balance). */
  | { type: 'transfer-leader'; groupId: number; to: number }
  /**
   * The node is stopping: hand every leadership this host holds to the most up-to-date active
   * voter (`worker/group/leadership-handoff.ts`), and take none back (a `TimeoutNow` is dropped)
   * until the host stops. Posted again until no group here leads, or the handoff time is up.
   */
  | { type: 'hand-off-leaderships' }
  /** To the meta group's host: reserve `count` region ids for host `host`'s request `requestId`. */
  | { type: 'allocate-region-ids'; host: number; requestId: number; count: number }
  /** To the host that asked: the first id reserved for its request (0: none, ask again later). */
  | { type: 'region-ids'; requestId: number; firstId: number }
  /**
   * A region changes host thread on this node (`host-pool/host-moves.ts`). To the host that
   * holds it: stop serving group `groupId` and answer its whole state, packed (`move-answer`).
   */
  | { type: 'move-out'; moveId: number; groupId: number }
  /** To the host it goes to: write the packed group, without serving it yet; answer `move-answer`. */
  | { type: 'move-in'; moveId: number; buffer: ArrayBuffer }
  /**
   * The node's layout now places group `groupId` on the host it went to: that host serves it,
   * the host it left deletes its copy.
   */
  | { type: 'move-done'; groupId: number; side: 'from' | 'to' }
  /** The move failed before the layout changed: the host it left serves it again, the other deletes its copy. */
  | { type: 'move-undone'; groupId: number; side: 'from' | 'to' }
  /**
   * To the host of the region that follows a frozen one: propose `buffer` (an encoded
   * `commit-merge` command) in group `groupId`; a follower forwards it to the leader
   * (`worker/kv/region-merge.ts`).
   */
  | { type: 'propose-merge'; groupId: number; buffer: ArrayBuffer }
  /**
   * Drop this node's replica of region `groupId`: it merged into `mergedInto`, which this node
   * holds (it covers the region's range with a newer version; the merge's waiters are answered),
   * or, without `mergedInto`, a membership change removed it (`routing/region-table-sync.ts`).
   */
  | { type: 'remove-replica'; groupId: number; mergedInto?: RegionDescriptor }
  /**
   * The node's replica placement chose one membership change of region `groupId`
   * (`host-pool/replica-upkeep.ts`), if this replica leads it; a promotion waits for the learner
   * to hold the log.
   */
  | { type: 'change-replicas'; groupId: number; change: ReplicaChange; nodeId: number }
  /** The node's merge policy chose region `groupId` to merge into the next region, if this replica leads it. */
  | { type: 'merge-region'; groupId: number }
  /** Finish in-flight persists, close the database, answer `stopped`. */
  | { type: 'stop' };

/** Host → main thread. */
export type HostOutbound =
  /** Whole peer frames for node `to`; the transport batches them per event-loop turn. */
  | { type: 'peer-send'; to: number; buffer: ArrayBuffer }
  /** Client response frames of one host turn, tagged with the connection (`TaggedFrames`). */
  | { type: 'client-replies'; buffer: ArrayBuffer }
  /**
   * Close client connection `connection` for a protocol error only the host can see (e.g. an
   * undecodable request payload, code `FLINT_PAYLOAD_INVALID`). The main thread sends a GOAWAY
   * with `code: reason`, closes it and logs a warning with the remote address.
   */
  | { type: 'client-close'; connection: number; code: string; reason: string }
  /** Reserve `count` region ids (a region leader splits by size or load); the node asks the meta group. */
  | { type: 'allocate-region-ids'; host: number; requestId: number; count: number }
  /** From the meta group's host: the first id reserved for host `host`'s request (0: none). */
  | { type: 'region-ids'; host: number; requestId: number; firstId: number }
  /**
   * A step of a region's move between host threads done (`move-out`: `buffer` holds the packed
   * group) or refused, with a stable code (e.g. `FLINT_MOVE_GROUP_BUSY` while a snapshot of it
   * is in flight).
   */
  | {
      type: 'move-answer';
      host: number;
      moveId: number;
      buffer?: ArrayBuffer;
      size?: { records: number; bytes: number };
      error?: { code: string; message: string };
    }
  /**
   * A frozen region's leader hands its state on: propose `buffer` (an encoded `commit-merge`
   * command) to the region of this node that starts where `source` ends.
   */
  | { type: 'merge-commit'; host: number; source: RegionDescriptor; buffer: ArrayBuffer }
  /** The host has opened its database and loaded its groups. */
  | { type: 'started'; groups: number[] }
  | { type: 'stopped' }
  /** A fatal host error (e.g. corrupt database); the node exits with this message. */
  | { type: 'failed'; code: string; message: string }
  /**
   * The state of this host's groups, sent whenever a role, leader or region descriptor
   * changes and otherwise every few hundred milliseconds. The main thread answers node-level
   * client requests (Status, Regions: frames addressed to group 0) from these reports.
   */
  /** `full`: every group of the host (groups not listed are gone); else the groups that changed or are awake. */
  | { type: 'groups-report'; host: number; groups: GroupReport[]; full: boolean }
  /**
   * Host-side metrics, merged into the node's `/metrics` (optional; send every few hundred
   * milliseconds at most). Names must match `flint_[a-z0-9_]+`; a name is created on first
   * use and keeps its type. Every series gets a `host` label.
   */
  | {
      type: 'host-metrics';
      host: number;
      /** Counter increments since the previous message, e.g. `flint_proposals_total: 12`. */
      counters?: Record<string, number>;
      /**
       * Increments of counters with labels besides `host`, e.g. `flint_region_splits_total`
       * with `{ reason: 'size' }`. A name keeps the label names of its first use.
       */
      labelledCounters?: LabelledIncrement[];
      /**
       * Histogram observations since the previous message, in seconds, e.g.
       * `flint_fsync_seconds: [0.004, 0.006]` (sample down to a few hundred per name).
       */
      observations?: Record<string, number[]>;
    };

/** An increment of one labelled series of a host counter. */
export interface LabelledIncrement {
  name: string;
  /** Label names match `[a-z_]+`; `host` is added by the main thread. */
  labels: Record<string, string>;
  increment: number;
}

/** One group as its host sees it; plain data so it crosses the MessagePort cheaply. */
export interface GroupReport {
  groupId: number;
  /** 'leader' | 'follower' | 'candidate' | 'pre-candidate' */
  role: string;
  term: number;
  leader: number;
  commit: number;
  applied: number;
  firstIndex: number;
  lastIndex: number;
  logBytes: number;
  /** Leader only: match index per peer node id. */
  matchIndex: Record<number, number>;
  /** Leader only: the learners of the group's configuration (replicas not voting yet). */
  learners?: number[];
  /** A region frozen for its merge into the next region (`worker/kv/region-merge.ts`). */
  merging?: boolean;
  /** An idle region that stopped ticking until something happens to it (`worker/group/quiescence.ts`). */
  quiesced?: boolean;
  /** The region's range, epoch and replicas (absent for the meta group 0). */
  region?: RegionDescriptor;
  /**
   * Meta group (0) only: the cluster's whole region table as the meta state machine holds it,
   * so a node can describe regions it holds no replica of (clusters larger than the replica count).
   */
  regionTable?: RegionDescriptor[];
  /**
   * Meta group (0) only: the members as the meta state holds them (addresses, recorded
   * incarnation, leaving); empty until this replica applied the bootstrap (or, on a node that
   * joined, its first snapshot).
   */
  members?: Member[];
  /** Meta group (0) only: voters per region, as chosen at bootstrap (absent in older states). */
  replicationFactor?: number;
  /** Meta group (0) only: the users (with their password hashes) and whether authentication is on. */
  userTable?: UserTable;
  /** Snapshots this replica is sending or receiving now. */
  snapshots?: SnapshotProgress[];
  /**
   * KV regions only: this replica's load and the region's approximate size. The host thread is
   * the `host` of the `groups-report` that carries it.
   */
  statistics?: RegionStatisticsReport;
}

/** What a region's replica measured, for `flint regions` and `/metrics`. */
export interface RegionStatisticsReport {
  /** User keys, approximately (cached; refreshed every few seconds at most). */
  approximateKeys: number;
  /** Bytes of the user keys plus values, approximately (cached like the keys). */
  approximateBytes: number;
  /** Write requests this replica accepted per second over the last ~10 s (0 on a follower). */
  writesPerSecond: number;
  /** Read requests this replica served per second over the last ~10 s (a follower: stale reads). */
  readsPerSecond: number;
}

/** Everything a host task needs to start; passed as piscina task data with the MessagePort. */
export interface HostOptions {
  hostIndex: number;
  hostCount: number;
  /** The node's data directory; this host's database is `<dataDirectory>/<databaseNameOfHost(hostIndex)>`. */
  dataDirectory: string;
  nodeId: number;
  clusterId: string;
  /** The data directory's incarnation (`packages/storage/src/node-layout.ts`); the meta group records it. */
  incarnation: string;
  members: { nodeId: number; peerAddress: string; clientAddress: string }[];
  /** Initial regions of a new cluster: every node computes them alike (the meta group's bootstrap command). */
  bootstrap: { regionCount: number; splitKeys?: Uint8Array[] /** Default min(3, members). */; replicas?: number };
  /** The whole node is new: create this host's initial groups before serving (never set on a later start). */
  createInitialGroups: boolean;
  /**
   * A host restarted while the node runs (`host-pool/disk-full-hosts.ts`): groups the node
   * layout places in another host's database. A copy of one found here is a stray left by an
   * interrupted move: cleared at open, never served (at a node start the layout check does it).
   */
  foreignGroups?: number[];
  /**
   * The node is new and joined a running cluster (`--join`): it creates no regions, only an
   * empty replica of the meta group, which its leader adds as a learner and catches up by snapshot.
   */
  joined: boolean;
  tickIntervalMs: number;
  electionTicks: number;
  heartbeatTicks: number;
  /** Ticks of quiet before an idle region stops ticking; 0 = never (`worker/group/quiescence.ts`). */
  quiesceTicks: number;
  logLevel: string;
  /** A group snapshots and truncates its log past either threshold. */
  compaction: { maxLogEntries: number; maxLogBytes: number };
  /** How snapshots are streamed to and from this host. */
  snapshot: SnapshotSettings;
  /** When a region splits by itself. */
  split: AutoSplitSettings;
}

/**
 * Which host (0 … hostCount-1) owns a group. Each host's groups live in that host's database;
 * when the host count changes between starts, the node moves groups between databases before
 * the hosts start (`data-directory/prepare-data-directory.ts`).
 */
export function hostOfGroup(groupId: number, hostCount: number): number {
  return groupId % hostCount;
}

/** The directory name, under the data directory, of host `hostIndex`'s database. */
export function databaseNameOfHost(hostIndex: number): string {
  return `host-${hostIndex}`;
}
