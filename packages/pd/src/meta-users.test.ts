import { describe, expect, it } from 'vitest';
import { PlacementError } from './errors.js';
import { applyMetaCommand, emptyMetaState, type MetaState, usersOf } from './meta-state.js';
import { type StoredUser, putUser, removeUser, setAuth } from './meta-users.js';

const hash = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const user = (name: string, role: StoredUser['role']): StoredUser => ({ name, role, passwordHash: hash });
const empty = { users: [], authEnabled: false };

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof PlacementError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('the user table', () => {
  it('adds users in name order, changes a password, and removes users', () => {
    let table = putUser(empty, user('zoe', 'read'), true);
    table = putUser(table, user('alice', 'admin'), true);
    expect(table.users.map((each) => each.name)).toEqual(['alice', 'zoe']);
    table = putUser(table, { ...user('zoe', 'readwrite'), passwordHash: `${hash}x` }, false);
    expect(table.users[1]).toEqual({ name: 'zoe', role: 'readwrite', passwordHash: `${hash}x` });
    expect(removeUser(table, 'zoe').users.map((each) => each.name)).toEqual(['alice']);
  });

  it('refuses bad names, roles and hashes, duplicates and unknown users with stable codes', () => {
    expect(codeOf(() => putUser(empty, user('-x', 'read'), true))).toBe('FLINT_USER_INVALID');
    expect(codeOf(() => putUser(empty, user('a b', 'read'), true))).toBe('FLINT_USER_INVALID');
    expect(codeOf(() => putUser(empty, { ...user('a', 'read'), role: 'root' as 'read' }, true))).toBe(
      'FLINT_USER_INVALID',
    );
    expect(codeOf(() => putUser(empty, { ...user('a', 'read'), passwordHash: 'plain' }, true))).toBe(
      'FLINT_USER_INVALID',
    );
    const table = putUser(empty, user('a', 'read'), true);
    expect(codeOf(() => putUser(table, user('a', 'read'), true))).toBe('FLINT_USER_EXISTS');
    expect(codeOf(() => putUser(table, user('b', 'read'), false))).toBe('FLINT_UNKNOWN_USER');
    expect(codeOf(() => removeUser(table, 'b'))).toBe('FLINT_UNKNOWN_USER');
  });

  it('enables authentication only with an admin, and keeps one while it is on', () => {
    const reader = putUser(empty, user('reader', 'read'), true);
    expect(codeOf(() => setAuth(reader, true))).toBe('FLINT_NO_ADMIN');
    const on = setAuth(putUser(reader, user('root', 'admin'), true), true);
    expect(on.authEnabled).toBe(true);
    expect(codeOf(() => removeUser(on, 'root'))).toBe('FLINT_NO_ADMIN');
    expect(codeOf(() => putUser(on, user('root', 'read'), false))).toBe('FLINT_NO_ADMIN');
    expect(removeUser(setAuth(on, false), 'root').users.map((each) => each.name)).toEqual(['reader']);
  });

  it('is applied by the meta state machine; a refusal leaves the state as it was', () => {
    let state: MetaState = applyMetaCommand(emptyMetaState(), {
      type: 'bootstrap',
      clusterId: 7,
      members: [{ nodeId: 1, peerAddress: 'a:1', clientAddress: 'a:2' }],
      regions: [
        {
          id: 1,
          startKey: new Uint8Array(),
          endKey: new Uint8Array(),
          epoch: { confVersion: 1, version: 1 },
          peers: [1],
        },
      ],
    }).state;
    const refused = applyMetaCommand(state, { type: 'set-auth', enabled: true });
    expect(refused.outcome).toMatchObject({ ok: false, code: 'FLINT_NO_ADMIN' });
    expect(refused.state).toBe(state);
    state = applyMetaCommand(state, { type: 'put-user', user: user('root', 'admin'), create: true }).state;
    state = applyMetaCommand(state, { type: 'set-auth', enabled: true }).state;
    expect(usersOf(state)).toEqual({ users: [user('root', 'admin')], authEnabled: true });
  });
});
