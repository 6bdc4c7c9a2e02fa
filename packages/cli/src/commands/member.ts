import type { Command } from 'commander';
import { parseInteger } from '../arguments.js';
import { renderMembers } from '../format/members.js';
import {
  type ConnectionFlags,
  EXIT_FAILURE,
  printLine,
  withClient,
  withConnectionFlags,
} from './cluster-connection.js';
import { DEFAULT_REMOVAL_WAIT_MS, leavingLine, waitForRemoval } from './member-removal.js';

interface RemoveFlags extends ConnectionFlags {
  json?: boolean;
  wait?: boolean;
}

/**
 * `flint member list`: the members of the cluster, what each holds and leads.
 * `flint member remove <id>`: marks a member leaving; its replicas move away, then it is removed.
 */
export function registerMemberCommand(program: Command, exit: (code: number) => void): void {
  const member = program.command('member').description('members of the cluster');
  withConnectionFlags(
    member
      .command('list')
      .description(
        'list the members: id, peer and client address, up/down, state (active or leaving), replicas and leaders held, incarnation',
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
  withConnectionFlags(
    member
      .command('remove')
      .description('mark member <id> as leaving: its replicas move to other nodes, then it is removed')
      .argument('<id>', 'node id of the member')
      .option('--json', 'print the members, as the removal recorded them, as JSON')
      .option(
        '--wait',
        `wait until the member is gone, printing the replicas it still holds (at most ${DEFAULT_REMOVAL_WAIT_MS / 60_000} minutes)`,
      ),
    'flint member remove 4 --wait',
  ).action(async (id: string, flags: RemoveFlags) => {
    const nodeId = parseInteger('<id>', id, 1);
    await withClient(flags, exit, async (client) => {
      const members = await client.removeMember(nodeId);
      printLine(flags.json ? JSON.stringify(members, null, 2) : leavingLine(nodeId));
      if (!flags.wait) return 0;
      // With --json, stdout stays one JSON document: progress goes to stderr.
      const progress = flags.json ? process.stderr : process.stdout;
      const outcome = await waitForRemoval({
        nodeId,
        listMembers: () => client.members(),
        report: (line) => progress.write(`${line}\n`),
        timeoutMs: DEFAULT_REMOVAL_WAIT_MS,
      });
      if (outcome.removed) {
        progress.write(`node ${nodeId} is removed\n`);
        return 0;
      }
      const holding = outcome.replicasLeft === undefined ? '' : ` holding ${outcome.replicasLeft} replicas`;
      process.stderr.write(
        `flint: FLINT_TIMEOUT: node ${nodeId} is still a member${holding} after ${DEFAULT_REMOVAL_WAIT_MS / 1000} s; ` +
          'it stays leaving and is removed once its replicas have moved (watch with `flint member list`)\n',
      );
      return EXIT_FAILURE;
    });
  });
}
