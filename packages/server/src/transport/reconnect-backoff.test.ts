import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-backoff.js';

const policy = { initialDelayMs: 50, maxDelayMs: 1_000 };

describe('reconnectDelay', () => {
  it('doubles per attempt up to the cap', () => {
    const highest = (attempt: number) => reconnectDelay(attempt, policy, () => 0.999_999);
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(highest)).toEqual([50, 100, 200, 400, 800, 1_000, 1_000, 1_000]);
  });

  it('jitters within the upper half of the ceiling, so retries never collapse to zero', () => {
    expect(reconnectDelay(3, policy, () => 0)).toBe(200);
    expect(reconnectDelay(3, policy, () => 0.5)).toBe(300);
    for (let attempt = 0; attempt < 40; attempt++) {
      const delay = reconnectDelay(attempt, policy);
      expect(delay).toBeGreaterThanOrEqual(25);
      expect(delay).toBeLessThanOrEqual(1_000);
    }
  });
});
