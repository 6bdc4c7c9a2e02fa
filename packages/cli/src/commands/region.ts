import type { Command } from 'commander';
import { displayRange } from '../format/bytes.js';
import { parseKey } from '../key-arguments.js';
import { type ConnectionFlags, withClient, withConnectionFlags } from './cluster-connection.js';

/** `flint region split <key>`: cuts the region holding <key> in two at <key>. */
export function registerRegionCommand(program: Command, exit: (code: number) => void): void {
  const region = program.command('region').description('change the ranges of regions');
  withConnectionFlags(
    region
      .command('split')
      .description('split the region holding <key> at <key>: a new region takes <key> and the keys above it')
      .argument('<key>', 'the first key of the new region (text, or 0x-prefixed hex)'),
    'flint region split user/5000',
  ).action(async (key: string, flags: ConnectionFlags) => {
    const splitKey = parseKey('<key>', key);
    await withClient(flags, exit, async (client) => {
      const halves = await client.splitRegion(splitKey);
      for (const half of halves) {
        process.stdout.write(`region ${half.id}: ${displayRange(half.startKey, half.endKey)}\n`);
      }
      return 0;
    });
  });
}
