import type { Command } from 'commander';
import { renderMembers } from '../format/members.js';
import { type ConnectionFlags, printLine, withClient, withConnectionFlags } from './cluster-connection.js';

/** `flint member list`: the members of the cluster, what each holds and leads. */
export function registerMemberCommand(program: Command, exit: (code: number) => void): void {
  const member = program.command('member').description('members of the cluster');
  withConnectionFlags(
    member
      .command('list')
      .description(
        'list the members: id, peer and client address, up/down, state, replicas and leaders held, incarnation',
      )
      .option('--json', 'print the list as JSON'),
    'flint member list --json',
  ).action(async (flags: ConnectionFlags & { json?: boolean }) => {
    await withClient(flags, exit, async (client) => {
      const members = await client.members();
      printLine(flags.json ? JSON.stringify(members, null, 2) : renderMembers(members));
      return 0;
    });
  });
}
