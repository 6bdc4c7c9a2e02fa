import { describe, expect, it } from 'vitest';
import { LinkTable, majorityMinoritySplit } from './link-table.js';

describe('the link table', () => {
  it('lets every link pass until told otherwise', () => {
    const links = new LinkTable([1, 2, 3]);
    expect(links.mode(1, 2)).toEqual({ kind: 'pass' });
    expect(links.describe()).toBe('all links pass');
  });

  it('drops links across partition groups both ways and keeps links within a group', () => {
    const links = new LinkTable([1, 2, 3, 4, 5]);
    links.partition([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(links.mode(1, 3).kind).toBe('drop');
    expect(links.mode(5, 2).kind).toBe('drop');
    expect(links.mode(1, 2).kind).toBe('pass');
    expect(links.mode(4, 3).kind).toBe('pass');
  });

  it('isolates one node from all others in both directions', () => {
    const links = new LinkTable([1, 2, 3]);
    links.isolate(2);
    expect([links.mode(2, 1), links.mode(1, 2), links.mode(2, 3), links.mode(3, 2)].map((mode) => mode.kind)).toEqual([
      'drop',
      'drop',
      'drop',
      'drop',
    ]);
    expect(links.mode(1, 3).kind).toBe('pass');
  });

  it('blocks one direction only in a one-way partition', () => {
    const links = new LinkTable([1, 2, 3]);
    links.blockOneWay(1, 2);
    expect(links.mode(1, 2).kind).toBe('drop');
    expect(links.mode(2, 1).kind).toBe('pass');
    expect(links.describe()).toBe('1->2 drop');
  });

  it('heals every link at once', () => {
    const links = new LinkTable([1, 2, 3]);
    links.isolate(1);
    links.delayAll(20);
    links.heal();
    expect(links.describe()).toBe('all links pass');
  });

  it('refuses a partition that leaves a node out, and unknown nodes', () => {
    const links = new LinkTable([1, 2, 3]);
    expect(() => links.partition([[1], [2]])).toThrow(RangeError);
    expect(() => links.blockOneWay(1, 9)).toThrow(RangeError);
  });

  it('splits nodes into the largest minority and a majority', () => {
    expect(majorityMinoritySplit([3, 1, 2])).toEqual({ minority: [3], majority: [1, 2] });
    expect(majorityMinoritySplit([5, 1, 4, 2, 3])).toEqual({ minority: [5, 1], majority: [4, 2, 3] });
  });
});
