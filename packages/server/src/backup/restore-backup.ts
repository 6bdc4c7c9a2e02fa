import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { applyMetaCommand, bootstrapRegions, emptyMetaState, type MetaState, type RegionDescriptor } from '@flintkv/pd';
import { compareBytes, confStateOfVoters } from '@flintkv/proto';
import {
  type NodeLayout,
  newNodeLayout,
  type NodeStore,
  OfflineDatabase,
  openNodeStore,
  randomIdentifier,
  writeNodeLayout,
} from '@flintkv/storage';
import { clusterIdOf } from '../config/cluster-id.js';
import {
  type ClusterMember,
  defaultReplicaCount,
  defaultWorkerCount,
  SERVER_DEFAULTS,
} from '../config/server-config.js';
import { databaseNameOfHost, hostOfGroup } from '../host-protocol.js';
import { metaMemberOf } from '../membership/cluster-membership.js';
import { packOwned } from '../worker/group/stored-encoding.js';
import { encodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from '../worker/kv/region-descriptor-record.js';
import { META_GROUP_ID } from '../worker/meta/meta-group.js';
import { META_STATE_KEY } from '../worker/meta/meta-state-machine.js';
import { SPLIT_GROUP_LOG_START } from '../worker/new-groups.js';
import { BackupError } from './backup-error.js';
import type { BackupManifest, BackupRegion } from './backup-manifest.js';
import { readRegionFile } from './region-pairs.js';
import { type BytesProgress, verifyBackup } from './verify-backup.js';

/** What {@link restoreBackup} needs. */
export interface RestoreOptions {
  /** The backup directory (`flint backup --out`). */
  backupDirectory: string;
  /** The new cluster's members, as `flint server --cluster` lists them. */
  members: ClusterMember[];
  /** Replicas per region (`--replicas`); default as the server's. */
  replicas?: number;
  /** Each member's data directory is `<outputDirectory>/<node id>`. */
  outputDirectory: string;
  /** Host threads the directories are laid out for (`--workers`); a start with another count moves groups. */
  workers?: number;
  /** Bytes of region files read so far: verification first, then the writing. */
  progress?: { verifying?: BytesProgress; writing?: BytesProgress };
}

/** What a restore wrote. */
export interface RestoreReport {
  clusterId: number;
  /** Each member's data directory. */
  directories: Array<{ nodeId: number; directory: string }>;
  regions: RegionDescriptor[];
  bytes: number;
}

/** Bytes of pairs one synced batch of a restore writes at most: memory stays bounded by it. */
const RESTORE_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Writes a data directory per member of a new cluster holding every region of a backup, as if
 * each replica had just installed a snapshot: its pairs (the region record rewritten with the
 * new peers), a Raft log that starts after the snapshot's index, a configuration of the new
 * peers. The meta group holds the new members and the backup's regions, placed on the members
 * by the rule bootstrap uses. `flint server --id N --data <out>/N --cluster ...` (the same
 * member list) then serves it; the cluster id is the one those flags give.
 *
 * The backup is verified whole and every target checked before anything is written. Each
 * member's directory is written under a temporary name and renamed into place when complete.
 *
 * @throws {@link BackupError} FLINT_RESTORE_TARGET_NOT_EMPTY, or as {@link verifyBackup}.
 * @example
 * ```ts
 * await restoreBackup({ backupDirectory: 'backup', members, outputDirectory: 'data' });
 * // flint server --id 1 --data data/1 --cluster ...
 * ```
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const { members, outputDirectory } = options;
  const replicas = options.replicas ?? defaultReplicaCount(members.length);
  const workers = options.workers ?? defaultWorkerCount(SERVER_DEFAULTS.regionCount);
  const { manifest, absorbedRegionIds } = await verifyBackup(options.backupDirectory, options.progress?.verifying);
  const targets = members.map((member) => ({
    nodeId: member.nodeId,
    directory: join(outputDirectory, String(member.nodeId)),
  }));
  for (const { directory } of targets) await checkEmpty(directory);

  const clusterId = clusterIdOf(members, replicas);
  const placed = placeRegions(manifest, members, replicas);
  const regions = placed.map(({ region }) => region);
  const meta = restoredMetaState(clusterId, members, regions, replicas, absorbedRegionIds);
  const totalBytes = manifest.regions.reduce((sum, region) => sum + region.bytes, 0) * replicas;
  let doneBytes = 0;
  const writing = options.progress?.writing ?? (() => {});

  await mkdir(outputDirectory, { recursive: true });
  for (const { nodeId, directory } of targets) {
    const staging = `${directory}.restoring`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    let layout: NodeLayout = { ...newNodeLayout(String(clusterId), nodeId), bootstrapped: true };
    const identity = { clusterId: String(clusterId), nodeId };
    for (let host = 0; host < workers; host++) {
      const name = databaseNameOfHost(host);
      const owned = (groupId: number) => hostOfGroup(groupId, workers) === host;
      const store = await openNodeStore(join(staging, name), identity);
      try {
        if (owned(META_GROUP_ID)) {
          const voters = meta.members.map((member) => member.nodeId);
          await writeGroup(store, META_GROUP_ID, voters, SPLIT_GROUP_LOG_START.index, (write) =>
            write([[META_STATE_KEY, packOwned(meta)]]),
          );
          layout = placeGroup(layout, META_GROUP_ID, name);
        }
        for (const { region, source } of placed) {
          if (!owned(region.id) || !region.peers.includes(nodeId)) continue;
          const index = Math.max(source.appliedIndex, SPLIT_GROUP_LOG_START.index);
          const descriptor = encodeRegionDescriptor(region);
          await writeGroup(store, region.id, region.peers, index, async (write) => {
            await readRegionFile(join(options.backupDirectory, source.file), async (pairs) => {
              // The region's record names its replicas: the new ones.
              await write(
                pairs.map(([key, value]) => [key, compareBytes(key, REGION_DESCRIPTOR_KEY) === 0 ? descriptor : value]),
              );
              doneBytes += pairs.reduce((sum, [key, value]) => sum + 8 + key.byteLength + value.byteLength, 0);
              writing(doneBytes, totalBytes);
            });
          });
          layout = placeGroup(layout, region.id, name);
        }
      } finally {
        await store.close();
      }
      const id = randomIdentifier();
      const database = await OfflineDatabase.open(join(staging, name), identity);
      try {
        await database.writeStamp({ incarnation: layout.incarnation, databaseId: id, layoutEpoch: layout.epoch });
      } finally {
        await database.close();
      }
      layout = { ...layout, databases: [...layout.databases, { name, id }] };
    }
    await writeNodeLayout(staging, layout);
    await rm(directory, { recursive: true, force: true });
    await rename(staging, directory);
  }
  return {
    clusterId,
    directories: targets,
    regions,
    bytes: manifest.regions.reduce((sum, region) => sum + region.bytes, 0),
  };
}

