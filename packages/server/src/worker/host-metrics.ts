import type { LabelledIncrement } from '../host-protocol.js';

/**
 * Counters and latency samples a host gathers between two `host-metrics` messages. The main
 * thread merges them into the node's Prometheus registry (with a `host` label).
 */

/** Samples kept per histogram per interval; beyond it, reservoir sampling keeps a fair subset. */
const MAX_SAMPLES_PER_NAME = 256;

/** Metric names the hosts report (all counters end in `_total`, all observations are seconds). */
export const HostMetricName = {
  proposals: 'flint_proposals_total',
  proposalsRefused: 'flint_proposals_refused_total',
  entriesApplied: 'flint_entries_applied_total',
  reads: 'flint_reads_total',
  /** Reads asked with 'lease' consistency and served from the leader's lease (the others ran a ReadIndex round). */
  leaseReads: 'flint_lease_reads_total',
  requestTimeouts: 'flint_request_timeouts_total',
  turns: 'flint_host_turns_total',
  deferredTurns: 'flint_host_turns_deferred_total',
  electionsWon: 'flint_elections_won_total',
  snapshotsSent: 'flint_snapshots_sent_total',
  snapshotsInstalled: 'flint_snapshots_installed_total',
  snapshotBytesSent: 'flint_snapshot_bytes_sent_total',
  snapshotBytesReceived: 'flint_snapshot_bytes_received_total',
  snapshotSendSeconds: 'flint_snapshot_send_seconds',
  snapshotReceiveSeconds: 'flint_snapshot_receive_seconds',
  compactions: 'flint_log_compactions_total',
  /** Region replicas this host created by applying a split (one per replica of the new region). */
  replicasCreatedBySplit: 'flint_region_split_replicas_total',
  /**
   * Splits applied, counted once in the cluster (by the node that proposed them), with a
   * `reason` label: `size`, `keys`, `load` (the leader by itself) or `command` (a client asked).
   */
  splits: 'flint_region_splits_total',
  /**
   * Merges begun (`prepare-merge` applied), counted once in the cluster (by the node that
   * proposed them), with a `reason` label: `size` (small and cold, by itself) or `command`.
   */
  merges: 'flint_region_merges_total',
  /** Splits this host's region leaders proposed by themselves, by reason (applied or not). */
  splitsBySize: 'flint_region_split_proposals_size_total',
  splitsByKeys: 'flint_region_split_proposals_keys_total',
  splitsByLoad: 'flint_region_split_proposals_load_total',
  fsyncSeconds: 'flint_fsync_seconds',
  applySeconds: 'flint_apply_seconds',
  turnSeconds: 'flint_host_turn_seconds',
} as const;

export type HostMetricName = (typeof HostMetricName)[keyof typeof HostMetricName];

/** Drained counters, observations and labelled counters, the payload of a `host-metrics` message. */
export interface DrainedHostMetrics {
  counters: Record<string, number>;
  observations: Record<string, number[]>;
  labelledCounters?: LabelledIncrement[];
}

export class HostMetrics {
  private counters: Record<string, number> = {};
  /** Labelled increments by series (name and labels), merged until drained. */
  private labelled = new Map<string, LabelledIncrement>();
  private observations: Record<string, number[]> = {};
  private seen: Record<string, number> = {};

  increment(name: HostMetricName, by = 1): void {
    this.counters[name] = (this.counters[name] ?? 0) + by;
  }

  /** Increments the series of `name` with `labels` (besides `host`, which the main thread adds). */
  incrementLabelled(name: HostMetricName, labels: Record<string, string>, by = 1): void {
    const series = `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
    const existing = this.labelled.get(series);
    if (existing !== undefined) existing.increment += by;
    else this.labelled.set(series, { name, labels: { ...labels }, increment: by });
  }

  observe(name: HostMetricName, seconds: number): void {
    let samples = this.observations[name];
    if (samples === undefined) {
      samples = [];
      this.observations[name] = samples;
    }
    const seen = (this.seen[name] ?? 0) + 1;
    this.seen[name] = seen;
    if (samples.length < MAX_SAMPLES_PER_NAME) {
      samples.push(seconds);
      return;
    }
    const slot = Math.floor(Math.random() * seen);
    if (slot < MAX_SAMPLES_PER_NAME) samples[slot] = seconds;
  }

  get isEmpty(): boolean {
    return (
      Object.keys(this.counters).length === 0 && Object.keys(this.observations).length === 0 && this.labelled.size === 0
    );
  }

  /** What was gathered since the last call; starts a new interval. */
  drain(): DrainedHostMetrics {
    const drained: DrainedHostMetrics = { counters: this.counters, observations: this.observations };
    if (this.labelled.size > 0) drained.labelledCounters = [...this.labelled.values()];
    this.labelled = new Map();
    this.counters = {};
    this.observations = {};
    this.seen = {};
    return drained;
  }
}
