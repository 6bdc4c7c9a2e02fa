import { USER_ROLES, type UserRole } from '@flintkv/proto';
import { PlacementError } from './errors.js';

/** A user as the meta group stores it: only the password's hash is replicated. */
export interface StoredUser {
  name: string;
  role: UserRole;
  /** `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>` (`packages/server/src/auth/password-hash.ts`). */
  passwordHash: string;
}

/** The users and the authentication switch, as the meta state holds them. */
export interface UserTable {
  users: StoredUser[];
  authEnabled: boolean;
}

/** User names: what a certificate's common name or a CLI argument can carry without quoting. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Whether `name` is a valid user name (1–64 of letters, digits, `.`, `_`, `@`, `-`, not starting with a sign). */
export function isValidUserName(name: string): boolean {
  return USER_NAME.test(name);
}

function invalid(message: string): PlacementError {
  return new PlacementError('FLINT_USER_INVALID', message);
}

/**
 * Adds a user (`create`) or replaces an existing user's password hash and role. Refuses a
 * bad name, role or hash, an existing name on create and an unknown one otherwise, and taking
 * the last admin's role while authentication is on.
 */
export function putUser(table: UserTable, user: StoredUser, create: boolean): UserTable {
  if (!isValidUserName(user.name)) {
    throw invalid(`User name '${user.name}' is not valid: 1 to 64 letters, digits, '.', '_', '@' or '-'.`);
  }
  if (!(USER_ROLES as readonly string[]).includes(user.role)) {
    throw invalid(`Role '${user.role}' is not one of ${USER_ROLES.join(', ')}.`);
  }
  if (!user.passwordHash.startsWith('scrypt$')) throw invalid('The password hash is not an scrypt hash.');
  const existing = table.users.find((each) => each.name === user.name);
  if (create && existing !== undefined) {
    throw new PlacementError(
      'FLINT_USER_EXISTS',
      `User '${user.name}' exists; \`flint user passwd\` changes its password.`,
    );
  }
  if (!create && existing === undefined) {
    throw new PlacementError('FLINT_UNKNOWN_USER', `There is no user '${user.name}'.`);
  }
  const users = [...table.users.filter((each) => each.name !== user.name), { ...user }].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  assertAdminRemains(table.authEnabled, users);
  return { ...table, users };
}

/** Removes a user; refuses an unknown name and the last admin while authentication is on. */
export function removeUser(table: UserTable, name: string): UserTable {
  if (!table.users.some((each) => each.name === name)) {
    throw new PlacementError('FLINT_UNKNOWN_USER', `There is no user '${name}'.`);
  }
  const users = table.users.filter((each) => each.name !== name);
  assertAdminRemains(table.authEnabled, users);
  return { ...table, users };
}

/** Turns authentication on (refused until an admin user exists) or off. */
export function setAuth(table: UserTable, enabled: boolean): UserTable {
  if (enabled) assertAdminRemains(true, table.users);
  return { ...table, authEnabled: enabled };
}

function assertAdminRemains(authEnabled: boolean, users: readonly StoredUser[]): void {
  if (!authEnabled || users.some((user) => user.role === 'admin')) return;
  throw new PlacementError(
    'FLINT_NO_ADMIN',
    'Authentication needs an admin user: add one (`flint user add <name> --role admin`) before enabling it, and keep one while it is on.',
  );
}
