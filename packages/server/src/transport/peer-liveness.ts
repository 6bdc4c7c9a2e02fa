/**
 * Which connected peers went silent. A link can stay open while nothing crosses it (a
 * partition that drops packets, a paused process): the transport pings every peer each
 * {@link PEER_PING_INTERVAL_MS} and a peer that sent nothing for {@link PEER_SILENCE_MS} is
 * reported once, as if its connection had closed, until it is heard again. Quiesced regions
 * rely on it: their followers wake when their leader's node goes silent
 * (`../worker/group/quiescence.ts`). Pure: the caller supplies the time.
 */
export const PEER_PING_INTERVAL_MS = 500;
/** Two election timeouts at the default tick (1 s each): longer than a pause worth an election. */
export const PEER_SILENCE_MS = 2_000;

export class PeerLiveness {
  private readonly heardAt = new Map<number, number>();
  private readonly reported = new Set<number>();

  constructor(private readonly silenceMs: number = PEER_SILENCE_MS) {}

  /** Something arrived from `nodeId` (any frame, a PONG included), or its link just opened. */
  heard(nodeId: number, now: number): void {
    this.heardAt.set(nodeId, now);
    this.reported.delete(nodeId);
  }

  /** `nodeId`'s link is gone or removed: silence is the connection's to report now. */
  forget(nodeId: number): void {
    this.heardAt.delete(nodeId);
    this.reported.delete(nodeId);
  }

  /** The peers silent for the silence span and not reported since they were last heard (each once). */
  newlySilent(now: number): number[] {
    const silent: number[] = [];
    for (const [nodeId, at] of this.heardAt) {
      if (now - at < this.silenceMs || this.reported.has(nodeId)) continue;
      this.reported.add(nodeId);
      silent.push(nodeId);
    }
    return silent;
  }
}
