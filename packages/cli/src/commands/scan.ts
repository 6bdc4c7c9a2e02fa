import type { Command } from 'commander';
import { parseConsistency, parseInteger } from '../arguments.js';
import { formatPair } from '../format/key-value.js';
import { type ConnectionFlags, withClient, withConnectionFlags } from './cluster-connection.js';

interface ScanFlags extends ConnectionFlags {
  start?: string;
  end?: string;
  limit?: string;
  reverse?: boolean;
  json?: boolean;
  hex?: boolean;
  consistency: string;
}

/** `flint scan`: streams the pairs of a key range, across regions, in key order. */
export function registerScanCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('scan')
      .description('print the pairs with start <= key < end in key order, one per line (key<TAB>value)')
      .option('--start <key>', 'first key, inclusive (default: the start of the key space)')
      .option('--end <key>', 'end key, exclusive (default: the end of the key space)')
      .option('--limit <n>', 'print at most n pairs')
      .option('--reverse', 'descending key order')
      .option('--json', 'one JSON object {"key","value"} per line')
      .option('--hex', 'print keys and values as hex')
      .option('--consistency <level>', 'linearizable | lease | stale', 'linearizable'),
    'flint scan --start user/ --end user0 --limit 10',
  ).action(async (flags: ScanFlags) => {
    const consistency = parseConsistency(flags.consistency);
    const limit = flags.limit === undefined ? undefined : parseInteger('--limit', flags.limit, 0);
    await withClient(flags, exit, async (client) => {
      const options = {
        consistency,
        reverse: flags.reverse === true,
        ...(flags.start === undefined ? {} : { start: flags.start }),
        ...(flags.end === undefined ? {} : { end: flags.end }),
        ...(limit === undefined ? {} : { limit }),
      };
      const encoding = flags.hex ? 'hex' : 'text';
      for await (const pair of client.scan(options)) {
        process.stdout.write(`${formatPair(pair, encoding, flags.json === true)}\n`);
      }
      return 0;
    });
  });
}
