import { failpoint } from '../failpoints.js';
import type { RegionDescriptor } from '@flintkv/pd';
import type { NodeStore } from '@flintkv/storage';
import type { Logger } from 'pino';
import type { HostOutbound } from '../host-protocol.js';
import type { RegionGroup } from './group/region-group.js';
import { META_GROUP_ID } from './meta/meta-group.js';

/** What {@link GroupMoves} needs of its host. */
export interface GroupMovesHost {
  readonly store: NodeStore;
  readonly hostIndex: number;
  readonly groups: ReadonlyMap<number, RegionGroup>;
  readonly log: Logger;
  /** Runs `task` with no turn running and no deferred batch open (`TurnLoop.exclusive`). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Whether a snapshot of the group is being sent or received. */
  snapshotInFlight(groupId: number): boolean;
  /** Takes the group out of the host: no more input, turns, reports (`mergedInto`: it merged into that region). */
  detach(groupId: number, mergedInto?: RegionDescriptor): void;
  /** Puts a detached group back, as it was. */
  reattach(group: RegionGroup): void;
  /** Loads a group from its stored state and serves it. */
  openMoved(groupId: number): Promise<void>;
  post(message: HostOutbound): void;
  fail(error: unknown): void;
}

/** A refusal of a move, with its stable code. */
class MoveRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A host's side of moving a region between the host threads of a node (the node's side, which
 * orders the steps and records the move in the node layout, is `../host-pool/host-moves.ts`).
 * The group leaves: it stops between turns, so its state on disk is all of it, and is packed.
 * The group arrives: its packed state is written in one synced batch, served only once the
 * layout names this host. Until then the host it left keeps its copy and may take it back.
 */
export class GroupMoves {
  /** Groups packed and gone, kept until the node says how the move ended. */
  private readonly leaving = new Map<number, RegionGroup>();

  constructor(private readonly host: GroupMovesHost) {}

  /** `move-out`: stops serving the group and answers its packed state. */
  async moveOut(moveId: number, groupId: number): Promise<void> {
    try {
      const { group, packed } = await this.host.exclusive(async () => {
        const group = this.host.groups.get(groupId);
        if (group === undefined || groupId === META_GROUP_ID) {
          throw new MoveRefused('FLINT_MOVE_GROUP_UNKNOWN', `host ${this.host.hostIndex} holds no region ${groupId}`);
        }
        // A leader would leave its group leaderless for an election timeout: the node hands leadership off first.
        if (group.isLeader) {
          throw new MoveRefused(
            'FLINT_MOVE_GROUP_LEADS',
            `region ${groupId} is led by this replica; transfer it first`,
          );
        }
        if (this.host.snapshotInFlight(groupId)) {
          throw new MoveRefused('FLINT_MOVE_GROUP_BUSY', `region ${groupId} is sending or receiving a snapshot`);
        }
        this.host.detach(groupId);
        try {
          return { group, packed: await this.host.store.packGroup(groupId) };
        } catch (error) {
          this.host.reattach(group);
          throw error;
        }
      });
      this.leaving.set(groupId, group);
      this.host.post({
        type: 'move-answer',
        host: this.host.hostIndex,
        moveId,
        buffer: packed.buffer,
        size: packed.size,
      });
    } catch (error) {
      this.refuse(moveId, error);
    }
  }

  /** `move-in`: writes a packed group, not served until `move-done`. */
  async moveIn(moveId: number, buffer: ArrayBuffer): Promise<void> {
    try {
      await this.host.store.importGroup(buffer);
      this.host.post({ type: 'move-answer', host: this.host.hostIndex, moveId });
    } catch (error) {
      this.refuse(moveId, error);
    }
  }

  /** `move-done`: the layout names the new host. It serves the group; the old one deletes its copy. */
  async done(groupId: number, side: 'from' | 'to'): Promise<void> {
    if (side === 'to') {
      await this.host.openMoved(groupId);
      return;
    }
    this.leaving.delete(groupId);
    await this.host.store.removeGroup(groupId);
  }

  /** `move-undone`: the move failed before the layout changed. The old host serves the group again. */
  async undone(groupId: number, side: 'from' | 'to'): Promise<void> {
    if (side === 'to') {
      if (this.host.store.groupIds().includes(groupId) && !this.host.groups.has(groupId)) {
        await this.host.store.removeGroup(groupId);
      }
      return;
    }
    const group = this.leaving.get(groupId);
    this.leaving.delete(groupId);
    if (group !== undefined) this.host.reattach(group);
  }

  /**
   * `remove-replica`: this node's replica of `groupId` stops serving and its data goes. Merged
   * into `mergedInto` (which this node holds), it answers its merge's waiters first
   * (`kv/region-merge.ts`); otherwise a membership change removed it.
   */
  async removeReplica(groupId: number, mergedInto?: RegionDescriptor): Promise<void> {
    await this.host.exclusive(async () => {
      if (!this.host.groups.has(groupId) || this.leaving.has(groupId)) return;
      this.host.detach(groupId, mergedInto);
      await this.host.store.removeGroup(groupId);
      if (mergedInto === undefined) {
        this.host.log.info({ group: groupId }, 'region replica removed by a membership change');
        return;
      }
      this.host.log.info({ group: groupId, into: mergedInto.id }, 'region merged: its replica removed');
      failpoint('merge-source-removed');
    });
  }

  private refuse(moveId: number, error: unknown): void {
    const code = error instanceof MoveRefused ? error.code : 'FLINT_MOVE_FAILED';
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof MoveRefused)) this.host.log.warn({ err: error, moveId }, 'region move step failed');
    this.host.post({ type: 'move-answer', host: this.host.hostIndex, moveId, error: { code, message } });
  }
}
