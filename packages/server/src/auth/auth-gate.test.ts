import type { UserTable } from '@flintkv/pd';
import {
  type Command,
  encodeRequestFrame,
  type Frame,
  FrameDecoder,
  makeRequest,
  peekRequest,
  type Response,
} from '@flintkv/proto';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeMetrics } from '../metrics/node-metrics.js';
import { AuthGate } from './auth-gate.js';
import { hashPassword } from './password-hash.js';

function frameOf(requestId: number, command: Command, regionId = 0): Frame {
  const [frame] = new FrameDecoder().push(encodeRequestFrame(makeRequest({ requestId, regionId, command })));
  if (frame === undefined) throw new Error('no frame');
  return frame;
}

const put: Command = { type: 'put', key: Uint8Array.of(1), value: Uint8Array.of(2) };
const get: Command = { type: 'get', key: Uint8Array.of(1), consistency: 'linearizable' };

let table: UserTable;

beforeAll(async () => {
  table = {
    users: [
      { name: 'reader', role: 'read', passwordHash: await hashPassword('reader-pw') },
      { name: 'root', role: 'admin', passwordHash: await hashPassword('root-pw') },
    ],
    authEnabled: true,
  };
});

/** A gate over one connection, recording what it forwards, answers and closes. */
function gateFor(options: { now?: () => number; authEnabled?: boolean } = {}) {
  const forwarded: string[] = [];
  const answers: Response[] = [];
  const closed: string[] = [];
  const gate = new AuthGate({
    table: () => ({ ...table, authEnabled: options.authEnabled ?? true }),
    sessionTtlMs: 1_000,
    logger: pino({ level: 'silent' }),
    metrics: new NodeMetrics(1),
    ...(options.now === undefined ? {} : { now: options.now }),
    reply: (_connection, _group, response) => answers.push(response),
    close: (_connection, code) => closed.push(code),
  });
  const forward = (frame: Frame) => forwarded.push(`${peekRequest(frame.payload).requestId}`);
  const answered = (requestId: number) => answers.find((answer) => answer.requestId === requestId);
  return { gate, forwarded, answers, closed, forward, answered };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 400 && !condition(); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('AuthGate', () => {
  it('passes every request while authentication is off', () => {
    const { gate, forwarded, forward } = gateFor({ authEnabled: false });
    gate.opened(1);
    gate.admit(1, frameOf(1, put, 3), forward);
    gate.admit(1, frameOf(2, { type: 'transferLeader', toNode: 2 }, 3), forward);
    expect(forwarded).toEqual(['1', '2']);
  });

  it('answers UNAUTHENTICATED without a session, and holds requests behind an authentication, in order', async () => {
    const { gate, forwarded, forward, answered } = gateFor();
    gate.opened(1);
    gate.admit(1, frameOf(1, get, 3), forward);
    expect(answered(1)?.result).toMatchObject({ type: 'error', error: { code: 'UNAUTHENTICATED' } });
    gate.admit(1, frameOf(2, { type: 'authenticate', user: 'reader', password: 'reader-pw' }), forward);
    gate.admit(1, frameOf(3, get, 3), forward);
    gate.admit(1, frameOf(4, put, 3), forward);
    expect(forwarded).toEqual([]);
    await until(() => answered(4) !== undefined);
    expect(answered(2)?.result).toMatchObject({ type: 'authenticate', user: 'reader', role: 'read' });
    expect(forwarded).toEqual(['3']);
    expect(answered(4)?.result).toMatchObject({ type: 'error', error: { code: 'PERMISSION_DENIED' } });
  });

  it('answers a wrong password UNAUTHENTICATED, the same as an unknown user', async () => {
    const { gate, forward, answered } = gateFor();
    gate.opened(1);
    gate.admit(1, frameOf(1, { type: 'authenticate', user: 'root', password: 'nope' }), forward);
    gate.admit(1, frameOf(2, { type: 'authenticate', user: 'ghost', password: 'nope' }), forward);
    await until(() => answered(2) !== undefined);
    for (const requestId of [1, 2]) {
      expect(answered(requestId)?.result).toMatchObject({
        type: 'error',
        error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('unknown user or wrong password') },
      });
    }
  });

  it('takes a certificate whose common name is a user as that user, and a node certificate for a join', () => {
    const { gate, forwarded, forward, answered } = gateFor();
    gate.opened(1, { commonName: 'root' });
    gate.admit(1, frameOf(1, { type: 'transferLeader', toNode: 2 }, 3), forward);
    gate.opened(2, { commonName: 'flint-node-4', nodeId: 4 });
    const join: Command = { type: 'joinCluster', nodeId: 4, peerAddress: 'a:1', clientAddress: 'a:2' };
    gate.admit(2, frameOf(2, join), forward);
    gate.admit(2, frameOf(3, put, 3), forward);
    expect(forwarded).toEqual(['1', '2']);
    expect(answered(3)?.result).toMatchObject({ type: 'error', error: { code: 'UNAUTHENTICATED' } });
  });

  it('closes a connection whose session expired', async () => {
    let now = 0;
    const { gate, forwarded, forward, closed, answered } = gateFor({ now: () => now });
    gate.opened(1);
    gate.admit(1, frameOf(1, { type: 'authenticate', user: 'root', password: 'root-pw' }), forward);
    await until(() => answered(1) !== undefined);
    gate.admit(1, frameOf(2, put, 3), forward);
    now = 1_000;
    gate.admit(1, frameOf(3, put, 3), forward);
    expect(forwarded).toEqual(['2']);
    expect(closed).toEqual(['FLINT_SESSION_EXPIRED']);
  });
});
