import type { Member, RegionDescriptor, UserTable } from '@flintkv/pd';
import { type GroupReport, type HostOutbound, hostOfGroup } from '../host-protocol.js';
import type { Logger } from '../logger.js';
import type { NodeMetrics } from '../metrics/node-metrics.js';
import { LeaderWatch } from '../routing/leader-watch.js';

/**
 * The main thread's view of its hosts, from what they post: each host's groups and latest
 * group reports, when it last reported (a host thread that stops reporting does not answer,
 * `/livez`), and the member incarnations the meta group recorded.
 */
export class HostReports {
  readonly reportsByHost = new Map<number, GroupReport[]>();
  /** Each host's latest report of each of its groups (reports may list only the groups that changed). */
  private readonly latestByHost = new Map<number, Map<number, GroupReport>>();
  /** {@link allReports}, flattened once per report received. */
  private all: GroupReport[] | undefined;
  readonly lastReportAt = new Map<number, number>();
  readonly groupsByHost = new Map<number, number[]>();
  /** The host holding each group: from `started`, then from reports (a split's new group). */
  private readonly hostByGroup = new Map<number, number>();
  /** The members as the meta group's replica here last reported them; empty before it applied any. */
  private metaMembers: Member[] = [];
  /** Incarnations the meta group recorded, by node id (from the meta group's reports). */
  private incarnations: Record<number, string> = {};
  private readonly leaderWatch = new LeaderWatch();
  private readonly refusedMetricNames = new Set<string>();
  private metaReported: () => void = () => {};
  /** Settles with the meta group's first report: peers are judged by it from the moment the node listens. */
  readonly firstMetaReport = new Promise<void>((resolve) => {
    this.metaReported = resolve;
  });

  constructor(
    private readonly logger: Logger,
    private readonly metrics: NodeMetrics,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every group report of every host, the latest of each (kept until the next report). */
  allReports(): readonly GroupReport[] {
    this.all ??= [...this.reportsByHost.values()].flat();
    return this.all;
  }

  /** The meta group's region table as this node's meta replica last reported it; undefined before it has. */
  get regionTable(): RegionDescriptor[] | undefined {
    return this.metaReport()?.regionTable;
  }

  private metaReport(): GroupReport | undefined {
    for (const reports of this.latestByHost.values()) {
      const meta = reports.get(0);
      if (meta !== undefined) return meta;
    }
    return undefined;
  }

  /**
   * The users and the authentication switch as the meta group's replica here last reported
   * them: no users and authentication off before it applied anything.
   */
  get userTable(): UserTable {
    return this.metaReport()?.userTable ?? { users: [], authEnabled: false };
  }

  /** The members as the meta group's replica here last reported them; empty before it applied the bootstrap. */
  get members(): readonly Member[] {
    return this.metaMembers;
  }

  /** Voters per region as the cluster's bootstrap chose them; undefined before the meta group reported it. */
  get replicationFactor(): number | undefined {
    return this.metaReport()?.replicationFactor;
  }

  /** The incarnation the cluster recorded for `nodeId`, if any. */
  recordedIncarnation(nodeId: number): string | undefined {
    return this.incarnations[nodeId];
  }

  /** Whether some host holds group `groupId`. */
  holdsGroup(groupId: number): boolean {
    return this.hostByGroup.has(groupId);
  }

  /**
   * The host that holds group `groupId`; for a group no host holds (yet), the host a new node
   * would place it on, which answers a client REGION_NOT_FOUND and drops peer messages.
   */
  hostOf(groupId: number, hostCount: number): number {
    return this.hostByGroup.get(groupId) ?? hostOfGroup(groupId, hostCount);
  }

  /** Whether a host reported group `groupId`, or it was placed on one (`placeGroup`). */
  isPlaced(groupId: number): boolean {
    return this.hostByGroup.has(groupId);
  }

  /** Group `groupId` moved to host `hostIndex` (`host-moves.ts`): route its frames there from now on. */
  placeGroup(groupId: number, hostIndex: number): void {
    this.hostByGroup.set(groupId, hostIndex);
  }

  /**
   * Takes in a host's `started`, `groups-report` or `host-metrics` message. Returns whether a
   * group report changed (a report of a host whose groups all sleep lists none).
   */
  receive(hostIndex: number, message: HostOutbound): boolean {
    switch (message.type) {
      case 'started':
        this.groupsByHost.set(hostIndex, message.groups);
        for (const groupId of message.groups) this.hostByGroup.set(groupId, hostIndex);
        this.logger.debug({ host: hostIndex, groups: message.groups.length }, 'host started');
        return false;
      case 'groups-report':
        return this.receiveGroups(message.host, message.groups, message.full);
      case 'host-metrics':
        for (const name of [
          ...this.metrics.recordHostMetrics(message.host, message.counters, message.observations),
          ...this.metrics.recordHostLabelledCounters(message.host, message.labelledCounters),
        ]) {
          if (this.refusedMetricNames.has(name)) continue;
          this.refusedMetricNames.add(name);
          this.logger.warn(
            { host: hostIndex, metric: name },
            'host metric ignored: bad name or already used with another type',
          );
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * Host `hostIndex` stopped while the node runs on (a full disk, `disk-full-hosts.ts`): its
   * groups keep their place (routing, the replicas this node holds) but lead nothing and know no
   * leader until it reports again, so that Regions answers send clients to the other replicas.
   */
  hostStopped(hostIndex: number): void {
    const latest = this.latestByHost.get(hostIndex);
    if (latest === undefined) return;
    const stopped = [...latest.values()].map((report) => ({ ...report, role: 'follower', leader: 0, matchIndex: {} }));
    this.receiveGroups(hostIndex, stopped, true);
  }

  private receiveGroups(hostIndex: number, groups: GroupReport[], full: boolean): boolean {
    this.lastReportAt.set(hostIndex, this.now());
    if (!full && groups.length === 0) return false;
    let latest = this.latestByHost.get(hostIndex);
    if (full || latest === undefined) {
      latest = new Map();
      this.latestByHost.set(hostIndex, latest);
    }
    for (const group of groups) latest.set(group.groupId, group);
    const all = [...latest.values()];
    this.reportsByHost.set(hostIndex, all);
    this.all = undefined;
    for (const group of groups) {
      this.hostByGroup.set(group.groupId, hostIndex);
      if (group.members === undefined) continue;
      this.metaMembers = group.members;
      const incarnations: Record<number, string> = {};
      for (const member of group.members) {
        if (member.incarnation !== undefined) incarnations[member.nodeId] = member.incarnation;
      }
      if (Object.keys(incarnations).length !== Object.keys(this.incarnations).length) {
        this.logger.info({ incarnations }, 'member incarnations recorded');
      }
      this.incarnations = incarnations;
      this.metaReported();
    }
    this.metrics.recordGroups(hostIndex, groups, all);
    this.metrics.recordSnapshotsInFlight(this.reportsByHost.values());
    for (const change of this.leaderWatch.observe(groups)) {
      this.metrics.leaderChanges.inc();
      // Hosts log each election they see at info; this line is the node-wide view, for debugging.
      this.logger.debug(change, 'leader changed');
    }
    return true;
  }
}
