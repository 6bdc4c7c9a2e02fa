import type { UserList, UserRole } from '@flintkv/client';
import type { Command } from 'commander';
import { renderTable } from '../format/table.js';
import { askPassword, readPasswordFromStdin } from '../password-input.js';
import { UsageError } from '../usage-error.js';
import { type ConnectionFlags, printLine, withClient, withConnectionFlags } from './cluster-connection.js';

const ROLES: readonly UserRole[] = ['read', 'readwrite', 'admin'];

interface PasswordFlags extends ConnectionFlags {
  passwordStdin?: boolean;
  role?: string;
}

function roleOf(text: string | undefined, required: boolean): UserRole | undefined {
  if (text === undefined) {
    if (required) throw new UsageError(`--role is required: one of ${ROLES.join(', ')}.`);
    return undefined;
  }
  if (!(ROLES as readonly string[]).includes(text)) {
    throw new UsageError(`--role: '${text}' is not one of ${ROLES.join(', ')}.`);
  }
  return text as UserRole;
}

/** The new password: from standard input with --password-stdin, else asked twice on a terminal. */
async function newPassword(name: string, flags: PasswordFlags): Promise<string> {
  let password: string;
  if (flags.passwordStdin) {
    password = await readPasswordFromStdin();
  } else {
    if (!process.stdin.isTTY) throw new UsageError('no terminal to ask the password on: use --password-stdin.');
    password = await askPassword(`new password for ${name}: `);
    if ((await askPassword('again: ')) !== password) throw new UsageError('the passwords differ.');
  }
  if (password.length === 0) throw new UsageError('the password is empty.');
  return password;
}

function printUsers(list: UserList): void {
  printLine(
    renderTable(
      [{ header: 'USER' }, { header: 'ROLE' }],
      list.users.map((user) => [user.name, user.role]),
    ),
  );
  printLine(`authentication: ${list.authEnabled ? 'on' : 'off'}`);
}

/**
 * `flint user add|passwd|remove|list`: the users of the cluster, each with a role (read,
 * readwrite, admin); passwords are prompted for, or read with --password-stdin, never taken
 * from the command line.
 */
export function registerUserCommand(program: Command, exit: (code: number) => void): void {
  const user = program.command('user').description('users and their roles (read, readwrite, admin)');
  withConnectionFlags(
    user
      .command('add')
      .description('add a user with a role; the password is asked for, or read from stdin')
      .argument('<name>', 'user name')
      .option('--role <role>', 'read, readwrite or admin')
      .option('--password-stdin', "read the password from standard input's first line"),
    'echo "$PASSWORD" | flint user add app --role readwrite --password-stdin',
  ).action(async (name: string, flags: PasswordFlags) => {
    const role = roleOf(flags.role, true)!;
    const password = await newPassword(name, flags);
    await withClient(flags, exit, async (client) => {
      await client.addUser(name, role, password);
      printLine(`user ${name} added (${role})`);
      return 0;
    });
  });
  withConnectionFlags(
    user
      .command('passwd')
      .description("set a user's password (and, with --role, its role)")
      .argument('<name>', 'user name')
      .option('--role <role>', 'read, readwrite or admin (default: unchanged)')
      .option('--password-stdin', "read the password from standard input's first line"),
    'flint user passwd app',
  ).action(async (name: string, flags: PasswordFlags) => {
    const role = roleOf(flags.role, false);
    const password = await newPassword(name, flags);
    await withClient(flags, exit, async (client) => {
      await client.changePassword(name, password, role === undefined ? {} : { role });
      printLine(`password of ${name} changed`);
      return 0;
    });
  });
  withConnectionFlags(
    user.command('remove').description('remove a user').argument('<name>', 'user name'),
    'flint user remove app',
  ).action(async (name: string, flags: ConnectionFlags) => {
    await withClient(flags, exit, async (client) => {
      await client.removeUser(name);
      printLine(`user ${name} removed`);
      return 0;
    });
  });
  withConnectionFlags(
    user
      .command('list')
      .description('list the users, their roles, and whether authentication is on')
      .option('--json', 'print JSON'),
    'flint user list',
  ).action(async (flags: ConnectionFlags & { json?: boolean }) => {
    await withClient(flags, exit, async (client) => {
      const list = await client.users();
      if (flags.json) printLine(JSON.stringify(list, null, 2));
      else printUsers(list);
      return 0;
    });
  });
}

/** `flint auth enable|disable`: authentication on (refused until an admin user exists) or off. */
export function registerAuthCommand(program: Command, exit: (code: number) => void): void {
  const auth = program.command('auth').description('turn authentication on or off');
  for (const [verb, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    withConnectionFlags(
      auth
        .command(verb)
        .description(
          enabled
            ? 'every client must authenticate from now on (needs an admin user: flint user add root --role admin)'
            : 'clients no longer authenticate',
        ),
      enabled ? 'flint auth enable' : 'flint auth disable --user root',
    ).action(async (flags: ConnectionFlags) => {
      await withClient(flags, exit, async (client) => {
        await client.setAuth(enabled);
        printLine(`authentication ${enabled ? 'enabled' : 'disabled'}`);
        return 0;
      });
    });
  }
}
