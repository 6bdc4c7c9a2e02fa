import type { CommandType, UserRole } from '@flintkv/proto';

/** What a request needs from the connection's session. */
export type Requirement =
  /** Anyone, before authenticating: authentication itself. */
  | 'anyone'
  | UserRole
  /** A node proving itself with its certificate (a join), or an admin. */
  | 'node-or-admin';

/**
 * The requirement of each command: reads (routing included) need `read`, writes `readwrite`,
 * everything that changes the cluster or its users `admin`.
 */
const REQUIREMENTS: Readonly<Record<CommandType, Requirement>> = {
  authenticate: 'anyone',
  get: 'read',
  scan: 'read',
  status: 'read',
  regions: 'read',
  checksum: 'read',
  put: 'readwrite',
  delete: 'readwrite',
  compareAndSwap: 'readwrite',
  batch: 'readwrite',
  transferLeader: 'admin',
  compact: 'admin',
  splitRegion: 'admin',
  allocateRegionIds: 'admin',
  moveRegionHost: 'admin',
  mergeRegion: 'admin',
  changeReplicas: 'admin',
  removeMember: 'admin',
  putUser: 'admin',
  removeUser: 'admin',
  listUsers: 'admin',
  setAuth: 'admin',
  exportRegion: 'admin',
  joinCluster: 'node-or-admin',
};

const RANK: Readonly<Record<UserRole, number>> = { read: 1, readwrite: 2, admin: 3 };

/** What `command` needs. */
export function requirementOf(command: CommandType): Requirement {
  return REQUIREMENTS[command];
}

/**
 * Whether a session may run a command with `requirement`: `role` is the session's role (none
 * before authenticating), `nodeId` the node a client certificate proves, if any.
 */
export function allows(requirement: Requirement, role: UserRole | undefined, node: boolean): boolean {
  if (requirement === 'anyone') return true;
  if (requirement === 'node-or-admin') return node || role === 'admin';
  return role !== undefined && RANK[role] >= RANK[requirement];
}
