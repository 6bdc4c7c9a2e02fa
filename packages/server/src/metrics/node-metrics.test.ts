import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { groupReport } from '../test-support/group-report.js';
import type { GroupReport } from '../host-protocol.js';
import { NodeMetrics } from './node-metrics.js';

describe('NodeMetrics.recordHostMetrics', () => {
  it('creates host counters and histograms on first use and adds later reports to them', async () => {
    const metrics = new NodeMetrics(1);
    expect(metrics.recordHostMetrics(0, { flint_proposals_total: 3 }, { flint_fsync_seconds: [0.002, 0.02] })).toEqual(
      [],
    );
    metrics.recordHostMetrics(1, { flint_proposals_total: 4 });
    metrics.recordHostMetrics(0, { flint_proposals_total: 1 }, { flint_fsync_seconds: [0.003] });
    const proposals = await metrics.registry.getSingleMetric('flint_proposals_total')?.get();
    const proposalsOf = (host: string) => proposals?.values.find((each) => each.labels.host === host)?.value;
    expect(proposalsOf('0')).toBe(4);
    expect(proposalsOf('1')).toBe(4);
    const fsync = await metrics.registry.getSingleMetric('flint_fsync_seconds')?.get();
    const series = (metricName: string, le?: number) =>
      fsync?.values.find(
        (each) =>
          (each as { metricName?: string }).metricName === metricName &&
          each.labels.host === '0' &&
          (le === undefined || each.labels.le === le),
      )?.value;
    expect(series('flint_fsync_seconds_count')).toBe(3);
    expect(series('flint_fsync_seconds_bucket', 0.005)).toBe(2);
  });

  it('refuses names that are malformed, taken by a node metric, or used with the other type', () => {
    const metrics = new NodeMetrics(1);
    metrics.recordHostMetrics(0, { flint_elections_total: 1 });
    expect(
      metrics.recordHostMetrics(0, { 'Bad-Name': 1, flint_peer_connects_total: 1 }, { flint_elections_total: [0.1] }),
    ).toEqual(['Bad-Name', 'flint_peer_connects_total', 'flint_elections_total']);
  });
});

describe('NodeMetrics.recordSnapshotsInFlight', () => {
  const report = (groupId: number, snapshots: GroupReport['snapshots']) =>
    groupReport(groupId, {
      leader: 1,
      commit: 1,
      applied: 1,
      lastIndex: 1,
      ...(snapshots === undefined ? {} : { snapshots }),
    });
  const progress = (direction: 'sending' | 'receiving', peer: number) => ({
    direction,
    peer,
    snapshotIndex: 10,
    bytes: 0,
    totalBytes: 100,
    startedAt: 0,
  });
  const inFlight = async (metrics: NodeMetrics) => {
    const gauge = await metrics.registry.getSingleMetric('flint_snapshots_in_flight')?.get();
    const of = (direction: string) => gauge?.values.find((each) => each.labels.direction === direction)?.value;
    return { sending: of('sending'), receiving: of('receiving') };
  };

  it('counts the transfers of every host by direction, and drops to 0 when they end', async () => {
    const metrics = new NodeMetrics(1);
    expect(await inFlight(metrics)).toEqual({ sending: 0, receiving: 0 });
    const reportsByHost = new Map<number, GroupReport[]>([
      [0, [report(1, [progress('sending', 2), progress('sending', 3)]), report(3, undefined)]],
      [1, [report(2, [progress('receiving', 1)])]],
    ]);
    metrics.recordSnapshotsInFlight(reportsByHost.values());
    expect(await inFlight(metrics)).toEqual({ sending: 2, receiving: 1 });
    reportsByHost.set(0, [report(1, undefined)]);
    reportsByHost.set(1, [report(2, [])]);
    metrics.recordSnapshotsInFlight(reportsByHost.values());
    expect(await inFlight(metrics)).toEqual({ sending: 0, receiving: 0 });
  });
});

