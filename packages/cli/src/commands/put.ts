import type { Command } from 'commander';
import { type ConnectionFlags, withClient, withConnectionFlags } from './cluster-connection.js';

/** `flint put <key> <value>`: stores a value once it is committed on a majority. */
export function registerPutCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('put')
      .description('store <value> under <key> (returns once committed on a majority and durable)')
      .argument('<key>', 'the key (UTF-8 text)')
      .argument('<value>', 'the value (UTF-8 text)'),
    'flint put user/1 ada',
  ).action(async (key: string, value: string, flags: ConnectionFlags) => {
    await withClient(flags, exit, async (client) => {
      await client.put(key, value);
      process.stdout.write('OK\n');
      return 0;
    });
  });
}
