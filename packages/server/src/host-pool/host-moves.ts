import type { GroupReport, HostInbound, HostOutbound } from '../host-protocol.js';
import { databaseNameOfHost } from '../host-protocol.js';
import type { LayoutKeeper } from '../data-directory/layout-keeper.js';
import type { Logger } from '../logger.js';
import type { NodeMetrics } from '../metrics/node-metrics.js';
import type { HostReports } from './host-reports.js';

/** How long the node waits for a host to pack or write a moving region. */
const MOVE_STEP_TIMEOUT_MS = 60_000;
/** How long a leading replica has to hand its leadership off before a move gives up. */
const LEADER_HANDOFF_TIMEOUT_MS = 5_000;
const LEADER_HANDOFF_POLL_MS = 50;

/** How a move ended: moved, or refused with a stable code and one line. */
export type HostMoveOutcome =
  | { moved: true; fromHost: number; toHost: number; bytes: number }
  | { moved: false; code: string; message: string };

type MoveAnswer = Extract<HostOutbound, { type: 'move-answer' }>;

/** What {@link HostMoves} needs of its node. */
export interface HostMovesNode {
  nodeId: number;
  workers: number;
  reports: HostReports;
  layout: LayoutKeeper;
  post(host: number, message: HostInbound): void;
  /** Whether host `host` is stopped while the node runs (a full disk, `disk-full-hosts.ts`). */
  stopped(host: number): boolean;
  logger: Logger;
  metrics: NodeMetrics;
}

/**
 * Moves a region's replica between the host threads of this node, crash-safe. The order:
 * the replica hands off leadership if it leads; the old host stops it between turns and packs
 * its whole state; the new host writes it in one synced batch; the node layout records the new
 * host (the commit point: `node-layout.json` decides at a restart which copy is live, and the
 * other is cleared as a stray copy, `../data-directory/judge-layout.ts`); then the new host
 * serves it and the old host deletes its copy. A failure before the layout changes puts the
 * replica back where it was. One move at a time per node.
 */
export class HostMoves {
  private nextMoveId = 1;
  private readonly waiting = new Map<number, (answer: MoveAnswer) => void>();
  private running: Promise<HostMoveOutcome> | undefined;

  constructor(private readonly node: HostMovesNode) {}

  /** Whether a move is under way. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** A host's `move-answer`. */
  receive(answer: MoveAnswer): void {
    const settle = this.waiting.get(answer.moveId);
    this.waiting.delete(answer.moveId);
    settle?.(answer);
  }

  /** Moves this node's replica of region `groupId` to host thread `toHost`. */
  move(groupId: number, toHost: number): Promise<HostMoveOutcome> {
    if (this.running !== undefined) {
      return Promise.resolve(refused('FLINT_MOVE_IN_PROGRESS', 'another region is moving on this node; retry shortly'));
    }
    const running = this.carryOut(groupId, toHost).finally(() => {
      this.running = undefined;
    });
    this.running = running;
    return running;
  }

  private async carryOut(groupId: number, toHost: number): Promise<HostMoveOutcome> {
    const { logger, metrics } = this.node;
    const started = performance.now();
    const outcome = await this.attempt(groupId, toHost);
    metrics.regionHostMoves.inc({
      outcome: outcome.moved ? 'moved' : outcome.code === 'FLINT_MOVE_FAILED' ? 'failed' : 'refused',
    });
    if (outcome.moved) {
      logger.info(
        {
          group: groupId,
          from: outcome.fromHost,
          to: outcome.toHost,
          bytes: outcome.bytes,
          ms: Math.round(performance.now() - started),
        },
        'region moved to another host thread',
      );
    } else {
      logger.info({ group: groupId, to: toHost, code: outcome.code, reason: outcome.message }, 'region move not made');
    }
    return outcome;
  }

