import type { Command } from 'commander';
import { parseConsistency, parseInteger } from '../arguments.js';
import { formatPair } from '../format/key-value.js';
import { parseKey, prefixRange } from '../key-arguments.js';
import { UsageError } from '../usage-error.js';
import { type ConnectionFlags, withClient, withConnectionFlags } from './cluster-connection.js';

interface ScanFlags extends ConnectionFlags {
  start?: string;
  end?: string;
  prefix?: string;
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
      .description(
        'print the pairs with start <= key < end in key order, one per line: key<TAB>value, each as "text" or 0x-hex',
      )
      .option('--start <key>', 'first key, inclusive (default: the start of the key space); text or 0x-hex')
      .option('--end <key>', 'end key, exclusive (default: the end of the key space); text or 0x-hex')
      .option('--prefix <key>', 'only keys that start with this prefix (instead of --start/--end)')
      .option('--limit <n>', 'print at most n pairs')
      .option('--reverse', 'descending key order')
      .option('--json', 'one JSON object per line: {"key","value"} as text, "keyHex"/"valueHex" when not printable')
      .option('--hex', 'print keys and values as plain hex')
      .option('--consistency <level>', 'linearizable | lease | stale', 'linearizable'),
    'flint scan --prefix user/ --limit 10    |  flint scan --start 0x00 --end 0x10 --hex',
  ).action(async (flags: ScanFlags) => {
    if (flags.prefix !== undefined && (flags.start !== undefined || flags.end !== undefined)) {
      throw new UsageError('scan takes --prefix or --start/--end, not both.');
    }
    const range =
      flags.prefix !== undefined
        ? prefixRange(parseKey('--prefix', flags.prefix))
        : {
            ...(flags.start === undefined ? {} : { start: parseKey('--start', flags.start) }),
            ...(flags.end === undefined ? {} : { end: parseKey('--end', flags.end) }),
          };
    const consistency = parseConsistency(flags.consistency);
    const limit = flags.limit === undefined ? undefined : parseInteger('--limit', flags.limit, 0);
    await withClient(flags, exit, async (client) => {
      const options = {
        consistency,
        reverse: flags.reverse === true,
        ...range,
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
