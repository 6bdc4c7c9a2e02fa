/** Latency percentiles of a run, in milliseconds (nearest rank over every sample). */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/**
 * Keeps every latency sample exactly (no histogram buckets) in a growable Float64Array and
 * sorts once to summarize: a benchmark's p99.9 must not be an artefact of bucket edges.
 */
export class LatencyRecorder {
  private samples = new Float64Array(1 << 14);
  private length = 0;

  /** Number of samples recorded. */
  get count(): number {
    return this.length;
  }

  /** Records one latency in milliseconds. */
  add(milliseconds: number): void {
    if (this.length === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.length++] = milliseconds;
  }

  /** Percentiles by nearest rank; all zeros when nothing was recorded. */
  summary(): LatencySummary {
    const count = this.length;
    if (count === 0) return { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, p999: 0, max: 0 };
    const sorted = this.samples.slice(0, count).sort();
    let sum = 0;
    for (const sample of sorted) sum += sample;
    const rank = (percent: number) => sorted[Math.min(count - 1, Math.max(0, Math.ceil((percent / 100) * count) - 1))]!;
    return {
      count,
      mean: sum / count,
      p50: rank(50),
      p95: rank(95),
      p99: rank(99),
      p999: rank(99.9),
      max: sorted[count - 1]!,
    };
  }
}
