import type { Member } from '@flintkv/pd';
import { formatHostAndPort, parseHostAndPort } from '../config/parse-values.js';
import type { ClusterMember } from '../config/server-config.js';

/**
 * The cluster's members as this node knows them now. They start as the node's configuration
 * (`--cluster`, or the answer to `--join`) and follow the meta group's state from its first
 * report on: nodes join and leave while the node runs, and the peer links, the hosts' client
 * address hints, readiness, status and placement all read the members from here.
 *
 * @example
 * ```ts
 * const membership = new ClusterMembership(config.members, (members) => transport.setMembers(members));
 * membership.follow(reports.members); // after each meta report
 * ```
 */
export class ClusterMembership {
  private members: ClusterMember[];
  private fingerprint: string;
  /**
   * The addresses this node was configured with (`--cluster`): they win over the meta state's
   * for the same node, since each node may reach a peer by its own route (a proxy, NAT).
   */
  private readonly configured: ReadonlyMap<number, ClusterMember>;

  constructor(
    initial: readonly ClusterMember[],
    private readonly onChange: (members: readonly ClusterMember[]) => void,
  ) {
    this.members = [...initial].sort((a, b) => a.nodeId - b.nodeId);
    this.fingerprint = fingerprintOf(this.members);
    this.configured = new Map(initial.map((member) => [member.nodeId, member]));
  }

  /** Every member, by node id. */
  get all(): readonly ClusterMember[] {
    return this.members;
  }

  /** Every member's node id, ascending. */
  get ids(): number[] {
    return this.members.map((member) => member.nodeId);
  }

  has(nodeId: number): boolean {
    return this.members.some((member) => member.nodeId === nodeId);
  }

  /**
   * Takes the members the meta group reported. An empty list is a meta replica that has not
   * applied the bootstrap (or, on a node that joined, its first snapshot) and changes nothing.
   */
  follow(reported: readonly Member[]): void {
    if (reported.length === 0) return;
    const members = reported
      .map((member) => {
        const known = clusterMemberOf(member);
        const configured = this.configured.get(member.nodeId);
        if (configured === undefined) return known;
        return { ...known, peerAddress: configured.peerAddress, clientAddress: configured.clientAddress };
      })
      .sort((a, b) => a.nodeId - b.nodeId);
    const fingerprint = fingerprintOf(members);
    if (fingerprint === this.fingerprint) return;
    this.members = members;
    this.fingerprint = fingerprint;
    this.onChange(members);
  }
}

/** The meta state's member (addresses as text) as the node's configuration spells it. */
export function clusterMemberOf(member: Member): ClusterMember {
  const known: ClusterMember = {
    nodeId: member.nodeId,
    peerAddress: parseHostAndPort('member', member.peerAddress),
    clientAddress: parseHostAndPort('member', member.clientAddress),
  };
  if (member.state === 'leaving') known.leaving = true;
  return known;
}

/** The node's member as the meta state and the hosts spell it (addresses as text). */
export function metaMemberOf(member: ClusterMember): Member {
  const spelled: Member = {
    nodeId: member.nodeId,
    peerAddress: formatHostAndPort(member.peerAddress),
    clientAddress: formatHostAndPort(member.clientAddress),
  };
  if (member.leaving === true) spelled.state = 'leaving';
  return spelled;
}

function fingerprintOf(members: readonly ClusterMember[]): string {
  return members
    .map(
      (member) =>
        `${member.nodeId}=${formatHostAndPort(member.peerAddress)}/${formatHostAndPort(member.clientAddress)}${member.leaving === true ? '!' : ''}`,
    )
    .join(',');
}
