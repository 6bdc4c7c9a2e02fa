import { compareBytes } from '@flintkv/proto';

/** Tuning of a {@link LoadSplitSampler}; every field but `random` has a default. */
export interface LoadSplitSamplerOptions {
  /** Uniform floats in [0, 1): the only randomness, so tests replay from a seed. */
  random: () => number;
  /** Candidate split keys kept per window (TiKV's sample-num); default 20. */
  sampleCount?: number;
  /** Requests kept per window to count against the candidates; default 2,000. */
  requestCapacity?: number;
  /** Fewest requests in a window to decide on (TiKV's sample-threshold); default 100. */
  minimumRequests?: number;
  /** A candidate must split requests within |left − right| / (left + right) < this; default 0.25. */
  balanceBound?: number;
  /** A candidate must cut through fewer than this fraction of requests; default 0.5. */
  spanningBound?: number;
}

/** One request: a point access has `end` undefined; a scan is `[start, end)`, empty end +inf. */
interface RecordedRequest {
  start: Uint8Array;
  end: Uint8Array | undefined;
}

/** Where requests fall relative to one candidate split key. */
interface SideCounts {
  left: number;
  right: number;
  spanning: number;
}

/**
 * Finds a key that splits a region's traffic in two, after TiKV's load-based split
 * (AutoSplitController's Recorder). Feed it every request the region serves during one
 * window, then call {@link finish}.
 *
 * Two reservoir samples (Algorithm R) keep memory bounded at any request rate: up to 20
 * request keys are the candidate split keys, and up to 2,000 requests are what the candidates
 * are judged on. For each candidate it counts requests that would land left of it, right of
 * it (a request at the key itself lands right: the right half starts there), and scans that
 * would span both halves. The winner has the lowest balance score |left − right| /
 * (left + right) plus spanning fraction, provided balance is under 0.25 and spanning under
 * 0.5 — a split that leaves one side with most of the traffic, or makes most scans cross
 * regions, is worse than none. So a single hot key, or scans over the whole region, give no
 * key: the traffic cannot be divided there.
 *
 * @example
 * ```ts
 * const sampler = new LoadSplitSampler({ random: Math.random });
 * sampler.record(key);              // a get or put
 * sampler.recordRange(start, end);  // a scan [start, end)
 * const loadSplitKey = sampler.finish(); // at the end of each window
 * ```
 */
export class LoadSplitSampler {
  private readonly random: () => number;
  private readonly sampleCount: number;
  private readonly requestCapacity: number;
  private readonly minimumRequests: number;
  private readonly balanceBound: number;
  private readonly spanningBound: number;

  private candidates: Uint8Array[] = [];
  private requests: RecordedRequest[] = [];
  private seen = 0;

  constructor(options: LoadSplitSamplerOptions) {
    this.random = options.random;
    this.sampleCount = options.sampleCount ?? 20;
    this.requestCapacity = options.requestCapacity ?? 2_000;
    this.minimumRequests = options.minimumRequests ?? 100;
    this.balanceBound = options.balanceBound ?? 0.25;
    this.spanningBound = options.spanningBound ?? 0.5;
  }

  /** Number of requests recorded since the last {@link finish}. */
  get recorded(): number {
    return this.seen;
  }

  /** Records a point request (get, put, delete) on `key`. */
  record(key: Uint8Array): void {
    this.add(key, undefined);
  }

  /** Records a scan over `[start, end)`; an empty `end` is +infinity. */
  recordRange(start: Uint8Array, end: Uint8Array): void {
    this.add(start, end);
  }

  /**
   * The split key of the window that just ended, or undefined if no candidate divides its
   * traffic well enough; then starts a new window.
   */
  finish(): Uint8Array | undefined {
    const chosen = this.seen >= this.minimumRequests ? this.bestCandidate() : undefined;
    this.candidates = [];
    this.requests = [];
    this.seen = 0;
    return chosen;
  }

  private add(start: Uint8Array, end: Uint8Array | undefined): void {
    this.seen++;
    // Algorithm R: the n-th request replaces a random slot with probability capacity / n, so
    // each reservoir is a uniform sample of the window, however many requests it had.
    if (this.candidates.length < this.sampleCount) {
      this.candidates.push(Uint8Array.from(start));
    } else {
      const slot = Math.floor(this.random() * this.seen);
      if (slot < this.sampleCount) this.candidates[slot] = Uint8Array.from(start);
    }
    const request = (): RecordedRequest => ({
      start: Uint8Array.from(start),
      end: end === undefined ? undefined : Uint8Array.from(end),
    });
    if (this.requests.length < this.requestCapacity) {
      this.requests.push(request());
    } else {
      const slot = Math.floor(this.random() * this.seen);
      if (slot < this.requestCapacity) this.requests[slot] = request();
    }
  }

  private bestCandidate(): Uint8Array | undefined {
    let best: Uint8Array | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of this.candidates) {
      // The empty key is -infinity: there is nothing to its left.
      if (candidate.length === 0) continue;
      const { left, right, spanning } = this.countSides(candidate);
      if (left + right === 0) continue;
      const balance = Math.abs(left - right) / (left + right);
      const spanningShare = spanning / (left + right + spanning);
      if (balance >= this.balanceBound || spanningShare >= this.spanningBound) continue;
      const score = balance + spanningShare;
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private countSides(candidate: Uint8Array): SideCounts {
    const counts: SideCounts = { left: 0, right: 0, spanning: 0 };
    for (const { start, end } of this.requests) {
      if (compareBytes(start, candidate) >= 0) {
        counts.right++;
      } else if (end === undefined || (end.length > 0 && compareBytes(end, candidate) <= 0)) {
        counts.left++;
      } else {
        counts.spanning++;
      }
    }
    return counts;
  }
}
