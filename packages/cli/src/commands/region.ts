import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import { displayRange } from '../format/bytes.js';
import { parseKey } from '../key-arguments.js';
import { type ConnectionFlags, withClient, withConnectionFlags } from './cluster-connection.js';

interface MoveHostFlags extends ConnectionFlags {
  node: string;
  host: string;
}

/**
 * `flint region split <key>`: cuts the region holding <key> in two at <key>.
 * `flint region merge <region>`: the next region in key order absorbs <region>.
 * `flint region move-host <region> --node N --host H`: moves node N's replica to its host thread H.
 */
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
  withConnectionFlags(
    region
      .command('merge')
      .description('merge <region> with the region that follows it in key order (which absorbs it)')
      .argument('<region>', 'region id'),
    'flint region merge 9',
  ).action(async (id: string, flags: ConnectionFlags) => {
    const regionId = parseInteger('<region>', id, 1);
    await withClient(flags, exit, async (client) => {
      const merged = await client.mergeRegion(regionId);
      process.stdout.write(`region ${merged.id}: ${displayRange(merged.startKey, merged.endKey)}\n`);
      return 0;
    });
  });
  const changes = [
    [
      'add-learner',
      'add a learner replica of <region> on <node> (caught up by a snapshot)',
      'flint region add-learner 5 4',
    ],
    ['promote-learner', "make <node>'s caught-up learner of <region> a voter", 'flint region promote-learner 5 4'],
    [
      'remove-replica',
      "remove <node>'s replica of <region> (not its leader's: transfer first)",
      'flint region remove-replica 5 3',
    ],
  ] as const;
  for (const [change, description, example] of changes) {
    withConnectionFlags(
      region.command(change).description(description).argument('<region>', 'region id').argument('<node>', 'node id'),
      example,
    ).action(async (id: string, node: string, flags: ConnectionFlags) => {
      const regionId = parseInteger('<region>', id, 1);
      const nodeId = parseInteger('<node>', node, 1);
      await withClient(flags, exit, async (client) => {
        const changed = await client.changeReplicas(regionId, change, nodeId);
        process.stdout.write(
          `region ${changed.id}: replicas ${changed.peers.join(',')} (conf version ${changed.epoch.confVersion})\n`,
        );
        return 0;
      });
    });
  }
  withConnectionFlags(
    region
      .command('move-host')
      .description("move node <id>'s replica of <region> to another of that node's host threads")
      .argument('<region>', 'region id')
      .requiredOption('--node <id>', 'the node whose replica moves')
      .requiredOption('--host <index>', "the host thread it moves to (0 to the node's --workers minus 1)"),
    'flint region move-host 5 --node 1 --host 0',
  ).action(async (region: string, flags: MoveHostFlags) => {
    const regionId = parseInteger('<region>', region, 1);
    const nodeId = parseInteger('--node', flags.node, 1);
    const host = parseInteger('--host', flags.host, 0);
    await withClient(flags, exit, async (client) => {
      const moved = await client.moveRegionHost(nodeId, regionId, host);
      process.stdout.write(
        `region ${regionId} on node ${nodeId}: host thread ${moved.fromHost} -> ${moved.toHost} (${moved.bytes} bytes)\n`,
      );
      return 0;
    });
  });
}