describe('NodeMetrics.recordGroups', () => {
  it('counts the region replicas of each host thread, without the meta group', async () => {
    const metrics = new NodeMetrics(1);
    const group = (groupId: number) => groupReport(groupId);
    metrics.recordGroups(0, [group(0), group(2), group(4)]);
    metrics.recordGroups(1, [group(1), group(3), group(5), group(9)]);
    const regions = await metrics.registry.getSingleMetric('flint_host_regions')?.get();
    const of = (host: string) => regions?.values.find((each) => each.labels.host === host)?.value;
    expect([of('0'), of('1')]).toEqual([2, 4]);
  });

  it('counts the quiesced replicas of a host from all its groups, when a report lists only some', async () => {
    const metrics = new NodeMetrics(1);
    const all = [groupReport(1, { quiesced: true }), groupReport(2, { quiesced: true }), groupReport(3)];
    metrics.recordGroups(0, [all[2]!], all);
    const quiesced = await metrics.registry.getSingleMetric('flint_host_regions_quiesced')?.get();
    expect(quiesced?.values.find((each) => each.labels.host === '0')?.value).toBe(2);
  });
});

describe('NodeMetrics region load', () => {
  const statistics = { approximateKeys: 10, approximateBytes: 1000, writesPerSecond: 3, readsPerSecond: 4 };
  const gaugeValue = async (metrics: NodeMetrics, name: string, region: string) =>
    (await metrics.registry.getSingleMetric(name)?.get())?.values.find((each) => each.labels.region === region)?.value;

  it('sets the load gauges of the regions this node leads, and drops them when it stops leading', async () => {
    const metrics = new NodeMetrics(1);
    metrics.recordGroups(0, [
      groupReport(2, { role: 'leader', statistics }),
      groupReport(4, { role: 'follower', statistics }),
    ]);
    expect(await gaugeValue(metrics, 'flint_region_writes_per_second', '2')).toBe(3);
    expect(await gaugeValue(metrics, 'flint_region_reads_per_second', '2')).toBe(4);
    expect(await gaugeValue(metrics, 'flint_region_approximate_bytes', '2')).toBe(1000);
    expect(await gaugeValue(metrics, 'flint_region_approximate_keys', '2')).toBe(10);
    expect(await gaugeValue(metrics, 'flint_region_writes_per_second', '4')).toBeUndefined();
    metrics.recordGroups(0, [groupReport(2, { role: 'follower', statistics })]);
    expect(await gaugeValue(metrics, 'flint_region_writes_per_second', '2')).toBeUndefined();
  });

  it('keeps the gauges of a region that moved to another host thread while leading', async () => {
    const metrics = new NodeMetrics(1);
    metrics.recordGroups(0, [groupReport(2, { role: 'leader', statistics })]);
    metrics.recordGroups(1, [groupReport(2, { role: 'leader', statistics: { ...statistics, writesPerSecond: 8 } })]);
    metrics.recordGroups(0, []);
    expect(await gaugeValue(metrics, 'flint_region_writes_per_second', '2')).toBe(8);
  });
});

describe('NodeMetrics.recordHostLabelledCounters', () => {
  it('counts splits by reason and host, and refuses a name used with other labels', async () => {
    const metrics = new NodeMetrics(1);
    const split = (reason: string, increment = 1) => ({
      name: 'flint_region_splits_total',
      labels: { reason },
      increment,
    });
    expect(metrics.recordHostLabelledCounters(0, [split('size'), split('command', 2)])).toEqual([]);
    metrics.recordHostLabelledCounters(1, [split('size')]);
    const splits = await metrics.registry.getSingleMetric('flint_region_splits_total')?.get();
    const of = (host: string, reason: string) =>
      splits?.values.find((each) => each.labels.host === host && each.labels.reason === reason)?.value;
    expect([of('0', 'size'), of('0', 'command'), of('1', 'size')]).toEqual([1, 2, 1]);
    expect(
      metrics.recordHostLabelledCounters(0, [
        { name: 'flint_region_splits_total', labels: { cause: 'x' }, increment: 1 },
        { name: 'flint_peer_connects_total', labels: { reason: 'x' }, increment: 1 },
      ]),
    ).toEqual(['flint_region_splits_total', 'flint_peer_connects_total']);
    // A plain host counter cannot take a labelled counter's name.
    expect(metrics.recordHostMetrics(0, { flint_region_splits_total: 1 })).toEqual(['flint_region_splits_total']);
  });
});

describe('NodeMetrics build info', () => {
  it('names the version of the server package and of Node.js', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const text = await new NodeMetrics(4).registry.metrics();
    expect(text).toContain(`flint_build_info{version="${version}",node_version="${process.version}",node="4"} 1\n`);
  });
});
