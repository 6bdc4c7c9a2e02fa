import type { GroupReport } from '../host-protocol.js';

/** A leader change seen between two reports of a group. */
export interface LeaderChange {
  groupId: number;
  previousLeader: number;
  leader: number;
  term: number;
}

/**
 * Remembers the last leader reported for each group and says which changed. A group that
 * loses its leader (0) is not a change yet; the next known leader is.
 */
export class LeaderWatch {
  private readonly leaders = new Map<number, number>();

  observe(groups: readonly GroupReport[]): LeaderChange[] {
    const changes: LeaderChange[] = [];
    for (const group of groups) {
      if (group.leader === 0) continue;
      const previousLeader = this.leaders.get(group.groupId) ?? 0;
      if (previousLeader !== group.leader) {
        this.leaders.set(group.groupId, group.leader);
        changes.push({ groupId: group.groupId, previousLeader, leader: group.leader, term: group.term });
      }
    }
    return changes;
  }
}
