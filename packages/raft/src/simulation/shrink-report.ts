import type { SimulationOptions } from './cluster-simulation.js';

/** Placeholder until shrinking lands: says so. */
export function shrinkAndReport(_options: SimulationOptions): string {
  return 'shrink: not available yet';
}
