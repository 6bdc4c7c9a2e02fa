import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { GroupReport, LabelledIncrement } from '../host-protocol.js';
import { SERVER_VERSION } from '../server-version.js';

/** Buckets of latency histograms (the hosts' and the client requests'): 100 µs to 10 s. */
const LATENCY_BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/**
 * The node's Prometheus metrics, in a registry of its own (several nodes may share one
 * process in tests). Transport counters are updated by the transport; group gauges are set
 * from each host's latest `groups-report`.
 */
export class NodeMetrics {
  readonly registry = new Registry();
  readonly peerFramesSent: Counter<'peer'>;
  readonly peerBytesSent: Counter<'peer'>;
  readonly peerFramesReceived: Counter<'peer'>;
  readonly peerBytesReceived: Counter<'peer'>;
  readonly peerConnected: Gauge<'peer'>;
  readonly peerConnects: Counter<'peer'>;
  readonly peerSendQueueBytes: Gauge<'peer'>;
  readonly peerSendDrops: Counter<'peer'>;
  readonly peerSendDroppedBytes: Counter<'peer'>;
  readonly clientConnections: Gauge;
  readonly clientFramesReceived: Counter;
  readonly clientFramesSent: Counter;
  readonly connectionsRefused: Counter<'port' | 'code'>;
  readonly authFailures: Counter<'reason'>;
  readonly authDenials: Counter<'command'>;
  readonly leaderChanges: Counter;
  readonly regionHostMoves: Counter<'outcome'>;
  readonly requests: Counter<'command'>;
  readonly requestDuration: Histogram<'command'>;
  readonly requestErrors: Counter<'command' | 'code'>;
  readonly diskBytes: Gauge<'kind'>;
  readonly diskFull: Gauge;
  private readonly groupCommit: Gauge<'group'>;
  private readonly groupApplied: Gauge<'group'>;
  private readonly groupLag: Gauge<'group'>;
  private readonly groupTerm: Gauge<'group'>;
  private readonly groupLeader: Gauge<'group'>;
  private readonly groupIsLeader: Gauge<'group'>;
  private readonly groupLogEntries: Gauge<'group'>;
  private readonly groupLogBytes: Gauge<'group'>;
  private readonly hostRegions: Gauge<'host'>;
  private readonly hostRegionsQuiesced: Gauge<'host'>;
  /** The report each group's gauges were last set from. */
  private readonly recordedGroups = new Map<number, GroupReport>();
  private readonly regionWritesPerSecond: Gauge<'region'>;
  private readonly regionReadsPerSecond: Gauge<'region'>;
  private readonly regionApproximateBytes: Gauge<'region'>;
  private readonly regionApproximateKeys: Gauge<'region'>;
  /** The host whose report last set each region's load gauges (a region may move between hosts). */
  private readonly loadReportedBy = new Map<number, number>();
  private readonly snapshotsInFlight: Gauge<'direction'>;

