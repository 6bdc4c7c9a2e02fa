import type { RaftStatus } from '@flintkv/raft';

/**
 * Who should take over a leadership this node gives up as it stops: the voter (of every
 * configuration, joint ones included) that heard from the leader lately and holds the most of
 * its log, so the transfer waits the least for it to catch up. Undefined when this node does
 * not lead, or no other voter is active: a stop then leaves the group to an election.
 *
 * @example
 * const to = handoffTarget(group.raw.status());
 * if (to !== undefined) group.raw.transferLeadership(to);
 */
export function handoffTarget(status: Pick<RaftStatus, 'id' | 'confState' | 'progress'>): number | undefined {
  const { voters, votersOutgoing } = status.confState;
  const inEveryConfiguration = (id: number) =>
    voters.includes(id) && (votersOutgoing.length === 0 || votersOutgoing.includes(id));
  let best: { id: number; match: number } | undefined;
  for (const [id, progress] of [...status.progress].sort(([a], [b]) => a - b)) {
    if (id === status.id || !progress.recentActive || !inEveryConfiguration(id)) continue;
    if (best === undefined || progress.match > best.match) best = { id, match: progress.match };
  }
  return best?.id;
}

/**
 * Whether a balance decision may hand the leadership to `to`: not while that replica has
 * neither answered lately nor kept up with the commit (its node down, or its host stopped for
 * a full disk). Raft refuses the region's writes while a transfer waits, up to an election
 * timeout, for a replica that will not take it; the balance asks again in its next round.
 *
 * @example
 * if (mayTakeLeadership(group.raw.status(), to)) group.transferLeadership(to);
 */
export function mayTakeLeadership(status: Pick<RaftStatus, 'hardState' | 'progress'>, to: number): boolean {
  const progress = status.progress.get(to);
  if (progress === undefined) return false;
  return progress.recentActive || progress.match >= status.hardState.commit;
}
