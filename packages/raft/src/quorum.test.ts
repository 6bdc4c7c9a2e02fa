import { describe, expect, it } from 'vitest';
import { jointCommittedIndex, jointVoteResult, majorityCommittedIndex, majorityVoteResult } from './quorum.js';

const acked = (indexes: Record<number, number>) => (id: number) => indexes[id];

describe('quorum arithmetic', () => {
  it('the committed index is the highest index a majority has acknowledged', () => {
    expect(majorityCommittedIndex(new Set([1, 2, 3]), acked({ 1: 5, 2: 3, 3: 1 }))).toBe(3);
    expect(majorityCommittedIndex(new Set([1, 2, 3, 4]), acked({ 1: 5, 2: 4, 3: 3, 4: 1 }))).toBe(3);
    expect(majorityCommittedIndex(new Set([1, 2, 3]), acked({ 1: 5 }))).toBe(0);
  });

  it('a vote is won with a majority, pending while one is possible, and lost otherwise', () => {
    const voters = new Set([1, 2, 3, 4, 5]);
    expect(
      majorityVoteResult(
        voters,
        new Map([
          [1, true],
          [2, true],
          [3, true],
        ]),
      ),
    ).toBe('won');
    expect(
      majorityVoteResult(
        voters,
        new Map([
          [1, true],
          [2, false],
          [3, false],
        ]),
      ),
    ).toBe('pending');
    expect(
      majorityVoteResult(
        voters,
        new Map([
          [1, true],
          [2, false],
          [3, false],
          [4, false],
        ]),
      ),
    ).toBe('lost');
  });

  it('in joint consensus the committed index needs majorities of both configurations', () => {
    const config = { incoming: new Set([1, 4, 5]), outgoing: new Set([1, 2, 3]) };
    expect(jointCommittedIndex(config, acked({ 1: 9, 4: 9, 5: 9, 2: 2, 3: 2 }))).toBe(2);
    expect(jointCommittedIndex(config, acked({ 1: 9, 4: 9, 5: 9, 2: 7, 3: 2 }))).toBe(7);
    expect(jointCommittedIndex({ incoming: new Set([1, 2, 3]), outgoing: new Set() }, acked({ 1: 4, 2: 4 }))).toBe(4);
  });

  it('in joint consensus an election needs majorities of both configurations', () => {
    const config = { incoming: new Set([1, 4, 5]), outgoing: new Set([1, 2, 3]) };
    expect(
      jointVoteResult(
        config,
        new Map([
          [1, true],
          [4, true],
          [5, true],
        ]),
      ),
    ).toBe('pending');
    expect(
      jointVoteResult(
        config,
        new Map([
          [1, true],
          [4, true],
          [2, true],
        ]),
      ),
    ).toBe('won');
    expect(
      jointVoteResult(
        config,
        new Map([
          [1, true],
          [4, true],
          [2, false],
          [3, false],
        ]),
      ),
    ).toBe('lost');
  });
});