  private async attempt(groupId: number, toHost: number): Promise<HostMoveOutcome> {
    const { reports, workers } = this.node;
    if (!Number.isInteger(toHost) || toHost < 0 || toHost >= workers) {
      return refused(
        'FLINT_MOVE_BAD_HOST',
        `host thread ${toHost} does not exist; this node runs threads 0 to ${workers - 1}`,
      );
    }
    if (groupId === 0) return refused('FLINT_MOVE_GROUP_UNKNOWN', 'the meta group (0) does not move');
    const report = this.reportOf(groupId);
    if (report === undefined || !reports.holdsGroup(groupId)) {
      return refused('FLINT_MOVE_GROUP_UNKNOWN', `no host thread of node ${this.node.nodeId} holds region ${groupId}`);
    }
    const fromHost = reports.hostOf(groupId, workers);
    if (fromHost === toHost) {
      return refused('FLINT_MOVE_SAME_HOST', `region ${groupId} is on host thread ${toHost} already`);
    }
    const stopped = [fromHost, toHost].find((host) => this.node.stopped(host));
    if (stopped !== undefined) {
      return refused(
        'FLINT_MOVE_HOST_STOPPED',
        `host thread ${stopped} is stopped: the disk of the data directory is full (FLINT_DISK_FULL)`,
      );
    }
    if (report.role === 'leader' && !(await this.handOffLeadership(groupId, fromHost, report))) {
      return refused(
        'FLINT_MOVE_GROUP_LEADS',
        `region ${groupId} is led here and its leadership did not move within ${LEADER_HANDOFF_TIMEOUT_MS} ms`,
      );
    }

    const packed = await this.ask(fromHost, (moveId) => ({ type: 'move-out', moveId, groupId }));
    if (packed.error !== undefined || packed.buffer === undefined) {
      // An answer that came too late may still have stopped the replica: the old host takes it back.
      this.node.post(fromHost, { type: 'move-undone', groupId, side: 'from' });
      return refused(packed.error?.code ?? 'FLINT_MOVE_FAILED', packed.error?.message ?? 'the region was not packed');
    }
    const bytes = packed.size?.bytes ?? packed.buffer.byteLength;
    const buffer = packed.buffer;
    const written = await this.ask(toHost, (moveId) => ({ type: 'move-in', moveId, buffer }));
    if (written.error !== undefined) {
      this.undo(groupId, fromHost, toHost);
      return refused(
        'FLINT_MOVE_FAILED',
        `host thread ${toHost} could not write region ${groupId}: ${written.error.message}`,
      );
    }
    try {
      await this.node.layout.placeGroup(groupId, databaseNameOfHost(toHost));
    } catch (error) {
      this.undo(groupId, fromHost, toHost);
      return refused('FLINT_MOVE_FAILED', `the node layout could not record the move: ${(error as Error).message}`);
    }
    reports.placeGroup(groupId, toHost);
    this.node.post(toHost, { type: 'move-done', groupId, side: 'to' });
    this.node.post(fromHost, { type: 'move-done', groupId, side: 'from' });
    return { moved: true, fromHost, toHost, bytes };
  }

  private undo(groupId: number, fromHost: number, toHost: number): void {
    this.node.post(toHost, { type: 'move-undone', groupId, side: 'to' });
    this.node.post(fromHost, { type: 'move-undone', groupId, side: 'from' });
  }

  /** Asks the replica's leadership to go to another replica; true once this node no longer leads it. */
  private async handOffLeadership(groupId: number, host: number, report: GroupReport): Promise<boolean> {
    const to = (report.region?.peers ?? []).find((peer) => peer !== this.node.nodeId);
    if (to === undefined) return false;
    this.node.post(host, { type: 'transfer-leader', groupId, to });
    const deadline = Date.now() + LEADER_HANDOFF_TIMEOUT_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, LEADER_HANDOFF_POLL_MS));
      if (this.reportOf(groupId)?.role !== 'leader') return true;
    }
    return false;
  }

  private reportOf(groupId: number): GroupReport | undefined {
    for (const reports of this.node.reports.reportsByHost.values()) {
      const found = reports.find((report) => report.groupId === groupId);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Posts one step to a host and waits for its answer; a host that does not answer in time fails the step. */
  private ask(host: number, message: (moveId: number) => HostInbound): Promise<MoveAnswer> {
    const moveId = this.nextMoveId++;
    return new Promise<MoveAnswer>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(moveId);
        resolve({
          type: 'move-answer',
          host,
          moveId,
          error: {
            code: 'FLINT_MOVE_FAILED',
            message: `host thread ${host} did not answer within ${MOVE_STEP_TIMEOUT_MS} ms`,
          },
        });
      }, MOVE_STEP_TIMEOUT_MS);
      this.waiting.set(moveId, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.node.post(host, message(moveId));
    });
  }
}

function refused(code: string, message: string): HostMoveOutcome {
  return { moved: false, code, message };
}
