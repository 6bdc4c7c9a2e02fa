import type { SecureContext } from 'node:tls';
import type { HostAndPort } from '../config/server-config.js';
import { askFollowingRedirects, type JoinAsk } from './join-request.js';

/** How often a node that cannot tell by itself asks whether it was removed. */
export const REMOVAL_PROBE_INTERVAL_MS = 5_000;

export interface RemovalProbeOptions {
  /** Whether this node cannot tell by itself: it is leaving, or its meta replica holds nothing yet. */
  needed(): boolean;
  /** What this node says of itself (a join request, which the cluster answers FLINT_MEMBER_REMOVED for a removed id). */
  ask(): JoinAsk;
  /** Client addresses of the other members. */
  seeds(): HostAndPort[];
  /** TLS for the members' client ports (`--tls-cert`), or `undefined` for plaintext. */
  tls(): SecureContext | undefined;
  onRemoved(): void;
}

/**
 * Learns that this node was removed when its meta replica cannot tell it: the meta group takes
 * a removed member's replica off right after the removal, and a node that joined and was
 * removed before its meta replica caught up never hears of it. Such a node asks the cluster to
 * join again every {@link REMOVAL_PROBE_INTERVAL_MS}: a member's ask changes nothing, a removed
 * one's is refused with FLINT_MEMBER_REMOVED (removed ids are never members again).
 *
 * @example
 * ```ts
 * const probe = new RemovalProbe({ needed: () => leaving, ask: () => self, seeds: () => others, onRemoved: stop });
 * probe.stop(); // when the node stops
 * ```
 */
export class RemovalProbe {
  private readonly timer: NodeJS.Timeout;
  private asking = false;

  constructor(private readonly options: RemovalProbeOptions) {
    this.timer = setInterval(() => void this.probe(), REMOVAL_PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async probe(): Promise<void> {
    if (this.asking || !this.options.needed()) return;
    this.asking = true;
    try {
      for (const seed of this.options.seeds()) {
        const answer = await askFollowingRedirects(seed, this.options.ask(), this.options.tls());
        if (answer.kind === 'refused' && answer.code === 'FLINT_MEMBER_REMOVED') {
          this.stop();
          this.options.onRemoved();
          return;
        }
        // Any other refusal or a join is the cluster's word that this node is still listed.
        if (answer.kind === 'joined' || answer.kind === 'refused') return;
      }
    } finally {
      this.asking = false;
    }
  }
}
