import { describe, expect, it } from 'vitest';
import {
  crashesInARowAfter,
  describeExit,
  isDeliberateStop,
  MAX_RESTART_DELAY_MS,
  restartDelayMs,
  STABLE_RUN_MS,
} from './restart-policy.js';

describe('the restart policy of flint dev', () => {
  it('leaves a node down after a clean exit or SIGTERM/SIGINT, and restarts it after a crash', () => {
    expect(isDeliberateStop({ code: 0, signal: null })).toBe(true);
    expect(isDeliberateStop({ code: null, signal: 'SIGTERM' })).toBe(true);
    expect(isDeliberateStop({ code: null, signal: 'SIGINT' })).toBe(true);
    expect(isDeliberateStop({ code: null, signal: 'SIGKILL' })).toBe(false);
    expect(isDeliberateStop({ code: 1, signal: null })).toBe(false);
  });

  it('doubles the delay with each crash in a row, up to a cap', () => {
    expect([1, 2, 3, 4].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000]);
    expect(restartDelayMs(50)).toBe(MAX_RESTART_DELAY_MS);
  });

  it('starts the backoff over after a node ran stably', () => {
    expect(crashesInARowAfter(3, 1_000)).toBe(4);
    expect(crashesInARowAfter(3, STABLE_RUN_MS)).toBe(1);
  });

  it('describes an exit by its signal, else its code', () => {
    expect(describeExit({ code: null, signal: 'SIGKILL' })).toBe('SIGKILL');
    expect(describeExit({ code: 1, signal: null })).toBe('code 1');
  });
});
