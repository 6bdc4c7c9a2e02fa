import { describe, expect, it } from 'vitest';
import { encodeText, InMemoryCluster } from './testing/in-memory-cluster.js';

describe('smoke', () => {
  it('elects and commits', () => {
    const cluster = new InMemoryCluster([1, 2, 3]);
    cluster.elect(1);
    expect(cluster.leaderId()).toBe(1);
    cluster.node(1).propose(encodeText('a'));
    cluster.stabilize();
    expect(cluster.appliedData(1)).toEqual(['a']);
    expect(cluster.appliedData(2)).toEqual(['a']);
    expect(cluster.appliedData(3)).toEqual(['a']);
    cluster.node(2).propose(encodeText('b'));
    cluster.stabilize();
    expect(cluster.appliedData(3)).toEqual(['a', 'b']);
  });
});
