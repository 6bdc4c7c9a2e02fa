import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import {
  type ConnectionFlags,
  EXIT_FAILURE,
  missingRegion,
  withClient,
  withConnectionFlags,
} from './cluster-connection.js';

/** `flint compact <region>`: asks a region's leader to compact its Raft log. */
export function registerCompactCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('compact')
      .description("compact <region>'s Raft log up to its applied index")
      .argument('<region>', 'region id'),
    'flint compact 2',
  ).action(async (region: string, flags: ConnectionFlags) => {
    const regionId = parseInteger('<region>', region, 1);
    await withClient(flags, exit, async (client) => {
      const missing = await missingRegion(client, regionId);
      if (missing !== undefined) {
        process.stderr.write(`flint: ${missing}\n`);
        return EXIT_FAILURE;
      }
      const { firstIndex } = await client.compact(regionId);
      process.stdout.write(`region ${regionId}: log compacted, first index kept ${firstIndex}\n`);
      return 0;
    });
  });
}
