import { describe, expect, it } from 'vitest';
import type { ClusterMember } from '../config/server-config.js';
import { ClusterMembership } from './cluster-membership.js';

const configured: ClusterMember[] = [
  { nodeId: 1, peerAddress: { host: '127.0.0.1', port: 7101 }, clientAddress: { host: '127.0.0.1', port: 7201 } },
  // Reached through a proxy from this node: not the address the meta state records.
  { nodeId: 2, peerAddress: { host: '127.0.0.1', port: 9102 }, clientAddress: { host: '127.0.0.1', port: 7202 } },
];
const reported = [
  { nodeId: 1, peerAddress: '127.0.0.1:7101', clientAddress: '127.0.0.1:7201' },
  { nodeId: 2, peerAddress: '127.0.0.1:7102', clientAddress: '127.0.0.1:7202' },
];

describe('ClusterMembership', () => {
  it('follows the meta state: joins and leaves change the members, configured routes stay', () => {
    const changes: number[][] = [];
    const membership = new ClusterMembership(configured, (members) => changes.push(members.map((m) => m.nodeId)));
    membership.follow([]);
    membership.follow(reported);
    expect(changes).toEqual([]);
    membership.follow([...reported, { nodeId: 3, peerAddress: '127.0.0.1:7103', clientAddress: '127.0.0.1:7203' }]);
    expect(changes).toEqual([[1, 2, 3]]);
    expect(membership.all[1]?.peerAddress.port).toBe(9102);
    expect(membership.all[2]?.peerAddress.port).toBe(7103);
    membership.follow([reported[0]!, { ...reported[1]!, state: 'leaving' }]);
    expect(changes).toEqual([
      [1, 2, 3],
      [1, 2],
    ]);
    expect(membership.all[1]).toMatchObject({ nodeId: 2, leaving: true, peerAddress: { port: 9102 } });
    expect(membership.has(3)).toBe(false);
    expect(membership.ids).toEqual([1, 2]);
  });
});
