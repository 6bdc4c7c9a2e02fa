/**
 * A one-line progress bar for a terminal: bytes done of an estimated total, the rate and the
 * time left, redrawn at most every 200 ms. Off a terminal it prints nothing: logs and pipes
 * get the summary line alone.
 */
export class ProgressBar {
  private readonly startedAt = performance.now();
  private drawnAt = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
  ) {}

  /** `doneBytes` of `totalBytes` (an estimate: a total below what is done is taken as unknown). */
  update(doneBytes: number, totalBytes: number): void {
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.drawnAt < 200 && doneBytes < totalBytes) return;
    this.drawnAt = now;
    this.drawn = true;
    this.stream.write(
      `\r${describeProgress(this.label, doneBytes, totalBytes, (now - this.startedAt) / 1000)}\u001b[K`,
    );
  }

  /** Ends the bar's line, so that what follows starts on its own. */
  finish(): void {
    if (this.drawn) this.stream.write('\n');
  }
}

const WIDTH = 24;

/**
 * The bar's text: e.g. `backup [##########..............] 42% 105.0 MB / 250.0 MB, 21.0 MB/s, ETA 0:07`.
 */
export function describeProgress(label: string, doneBytes: number, totalBytes: number, seconds: number): string {
  const rate = seconds > 0 ? doneBytes / seconds : 0;
  if (totalBytes < doneBytes || totalBytes === 0) {
    return `${label} ${megabytes(doneBytes)}, ${megabytes(rate)}/s`;
  }
  const fraction = doneBytes / totalBytes;
  const filled = Math.round(fraction * WIDTH);
  const eta = rate > 0 ? (totalBytes - doneBytes) / rate : Number.POSITIVE_INFINITY;
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${megabytes(doneBytes)} / ${megabytes(totalBytes)}, ${megabytes(rate)}/s, ETA ${clock(eta)}`;
}

/** Decimal megabytes with one decimal: what MB/s figures use. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}
