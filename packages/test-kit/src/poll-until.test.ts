import { describe, expect, it } from 'vitest';
import { POLL_TIMEOUT_CODE, PollTimeoutError, pollUntil } from './poll-until.js';

describe('pollUntil', () => {
  it('resolves with the first value that is not undefined or false', async () => {
    let calls = 0;
    const value = await pollUntil('the third call', () => (++calls >= 3 ? `call ${calls}` : undefined), {
      intervalMs: 1,
    });
    expect(value).toBe('call 3');
  });

  it('ends at once on an error the condition throws, such as a failed assertion', async () => {
    let calls = 0;
    const failure = await pollUntil('a condition that throws', () => {
      calls++;
      throw new Error('invariant broken');
    }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe('invariant broken');
    expect(calls).toBe(1);
  });

  it('with retryErrors, keeps polling through errors', async () => {
    let calls = 0;
    const value = await pollUntil(
      'a condition that throws twice',
      () => {
        if (++calls < 3) throw new Error('not yet');
        return true;
      },
      { intervalMs: 1, retryErrors: true },
    );
    expect(value).toBe(true);
  });

  it('fails at the deadline saying what it waited for and the last error', async () => {
    const failure = await pollUntil(
      'the moon to turn blue',
      () => {
        throw new Error('still grey');
      },
      { timeoutMs: 30, intervalMs: 5, retryErrors: true },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PollTimeoutError);
    expect(failure).toMatchObject({ code: POLL_TIMEOUT_CODE, what: 'the moon to turn blue', timeoutMs: 30 });
    expect((failure as Error).message).toBe(
      'waited for the moon to turn blue: not true within 30 ms (last error: Error: still grey)',
    );
  });

  it('a number is the timeout', async () => {
    const failure = await pollUntil('never', () => false, 20).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: POLL_TIMEOUT_CODE, timeoutMs: 20 });
  });
});
