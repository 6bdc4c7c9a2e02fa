import { describe, expect, it } from 'vitest';
import { describeProgress, megabytes } from './progress-bar.js';

describe('describeProgress', () => {
  it('shows the bar, bytes, rate and time left', () => {
    expect(describeProgress('backup', 50_000_000, 100_000_000, 5)).toBe(
      'backup [############............] 50% 50.0 MB / 100.0 MB, 10.0 MB/s, ETA 0:05',
    );
  });

  it('shows bytes and rate alone when the total is unknown or passed', () => {
    expect(describeProgress('backup', 3_000_000, 0, 1)).toBe('backup 3.0 MB, 3.0 MB/s');
    expect(describeProgress('backup', 3_000_000, 2_000_000, 1)).toBe('backup 3.0 MB, 3.0 MB/s');
  });

  it('writes megabytes with one decimal', () => {
    expect(megabytes(1_234_567)).toBe('1.2 MB');
  });
});
