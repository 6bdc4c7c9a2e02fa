import {
  DEFAULT_REPLICA_PLACEMENT_SETTINGS,
  type PlacementMember,
  type PlacementRegion,
  type RegionDescriptor,
  validateMemberRemoval,
} from '@flintkv/pd';
import type { ClusterMember } from '../config/server-config.js';

/** What the node that receives `flint member remove` knows of the cluster. */
export interface RemovalView {
  members: readonly ClusterMember[];
  /** The meta group's region table as this node's replica holds it. */
  regions: readonly RegionDescriptor[];
  replicationFactor: number;
  /** Whether this node reaches `nodeId` now. */
  isUp(nodeId: number): boolean;
}

/**
 * Why node `nodeId` may not start leaving, as `FLINT_CODE: message`; undefined when it may (or
 * already is: asking again changes nothing). Judged by pd's `validateMemberRemoval` on this
 * node's view: the survivors must hold every region's replicas, and every region must keep a
 * majority of its voters up without it. The meta group records the leaving state; placement
 * (`../host-pool/replica-upkeep.ts`) then moves the replicas off.
 *
 * @example
 * ```ts
 * removalRefusal(3, { members, regions, replicationFactor: 3, isUp: () => true });
 * // 'FLINT_MEMBER_REMOVE_BELOW_REPLICAS: Removing node 3 would leave 2 live nodes for 3 replicas ...'
 * ```
 */
export function removalRefusal(nodeId: number, view: RemovalView): string | undefined {
  if (view.members.some((member) => member.nodeId === nodeId && member.leaving === true)) return undefined;
  const members: PlacementMember[] = view.members.map((member) => ({
    nodeId: member.nodeId,
    state: member.leaving === true ? 'leaving' : 'active',
    up: view.isUp(member.nodeId),
  }));
  const regions: PlacementRegion[] = view.regions.map((region) => ({
    id: region.id,
    voters: region.peers,
    learners: [],
    leader: 0,
    bytes: 0,
    changing: false,
  }));
  const verdict = validateMemberRemoval(members, regions, nodeId, {
    ...DEFAULT_REPLICA_PLACEMENT_SETTINGS,
    replicationFactor: view.replicationFactor,
  });
  return verdict.ok ? undefined : `${verdict.code}: ${verdict.message}`;
}
