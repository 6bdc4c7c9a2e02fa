import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import {
  encodeHelloReply,
  encodeRefusalNote,
  HandshakeStatus,
  HELLO_BYTES,
  NO_INCARNATION,
  PROTOCOL_VERSION,
} from '@flintkv/proto';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './client.js';
import { FlintError } from './errors.js';

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return `127.0.0.1:${address.port}`;
}

/** A listener that answers a hello with a ROLE refusal from node 4, then `note` (if any), then closes. */
function peerPort(note: Uint8Array | undefined): Server {
  return createServer((socket) => {
    let received = 0;
    socket.on('data', (chunk) => {
      received += chunk.byteLength;
      if (received < HELLO_BYTES) return;
      socket.write(
        encodeHelloReply({
          version: PROTOCOL_VERSION,
          status: HandshakeStatus.ROLE,
          clusterId: 7,
          nodeId: 4,
          incarnation: NO_INCARNATION,
        }),
      );
      if (note !== undefined) socket.write(note);
      socket.end();
    });
  });
}

/** Fails the test if connect() does not reject with a FlintError quickly. */
async function connectError(endpoint: string): Promise<FlintError> {
  const started = performance.now();
  const error = await connect({ endpoints: [endpoint], timeoutMs: 5_000 }).catch((caught: unknown) => caught);
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(error).toBeInstanceOf(FlintError);
  return error as FlintError;
}

describe('an endpoint that is not a client port', () => {
  it("is named at once as a node's peer port, with the client port from the refusal note", async () => {
    const endpoint = await listen(peerPort(encodeRefusalNote('10.0.0.4:7201')));
    const error = await connectError(endpoint);
    expect(error.code).toBe('FLINT_NOT_A_CLIENT_PORT');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      `${endpoint} is node 4's peer port; its client port is 10.0.0.4:7201. Give the nodes' client ports as endpoints.`,
    );
  });

  it('is still named a peer port when the refusal comes without a note', async () => {
    const endpoint = await listen(peerPort(undefined));
    const error = await connectError(endpoint);
    expect(error.code).toBe('FLINT_NOT_A_CLIENT_PORT');
    expect(error.message).toContain(`${endpoint} is node 4's peer port; not its client port`);
  });

  it('is named an HTTP port when it answers HTTP', async () => {
    const endpoint = await listen(createHttpServer((_request, response) => response.end('ok')));
    const error = await connectError(endpoint);
    expect(error.code).toBe('FLINT_NOT_A_CLIENT_PORT');
    expect(error.message).toContain(`${endpoint} is an HTTP port (a node's metrics port?)`);
  });

  it('is named not FlintKV when it answers anything else', async () => {
    const endpoint = await listen(
      createServer((socket) => {
        // Read (and drop) the hello, or the client's close would never be seen and close() would hang.
        socket.resume();
        socket.end('SSH-2.0-OpenSSH\r\n');
      }),
    );
    const error = await connectError(endpoint);
    expect(error.code).toBe('FLINT_NOT_A_CLIENT_PORT');
    expect(error.message).toContain(`${endpoint} answered with something other than FlintKV`);
  });
});
