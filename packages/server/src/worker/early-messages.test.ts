import { MessageType, makeMessage } from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { EarlyMessages } from './early-messages.js';

const vote = (term: number) => makeMessage({ type: MessageType.PreVote, from: 1, to: 2, term });

describe('EarlyMessages', () => {
  it('hands a group its fresh messages in arrival order, once', () => {
    const early = new EarlyMessages({ maxAgeMs: 1_000, perGroup: 8, groups: 4 });
    early.keep(7, vote(1), 0);
    early.keep(7, vote(2), 500);
    expect(early.take(7, 1_200).map((message) => message.term)).toEqual([2]);
    expect(early.take(7, 1_200)).toEqual([]);
  });

  it('keeps the newest messages of a group and refuses groups past the limit', () => {
    const early = new EarlyMessages({ maxAgeMs: 1_000, perGroup: 2, groups: 1 });
    for (const term of [1, 2, 3]) early.keep(7, vote(term), 0);
    expect(early.keep(8, vote(1), 0)).toBe(false);
    expect(early.take(7, 0).map((message) => message.term)).toEqual([2, 3]);
    expect(early.keep(8, vote(1), 0)).toBe(true);
  });

  it('forgets groups whose messages all grew old', () => {
    const early = new EarlyMessages({ maxAgeMs: 1_000, perGroup: 8, groups: 4 });
    early.keep(7, vote(1), 0);
    early.keep(8, vote(1), 900);
    early.prune(1_500);
    expect(early.groupCount).toBe(1);
    expect(early.take(8, 1_500)).toHaveLength(1);
  });
});
