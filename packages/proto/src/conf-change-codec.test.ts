import { describe, expect, it } from 'vitest';
import { decodeConfChange, encodeConfChange } from './conf-change-codec.js';
import { type ConfChange, ConfChangeTransition, ConfChangeType } from './raft-types.js';

describe('ConfChange codec', () => {
  it('round-trips every field, including large node ids and a context', () => {
    const change: ConfChange = {
      transition: ConfChangeTransition.JointExplicit,
      changes: [
        { type: ConfChangeType.AddNode, nodeId: 1 },
        { type: ConfChangeType.RemoveNode, nodeId: 300 },
        { type: ConfChangeType.AddLearnerNode, nodeId: Number.MAX_SAFE_INTEGER },
      ],
      context: new Uint8Array([1, 2, 3]),
    };
    expect(decodeConfChange(encodeConfChange(change))).toEqual(change);
  });

  it('is compact: a single-node change takes a handful of bytes', () => {
    const bytes = encodeConfChange({
      transition: ConfChangeTransition.Auto,
      changes: [{ type: ConfChangeType.AddNode, nodeId: 4 }],
      context: new Uint8Array(0),
    });
    expect(bytes.length).toBe(6);
  });

  it('decodes an empty payload as the empty change that leaves a joint configuration', () => {
    expect(decodeConfChange(new Uint8Array(0))).toEqual({
      transition: ConfChangeTransition.Auto,
      changes: [],
      context: new Uint8Array(0),
    });
  });

  it('rejects malformed payloads with a coded error instead of crashing', () => {
    const valid = encodeConfChange({
      transition: ConfChangeTransition.Auto,
      changes: [{ type: ConfChangeType.AddNode, nodeId: 4 }],
      context: new Uint8Array([9]),
    });
    const malformed = [
      new Uint8Array([9]),
      valid.slice(0, valid.length - 1),
      new Uint8Array([...valid, 0]),
      new Uint8Array([1, 7, 0, 0]),
      new Uint8Array([1, 0, 1, 9, 1, 0]),
      new Uint8Array([1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
    ];
    for (const bytes of malformed) {
      expect(() => decodeConfChange(bytes)).toThrow(expect.objectContaining({ code: 'FLINT_CONF_CHANGE_DECODE' }));
    }
  });
});
