import type { SimulationOptions } from './cluster-simulation.js';
import { describeEvent } from './schedule.js';
import { shrinkFailingSeed } from './shrink.js';

/** Shrinks a failing seed and describes the minimal schedule and its failure, for the CLI. */
export function shrinkAndReport(options: Omit<SimulationOptions, 'schedule' | 'recordSchedule'>): string {
  const began = performance.now();
  const result = shrinkFailingSeed(options);
  if (result === undefined) return `shrink: seed ${options.seed} does not fail`;
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  return [
    `shrink: seed ${options.seed} (${result.invariant}): ${result.originalEvents} scheduled events -> ` +
      `${result.events.length} (${result.replays} replays, ${seconds}s)`,
    'minimal schedule (fault phase; the liveness phase follows it):',
    ...result.events.map((event, index) => `  ${index + 1}. ${describeEvent(event)}`),
    'its failure:',
    result.failure.report(),
  ].join('\n');
}
