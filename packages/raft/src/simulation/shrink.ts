import { runSimulation, type SimulationFailure, type SimulationOptions } from './cluster-simulation.js';
import { minimise } from './delta-debugging.js';
import type { ScheduledEvent } from './schedule.js';

/** A failing seed's schedule before and after shrinking, and the failure the shrunk one replays. */
export interface ShrinkResult {
  invariant: string;
  originalEvents: number;
  events: ScheduledEvent[];
  /** The failure of the shrunk schedule (same invariant as the original). */
  failure: SimulationFailure;
  replays: number;
}

/** Replays allowed by default: enough for a few thousand events, bounded for the worst case. */
const DEFAULT_MAX_REPLAYS = 20_000;

/**
 * Shrinks a failing seed: records its fault-phase schedule, then removes events by delta
 * debugging while a replay still fails with the same invariant. Returns undefined when the
 * seed does not fail. Deterministic: the same seed and options shrink to the same schedule.
 */
export function shrinkFailingSeed(
  options: Omit<SimulationOptions, 'schedule' | 'recordSchedule'>,
  maxReplays = DEFAULT_MAX_REPLAYS,
): ShrinkResult | undefined {
  const original = runSimulation({ ...options, recordSchedule: true });
  if (original.failure === undefined || original.schedule === undefined) return undefined;
  const invariant = original.failure.invariant;
  let events = original.schedule;
  // A failure inside the fault phase cannot depend on events after it; idle events do nothing.
  if (original.failure.step <= events.length) events = events.slice(0, original.failure.step);
  events = events.filter((event) => event.kind !== 'idle');
  const replay = (schedule: readonly ScheduledEvent[]) => runSimulation({ ...options, schedule });
  const failsTheSameWay = (schedule: readonly ScheduledEvent[]) => replay(schedule).failure?.invariant === invariant;
  let replays = 1;
  if (!failsTheSameWay(events)) {
    // Only if an event depended on the exact step it ran at; shrink the recorded schedule as is.
    events = original.schedule;
  }
  replays++;
  const minimal = minimise(events, failsTheSameWay, { maxTests: maxReplays });
  replays += minimal.tests;
  const failure = replay(minimal.items).failure!;
  return { invariant, originalEvents: original.schedule.length, events: minimal.items, failure, replays };
}
