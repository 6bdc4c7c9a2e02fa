import { type NodeLayout, writeNodeLayout } from '@flintkv/storage';

/**
 * The node layout of a running node, and the one writer of its file while the hosts run: a
 * region that changes host thread is recorded here (`../host-pool/host-moves.ts`). Writes are
 * serialized; each is atomic (`writeNodeLayout`), so a crash leaves the old layout or the new.
 */
export class LayoutKeeper {
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataDirectory: string,
    private layout: NodeLayout,
  ) {}

  get current(): NodeLayout {
    return this.layout;
  }

  /**
   * Forgets group `groupId` (its region merged away), before its records are deleted: a crash
   * in between leaves a copy no layout names, adopted at the next start and removed again.
   */
  forgetGroup(groupId: number): Promise<void> {
    const write = this.writes.then(async () => {
      if (this.layout.groups[String(groupId)] === undefined) return;
      const groups = { ...this.layout.groups };
      delete groups[String(groupId)];
      const next = { ...this.layout, groups };
      await writeNodeLayout(this.dataDirectory, next);
      this.layout = next;
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  /** Records that group `groupId` lives in database `database` from now on. */
  placeGroup(groupId: number, database: string): Promise<void> {
    const write = this.writes.then(async () => {
      const next = { ...this.layout, groups: { ...this.layout.groups, [String(groupId)]: database } };
      await writeNodeLayout(this.dataDirectory, next);
      this.layout = next;
    });
    this.writes = write.catch(() => undefined);
    return write;
  }
}
