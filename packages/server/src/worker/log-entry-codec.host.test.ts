import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntryType } from '@flintkv/proto';
import { type NodeStore, openNodeStore } from '@flintkv/storage';
import { pollUntil } from '@flintkv/test-kit';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseNameOfHost, type HostOptions, type HostOutbound } from '../host-protocol.js';
import { GroupHost } from './group-host.js';
import { DEFAULT_SNAPSHOT_SETTINGS } from './snapshot/snapshot-settings.js';
import { packOwned } from './group/stored-encoding.js';
import { userDataKey } from './kv/kv-keys.js';
import { DEFAULT_AUTO_SPLIT_SETTINGS } from './kv/auto-split.js';

/*
 * Log entries on disk meet a restarted host: one written before the format had a version
 * byte replays, one of a newer format stops the host. A single-node host with a real LevelDB.
 */

const IDENTITY = { clusterId: '7', nodeId: 1 };
const key = Uint8Array.of(0x00, 0x6b);
const value = Uint8Array.of(0x76);

let root: string;
let host: GroupHost | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'flint-log-entry-'));
});

afterEach(async () => {
  await host?.stop();
  host = undefined;
  await rm(root, { recursive: true, force: true });
});

function options(createInitialGroups: boolean): HostOptions {
  return {
    hostIndex: 0,
    hostCount: 1,
    dataDirectory: root,
    nodeId: 1,
    clusterId: IDENTITY.clusterId,
    incarnation: '0000000000000001',
    createInitialGroups,
    joined: false,
    members: [{ nodeId: 1, peerAddress: '127.0.0.1:7101', clientAddress: '127.0.0.1:7201' }],
    bootstrap: { regionCount: 1 },
    tickIntervalMs: 10,
    electionTicks: 10,
    heartbeatTicks: 2,
    quiesceTicks: 20,
    logLevel: 'silent',
    compaction: { maxLogEntries: 10_000, maxLogBytes: 64 * 1024 * 1024 },
    snapshot: DEFAULT_SNAPSHOT_SETTINGS,
    split: DEFAULT_AUTO_SPLIT_SETTINGS,
  };
}

/** Starts the host; `posted` collects what it sends the main thread, `store` its open database. */
async function startHost(createInitialGroups: boolean) {
  const posted: HostOutbound[] = [];
  const opened: { store?: NodeStore } = {};
  host = new GroupHost(
    options(createInitialGroups),
    { post: (message) => posted.push(message) },
    pino({ level: 'silent' }),
    Date.now,
    async (...args) => {
      opened.store = await openNodeStore(...args);
      return opened.store;
    },
  );
  await host.start();
  return { host, posted, opened };
}

/** Appends one committed entry holding `data` to a group's log, with the host stopped. */
async function appendCommittedEntry(data: Uint8Array, groupId = 1): Promise<number> {
  const store = await openNodeStore(join(root, databaseNameOfHost(0)), IDENTITY);
  try {
    const storage = await store.openGroup(groupId);
    const index = storage.lastIndex() + 1;
    const { hardState } = storage.initialState();
    const turn = store.beginTurn();
    storage.append([{ index, term: hardState.term, type: EntryType.Normal, data }], turn);
    storage.setHardState({ ...hardState, commit: index }, turn);
    await turn.commit();
    return index;
  } finally {
    await store.close();
  }
}

/** A put of `key` as log entry data without the version byte, as builds before it wrote. */
function legacyPut(): Uint8Array {
  return packOwned({
    stamp: { nodeId: 1, proposalId: 1, time: Date.now() },
    session: null,
    operation: { kind: 'put', key, value },
  });
}

/** Starts a fresh node, lets region 1 elect itself and apply its first entries, then stops it. */
async function bootstrapNode(): Promise<void> {
  const first = await startHost(true);
  await pollUntil('the fresh node to lead region 1', () => first.host.group(1)?.isLeader);
  await first.host.stop();
  host = undefined;
}

describe('a restarted host reads the log entries on disk', () => {
  it('replays an entry written without the version byte (the format before it)', async () => {
    await bootstrapNode();
    const index = await appendCommittedEntry(legacyPut());
    const restarted = await startHost(false);
    const stored = await pollUntil('the legacy entry to be applied', async () => {
      if (restarted.host.group(1)!.appliedIndex < index) return undefined;
      return (await restarted.opened.store!.kvGet(1, userDataKey(key))) ?? false;
    });
    expect(stored).toEqual(value);
    expect(restarted.posted.some((message) => message.type === 'failed')).toBe(false);
  });

  it('fails with FLINT_LOG_ENTRY_FORMAT_TOO_NEW on an entry of a newer format, and does not apply it', async () => {
    await bootstrapNode();
    const body = legacyPut();
    const index = await appendCommittedEntry(Uint8Array.of(0x04, ...body));
    const restarted = await startHost(false);
    const failure = await pollUntil('the host to report its failure', () =>
      restarted.posted.find((message) => message.type === 'failed'),
    );
    expect(failure).toMatchObject({ type: 'failed', code: 'FLINT_LOG_ENTRY_FORMAT_TOO_NEW' });
    expect((failure as { message: string }).message).toMatch(
      /format version 4.*reads log entry format versions 1 to 3/,
    );
    await restarted.host.whenStopped();
    host = undefined;

    const store = await openNodeStore(join(root, databaseNameOfHost(0)), IDENTITY);
    try {
      expect(await store.kvGet(1, userDataKey(key))).toBeUndefined();
      expect((await store.openGroup(1)).appliedIndex()).toBeLessThan(index);
    } finally {
      await store.close();
    }
  });

  it('fails with FLINT_LOG_ENTRY_FORMAT_TOO_NEW on a meta group entry of a newer format', async () => {
    await bootstrapNode();
    await appendCommittedEntry(Uint8Array.of(0x04, 0x80), 0);
    const restarted = await startHost(false);
    const failure = await pollUntil('the host to report its failure', () =>
      restarted.posted.find((message) => message.type === 'failed'),
    );
    expect(failure).toMatchObject({ type: 'failed', code: 'FLINT_LOG_ENTRY_FORMAT_TOO_NEW' });
    await restarted.host.whenStopped();
    host = undefined;
  });
});
