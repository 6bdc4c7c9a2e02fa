import { describe, expect, it } from 'vitest';
import { PayloadError } from './errors.js';
import { FrameDecoder } from './frame-decoder.js';
import { encodeRequestFrame } from './kv-codec.js';
import { type Command, makeRequest } from './kv-types.js';
import { COMMAND_FIELD_NUMBERS, peekRequest } from './request-peek.js';

const epoch = { confVersion: 3, version: 9 };

/** One command of every kind, so a kind added to the schema but not to the table fails here. */
const COMMANDS: Command[] = [
  { type: 'get', key: Uint8Array.of(1), consistency: 'linearizable' },
  { type: 'put', key: Uint8Array.of(1), value: Uint8Array.of(2) },
  { type: 'delete', key: Uint8Array.of(1) },
  { type: 'scan', start: Uint8Array.of(1), end: Uint8Array.of(2), limit: 5, reverse: false, consistency: 'lease' },
  { type: 'compareAndSwap', key: Uint8Array.of(1), expected: null, next: Uint8Array.of(2) },
  { type: 'batch', operations: [{ type: 'put', key: Uint8Array.of(1), value: Uint8Array.of(2) }] },
  { type: 'status' },
  { type: 'regions' },
  { type: 'transferLeader', toNode: 2 },
  { type: 'compact' },
  { type: 'checksum' },
  { type: 'splitRegion', splitKey: Uint8Array.of(5), newRegionId: 9 },
  { type: 'allocateRegionIds', count: 2 },
  { type: 'moveRegionHost', regionId: 3, host: 1 },
  { type: 'mergeRegion' },
  { type: 'changeReplicas', change: 'add-learner', nodeId: 4 },
  { type: 'joinCluster', nodeId: 4, peerAddress: 'a:1', clientAddress: 'a:2' },
  { type: 'removeMember', nodeId: 4 },
  { type: 'authenticate', user: 'alice', password: 'pw' },
  { type: 'putUser', name: 'alice', role: 'read', password: 'pw', create: true, passwordHash: '' },
  { type: 'removeUser', name: 'alice' },
  { type: 'listUsers' },
  { type: 'setAuth', enabled: true },
  { type: 'exportRegion', streamId: 7, position: 2, chunkBytes: 4096 },
];

describe('peekRequest', () => {
  it('names the command and request id of every kind of request, whatever comes before the command', () => {
    expect(new Set(COMMANDS.map((command) => command.type)).size).toBe(Object.keys(COMMAND_FIELD_NUMBERS).length);
    for (const command of COMMANDS) {
      const request = makeRequest({
        requestId: 2 ** 40 + 7,
        regionId: 12,
        epoch,
        clientId: 99,
        sequence: 5,
        timeoutMs: 1_000,
        command,
      });
      const [frame] = new FrameDecoder().push(encodeRequestFrame(request));
      if (frame === undefined) throw new Error('no frame');
      expect(peekRequest(frame.payload), command.type).toEqual({ requestId: 2 ** 40 + 7, command: command.type });
    }
  });

  it('refuses bytes that are not a request', () => {
    expect(() => peekRequest(Uint8Array.of(0x08))).toThrow(PayloadError);
    expect(() => peekRequest(Uint8Array.of(0x08, 0x01))).toThrow(/no command/);
    expect(() => peekRequest(Uint8Array.of(0x1a, 0x20, 0x00))).toThrow(/past the end/);
    expect(() => peekRequest(Uint8Array.of(0x0b))).toThrow(/wire type/);
  });
});
