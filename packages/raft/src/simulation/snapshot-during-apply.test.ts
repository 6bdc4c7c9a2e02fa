import {
  ConfChangeTransition,
  ConfChangeType,
  decodeConfChange,
  EntryType,
  emptyConfState,
  type Message,
  MessageType,
} from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { MemoryStorage, RawNode } from '../index.js';
import type { Ready } from '../ready.js';

/** A scripted three-node cluster: the test decides who hears what, and when. */
class ScriptedCluster {
  readonly storages = new Map<number, MemoryStorage>();
  readonly nodes = new Map<number, RawNode>();
  readonly applied = new Map<number, number>();
  outbox: Message[] = [];

  constructor() {
    const confState = { ...emptyConfState(), voters: [1, 2, 3] };
    for (const id of [1, 2, 3]) {
      const storage = new MemoryStorage({ confState });
      this.storages.set(id, storage);
      this.applied.set(id, 0);
      this.nodes.set(id, new RawNode({ id, electionTick: 10, heartbeatTick: 1, storage, random: () => 0.5 }));
    }
  }

  /** Persists and applies a Ready the way the contract says. */
  perform(id: number, ready: Ready): void {
    const storage = this.storages.get(id)!;
    const node = this.nodes.get(id)!;
    this.outbox.push(...ready.messagesBeforePersist);
    if (ready.snapshot) {
      storage.applySnapshot(ready.snapshot);
      this.applied.set(id, ready.snapshot.metadata.index);
    }
    storage.append(ready.entries);
    if (ready.hardState) storage.setHardState(ready.hardState);
    this.outbox.push(...ready.messagesAfterPersist);
    for (const entry of ready.committedEntries) {
      if (entry.type === EntryType.ConfChange) node.applyConfChange(decodeConfChange(entry.data));
      this.applied.set(id, entry.index);
    }
    node.advance(ready);
  }

  /** Delivers and performs everything among `ids` until quiet; other nodes' mail waits in the outbox. */
  stabilize(ids: number[]): void {
    for (let round = 0; round < 100; round++) {
      let progressed = false;
      for (const id of ids) {
        const node = this.nodes.get(id)!;
        if (node.hasReady()) {
          this.perform(id, node.ready());
          progressed = true;
        }
      }
      const deliverable = this.outbox.filter((message) => ids.includes(message.to));
      this.outbox = this.outbox.filter((message) => !ids.includes(message.to));
      for (const message of deliverable) {
        this.nodes.get(message.to)!.step(message);
        progressed = true;
      }
      if (!progressed) return;
    }
  }

  /** Steps the waiting messages addressed to `id` (those of `type`, if given) into it; drops the rest. */
  deliverTo(id: number, type?: MessageType): Message[] {
    const mail = this.outbox.filter((message) => message.to === id && (type === undefined || message.type === type));
    this.outbox = this.outbox.filter((message) => message.to !== id);
    for (const message of mail) this.nodes.get(id)!.step(message);
    return mail;
  }
}

describe('a snapshot stepped between ready() and advance()', () => {
  it('does not switch the configuration under conf changes the application is about to apply', () => {
    const cluster = new ScriptedCluster();
    const leader = cluster.nodes.get(1)!;
    const follower = cluster.nodes.get(3)!;
    leader.campaign();
    cluster.stabilize([1, 2, 3]);
    // Enter a joint configuration explicitly, everywhere.
    leader.proposeConfChange({
      transition: ConfChangeTransition.JointExplicit,
      changes: [{ type: ConfChangeType.AddLearnerNode, nodeId: 4 }],
      context: new Uint8Array(0),
    });
    cluster.stabilize([1, 2, 3]);
    // The commit index reaches the followers with the next heartbeat.
    leader.tick();
    cluster.stabilize([1, 2, 3]);
    expect(follower.status().confState.votersOutgoing).toEqual([1, 2, 3]);

    // Leave it, committed by nodes 1 and 2 alone. The follower then catches up and takes a
    // Ready that hands the leave entry out for applying — but does not perform it yet.
    leader.proposeConfChange({ transition: ConfChangeTransition.Auto, changes: [], context: new Uint8Array(0) });
    cluster.stabilize([1, 2]);
    expect(leader.status().confState.votersOutgoing).toEqual([]);
    let held: Ready | undefined;
    for (let round = 0; round < 20 && held === undefined; round++) {
      leader.tick();
      cluster.stabilize([1, 2]);
      cluster.deliverTo(3);
      if (follower.hasReady()) {
        const ready = follower.ready();
        if (ready.committedEntries.some((entry) => entry.type === EntryType.ConfChange)) held = ready;
        else cluster.perform(3, ready);
      }
    }
    expect(held).toBeDefined();
    cluster.outbox = cluster.outbox.filter((message) => message.to !== 3);

    // Meanwhile the leader snapshots past the leave entry and compacts, so the follower can
    // only be caught up by a snapshot — which arrives while the Ready is still held.
    for (let index = 0; index < 3; index++) leader.propose(new Uint8Array([2, index]));
    cluster.stabilize([1, 2]);
    const leaderStorage = cluster.storages.get(1)!;
    const applied = cluster.applied.get(1)!;
    leaderStorage.createSnapshot(applied, leader.status().confState, new Uint8Array(0));
    leaderStorage.compact(applied);
    leader.reportUnreachable(3);
    leader.propose(new Uint8Array([3]));
    cluster.stabilize([1, 2]);
    const snapshots = cluster.deliverTo(3, MessageType.Snapshot);
    // The transport reports the snapshot sent, as a real one would.
    for (const _ of snapshots) leader.reportSnapshot(3, true);

    // Applying the held leave-joint entry must still find the joint configuration.
    expect(() => cluster.perform(3, held!)).not.toThrow();
    // ... and the follower still catches up afterwards.
    for (let round = 0; round < 5; round++) {
      leader.tick();
      cluster.stabilize([1, 2, 3]);
    }
    expect(cluster.applied.get(3)).toBe(cluster.applied.get(1));
    expect(follower.status().confState.votersOutgoing).toEqual([]);
    // Only meaningful if the snapshot really arrived mid-apply.
    expect(snapshots.length).toBeGreaterThan(0);
  });
});
