import type { FlintClient } from '@flintkv/client';
import type { ProxiedCluster } from '../harness/proxied-cluster.js';
import { type ReportedRegion, reportedRegions } from '../harness/region-table.js';
import { describeScheduledEvent, type FaultEvent, type ScheduledEvent } from './schedule.js';

/**
 * Applies a fault schedule to a running cluster, each event at its time after {@link run} starts.
 * Admin requests (leader lookups, transfers, compactions) may fail while faults are active;
 * such failures are logged, not fatal — the nemesis's job is to try.
 */
export class NemesisRunner {
  /** What was done, when, and what failed: one line per event. */
  readonly log: string[] = [];
  private stopped = false;
  private wake: (() => void) | undefined;
  private admin: FlintClient | undefined;
  private startedAt = Date.now();
  /** Nodes that joined and have not left yet (their removal not asked, refused, or running). */
  private readonly joined = new Set<number>();
  /** Removals running in the background: asked until accepted, then waited for the node's exit. */
  private readonly removals = new Map<number, Promise<void>>();

  constructor(
    private readonly cluster: ProxiedCluster,
    private readonly schedule: readonly ScheduledEvent[],
  ) {}

  /** Runs the schedule to its end, or until {@link stop}. */
  async run(): Promise<void> {
    const start = Date.now();
    this.startedAt = start;
    for (const scheduled of this.schedule) {
      await this.sleepUntil(start + scheduled.atMs);
      if (this.stopped) return;
      const line = describeScheduledEvent(scheduled);
      try {
        const detail = await this.apply(scheduled.event);
        this.log.push(`${line}${detail === undefined ? '' : ` — ${detail}`}`);
      } catch (error) {
        this.log.push(`${line} — failed: ${(error as Error).message}`);
      }
    }
  }

  /**
   * Once the faults are over and every node is back: removes every node that joined and is
   * still a member (its removal was refused while nodes were down, or never asked), and waits
   * until each drained and exited. A removal that does not finish is a problem of the run.
   */
  async settle(timeoutMs = 120_000): Promise<string[]> {
    for (const node of this.joined) if (!this.removals.has(node)) this.removeInBackground(node, timeoutMs);
    const problems: string[] = [];
    for (const [node, removal] of this.removals) {
      await removal.catch((error: Error) => problems.push(`removal of n${node}: ${error.message}`));
    }
    await this.stop();
    return problems;
  }

