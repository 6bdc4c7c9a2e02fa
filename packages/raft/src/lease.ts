import { jointCommittedIndex, type JointConfig } from './quorum.js';

/** Default bound on clock drift: every node's tick rate is within ±5% of real time. */
export const DEFAULT_MAX_CLOCK_DRIFT = 0.05;

/**
 * How many of its own ticks a leader may serve lease reads after sending the heartbeat round a
 * quorum acknowledged: `floor((electionTick − 1)(1 − d)/(1 + d))`.
 *
 * Why this is safe: a follower that heard from the leader refuses votes until it has counted
 * `electionTick` of its own ticks, which is at least `electionTick − 1` whole tick periods, so
 * at least `(electionTick − 1)/(1 + d)` of real time after it received the heartbeat (its
 * clock runs at most `1 + d` fast). The leader stops serving before `lease + 1` of its periods
 * have passed since sending, at most `lease/(1 − d)` of real time (its clock runs at least
 * `1 − d` slow), which the formula keeps at or below the followers' bound. A new leader needs
 * a vote from one of that quorum, so it cannot exist while the old one still serves.
 */
export function leaseTicks(electionTick: number, maxClockDrift: number): number {
  return Math.floor(((electionTick - 1) * (1 - maxClockDrift)) / (1 + maxClockDrift));
}

/**
 * The leader tick (plus one; 0 = never) at which the newest heartbeat round that a quorum of
 * `voters` has acknowledged was sent. `ackedAt` gives each voter's newest acknowledged stamp.
 */
export function quorumAcknowledgedStamp(voters: JointConfig, ackedAt: (id: number) => number): number {
  return jointCommittedIndex(voters, ackedAt);
}
