import type { Command } from 'commander';
import { parseCasArguments } from '../arguments.js';
import { displayBytes } from '../format/bytes.js';
import { parseKey } from '../key-arguments.js';
import { type ConnectionFlags, EXIT_FAILURE, KEY_HELP, withClient, withConnectionFlags } from './cluster-connection.js';

interface CasFlags extends ConnectionFlags {
  absent?: boolean;
  delete?: boolean;
}

/** `flint cas`: compare-and-swap; exit 0 when it swapped, 1 (with the current value) when not. */
export function registerCasCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('cas')
      .description(
        'compare-and-swap: if <key> holds <expected>, store <next>. Prints "swapped" (exit 0), ' +
          'or the current value and exits 1',
      )
      .argument('<key>', KEY_HELP)
      .argument('[values...]', '<expected> <next>; leave one out for each of --absent / --delete')
      .option('--absent', 'expect the key to be absent (instead of <expected>)')
      .option('--delete', 'delete the key on success (instead of <next>)'),
    'flint cas counter 41 42    |  flint cas lock --absent me    |  flint cas lock me --delete',
  ).action(async (key: string, values: string[], flags: CasFlags) => {
    const keyBytes = parseKey('<key>', key);
    const { expected, next } = parseCasArguments(values, {
      absent: flags.absent === true,
      delete: flags.delete === true,
    });
    await withClient(flags, exit, async (client) => {
      const result = await client.cas(keyBytes, expected, next);
      if (result.ok) {
        process.stdout.write('swapped\n');
        return 0;
      }
      const current = result.current === undefined ? 'absent' : `current value ${displayBytes(result.current)}`;
      process.stderr.write(`flint: not swapped: ${current}\n`);
      return EXIT_FAILURE;
    });
  });
}
