import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, generateSchedule, type ScheduledEvent, type ScheduleOptions } from './schedule.js';

const options: ScheduleOptions = { seed: 42, durationMs: 120_000, nodes: [1, 2, 3], regionCount: 4 };

/** Replays a schedule and reports, after each event, which nodes are down (killed or paused). */
function downAfterEach(schedule: ScheduledEvent[]): Set<number>[] {
  const down = new Set<number>();
  return schedule.map(({ event }) => {
    if (event.kind === 'kill' || event.kind === 'pause') down.add(event.node);
    if (event.kind === 'start' || event.kind === 'resume') down.delete(event.node);
    return new Set(down);
  });
}

describe('the nemesis schedule', () => {
  it('is the same for the same seed', () => {
    expect(generateSchedule(options)).toEqual(generateSchedule({ ...options }));
  });

  it('differs between seeds', () => {
    expect(generateSchedule(options)).not.toEqual(generateSchedule({ ...options, seed: 43 }));
  });

  it('draws every kind of fault over a long run', () => {
    const kinds = new Set(generateSchedule({ ...options, durationMs: 600_000 }).map((event) => event.fault));
    expect([...kinds].sort()).toEqual([...FAULT_KINDS].sort());
  });

  it('keeps events in time order and inside the run', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const schedule = generateSchedule({ ...options, seed });
      const times = schedule.map((event) => event.atMs);
      expect(times).toEqual([...times].sort((left, right) => left - right));
      expect(Math.max(...times)).toBeLessThan(options.durationMs);
    }
  });

  it('ends every window healthy: killed nodes started, paused ones resumed, links healed', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      for (const nodes of [
        [1, 2, 3],
        [1, 2, 3, 4, 5],
      ]) {
        const schedule = generateSchedule({ ...options, seed, nodes });
        expect(downAfterEach(schedule).at(-1)?.size ?? 0).toBe(0);
        let cut = false;
        for (const { event } of schedule) {
          if (['partition', 'block-one-way', 'isolate-leader', 'delay'].includes(event.kind)) cut = true;
          if (event.kind === 'heal') cut = false;
        }
        expect(cut).toBe(false);
      }
    }
  });

  it('never takes down more than a minority of nodes at once', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      for (const nodes of [
        [1, 2, 3],
        [1, 2, 3, 4, 5],
      ]) {
        const schedule = generateSchedule({ ...options, seed, nodes });
        const most = Math.max(0, ...downAfterEach(schedule).map((down) => down.size));
        expect(most).toBeLessThanOrEqual(Math.floor((nodes.length - 1) / 2));
      }
    }
  });

  it('isolates a node before compacting in a snapshot catch-up window', () => {
    const schedule = generateSchedule({ ...options, faults: ['snapshot-catch-up'] });
    expect(schedule.slice(0, 3).map((event) => event.event.kind)).toEqual(['partition', 'compact-all', 'heal']);
  });

  it('draws only the faults it is given', () => {
    const schedule = generateSchedule({ ...options, faults: ['pause', 'delay'] });
    expect(new Set(schedule.map((event) => event.fault))).toEqual(new Set(['pause', 'delay']));
  });
});
