import { type Frame, FrameKind, frameKindName } from '@flintkv/proto';
import type { FramedConnection } from './framed-connection.js';

/** The PONG answering a PING: same group and payload, answered by the main thread itself. */
export function pongOf(ping: Frame): Uint8Array {
  const pong = ping.bytes.slice();
  pong[4] = FrameKind.PONG;
  return pong;
}

/**
 * Handles a frame that is not data for this port: PING is answered, PONG ignored, GOAWAY
 * closes the connection, and any other kind closes it as sent to the wrong port. Both
 * listeners share this so the two ports treat stray frames alike. Returns false when the
 * connection was closed and no further frame of the chunk may be read.
 */
export function handleControlFrame(connection: FramedConnection, frame: Frame, port: 'client' | 'peer'): boolean {
  switch (frame.kind) {
    case FrameKind.PING:
      connection.send(pongOf(frame));
      return true;
    case FrameKind.PONG:
      return true;
    case FrameKind.GOAWAY:
      connection.close({ code: 'FLINT_GOAWAY', message: new TextDecoder().decode(frame.payload) });
      return false;
    default:
      connection.close({
        code: 'FLINT_FRAME_WRONG_PORT',
        message: `a ${frameKindName(frame.kind)} frame is not valid on the ${port} port`,
      });
      return false;
  }
}