/**
 * One group as if a snapshot at `index` had been installed: its pairs first, in bounded synced
 * batches, then its Raft state (a group is present where its Raft state is), applied at `index`.
 */
async function writeGroup(
  store: NodeStore,
  groupId: number,
  voters: readonly number[],
  index: number,
  fill: (write: (pairs: ReadonlyArray<readonly [Uint8Array, Uint8Array]>) => Promise<void>) => Promise<void>,
): Promise<void> {
  let turn = store.beginTurn();
  let batchBytes = 0;
  await fill(async (pairs) => {
    for (const [key, value] of pairs) {
      turn.putKv(groupId, key, value);
      batchBytes += key.byteLength + value.byteLength;
    }
    if (batchBytes < RESTORE_BATCH_BYTES) return;
    await turn.commit();
    turn = store.beginTurn();
    batchBytes = 0;
  });
  store.stageGroupCreation(turn, groupId, {
    confState: confStateOfVoters([...voters].sort((a, b) => a - b)),
    start: { index, term: SPLIT_GROUP_LOG_START.term },
  });
  await turn.commit();
}

function placeGroup(layout: NodeLayout, groupId: number, database: string): NodeLayout {
  return { ...layout, groups: { ...layout.groups, [String(groupId)]: database } };
}

/** The backup's regions, in key order, on the new members: region i on the replicas bootstrap would give it. */
function placeRegions(
  manifest: BackupManifest,
  members: readonly ClusterMember[],
  replicas: number,
): Array<{ region: RegionDescriptor; source: BackupRegion }> {
  const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));
  const sorted = [...manifest.regions].sort((a, b) => compareBytes(bytes(a.startKey), bytes(b.startKey)));
  const placed = bootstrapRegions({
    splitKeys: sorted.slice(1).map((region) => bytes(region.startKey)),
    nodeIds: members.map((member) => member.nodeId),
    replicas,
  });
  return sorted.map((source, index) => ({
    source,
    region: {
      id: source.id,
      startKey: bytes(source.startKey),
      endKey: bytes(source.endKey),
      epoch: { ...source.epoch },
      peers: placed[index]!.peers,
    },
  }));
}

/** The meta group's state: bootstrapped with the new members and the backup's regions. */
function restoredMetaState(
  clusterId: number,
  members: readonly ClusterMember[],
  regions: RegionDescriptor[],
  replicas: number,
  absorbed: ReadonlySet<number>,
): MetaState {
  const { state, outcome } = applyMetaCommand(emptyMetaState(), {
    type: 'bootstrap',
    clusterId,
    members: [...members].sort((a, b) => a.nodeId - b.nodeId).map(metaMemberOf),
    regions,
    replicationFactor: replicas,
  });
  if (!outcome.ok) throw new Error(`the restored region table is refused: ${outcome.message}`);
  // Ids are never reused, a merged-away region's included: a region remembers those it absorbed.
  const highest = Math.max(...regions.map((region) => region.id), ...absorbed);
  return { ...state, nextRegionId: highest + 1 };
}

async function checkEmpty(directory: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') {
      throw new BackupError(
        'FLINT_RESTORE_TARGET_NOT_EMPTY',
        `${directory} is a file; a restore writes a new data directory there`,
      );
    }
    throw error;
  }
  if (entries.length > 0) {
    throw new BackupError(
      'FLINT_RESTORE_TARGET_NOT_EMPTY',
      `${directory} is not empty; a restore writes only new data directories (remove it, or choose another --out)`,
    );
  }
}
