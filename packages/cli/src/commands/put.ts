import type { Command } from 'commander';
import { parseKey } from '../key-arguments.js';
import { readValueArgument } from '../value-argument.js';
import { type ConnectionFlags, KEY_HELP, withClient, withConnectionFlags } from './cluster-connection.js';

/** `flint put <key> <value>`: stores a value once it is committed on a majority. */
export function registerPutCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('put')
      .description('store <value> under <key> (returns once committed on a majority and durable)')
      .argument('<key>', KEY_HELP)
      .argument('<value>', 'the value (UTF-8 text), or - to read it from standard input (binary-safe)'),
    'flint put user/1 ada    |  flint put photo/1 - < photo.jpg    |  flint put 0x00ff "bytes key"',
  ).action(async (key: string, value: string, flags: ConnectionFlags) => {
    const keyBytes = parseKey('<key>', key);
    const valueBytes = await readValueArgument(value);
    await withClient(flags, exit, async (client) => {
      await client.put(keyBytes, valueBytes);
      process.stdout.write('OK\n');
      return 0;
    });
  });
}
