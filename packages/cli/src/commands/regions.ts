import type { Command } from 'commander';
import { regionsToJson, renderRegions } from '../format/regions.js';
import { type ConnectionFlags, printLine, withClient, withConnectionFlags } from './cluster-connection.js';

/** `flint regions`: the region table in key order. */
export function registerRegionsCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('regions')
      .description(
        'list the regions in key order: range, leader, keys, bytes, writes/s, reads/s, replicas (node:host thread), epoch',
      )
      .option('--json', 'print the table as JSON'),
    'flint regions --json',
  ).action(async (flags: ConnectionFlags & { json?: boolean }) => {
    await withClient(flags, exit, async (client) => {
      const regions = await client.regionDetails();
      printLine(flags.json ? JSON.stringify(regionsToJson(regions), null, 2) : renderRegions(regions));
      return 0;
    });
  });
}
