import { availableParallelism } from 'node:os';
import { DEFAULT_MERGE_SETTINGS, type MergeSettings } from '@flintkv/pd';
import { type AutoSplitSettings, DEFAULT_AUTO_SPLIT_SETTINGS } from '../worker/kv/auto-split.js';
import { MAX_MERGE_SOURCE_BYTES } from '../worker/kv/merge-driver.js';
import { DEFAULT_SNAPSHOT_SETTINGS, type SnapshotSettings } from '../worker/snapshot/snapshot-settings.js';

/** A listen or dial address. */
export interface HostAndPort {
  host: string;
  port: number;
}

/** One fixed member of the cluster, as every node knows it. */
export interface ClusterMember {
  nodeId: number;
  /** Where the other nodes reach this member's peer (Raft) port. */
  peerAddress: HostAndPort;
  /** Where clients reach this member's client port. */
  clientAddress: HostAndPort;
  /** `flint member remove` asked it to leave: its replicas are being moved off. */
  leaving?: boolean;
}

/** Where one port's certificate, key and trusted CA are (`--tls-cert`, `--peer-tls-key`, ...). */
export interface TlsFiles {
  certFile: string;
  keyFile: string;
  /** CA bundle that signs the other side's certificates; absent = the system's roots. */
  caFile?: string;
}

/** Transport security of a node's ports (etcd's flag names where etcd has one). */
export interface TransportSecurityConfig {
  /**
   * Mutual TLS on the peer port (`--peer-tls-cert`, `--peer-tls-key`, `--peer-tls-ca`): each
   * node presents a certificate from the cluster CA naming its id (`flint://node/<id>`).
   */
  peer?: Required<TlsFiles>;
  /**
   * TLS on the client port (`--tls-cert`, `--tls-key`, `--tls-ca`); `clientCertAuth`
   * (`--client-cert-auth`) requires clients to present a certificate from `--tls-ca`.
   */
  client?: TlsFiles & { clientCertAuth: boolean };
  /** The metrics port serves HTTPS with the client port's certificate (`--metrics-tls`). */
  metrics: boolean;
}

/** Raft timing: one tick timer per host thread drives all its groups. */
export interface RaftTiming {
  tickIntervalMs: number;
  /** A follower campaigns after a randomized [electionTicks, 2·electionTicks) ticks without a leader. */
  electionTicks: number;
  heartbeatTicks: number;
  /**
   * An idle region whose replicas are all caught up stops ticking after this many quiet ticks
   * (`--quiesce-after`, seconds on the command line; 0 = never): no heartbeats, no timers,
   * until a request or a peer's message wakes it (`worker/group/quiescence.ts`).
   */
  quiesceTicks: number;
}

