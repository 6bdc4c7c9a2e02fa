import type { Command } from 'commander';
import { type ConnectionFlags, withClient, withConnectionFlags } from './cluster-connection.js';

/** `flint del <key>`: removes a key and says whether it existed. */
export function registerDeleteCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('del')
      .description('delete <key>; prints "deleted" or "absent" (both exit 0)')
      .argument('<key>', 'the key (UTF-8 text)'),
    'flint del user/1',
  ).action(async (key: string, flags: ConnectionFlags) => {
    await withClient(flags, exit, async (client) => {
      process.stdout.write((await client.delete(key)) ? 'deleted\n' : 'absent\n');
      return 0;
    });
  });
}
