import { describe, expect, it } from 'vitest';
import { AskedRecently, LastingCondition } from './lasting-condition.js';

describe('LastingCondition', () => {
  it('names an id once it has stayed in the condition for the grace, and forgets one that left it', () => {
    const condition = new LastingCondition(3_000);
    expect(condition.lasting([1, 2], 0)).toEqual([]);
    expect(condition.lasting([1, 2], 2_999)).toEqual([]);
    expect(condition.lasting([1], 3_000)).toEqual([1]);
    // 2 left the condition: back in, its grace starts over.
    expect(condition.lasting([1, 2], 4_000)).toEqual([1]);
    expect(condition.lasting([1, 2], 7_000)).toEqual([1, 2]);
  });
});

describe('AskedRecently', () => {
  it('lets an id be asked for again only after the retry interval', () => {
    const asked = new AskedRecently(5_000);
    expect(asked.ask(1, 0)).toBe(true);
    expect(asked.ask(1, 4_999)).toBe(false);
    expect(asked.ask(2, 4_999)).toBe(true);
    expect(asked.ask(1, 5_000)).toBe(true);
  });
});
