import { describe, expect, it } from 'vitest';
import { MAX_TICKS_PER_TURN, TickClock } from './tick-clock.js';

describe('tick clock', () => {
  it('counts ticks from elapsed time, however few timer callbacks ran', () => {
    let now = 0;
    const clock = new TickClock(100, 10, () => now);
    expect(clock.due).toBe(false);
    now = 250;
    expect(clock.due).toBe(true);
    expect(clock.take()).toBe(2);
    expect(clock.take()).toBe(0);
    now = 300;
    expect(clock.take()).toBe(1);
  });

  it('applies at most MAX_TICKS_PER_TURN after a stall and distrusts leases for a lease span', () => {
    let now = 0;
    const clock = new TickClock(100, 10, () => now);
    expect(clock.leaseTrusted).toBe(true);
    now = 3_000;
    expect(clock.leaseTrusted).toBe(false); // ticks are due: Raft's time lags until they are applied
    expect(clock.take()).toBe(MAX_TICKS_PER_TURN);
    expect(clock.leaseTrusted).toBe(false);
    expect(clock.take()).toBe(0);
    now += 400;
    expect(clock.take()).toBe(4);
    expect(clock.leaseTrusted).toBe(false);
    now += 100;
    expect(clock.take()).toBe(1);
    expect(clock.leaseTrusted).toBe(true);
  });
});
