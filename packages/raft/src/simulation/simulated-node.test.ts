import { type Entry, EntryType, type Message, MessageType, makeMessage } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from './random.js';
import { SafetyChecker } from './safety-checker.js';
import { NodeDisk, type NodeEnvironment, SimulatedNode, type SimulatedRaftOptions } from './simulated-node.js';
import { encodePayload } from './state-machine.js';

const options: SimulatedRaftOptions = {
  electionTick: 10,
  heartbeatTick: 1,
  preVote: false,
  checkQuorum: false,
  maxSizePerMsg: 1024 * 1024,
  maxInflightMsgs: 256,
  disableProposalForwarding: false,
  readOnlyOption: 'safe',
  maxClockDrift: 0.05,
};

function environment(): NodeEnvironment {
  return {
    checker: new SafetyChecker(),
    acknowledgeBeforePersist: false,
    send: () => {},
    record: () => {},
    readIssuedAt: () => undefined,
    applied: () => {},
  };
}

const entry = (index: number, term: number): Entry => ({
  index,
  term,
  type: EntryType.Normal,
  data: encodePayload(`e${index}t${term}`),
});

function append(from: number, term: number, index: number, logTerm: number, entries: Entry[], commit: number): Message {
  return makeMessage({ type: MessageType.Append, from, to: 2, term, index, logTerm, entries, commit });
}

describe('simulated node', () => {
  it('does not report entries its storage dropped as covered by a snapshot (the Log Matching false positive)', () => {
    // The pattern of seeds 5043330 and 5081200: a Ready's tail is replaced by a newer leader
    // before it is persisted, so the core ignores that Ready's persist report and hands the
    // whole range out again; meanwhile the application snapshots and compacts part of it.
    const node = new SimulatedNode(
      2,
      new NodeDisk({ voters: [1, 2, 3], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false }),
      options,
      environment(),
    );
    node.start(new SeededRandom(1));
    node.raw!.step(
      append(
        1,
        1,
        0,
        0,
        [1, 2, 3, 4, 5].map((index) => entry(index, 1)),
        3,
      ),
    );
    expect(node.collectReady()).toBe(true);
    node.raw!.step(append(3, 2, 4, 1, [entry(5, 2)], 4));
    expect(node.persistReady()).toBe(true);
    expect(node.disk.appliedIndex).toBe(3);
    node.snapshotAndCompact(0);
    expect(node.disk.storage.firstIndex()).toBe(4);
    expect(node.collectReady()).toBe(true);
    expect(node.pending!.entries[0]!.index).toBe(1);
    expect(() => node.persistReady()).not.toThrow();
    expect(node.disk.storage.term(5)).toBe(2);
  });
});
