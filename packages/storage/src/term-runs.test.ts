import { describe, expect, it } from 'vitest';
import { TermRuns } from './term-runs.js';

describe('TermRuns', () => {
  it('answers the term of every index from the start to the last index', () => {
    const runs = new TermRuns(0, 0);
    for (let index = 1; index <= 10; index++) runs.push(index, index <= 4 ? 1 : index <= 7 ? 3 : 4);
    expect(Array.from({ length: 11 }, (_, index) => runs.term(index))).toEqual([0, 1, 1, 1, 1, 3, 3, 3, 4, 4, 4]);
    expect(runs.runCount).toBe(4);
  });

  it('forgets a truncated suffix and continues with a new term', () => {
    const runs = new TermRuns(0, 0);
    for (let index = 1; index <= 6; index++) runs.push(index, index <= 3 ? 1 : 2);
    runs.truncateFrom(3);
    expect(runs.lastIndex).toBe(2);
    runs.push(3, 5);
    expect([runs.term(2), runs.term(3)]).toEqual([1, 5]);
  });

  it('keeps the term of the new start when the prefix is dropped', () => {
    const runs = new TermRuns(0, 0);
    for (let index = 1; index <= 6; index++) runs.push(index, index <= 3 ? 1 : 2);
    runs.dropBefore(5);
    expect([runs.startIndex, runs.term(5), runs.term(6), runs.runCount]).toEqual([5, 2, 2, 1]);
    runs.dropBefore(6);
    expect([runs.startIndex, runs.term(6)]).toEqual([6, 2]);
  });
});
