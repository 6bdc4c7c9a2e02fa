import type { PlacementErrorCode } from './errors.js';

/**
 * Where a member is in its life: `joining` nodes are being grown into (they receive replicas
 * like active ones), `leaving` nodes are being drained (they receive none and lose theirs).
 */
export type MemberState = 'active' | 'joining' | 'leaving';

/** A node as {@link decideReplicaChanges} sees it. */
export interface PlacementMember {
  nodeId: number;
  state: MemberState;
  /**
   * False once the node has been unreachable long enough to give its replicas up (TiKV waits
   * 30 minutes); a node that is only restarting should stay `up`, or every restart re-replicates.
   */
  up: boolean;
}

/** A region's replicas as {@link decideReplicaChanges} sees them. */
export interface PlacementRegion {
  id: number;
  /** Node ids of its voters. */
  voters: readonly number[];
  /** Node ids of its learners: replicas catching up that do not vote yet. */
  learners: readonly number[];
  /** Node id of the leader; 0 if unknown. */
  leader: number;
  /** Approximate size; moving the smallest region costs the least. */
  bytes: number;
  /** A membership change of this region is in progress: it is not touched until it ends. */
  changing: boolean;
}

/** How replicas are placed; see {@link DEFAULT_REPLICA_PLACEMENT_SETTINGS}. */
export interface ReplicaPlacementSettings {
  /** Voters per region; odd (see {@link validateReplicationFactor}). */
  replicationFactor: number;
  /** Membership changes at once, counting the regions already `changing`. */
  maxChangesInFlight: number;
  /** Balance while a node holds more than the mean replica count × (1 + this), or fewer than × (1 − this). */
  balanceTolerance: number;
}

/**
 * Default replica placement settings.
 *
 * - `replicationFactor` 3: survives one node lost, the TiKV and etcd default.
 * - `maxChangesInFlight` 4: each new replica is a snapshot of up to a region's size (96 MiB
 *   before it splits); four at once keep a node of two cores serving while it catches up.
 * - `balanceTolerance` 0.2: replica counts within ±20% of the mean are even enough; moving a
 *   replica copies the whole region, so a narrower band would move data for little gain.
 *
 * @example
 * ```ts
 * decideReplicaChanges(members, regions, { ...DEFAULT_REPLICA_PLACEMENT_SETTINGS, replicationFactor: 5 });
 * ```
 */
export const DEFAULT_REPLICA_PLACEMENT_SETTINGS: Readonly<ReplicaPlacementSettings> = Object.freeze({
  replicationFactor: 3,
  maxChangesInFlight: 4,
  balanceTolerance: 0.2,
});

/** Why a replica is added or removed. */
export type ReplicaChangeReason = 'under-replicated' | 'node-leaving' | 'node-down' | 'balance' | 'over-replicated';

/** One step of a region's membership; the server carries it out. */
export type ReplicaOperation =
  /** Add a learner on `nodeId`; the server catches it up by snapshot and promotes it by joint consensus. */
  | { type: 'add-learner'; regionId: number; nodeId: number; reason: ReplicaChangeReason }
  /** Make the learner on `nodeId` a voter (a promotion the server did not finish). */
  | { type: 'promote-learner'; regionId: number; nodeId: number }
  /** Remove the voter or learner on `nodeId`; never the leader. */
  | { type: 'remove-replica'; regionId: number; nodeId: number; reason: ReplicaChangeReason }
  /** Hand the leadership from `from` to `to`, so that `from` can be removed next round. */
  | { type: 'transfer-leader'; regionId: number; from: number; to: number };

/** The answer of the validations here: fine, or why not with a stable code. */
export type ReplicaValidation = { ok: true } | { ok: false; code: PlacementErrorCode; message: string };

