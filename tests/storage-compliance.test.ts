import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfState, EMPTY_BYTES } from '@flintkv/proto';
import { MemoryStorage } from '@flintkv/raft';
import { type GroupStorage, type NodeStore, openNodeStore } from '@flintkv/storage';
import { receiveSnapshotOf } from '@flintkv/storage/testing';
import { describeRaftStorageCompliance, type StorageUnderTest } from './storage-suite.js';

const GROUP = 3;
const identity = { clusterId: 'compliance', nodeId: 1 };

/** Drives one group of the LevelDB store; every write is one committed turn. */
function levelSubject(directory: string, store: NodeStore, group: GroupStorage): StorageUnderTest {
  const inTurn = async (write: (turn: ReturnType<NodeStore['beginTurn']>) => void) => {
    const turn = store.beginTurn();
    write(turn);
    await turn.commit();
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await store.close();
  };
  return {
    storage: group,
    append: (entries) => inTurn((turn) => group.append(entries, turn)),
    setHardState: (hardState) => inTurn((turn) => group.setHardState(hardState, turn)),
    compact: (upTo) => inTurn((turn) => group.compact(upTo, turn)),
    applySnapshot: async (metadata) => {
      const snapshot = await receiveSnapshotOf(group, metadata);
      await inTurn((turn) => group.applySnapshot(snapshot, turn));
    },
    reopen: async () => {
      await close();
      const again = await openNodeStore(directory, identity);
      return levelSubject(directory, again, await again.openGroup(GROUP));
    },
    buildWantedSnapshot: async () => {
      await group.buildSnapshot(group.appliedIndex(), group.initialState().confState);
    },
    close: async () => {
      await close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

describeRaftStorageCompliance('LevelDB GroupStorage', {
  durable: true,
  async create(confState: ConfState) {
    const directory = mkdtempSync(join(tmpdir(), 'flint-compliance-'));
    const store = await openNodeStore(directory, identity);
    return levelSubject(directory, store, await store.openGroup(GROUP, { confState }));
  },
});

describeRaftStorageCompliance('MemoryStorage', {
  durable: false,
  async create(confState: ConfState) {
    const memory = new MemoryStorage({ confState });
    return {
      storage: memory,
      append: async (entries) => memory.append(entries),
      setHardState: async (hardState) => memory.setHardState(hardState),
      // MemoryStorage compacts etcd-style: compact(i) keeps i as the new log start.
      compact: async (upTo) => memory.compact(upTo - 1),
      applySnapshot: async (metadata) => memory.applySnapshot({ metadata, data: EMPTY_BYTES }),
      close: async () => undefined,
    };
  },
});
