import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import { toHex } from '../format/bytes.js';
import {
  type ConnectionFlags,
  EXIT_FAILURE,
  missingRegion,
  withClient,
  withConnectionFlags,
} from './cluster-connection.js';

interface ChecksumFlags extends ConnectionFlags {
  node?: string;
  json?: boolean;
}

/** `flint checksum <region>`: a digest of one replica's data, to compare replicas. */
export function registerChecksumCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('checksum')
      .description(
        "digest of <region>'s data on one replica (default: the leader); replicas at the same applied index must match",
      )
      .argument('<region>', 'region id')
      .option('--node <id>', 'digest the replica on this node')
      .option('--json', 'print as JSON'),
    'flint checksum 2 --node 3',
  ).action(async (region: string, flags: ChecksumFlags) => {
    const regionId = parseInteger('<region>', region, 1);
    const nodeId = flags.node === undefined ? undefined : parseInteger('--node', flags.node, 1);
    await withClient(flags, exit, async (client) => {
      const missing = await missingRegion(client, regionId);
      if (missing !== undefined) {
        process.stderr.write(`flint: ${missing}\n`);
        return EXIT_FAILURE;
      }
      const report = await client.checksum(regionId, nodeId);
      const checksum = toHex(report.checksum);
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ regionId, nodeId: report.nodeId, appliedIndex: report.appliedIndex, keyCount: report.keyCount, checksum })}\n`
          : `region ${regionId} on node ${report.nodeId}: applied index ${report.appliedIndex}, ${report.keyCount} keys, checksum ${checksum}\n`,
      );
      return 0;
    });
  });
}
