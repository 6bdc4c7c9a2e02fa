import type { GroupReport } from '../host-protocol.js';

/**
 * A host's report of one group for tests: a follower at term 1 with an empty log and no known
 * leader, unless `fields` say otherwise.
 *
 * @example
 * ```ts
 * const led = groupReport(3, { leader: 2, role: 'leader' });
 * ```
 */
export function groupReport(groupId: number, fields: Partial<GroupReport> = {}): GroupReport {
  return {
    groupId,
    role: 'follower',
    term: 1,
    leader: 0,
    commit: 0,
    applied: 0,
    firstIndex: 1,
    lastIndex: 0,
    logBytes: 0,
    matchIndex: {},
    ...fields,
  };
}
