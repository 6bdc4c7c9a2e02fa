import { type Frame, FrameKind } from '@flintkv/proto';

/** The PONG answering a PING: same group and payload, answered by the main thread itself. */
export function pongOf(ping: Frame): Uint8Array {
  const pong = ping.bytes.slice();
  pong[4] = FrameKind.PONG;
  return pong;
}
