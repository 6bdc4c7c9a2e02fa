import { type Message, MessageType } from '@flintkv/proto/raft';

/**
 * The context of the heartbeat round a leader sends as it quiesces (`RawNode.quiesce`), so that
 * its followers' application stops ticking them too. Seven bytes: the server's read index
 * contexts are eight (`packages/server/src/worker/kv/region-clients.ts`), so they never collide.
 */
export const QUIESCE_CONTEXT: Uint8Array = new TextEncoder().encode('quiesce');

/** A heartbeat of a leader that quiesces (its round carries {@link QUIESCE_CONTEXT}). */
export function isQuiescingHeartbeat(message: Message): boolean {
  if (message.type !== MessageType.Heartbeat) return false;
  const { context } = message;
  return (
    context.byteLength === QUIESCE_CONTEXT.byteLength && context.every((byte, index) => byte === QUIESCE_CONTEXT[index])
  );
}
