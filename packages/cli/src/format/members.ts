import type { MemberInfo } from '@flintkv/client';
import { renderTable } from './table.js';

/** The member table of `flint member list`, by node id. */
export function renderMembers(members: readonly MemberInfo[]): string {
  return renderTable(
    [
      { header: 'ID', align: 'right' },
      { header: 'PEER' },
      { header: 'CLIENT' },
      { header: 'STATUS' },
      { header: 'STATE' },
      { header: 'REPLICAS', align: 'right' },
      { header: 'LEADERS', align: 'right' },
      { header: 'INCARNATION' },
    ],
    members.map((member) => [
      String(member.nodeId),
      member.peerAddress || '?',
      member.clientAddress,
      member.up ? 'up' : 'down',
      member.state,
      String(member.replicas),
      String(member.leaders),
      member.incarnation || '-',
    ]),
  );
}