  constructor(nodeId: number) {
    const registry = this.registry;
    registry.setDefaultLabels({ node: String(nodeId) });
    collectDefaultMetrics({ register: registry, prefix: 'flint_' });
    const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
      new Counter<L>({ name, help, labelNames, registers: [registry] });
    const gauge = <L extends string>(name: string, help: string, labelNames: L[]) =>
      new Gauge<L>({ name, help, labelNames, registers: [registry] });

    this.peerFramesSent = counter('flint_peer_frames_sent_total', 'Frames written to a peer.', ['peer']);
    this.peerBytesSent = counter('flint_peer_bytes_sent_total', 'Bytes written to a peer.', ['peer']);
    this.peerFramesReceived = counter('flint_peer_frames_received_total', 'Frames read from a peer.', ['peer']);
    this.peerBytesReceived = counter('flint_peer_bytes_received_total', 'Bytes read from a peer.', ['peer']);
    this.peerConnected = gauge('flint_peer_connected', '1 while the connection to a peer is up.', ['peer']);
    this.peerConnects = counter('flint_peer_connects_total', 'Peer connections established.', ['peer']);
    this.peerSendQueueBytes = gauge('flint_peer_send_queue_bytes', 'Bytes queued for a peer.', ['peer']);
    this.peerSendDrops = counter(
      'flint_peer_send_dropped_messages_total',
      'Queued Raft messages dropped because the send queue of a peer was full.',
      ['peer'],
    );
    this.peerSendDroppedBytes = counter(
      'flint_peer_send_dropped_bytes_total',
      'Bytes dropped because the send queue of a peer was full.',
      ['peer'],
    );
    this.clientConnections = gauge('flint_client_connections', 'Open client connections.', []);
    this.clientFramesReceived = counter('flint_client_frames_received_total', 'Client request frames read.', []);
    this.clientFramesSent = counter('flint_client_frames_sent_total', 'Client response frames written.', []);
    this.connectionsRefused = counter(
      'flint_connections_refused_total',
      'Connections closed for a bad handshake or frame.',
      ['port', 'code'],
    );
    this.authFailures = counter(
      'flint_auth_failures_total',
      'Failed authentications (unknown user, wrong password, no session, expired session).',
      ['reason'],
    );
    this.authDenials = counter(
      'flint_auth_denied_total',
      "Requests refused because the session's role does not allow them.",
      ['command'],
    );
    this.leaderChanges = counter('flint_leader_changes_total', 'Leader changes seen in group reports.', []);
    this.regionHostMoves = counter(
      'flint_region_host_moves_total',
      'Region moves between host threads of this node, by outcome (moved, refused, failed).',
      ['outcome'],
    );
    this.requests = counter('flint_requests_total', 'Client requests received, by command.', ['command']);
    this.requestDuration = new Histogram<'command'>({
      name: 'flint_request_duration_seconds',
      help: "Seconds from a client request's arrival to its answer leaving, on this node's main thread, by command.",
      labelNames: ['command'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [registry],
    });
    this.requestErrors = counter(
      'flint_request_errors_total',
      'Client requests answered with an error, by command and error code (NOT_LEADER, TIMEOUT, ...).',
      ['command', 'code'],
    );
    this.diskBytes = gauge('flint_disk_bytes', 'Bytes of the files in the data directory (kind="data").', ['kind']);
    gauge('flint_build_info', 'Always 1; the labels name the server and Node.js versions.', [
      'version',
      'node_version',
    ]).set({ version: SERVER_VERSION, node_version: process.version }, 1);
    this.diskFull = gauge(
      'flint_disk_full',
      '1 while a host thread of this node is stopped because the disk of the data directory is full (it restarts by itself once the disk takes writes again).',
      [],
    );
    this.groupCommit = gauge('flint_group_commit_index', 'Commit index of a local group.', ['group']);
    this.groupApplied = gauge('flint_group_applied_index', 'Applied index of a local group.', ['group']);
    this.groupLag = gauge('flint_group_apply_lag', 'Commit index minus applied index.', ['group']);
    this.groupTerm = gauge('flint_group_term', 'Current Raft term of a local group.', ['group']);
    this.groupLeader = gauge('flint_group_leader', 'Leader node id of a local group (0 = unknown).', ['group']);
    this.groupIsLeader = gauge('flint_group_is_leader', '1 when this node leads the group.', ['group']);
    this.groupLogEntries = gauge('flint_group_log_entries', 'Entries in the group log.', ['group']);
    this.groupLogBytes = gauge('flint_group_log_bytes', 'Bytes of the group log.', ['group']);
    this.hostRegions = gauge('flint_host_regions', 'Region replicas a host thread runs (the meta group not counted).', [
      'host',
    ]);
    this.hostRegionsQuiesced = gauge(
      'flint_host_regions_quiesced',
      'Region replicas of a host thread that are idle and stopped ticking (woken by a request or a message).',
      ['host'],
    );
    this.regionWritesPerSecond = gauge(
      'flint_region_writes_per_second',
      'Write requests per second over the last ~10 s, of a region this node leads.',
      ['region'],
    );
    this.regionReadsPerSecond = gauge(
      'flint_region_reads_per_second',
      'Read requests per second over the last ~10 s, of a region this node leads.',
      ['region'],
    );
    this.regionApproximateBytes = gauge(
      'flint_region_approximate_bytes',
      'Approximate bytes of user keys plus values, of a region this node leads.',
      ['region'],
    );
    this.regionApproximateKeys = gauge(
      'flint_region_approximate_keys',
      'Approximate count of user keys, of a region this node leads.',
      ['region'],
    );
    this.snapshotsInFlight = gauge(
      'flint_snapshots_in_flight',
      'Snapshots this node is streaming to followers (sending) or staging from a leader (receiving).',
      ['direction'],
    );
    // Both series exist from the start, so a dashboard sees 0 rather than no data.
    this.snapshotsInFlight.set({ direction: 'sending' }, 0);
    this.snapshotsInFlight.set({ direction: 'receiving' }, 0);
  }

  private readonly hostCounters = new Map<string, Counter<'host'>>();
  private readonly hostHistograms = new Map<string, Histogram<'host'>>();
  /** Host counters with labels besides `host`, with the label names of their first use. */
  private readonly hostLabelledCounters = new Map<string, { counter: Counter<string>; labelNames: string }>();

  /**
   * Merges one host's labelled counter increments (e.g. `flint_region_splits_total{reason}`).
   * Returns the names it refused: bad name or label, a name used by another metric, or label
   * names other than the name's first use.
   */
  recordHostLabelledCounters(host: number, increments: readonly LabelledIncrement[] = []): string[] {
    const refused: string[] = [];
    for (const { name, labels, increment } of increments) {
      const names = Object.keys(labels).sort();
      const labelNames = names.join(',');
      let entry = this.hostLabelledCounters.get(name);
      if (entry === undefined) {
        const valid =
          /^flint_[a-z0-9_]+$/.test(name) &&
          names.every((label) => /^[a-z_]+$/.test(label) && label !== 'host' && label !== 'node') &&
          this.registry.getSingleMetric(name) === undefined;
        if (!valid) {
          refused.push(name);
          continue;
        }
        const counter = new Counter<string>({
          name,
          help: 'Counted by the group hosts.',
          labelNames: ['host', ...names],
          registers: [this.registry],
        });
        entry = { counter, labelNames };
        this.hostLabelledCounters.set(name, entry);
      }
      if (entry.labelNames !== labelNames) {
        refused.push(name);
        continue;
      }
      if (Number.isFinite(increment) && increment > 0) entry.counter.inc({ ...labels, host: String(host) }, increment);
    }
    return refused;
  }

  /**
   * Merges one host's `host-metrics` message. Returns the names it refused (bad name, or a
   * name already used with another type), so the caller can log them once.
   */
  recordHostMetrics(
    host: number,
    counters: Record<string, number> = {},
    observations: Record<string, number[]> = {},
  ): string[] {
    const refused: string[] = [];
    const labels = { host: String(host) };
    for (const [name, increment] of Object.entries(counters)) {
      const counter = this.hostMetric(
        name,
        this.hostCounters,
        this.hostHistograms,
        refused,
        () =>
          new Counter<'host'>({
            name,
            help: 'Counted by the group hosts.',
            labelNames: ['host'],
            registers: [this.registry],
          }),
      );
      if (counter && Number.isFinite(increment) && increment > 0) counter.inc(labels, increment);
    }
    for (const [name, values] of Object.entries(observations)) {
      const histogram = this.hostMetric(
        name,
        this.hostHistograms,
        this.hostCounters,
        refused,
        () =>
          new Histogram<'host'>({
            name,
            help: 'Observed by the group hosts, in seconds.',
            labelNames: ['host'],
            buckets: LATENCY_BUCKETS_SECONDS,
            registers: [this.registry],
          }),
      );
      if (histogram) for (const value of values) if (Number.isFinite(value)) histogram.observe(labels, value);
    }
    return refused;
  }

  private hostMetric<M, O>(
    name: string,
    same: Map<string, M>,
    other: Map<string, O>,
    refused: string[],
    create: () => M,
  ): M | undefined {
    const existing = same.get(name);
    if (existing) return existing;
    if (
      !/^flint_[a-z0-9_]+$/.test(name) ||
      other.has(name) ||
      this.hostLabelledCounters.has(name) ||
      this.registry.getSingleMetric(name)
    ) {
      refused.push(name);
      return undefined;
    }
    const metric = create();
    same.set(name, metric);
    return metric;
  }

  /**
   * Sets `flint_snapshots_in_flight` from the latest report of every host: a node-wide count,
   * so it is recomputed from all hosts whenever one of them reports.
   */
  recordSnapshotsInFlight(reportsByHost: Iterable<readonly GroupReport[]>): void {
    let sending = 0;
    let receiving = 0;
    for (const groups of reportsByHost) {
      for (const group of groups) {
        for (const progress of group.snapshots ?? []) {
          if (progress.direction === 'sending') sending++;
          else receiving++;
        }
      }
    }
    this.snapshotsInFlight.set({ direction: 'sending' }, sending);
    this.snapshotsInFlight.set({ direction: 'receiving' }, receiving);
  }

  /**
   * Sets the per-group gauges from one host's report: `changed` are the groups it listed, `all`
   * every group the host holds (the same when the report was full).
   */
  recordGroups(host: number, changed: readonly GroupReport[], all: readonly GroupReport[] = changed): void {
    this.hostRegions.set({ host: String(host) }, all.filter((group) => group.groupId !== 0).length);
    this.hostRegionsQuiesced.set({ host: String(host) }, all.filter((group) => group.quiesced === true).length);
    this.recordRegionLoad(host, all);
    for (const group of changed) {
      // Setting a labelled gauge hashes its labels: with thousands of groups, only what moved is set.
      const before = this.recordedGroups.get(group.groupId);
      this.recordedGroups.set(group.groupId, group);
      const labels = { group: String(group.groupId) };
      const set = (gauge: Gauge<'group'>, value: (report: GroupReport) => number) => {
        const now = value(group);
        if (before === undefined || value(before) !== now) gauge.set(labels, now);
      };
      set(this.groupCommit, (report) => report.commit);
      set(this.groupApplied, (report) => report.applied);
      set(this.groupLag, (report) => Math.max(0, report.commit - report.applied));
      set(this.groupTerm, (report) => report.term);
      set(this.groupLeader, (report) => report.leader);
      set(this.groupIsLeader, (report) => (report.role === 'leader' ? 1 : 0));
      set(this.groupLogEntries, (report) => Math.max(0, report.lastIndex - report.firstIndex + 1));
      set(this.groupLogBytes, (report) => report.logBytes);
    }
  }

  /**
   * Sets the load gauges of the regions `host` leads, and removes those it set for regions it no
   * longer leads or holds: a region's load is reported by its leader's node only, so the series
   * of one region across the cluster never add up to more than its load.
   */
  private recordRegionLoad(host: number, groups: readonly GroupReport[]): void {
    const led = new Set<number>();
    for (const group of groups) {
      const statistics = group.statistics;
      if (group.role !== 'leader' || statistics === undefined) continue;
      led.add(group.groupId);
      this.loadReportedBy.set(group.groupId, host);
      const labels = { region: String(group.groupId) };
      this.regionWritesPerSecond.set(labels, statistics.writesPerSecond);
      this.regionReadsPerSecond.set(labels, statistics.readsPerSecond);
      this.regionApproximateBytes.set(labels, statistics.approximateBytes);
      this.regionApproximateKeys.set(labels, statistics.approximateKeys);
    }
    for (const [groupId, reporter] of this.loadReportedBy) {
      // A region that moved to another host is that host's to report now.
      if (reporter !== host || led.has(groupId)) continue;
      this.loadReportedBy.delete(groupId);
      const labels = { region: String(groupId) };
      this.regionWritesPerSecond.remove(labels);
      this.regionReadsPerSecond.remove(labels);
      this.regionApproximateBytes.remove(labels);
      this.regionApproximateKeys.remove(labels);
    }
  }
}
