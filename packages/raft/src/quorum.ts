/**
 * Quorum arithmetic (etcd's quorum/majority.go and joint.go). A majority configuration is a set
 * of voter ids; a joint configuration is an incoming and an outgoing majority, and during joint
 * consensus (Raft §6) every decision needs a majority of both.
 */

export type VoteResult = 'pending' | 'lost' | 'won';

/** A voter set. An empty set agrees to everything (it is the unused half of a joint config). */
export type MajorityConfig = ReadonlySet<number>;

/** `[incoming, outgoing]`; outgoing is empty unless the group is in joint consensus. */
export interface JointConfig {
  incoming: Set<number>;
  outgoing: Set<number>;
}

/**
 * The highest index acknowledged by a majority of `voters`: sort the voters' acknowledged indexes
 * descending and take the one at position `floor(n / 2)`. Missing acknowledgements count as 0.
 */
export function majorityCommittedIndex(voters: MajorityConfig, acked: (id: number) => number | undefined): number {
  const n = voters.size;
  if (n === 0) return Number.POSITIVE_INFINITY;
  const indexes: number[] = [];
  for (const id of voters) indexes.push(acked(id) ?? 0);
  indexes.sort((a, b) => b - a);
  return indexes[Math.floor(n / 2)]!;
}

/** Whether the granted votes in `votes` reach a majority of `voters`, can still, or cannot. */
export function majorityVoteResult(voters: MajorityConfig, votes: ReadonlyMap<number, boolean>): VoteResult {
  if (voters.size === 0) return 'won';
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const vote = votes.get(id);
    if (vote === undefined) missing++;
    else if (vote) granted++;
  }
  const quorum = Math.floor(voters.size / 2) + 1;
  if (granted >= quorum) return 'won';
  if (granted + missing >= quorum) return 'pending';
  return 'lost';
}

/** Raft §6: in joint consensus an index is committed only when both majorities have it. */
export function jointCommittedIndex(config: JointConfig, acked: (id: number) => number | undefined): number {
  return Math.min(majorityCommittedIndex(config.incoming, acked), majorityCommittedIndex(config.outgoing, acked));
}

/** Raft §6: an election in joint consensus is won only with majorities of both configurations. */
export function jointVoteResult(config: JointConfig, votes: ReadonlyMap<number, boolean>): VoteResult {
  const incoming = majorityVoteResult(config.incoming, votes);
  const outgoing = majorityVoteResult(config.outgoing, votes);
  if (incoming === outgoing) return incoming;
  if (incoming === 'lost' || outgoing === 'lost') return 'lost';
  return 'pending';
}

/** Every voter of either half, ascending. */
export function jointVoterIds(config: JointConfig): number[] {
  const ids = new Set<number>([...config.incoming, ...config.outgoing]);
  return [...ids].sort((a, b) => a - b);
}
