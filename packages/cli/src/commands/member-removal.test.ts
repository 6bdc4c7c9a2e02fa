import { FlintError, type MemberInfo } from '@flintkv/client';
import { describe, expect, it } from 'vitest';
import { leavingLine, progressLine, waitForRemoval } from './member-removal.js';

function member(nodeId: number, replicas: number): MemberInfo {
  return {
    nodeId,
    peerAddress: `127.0.0.1:710${nodeId}`,
    clientAddress: `127.0.0.1:720${nodeId}`,
    up: true,
    state: nodeId === 4 ? 'leaving' : 'active',
    replicas,
    leaders: 0,
    incarnation: '',
  };
}

/** A clock that moves only when the wait sleeps, and a member list scripted per poll. */
function scripted(lists: Array<readonly MemberInfo[] | Error>) {
  let clock = 0;
  let polls = 0;
  const lines: string[] = [];
  return {
    lines,
    polls: () => polls,
    watch: {
      nodeId: 4,
      listMembers: async () => {
        const next = lists[Math.min(polls++, lists.length - 1)]!;
        if (next instanceof Error) throw next;
        return next;
      },
      report: (line: string) => lines.push(line),
      now: () => clock,
      sleep: async (milliseconds: number) => {
        clock += milliseconds;
      },
    },
  };
}

describe('member removal lines', () => {
  it('says what happens next and how to watch it', () => {
    expect(leavingLine(4)).toBe(
      'node 4 is leaving: its replicas move to other nodes, then it is removed (watch with `flint member list`)',
    );
    expect(progressLine(4, 1)).toBe('node 4: 1 replica left');
    expect(progressLine(4, 7)).toBe('node 4: 7 replicas left');
    expect(progressLine(4, 0)).toBe('node 4: no replicas left, waiting for its removal');
  });
});

describe('waitForRemoval', () => {
  it('polls until the node is no longer listed, reporting replicas left when they change, at most every 2 s', async () => {
    // One poll a second: 3, 2 (too soon after the first line), 2, 1, 1, 0, then gone.
    const script = scripted([
      [member(1, 3), member(4, 3)],
      [member(1, 3), member(4, 2)],
      [member(1, 3), member(4, 2)],
      [member(1, 3), member(4, 1)],
      [member(1, 3), member(4, 1)],
      [member(1, 3), member(4, 0)],
      [member(1, 3)],
    ]);
    expect(await waitForRemoval({ ...script.watch, timeoutMs: 60_000 })).toEqual({ removed: true });
    expect(script.lines).toEqual(['node 4: 3 replicas left', 'node 4: 2 replicas left', 'node 4: 1 replica left']);
    expect(script.polls()).toBe(7);
  });

  it('keeps polling through a moment without a leader, and stops at the deadline with what is left', async () => {
    const script = scripted([new FlintError('FLINT_UNAVAILABLE', 'no leader yet'), [member(1, 3), member(4, 2)]]);
    expect(await waitForRemoval({ ...script.watch, timeoutMs: 5_000 })).toEqual({ removed: false, replicasLeft: 2 });
    expect(script.lines).toEqual(['node 4: 2 replicas left']);
    expect(script.polls()).toBe(6);
  });

  it('ends the wait on an error a retry cannot fix', async () => {
    const script = scripted([new FlintError('FLINT_NOT_A_CLIENT_PORT', 'wrong port')]);
    await expect(waitForRemoval({ ...script.watch, timeoutMs: 5_000 })).rejects.toMatchObject({
      code: 'FLINT_NOT_A_CLIENT_PORT',
    });
  });
});
