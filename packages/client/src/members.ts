import type { NodeReport } from './client.js';
import type { RegionInfo } from './route-cache.js';

/**
 * Where a member is in its life: `active`, or `leaving` (its replicas moving away before it is
 * removed; see `FlintClient.removeMember`). `joining` (catching up its first replicas) is
 * reserved: no server reports it yet.
 */
export type MemberState = 'joining' | 'active' | 'leaving';

/** One member of the cluster: one row of `flint member list`. */
export interface MemberInfo {
  nodeId: number;
  /** host:port of its peer (Raft) listener. */
  peerAddress: string;
  /** host:port of its client listener. */
  clientAddress: string;
  /** Whether it answered this client's Status request. */
  up: boolean;
  state: MemberState;
  /** Region replicas the region table places on it. */
  replicas: number;
  /** Regions it leads, by the word of the replicas that answered. */
  leaders: number;
  /** The incarnation of its data directory as the meta group recorded it ('' until recorded). */
  incarnation: string;
}

/**
 * Joins the member lists the nodes reported with the region table: what each member holds and
 * leads. A member's own report of itself comes first (its addresses as it listens); a region's
 * leader is the one a replica of it that answered names, else the table's. A member any node
 * reports leaving is leaving: a node learns the meta group's record late, and a member never
 * goes back from leaving to active. A member only it lists itself, while other nodes answered,
 * is not one: a removed node that still runs keeps its last view of the cluster.
 */
export function mergeMembers(nodes: readonly NodeReport[], regions: readonly RegionInfo[]): MemberInfo[] {
  const members = new Map<number, MemberInfo>();
  const answered = new Set(nodes.filter((node) => node.up).map((node) => node.nodeId));
  const listedBy = new Map<number, Set<number>>();
  for (const node of nodes) {
    for (const member of node.node?.members ?? []) {
      const listers = listedBy.get(member.nodeId) ?? new Set<number>();
      listedBy.set(member.nodeId, listers.add(node.nodeId));
      const known = members.get(member.nodeId);
      if (known !== undefined && member.nodeId !== node.nodeId) {
        if (known.incarnation === '') known.incarnation = member.incarnation;
        if (member.state === 'leaving') known.state = 'leaving';
        continue;
      }
      members.set(member.nodeId, {
        nodeId: member.nodeId,
        peerAddress: member.peerAddress,
        clientAddress: member.clientAddress,
        up: answered.has(member.nodeId),
        state: member.state === 'leaving' || known?.state === 'leaving' ? 'leaving' : 'active',
        replicas: 0,
        leaders: 0,
        incarnation: member.incarnation || (known?.incarnation ?? ''),
      });
    }
  }
  const reporters = nodes.filter((node) => node.node !== undefined).map((node) => node.nodeId);
  for (const [nodeId, listers] of listedBy) {
    const onlyItself = listers.size === 1 && listers.has(nodeId);
    if (onlyItself && reporters.some((reporter) => reporter !== nodeId)) members.delete(nodeId);
  }
  // Every node down, so no member list: the nodes the client was given. (With lists, a node none
  // lists is not a member, e.g. one removed that the client still knows the address of.)
  for (const node of nodes) {
    if (reporters.length > 0 || node.nodeId === 0 || members.has(node.nodeId)) continue;
    members.set(node.nodeId, {
      nodeId: node.nodeId,
      peerAddress: '',
      clientAddress: node.address,
      up: node.up,
      state: 'active',
      replicas: 0,
      leaders: 0,
      incarnation: '',
    });
  }
  const reportedLeader = new Map<number, number>();
  for (const node of nodes) {
    for (const group of node.groups) if (group.leader !== 0) reportedLeader.set(group.groupId, group.leader);
  }
  for (const region of regions) {
    for (const peer of region.peers) {
      const member = members.get(peer);
      if (member !== undefined) member.replicas++;
    }
    const leader = members.get(reportedLeader.get(region.id) ?? region.leader);
    if (leader !== undefined) leader.leaders++;
  }
  return [...members.values()].sort((a, b) => a.nodeId - b.nodeId);
}