/**
 * The membership changes of one round, at most one per region, that bring every region to
 * `replicationFactor` voters on live nodes and even out replica counts over the nodes. The
 * policy keeps no state between rounds: call it again once the operations have run, and it
 * carries on from what the regions show (an added learner is promoted, an extra voter removed).
 *
 * Regions that are `changing` are skipped and count toward `maxChangesInFlight`; so does every
 * operation returned. A region whose live voters are not a majority is skipped too: it cannot
 * commit a change, and an operator must recover it. Regions go in ascending id order, and the
 * first of these rules that applies to a region wins:
 *
 * 1. a learner is promoted — or removed if its node is down or leaving;
 * 2. with fewer voters on live, non-leaving nodes than the factor (too few voters, or voters on
 *    leaving or down nodes), a learner is added on the live active or joining node holding no
 *    replica of the region with the fewest replicas, then the fewest bytes, then the lowest id.
 *    The replica it replaces is removed by rule 3 once the learner is a voter: a region never
 *    has fewer copies than before while it is repaired;
 * 3. with more voters than the factor, one is removed: a voter on a leaving node first, then on
 *    a down node, then the one on the node with the most replicas (ties: highest id). Never one
 *    that leaves fewer than a majority of the current voters up, and never the leader: its
 *    leadership goes first (`transfer-leader` to the live voter leading the fewest regions), and
 *    removals wait for a known leader.
 *
 * Balance comes only in a quiet round, with none of these to do and no region changing. While
 * some live node holds more than the mean × (1 + tolerance) replicas or fewer than the mean ×
 * (1 − tolerance), and the most and the least loaded differ by at least two, a learner is added
 * on the least loaded node (ties: lowest id) to the smallest settled region that the most
 * loaded node (ties: highest id) holds and it does not. Rule 3 later removes the most loaded
 * voter — the one the move was for.
 *
 * A difference of one is never balanced: moving would only swap which node holds more. So with
 * few regions a node may stay outside the tolerance (mean 1.5: one node holds 2).
 *
 * Deterministic: the same members and regions in any order give the same operations.
 *
 * @example
 * ```ts
 * for (const operation of decideReplicaChanges(members, regions, DEFAULT_REPLICA_PLACEMENT_SETTINGS)) {
 *   if (operation.type === 'add-learner') server.addLearner(operation.regionId, operation.nodeId);
 *   // ...promote-learner, remove-replica, transfer-leader
 * }
 * ```
 */
export function decideReplicaChanges(
  members: readonly PlacementMember[],
  regions: readonly PlacementRegion[],
  settings: ReplicaPlacementSettings = DEFAULT_REPLICA_PLACEMENT_SETTINGS,
): ReplicaOperation[] {
  const cluster = new ClusterView(members, regions);
  const limit = settings.maxChangesInFlight - regions.filter((region) => region.changing).length;
  const byId = [...regions].sort((a, b) => a.id - b.id);
  const operations: ReplicaOperation[] = [];
  const touched = new Set<number>();

  // Repairs first, over every region, before any balancing: a lost copy matters more than an
  // uneven spread.
  for (const region of byId) {
    if (operations.length >= limit) return operations;
    if (region.changing || !cluster.hasLiveMajority(region)) continue;
    const operation = repair(region, cluster, settings.replicationFactor);
    if (operation === undefined) continue;
    operations.push(operation);
    touched.add(region.id);
    cluster.apply(operation, region);
  }

  // Balance only a quiet cluster: until a move's extra voter is removed, its node counts one
  // replica too many, and moves planned on such counts overshoot and undo each other.
  const quiet = operations.length === 0 && regions.every((region) => !region.changing);
  while (quiet && operations.length < limit) {
    const move = nextBalanceMove(byId, cluster, touched, settings);
    if (move === undefined) break;
    operations.push({ type: 'add-learner', regionId: move.region.id, nodeId: move.receiver, reason: 'balance' });
    touched.add(move.region.id);
    // Count the removal rule 3 will make too, so the next move of this round sees the spread
    // as it will be.
    cluster.addReplica(move.receiver, move.region, 1);
    cluster.addReplica(move.donor, move.region, -1);
  }
  return operations;
}

/**
 * Checks `flint member remove <node>` before the node is marked leaving and drained. Refusals,
 * with stable codes:
 * - `FLINT_UNKNOWN_MEMBER`: no member has that id;
 * - `FLINT_MEMBER_REMOVE_BELOW_REPLICAS`: fewer live, non-leaving nodes than the replication
 *   factor would remain to hold the replicas;
 * - `FLINT_MEMBER_REMOVE_QUORUM`: the node holds a region's last live voter, or without it
 *   (and with the nodes already down) a region would keep fewer than a majority of its voters up.
 *
 * @example
 * ```ts
 * const answer = validateMemberRemoval(members, regions, 4);
 * if (!answer.ok) return reply(answer.code, answer.message);
 * meta.propose({ type: 'set-member-state', nodeId: 4, state: 'leaving' });
 * ```
 */
