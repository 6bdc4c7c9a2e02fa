import { describe, expect, it } from 'vitest';
import { tilesKeySpace } from './request-executor.js';

const text = (value: string) => new TextEncoder().encode(value);
const region = (id: number, start: string, end: string) => ({
  id,
  startKey: text(start),
  endKey: text(end),
  epoch: { confVersion: 1, version: 1 },
  peers: [1, 2, 3],
  leader: 1,
});

describe('tilesKeySpace', () => {
  it('accepts a table that covers the key space and refuses one with a gap or a missing end', () => {
    expect(tilesKeySpace([region(1, '', '')])).toBe(true);
    expect(tilesKeySpace([region(1, '', 'm'), region(2, 'm', '')])).toBe(true);
    // A node knowing only its own replicas (a joined node before its meta replica caught up).
    expect(tilesKeySpace([])).toBe(false);
    expect(tilesKeySpace([region(2, 'm', '')])).toBe(false);
    expect(tilesKeySpace([region(1, '', 'g'), region(3, 'p', '')])).toBe(false);
    expect(tilesKeySpace([region(1, '', 'm')])).toBe(false);
  });
});
