import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { ClientSession } from './session.js';

describe('backoffDelay', () => {
  const options = { initialMs: 10, maxMs: 1000 };

  it('doubles per attempt up to the cap', () => {
    const top = (attempt: number) => backoffDelay(attempt, options, () => 0.999999);
    expect(top(0)).toBeCloseTo(10, 0);
    expect(top(3)).toBeCloseTo(80, 0);
    expect(top(20)).toBeCloseTo(1000, 0);
    expect(top(5000)).toBeCloseTo(1000, 0);
  });

  it('jitters within [cap/2, cap] so clients that failed together spread their retries', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(40);
    expect(backoffDelay(3, options, () => 0.5)).toBe(60);
  });
});

describe('ClientSession', () => {
  it('has a random positive safe-integer id and strictly increasing sequences', () => {
    const a = new ClientSession();
    const b = new ClientSession();
    expect(Number.isSafeInteger(a.clientId) && a.clientId > 0).toBe(true);
    expect(a.clientId).not.toBe(b.clientId);
    expect([a.nextSequence(), a.nextSequence(), a.nextSequence()]).toEqual([1, 2, 3]);
  });
});