export function validateMemberRemoval(
  members: readonly PlacementMember[],
  regions: readonly PlacementRegion[],
  nodeId: number,
  settings: ReplicaPlacementSettings = DEFAULT_REPLICA_PLACEMENT_SETTINGS,
): ReplicaValidation {
  const cluster = new ClusterView(members, regions);
  if (!cluster.isMember(nodeId)) {
    return refuse(
      'FLINT_UNKNOWN_MEMBER',
      `Node ${nodeId} is not a member of the cluster; list them with \`flint members\`.`,
    );
  }
  const remaining = members.filter((member) => member.nodeId !== nodeId && cluster.canHold(member.nodeId)).length;
  if (remaining < settings.replicationFactor) {
    return refuse(
      'FLINT_MEMBER_REMOVE_BELOW_REPLICAS',
      `Removing node ${nodeId} would leave ${remaining} live nodes for ${settings.replicationFactor} replicas ` +
        'of each region; add a node first.',
    );
  }
  for (const region of [...regions].sort((a, b) => a.id - b.id)) {
    if (!region.voters.includes(nodeId)) continue;
    const othersUp = region.voters.filter((voter) => voter !== nodeId && cluster.isUp(voter)).length;
    if (othersUp === 0 && cluster.isUp(nodeId)) {
      return refuse(
        'FLINT_MEMBER_REMOVE_QUORUM',
        `Node ${nodeId} holds the only live voter of region ${region.id}; bring its other nodes back first.`,
      );
    }
    if (othersUp < majorityOf(region.voters.length)) {
      return refuse(
        'FLINT_MEMBER_REMOVE_QUORUM',
        `Without node ${nodeId}, region ${region.id} would keep ${othersUp} of its ${region.voters.length} ` +
          'voters up, fewer than a majority; bring its down nodes back first.',
      );
    }
  }
  return { ok: true };
}

/**
 * Checks a replication factor for a cluster of `nodeCount` nodes: a whole number, at least 1,
 * odd, and at most the node count. Refuses with `FLINT_REPLICAS_INVALID`.
 *
 * @example
 * ```ts
 * validateReplicationFactor(4, 5);
 * // { ok: false, code: 'FLINT_REPLICAS_INVALID', message: 'Replication factor 4 is even: ...' }
 * ```
 */
export function validateReplicationFactor(factor: number, nodeCount: number): ReplicaValidation {
  if (!Number.isInteger(factor) || factor < 1) {
    return refuse(
      'FLINT_REPLICAS_INVALID',
      `Replication factor ${factor} is not a whole number of at least 1; use 1, 3 or 5.`,
    );
  }
  if (factor % 2 === 0) {
    // A majority of 2k voters is k + 1, so they survive k − 1 failures: no more than 2k − 1 do.
    return refuse(
      'FLINT_REPLICAS_INVALID',
      `Replication factor ${factor} is even: ${factor} voters survive no more lost nodes than ${factor - 1}; ` +
        `use ${factor - 1} or ${factor + 1}.`,
    );
  }
  if (factor > nodeCount) {
    return refuse(
      'FLINT_REPLICAS_INVALID',
      `Replication factor ${factor} needs at least ${factor} nodes and the cluster has ${nodeCount}; ` +
        'add nodes or lower the factor.',
    );
  }
  return { ok: true };
}

