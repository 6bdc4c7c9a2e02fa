import type { FlintClient } from '@flintkv/client';
import type { Command } from 'commander';
import { parseKey, prefixRange } from '../key-arguments.js';
import { UsageError } from '../usage-error.js';
import { type ConnectionFlags, KEY_HELP, withClient, withConnectionFlags } from './cluster-connection.js';

interface DeleteFlags extends ConnectionFlags {
  prefix?: string;
}

/** Deletes in flight at once by `del --prefix`. */
const PREFIX_DELETE_CONCURRENCY = 32;

/** `flint del <key>` / `flint del --prefix <p>`: removes keys and says what it removed. */
export function registerDeleteCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('del')
      .description(
        'delete <key> and print "deleted" or "absent" (both exit 0); with --prefix, delete every key ' +
          'that starts with it and print how many (not atomic: keys written meanwhile may remain)',
      )
      .argument('[key]', KEY_HELP)
      .option('--prefix <key>', 'delete every key that starts with this prefix (text or 0x-hex)'),
    'flint del user/1    |  flint del --prefix session/',
  ).action(async (key: string | undefined, flags: DeleteFlags) => {
    if ((key === undefined) === (flags.prefix === undefined)) {
      throw new UsageError('del takes either <key> or --prefix <key>. See flint del --help.');
    }
    const keyBytes = key === undefined ? undefined : parseKey('<key>', key);
    const prefix = flags.prefix === undefined ? undefined : parseKey('--prefix', flags.prefix);
    await withClient(flags, exit, async (client) => {
      if (keyBytes !== undefined) {
        process.stdout.write((await client.delete(keyBytes)) ? 'deleted\n' : 'absent\n');
      } else {
        const deleted = await deletePrefix(client, prefix!);
        process.stdout.write(`deleted ${deleted} key${deleted === 1 ? '' : 's'}\n`);
      }
      return 0;
    });
  });
}

/** Deletes every key starting with `prefix`, a page of the scan at a time; returns how many existed. */
async function deletePrefix(client: FlintClient, prefix: Uint8Array): Promise<number> {
  let deleted = 0;
  let page: Uint8Array[] = [];
  const flush = async () => {
    const existed = await Promise.all(page.map((key) => client.delete(key)));
    deleted += existed.filter(Boolean).length;
    page = [];
  };
  for await (const { key } of client.scan(prefixRange(prefix))) {
    page.push(key);
    if (page.length >= PREFIX_DELETE_CONCURRENCY) await flush();
  }
  await flush();
  return deleted;
}
