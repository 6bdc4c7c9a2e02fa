import { randomInt } from 'node:crypto';

/**
 * A client's write session: a random 53-bit id and an increasing sequence. The server keeps
 * the last answer per (client id, sequence), so a write retried after a timeout or a leader
 * change is applied once and answered from that table. A retry must therefore reuse the
 * sequence its first attempt took — callers take one per logical write, not per attempt.
 */
export class ClientSession {
  /** Random per client; a safe integer so it fits the wire's uint64 as a JS number. */
  readonly clientId: number;
  private lastSequence = 0;
  /** Sequences whose write has not finished (answered, or given up). */
  private readonly running = new Set<number>();
  /** No sequence below this one is running. */
  private lowestRunning = 1;

  constructor(clientId: number = randomClientId()) {
    this.clientId = clientId;
  }

  /** A fresh sequence number for one logical write; {@link finish} it when the write ends. */
  nextSequence(): number {
    this.lastSequence += 1;
    this.running.add(this.lastSequence);
    return this.lastSequence;
  }

  /** The write of `sequence` ended (answered or given up): it is never sent again. */
  finish(sequence: number): void {
    this.running.delete(sequence);
  }

  /**
   * The lowest sequence whose write has not ended: the server may forget the results of the
   * writes below it, since none of them is ever retried (Raft thesis §6.3). A write delayed
   * behind many newer ones of the same client therefore keeps its result slot.
   */
  firstIncomplete(): number {
    while (this.lowestRunning <= this.lastSequence && !this.running.has(this.lowestRunning)) this.lowestRunning++;
    return this.lowestRunning;
  }
}

function randomClientId(): number {
  // Two draws because randomInt is limited to ranges below 2^48; never 0 (0 = "no session").
  const high = randomInt(0, 2 ** 21);
  const low = randomInt(0, 2 ** 32);
  return high * 2 ** 32 + low || 1;
}