/** Rules 1 to 3 of {@link decideReplicaChanges} for one region. */
function repair(region: PlacementRegion, cluster: ClusterView, factor: number): ReplicaOperation | undefined {
  const learner = [...region.learners].sort((a, b) => a - b)[0];
  if (learner !== undefined) {
    return cluster.canHold(learner)
      ? { type: 'promote-learner', regionId: region.id, nodeId: learner }
      : { type: 'remove-replica', regionId: region.id, nodeId: learner, reason: cluster.whyUnfit(learner) };
  }

  const fitVoters = region.voters.filter((voter) => cluster.canHold(voter)).length;
  if (fitVoters < factor) {
    const target = cluster.bestTarget(region);
    if (target !== undefined) {
      const unfit = region.voters.find((voter) => !cluster.canHold(voter));
      const reason =
        region.voters.length < factor || unfit === undefined ? 'under-replicated' : cluster.whyUnfit(unfit);
      return { type: 'add-learner', regionId: region.id, nodeId: target, reason };
    }
    // No node to add on: removing a voter beyond the factor may still be possible.
  }

  if (region.voters.length > factor) return removal(region, cluster);
  return undefined;
}

/** Rule 3: the voter to remove from a region with too many, or the leader transfer first. */
function removal(region: PlacementRegion, cluster: ClusterView): ReplicaOperation | undefined {
  // Without a known leader the one to remove might be leading: wait for the leader to report.
  if (!region.voters.includes(region.leader)) return undefined;
  const upVoters = region.voters.filter((voter) => cluster.isUp(voter)).length;
  const majority = majorityOf(region.voters.length);
  const candidates = [...region.voters].sort(
    (a, b) =>
      cluster.removalRank(a) - cluster.removalRank(b) || cluster.replicaCount(b) - cluster.replicaCount(a) || b - a,
  );
  for (const victim of candidates) {
    // Joint consensus needs a majority of the old voters and of the new; with this many up
    // after the removal, both have one.
    if (upVoters - (cluster.isUp(victim) ? 1 : 0) < majority) continue;
    const reason = cluster.canHold(victim) ? 'over-replicated' : cluster.whyUnfit(victim);
    if (victim !== region.leader) return { type: 'remove-replica', regionId: region.id, nodeId: victim, reason };
    // A leader on a down node cannot hand over; the region elects another and reports it.
    if (!cluster.isUp(victim)) return undefined;
    const to = cluster.transferTarget(region, victim);
    return to === undefined ? undefined : { type: 'transfer-leader', regionId: region.id, from: victim, to };
  }
  return undefined;
}

/** The next balancing move, or undefined once the spread is even enough. */
function nextBalanceMove(
  regions: readonly PlacementRegion[],
  cluster: ClusterView,
  touched: ReadonlySet<number>,
  settings: ReplicaPlacementSettings,
): { region: PlacementRegion; donor: number; receiver: number } | undefined {
  const nodes = cluster.fitNodes();
  if (nodes.length < 2) return undefined;
  const mean = nodes.reduce((sum, node) => sum + cluster.replicaCount(node), 0) / nodes.length;
  const upper = mean * (1 + settings.balanceTolerance);
  const lower = mean * (1 - settings.balanceTolerance);
  const donors = [...nodes].sort((a, b) => cluster.replicaCount(b) - cluster.replicaCount(a) || b - a);
  const receivers = [...nodes].sort((a, b) => cluster.replicaCount(a) - cluster.replicaCount(b) || a - b);

  for (const donor of donors) {
    for (const receiver of receivers) {
      const donorCount = cluster.replicaCount(donor);
      const receiverCount = cluster.replicaCount(receiver);
      // Receivers come least loaded first: once the gap is below two it stays below.
      if (donorCount - receiverCount < 2) break;
      if (donorCount <= upper && receiverCount >= lower) continue;
      let best: PlacementRegion | undefined;
      for (const region of regions) {
        if (!isSettled(region, cluster, touched, settings.replicationFactor)) continue;
        if (!region.voters.includes(donor) || region.voters.includes(receiver)) continue;
        if (best === undefined || region.bytes < best.bytes) best = region;
      }
      if (best !== undefined) return { region: best, donor, receiver };
    }
  }
  return undefined;
}

/** A region with nothing to repair and nothing under way: the only kind balancing moves. */
function isSettled(
  region: PlacementRegion,
  cluster: ClusterView,
  touched: ReadonlySet<number>,
  factor: number,
): boolean {
  return (
    !region.changing &&
    !touched.has(region.id) &&
    region.learners.length === 0 &&
    region.voters.length === factor &&
    region.voters.every((voter) => cluster.canHold(voter))
  );
}

