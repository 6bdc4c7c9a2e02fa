import { describe, expect, it } from 'vitest';
import { PeerLiveness } from './peer-liveness.js';

describe('peer liveness', () => {
  it('reports a peer once when it stays silent for the span, and again only after it was heard', () => {
    const liveness = new PeerLiveness(2_000);
    liveness.heard(2, 0);
    liveness.heard(3, 0);
    expect(liveness.newlySilent(1_999)).toEqual([]);
    liveness.heard(3, 1_500);
    expect(liveness.newlySilent(2_000)).toEqual([2]);
    expect(liveness.newlySilent(3_000)).toEqual([]);
    expect(liveness.newlySilent(3_500)).toEqual([3]);
    liveness.heard(2, 4_000);
    expect(liveness.newlySilent(5_999)).toEqual([]);
    expect(liveness.newlySilent(6_000)).toEqual([2]);
  });

  it('forgets a peer whose link closed: the connection reported it', () => {
    const liveness = new PeerLiveness(2_000);
    liveness.heard(2, 0);
    liveness.forget(2);
    expect(liveness.newlySilent(10_000)).toEqual([]);
  });
});