/** The validated configuration of one node process (see {@link resolveServerConfig}). */
export interface ServerConfig {
  nodeId: number;
  /** Absolute path of the node's data directory. */
  dataDirectory: string;
  /** Where this node listens for peers (may differ from its advertised member address, e.g. 0.0.0.0). */
  peerListen: HostAndPort;
  /** Where this node listens for clients. */
  clientListen: HostAndPort;
  /** All members, sorted by node id; includes this node. */
  members: ClusterMember[];
  /**
   * A stable hash of the sorted member list unless given explicitly (1 … 2^53-1). 0 for a
   * node that joins (`join`) and was given none: any cluster its seeds belong to.
   */
  clusterId: number;
  /**
   * Client addresses of running members (`--join`): this node joins their cluster instead of
   * bootstrapping one; `members` then lists only this node until the cluster answers.
   */
  join?: HostAndPort[];
  /** Initial region count of a fresh cluster. */
  regionCount: number;
  /** Replicas of each region of a fresh cluster, placed round robin over the members (`--replicas`). */
  replicas: number;
  /** Explicit bootstrap split points (`regionCount - 1` of them, ascending), else the placement defaults. */
  splitKeys?: Uint8Array[];
  /** Host threads (piscina pool size). */
  workers: number;
  /** Prometheus `/metrics` and `/health` listener; absent = no HTTP listener. */
  metricsListen?: HostAndPort;
  /** TLS of the peer, client and metrics ports; all plaintext by default. */
  security: TransportSecurityConfig;
  /** How long an authenticated connection's session lasts (`--auth-session-ttl`, seconds on the command line). */
  authSessionTtlMs: number;
  logLevel: LogLevel;
  raft: RaftTiming;
  compaction: { maxLogEntries: number; maxLogBytes: number };
  /** Frames over this many bytes close the connection (both ports). */
  maxFrameBytes: number;
  /** Per-peer send queue bound; past it the oldest queued Raft messages are dropped. */
  peerSendQueueBytes: number;
  /** Snapshot streaming: chunk size, unacknowledged bytes per snapshot, snapshots at once per host. */
  snapshot: SnapshotSettings;
  /** When a region splits by itself (`--split-size`, `--split-key-count`, `--split-load`; 0 = off). */
  split: AutoSplitSettings;
  /** When adjacent regions merge by themselves (`--merge-size`, `--merge-load`, `--merge-cooldown`; size 0 = off). */
  merge: MergeSettings;
  /**
   * How long a stopping node hands the leaderships it holds to other replicas before its hosts
   * stop (`--stop-handoff`, ms; 0 = none: each region it led then elects a leader).
   */
  stopHandoffMs: number;
  /**
   * A region's replica on a node unreachable this long is re-created on another node
   * (`--replace-down-after`, seconds on the command line; 0 = never: replicas are then moved
   * only by command). Long enough that a restart or a short partition moves nothing.
   */
  replaceDownAfterMs: number;
  /**
   * Replica changes (add a learner, promote it, remove a replica) each node starts per 2-second
   * round, for the regions it leads (`--placement-changes`). Each new replica is a snapshot of
   * its region: the limit keeps a rebalance from starving client traffic.
   */
  placementChangesPerRound: number;
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Defaults for everything a user may leave out. */
export const SERVER_DEFAULTS = {
  regionCount: 8,
  maxWorkers: 4,
  logLevel: 'info' as LogLevel,
  raft: { tickIntervalMs: 100, electionTicks: 10, heartbeatTicks: 2, quiesceTicks: 20 },
  compaction: { maxLogEntries: 10_000, maxLogBytes: 64 * 1024 * 1024 },
  maxFrameBytes: 16 * 1024 * 1024,
  peerSendQueueBytes: 64 * 1024 * 1024,
  snapshot: DEFAULT_SNAPSHOT_SETTINGS,
  split: DEFAULT_AUTO_SPLIT_SETTINGS,
  /**
   * Merge thresholds: `@flintkv/pd`'s defaults, with the size capped at what one merge carries
   * (`MAX_MERGE_SOURCE_BYTES`: the frozen region travels in one log entry).
   */
  merge: { ...DEFAULT_MERGE_SETTINGS, mergeSizeBytes: MAX_MERGE_SOURCE_BYTES } as MergeSettings,
  stopHandoffMs: 1_000,
  replaceDownAfterMs: 300_000,
  placementChangesPerRound: 1,
  authSessionTtlMs: 3_600_000,
  /** A member given without a client address listens for clients on its peer port + this. */
  clientPortOffset: 100,
} as const;

/** Default replicas per region: three, or every node of a smaller cluster (two on two nodes, as ever). */
export function defaultReplicaCount(nodeCount: number): number {
  return Math.min(3, nodeCount);
}

/**
 * Default host thread count: one per region plus the meta group, at most four and at most the
 * machine's cores (but two, so that load can spread over threads). More host threads than cores
 * only add turns, fsyncs and crossings: on 2 cores, 8 busy regions of a 3-node cluster took
 * 1,500 puts/s on 4 host threads per node and 3,000 on 2 (docs/benchmarks.md).
 */
export function defaultWorkerCount(regionCount: number, cores = availableParallelism()): number {
  return Math.min(regionCount + 1, SERVER_DEFAULTS.maxWorkers, Math.max(2, cores));
}

/**
 * libuv's thread pool serves every host's LevelDB: hosts + 4 threads
 * (docs/architecture.md#the-libuv-thread-pool).
 */
export function requiredThreadPoolSize(workers: number): number {
  return workers + 4;
}