function majorityOf(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

function refuse(code: PlacementErrorCode, message: string): ReplicaValidation {
  return { ok: false, code, message };
}

/**
 * The members and the replicas per node, kept up to date as a round plans operations so that
 * two regions of one round do not both pick the same emptiest node.
 */
class ClusterView {
  private readonly members = new Map<number, PlacementMember>();
  private readonly replicas = new Map<number, number>();
  private readonly bytes = new Map<number, number>();
  private readonly leaderships = new Map<number, number>();

  constructor(members: readonly PlacementMember[], regions: readonly PlacementRegion[]) {
    for (const member of members) this.members.set(member.nodeId, member);
    for (const region of regions) {
      for (const node of [...region.voters, ...region.learners]) this.addReplica(node, region, 1);
      this.leaderships.set(region.leader, (this.leaderships.get(region.leader) ?? 0) + 1);
    }
  }

  isMember(node: number): boolean {
    return this.members.has(node);
  }

  /** Up, whatever its state: it still votes while it leaves. */
  isUp(node: number): boolean {
    return this.members.get(node)?.up === true;
  }

  /** May hold replicas: a member that is up and not leaving. */
  canHold(node: number): boolean {
    const member = this.members.get(node);
    return member?.up === true && member.state !== 'leaving';
  }

  /** Why a node may not hold replicas; a node no longer a member counts as leaving. */
  whyUnfit(node: number): ReplicaChangeReason {
    const member = this.members.get(node);
    return member === undefined || member.state === 'leaving' ? 'node-leaving' : 'node-down';
  }

  /** Rule 3's order: leaving (or gone) nodes first, then down ones, then the rest. */
  removalRank(node: number): number {
    if (this.canHold(node)) return 2;
    return this.whyUnfit(node) === 'node-leaving' ? 0 : 1;
  }

  replicaCount(node: number): number {
    return this.replicas.get(node) ?? 0;
  }

  bytesOn(node: number): number {
    return this.bytes.get(node) ?? 0;
  }

  /** Enough voters up to commit a change. */
  hasLiveMajority(region: PlacementRegion): boolean {
    return region.voters.filter((voter) => this.isUp(voter)).length >= majorityOf(region.voters.length);
  }

  /** Nodes that may hold replicas, ascending. */
  fitNodes(): number[] {
    return [...this.members.keys()].filter((node) => this.canHold(node)).sort((a, b) => a - b);
  }

  /** Counts a replica of `region` more (`change` 1) or less (−1) on `node`. */
  addReplica(node: number, region: PlacementRegion, change: 1 | -1): void {
    this.replicas.set(node, this.replicaCount(node) + change);
    this.bytes.set(node, this.bytesOn(node) + change * region.bytes);
  }

  /** Rule 2's node for a new replica of `region`. */
  bestTarget(region: PlacementRegion): number | undefined {
    let best: number | undefined;
    for (const node of this.fitNodes()) {
      if (region.voters.includes(node) || region.learners.includes(node)) continue;
      if (
        best === undefined ||
        this.replicaCount(node) < this.replicaCount(best) ||
        (this.replicaCount(node) === this.replicaCount(best) && this.bytesOn(node) < this.bytesOn(best))
      ) {
        best = node;
      }
    }
    return best;
  }

  /** The live voter, other than `leader`, leading the fewest regions (ties: lowest id). */
  transferTarget(region: PlacementRegion, leader: number): number | undefined {
    const eligible = region.voters.filter((voter) => voter !== leader && this.canHold(voter));
    eligible.sort((a, b) => (this.leaderships.get(a) ?? 0) - (this.leaderships.get(b) ?? 0) || a - b);
    return eligible[0];
  }

  /** Counts `operation` as done, for the rest of the round. */
  apply(operation: ReplicaOperation, region: PlacementRegion): void {
    if (operation.type === 'add-learner') this.addReplica(operation.nodeId, region, 1);
    if (operation.type === 'remove-replica') this.addReplica(operation.nodeId, region, -1);
    if (operation.type === 'transfer-leader') {
      this.leaderships.set(operation.from, (this.leaderships.get(operation.from) ?? 0) - 1);
      this.leaderships.set(operation.to, (this.leaderships.get(operation.to) ?? 0) + 1);
    }
  }
}