  /** Asks until the cluster accepts node `node`'s removal (refused while too few nodes are up), then waits for its exit. */
  private removeInBackground(node: number, timeoutMs = 120_000): void {
    const removal = (async () => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          await (await this.client()).removeMember(node, { timeoutMs: 3_000 });
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
      this.log.push(`${(Date.now() - this.startedAt) / 1000}s removal of n${node} accepted`);
      await this.cluster.removed(node, timeoutMs);
      this.joined.delete(node);
      this.log.push(`${(Date.now() - this.startedAt) / 1000}s n${node} drained and exited`);
    })();
    // Awaited by settle(); a failure meanwhile is no unhandled rejection.
    removal.catch(() => {});
    this.removals.set(node, removal);
  }

  /** Stops before the next event. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    const admin = this.admin;
    this.admin = undefined;
    await admin?.close();
  }

  private async apply(event: FaultEvent): Promise<string | undefined> {
    const { cluster } = this;
    switch (event.kind) {
      case 'kill':
        await cluster.stopNode(event.node, event.signal);
        return undefined;
      case 'start':
        cluster.startNode(event.node, event.workers === undefined ? [] : ['--workers', String(event.workers)]);
        return undefined;
      case 'pause':
        cluster.pauseNode(event.node);
        return undefined;
      case 'resume':
        cluster.resumeNode(event.node);
        return undefined;
      case 'partition':
        cluster.proxy.update((links) => links.partition(event.groups));
        return undefined;
      case 'block-one-way':
        cluster.proxy.update((links) => links.blockOneWay(event.from, event.to));
        return undefined;
      case 'delay':
        cluster.proxy.update((links) => links.delayAll(event.milliseconds));
        return undefined;
      case 'heal':
        cluster.proxy.heal();
        return undefined;
      case 'isolate-leader': {
        const region = await this.region(event.regionIndex);
        if (region.leader === 0) return `region ${region.id} has no known leader; nothing isolated`;
        cluster.proxy.update((links) => links.isolate(region.leader));
        return `isolated n${region.leader}, leader of region ${region.id}`;
      }
      case 'transfer-leader': {
        const region = await this.region(event.regionIndex);
        if (!region.replicas.includes(event.node))
          return `n${event.node} reports no replica of region ${region.id} (down, or not a member); skipped`;
        await (await this.client()).transferLeader(region.id, event.node, { timeoutMs: 2_000 });
        return `region ${region.id} accepted`;
      }
      case 'split': {
        const halves = await (await this.client()).splitRegion(event.key, { timeoutMs: 3_000 });
        return halves.map((half) => `r${half.id}@v${half.epoch.version}`).join(' | ');
      }
      case 'merge': {
        // Not awaited: a kill scheduled a moment later lands in the middle of the merge.
        const region = await this.region(event.regionIndex);
        const line = `${(Date.now() - this.startedAt) / 1000}s merge of region ${region.id}`;
        void (await this.client()).mergeRegion(region.id, { timeoutMs: 10_000 }).then(
          (merged) => this.log.push(`${line}: into r${merged.id}@v${merged.epoch.version}`),
          (error: Error) => this.log.push(`${line}: not made (${error.message})`),
        );
        return `region ${region.id} asked`;
      }
      case 'move-host': {
        // Not awaited: a kill scheduled a moment later lands in the middle of the move.
        const region = await this.region(event.regionIndex);
        const line = `${(Date.now() - this.startedAt) / 1000}s move of region ${region.id} on n${event.node}`;
        void (await this.client()).moveRegionHost(event.node, region.id, event.host, { timeoutMs: 10_000 }).then(
          (moved) => this.log.push(`${line}: host ${moved.fromHost} -> ${moved.toHost} (${moved.bytes} bytes)`),
          (error: Error) => this.log.push(`${line}: not made (${error.message})`),
        );
        return `region ${region.id} asked`;
      }
      case 'move-replica': {
        // Not awaited: the steps take a snapshot's time, and a kill may land among them.
        const region = await this.region(event.regionIndex);
        // The scheduled node if it holds a follower replica, else another that does (5 nodes hold 3 each).
        const followers = region.replicas.filter((nodeId) => nodeId !== region.leader);
        const node = followers.includes(event.node)
          ? event.node
          : followers[event.node % Math.max(1, followers.length)];
        if (node === undefined) return `region ${region.id} reports no follower replica; skipped`;
        const line = `${(Date.now() - this.startedAt) / 1000}s replica move of region ${region.id} on n${node}`;
        void this.moveReplica(region.id, node).then(
          (steps) => this.log.push(`${line}: ${steps}`),
          (error: Error) => this.log.push(`${line}: stopped (${error.message})`),
        );
        return `region ${region.id} asked`;
      }
      case 'join':
        await cluster.addNode(event.node);
        this.joined.add(event.node);
        return 'started with --join';
      case 'remove-member':
        this.removeInBackground(event.node);
        return 'asked';
      case 'compact-all': {
        const client = await this.client();
        const results = await Promise.all(
          (await reportedRegions(client)).map((region) =>
            client.compact(region.id, { timeoutMs: 2_000 }).then(
              ({ firstIndex }) => `r${region.id}@${firstIndex}`,
              (error: Error) => `r${region.id} failed (${error.message})`,
            ),
          ),
        );
        return results.join(', ');
      }
    }
  }

  /** Removes node `node`'s replica of region `regionId`, adds it back as a learner and promotes it once caught up. */
  private async moveReplica(regionId: number, node: number): Promise<string> {
    const client = await this.client();
    const removed = await client.changeReplicas(regionId, 'remove-replica', node, { timeoutMs: 5_000 });
    const added = await client.changeReplicas(regionId, 'add-learner', node, { timeoutMs: 5_000 });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const nodes = (await client.status({ timeoutMs: 2_000 })).nodes;
      const groups = (nodeId?: number) =>
        nodes.filter((each) => nodeId === undefined || each.nodeId === nodeId).flatMap((each) => each.groups);
      const leader = groups().find((group) => group.groupId === regionId && group.role === 'leader');
      const learner = groups(node).find((group) => group.groupId === regionId);
      if (leader !== undefined && learner !== undefined && learner.applied >= leader.commit - 5) break;
      if (Date.now() > deadline) throw new Error(`the learner on n${node} did not catch up within 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const promoted = await client.changeReplicas(regionId, 'promote-learner', node, { timeoutMs: 5_000 });
    return [removed, added, promoted]
      .map((region) => `[${region.peers.join(',')}]@c${region.epoch.confVersion}`)
      .join(' -> ');
  }

  /** The region at `index` in key order, with the leader the cluster reports now. */
  private async region(index: number): Promise<ReportedRegion> {
    const regions = await reportedRegions(await this.client());
    const region = regions[index % regions.length];
    if (region === undefined) throw new Error('the cluster reports no regions');
    return region;
  }

  private async client(): Promise<FlintClient> {
    this.admin ??= await this.cluster.connectClient(2_000);
    return this.admin;
  }

  private sleepUntil(time: number): Promise<void> {
    const wait = time - Date.now();
    if (wait <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, wait);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
