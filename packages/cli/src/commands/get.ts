import type { Command } from 'commander';
import { parseConsistency } from '../arguments.js';
import { displayBytes, toHex } from '../format/bytes.js';
import { parseKey } from '../key-arguments.js';
import { type ConnectionFlags, EXIT_FAILURE, KEY_HELP, withClient, withConnectionFlags } from './cluster-connection.js';

interface GetFlags extends ConnectionFlags {
  consistency: string;
  hex?: boolean;
}

/** `flint get <key>`: prints the value (raw bytes, or hex); a missing key exits 1. */
export function registerGetCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('get')
      .description('print the value stored under <key> (exit 1 if there is none)')
      .argument('<key>', KEY_HELP)
      .option('--consistency <level>', 'linearizable | lease | stale', 'linearizable')
      .option('--hex', 'print the value as hex'),
    'flint get user/1 --consistency stale',
  ).action(async (key: string, flags: GetFlags) => {
    const keyBytes = parseKey('<key>', key);
    const consistency = parseConsistency(flags.consistency);
    await withClient(flags, exit, async (client) => {
      const value = await client.get(keyBytes, { consistency });
      if (value === undefined) {
        process.stderr.write(`flint: no value under key ${displayBytes(keyBytes)}\n`);
        return EXIT_FAILURE;
      }
      // The raw bytes, so `flint get k > file` round-trips binary values.
      process.stdout.write(flags.hex ? `${toHex(value)}\n` : Buffer.concat([value, Buffer.from('\n')]));
      return 0;
    });
  });
}
