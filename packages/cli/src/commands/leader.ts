import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import {
  type ConnectionFlags,
  EXIT_FAILURE,
  missingRegion,
  withClient,
  withConnectionFlags,
} from './cluster-connection.js';

/** `flint leader transfer <region> <node>`: hands a region's leadership to another replica. */
export function registerLeaderCommand(program: Command, exit: (code: number) => void): void {
  const leader = program.command('leader').description('leadership of regions');
  withConnectionFlags(
    leader
      .command('transfer')
      .description("ask <region>'s leader to hand leadership to <node> (one of the region's replicas)")
      .argument('<region>', 'region id')
      .argument('<node>', 'node id of the new leader'),
    'flint leader transfer 3 2',
  ).action(async (region: string, node: string, flags: ConnectionFlags) => {
    const regionId = parseInteger('<region>', region, 1);
    const nodeId = parseInteger('<node>', node, 1);
    await withClient(flags, exit, async (client) => {
      const missing = await missingRegion(client, regionId);
      if (missing !== undefined) {
        process.stderr.write(`flint: ${missing}\n`);
        return EXIT_FAILURE;
      }
      await client.transferLeader(regionId, nodeId);
      process.stdout.write(`region ${regionId}: leadership transfer to node ${nodeId} accepted\n`);
      return 0;
    });
  });
}
