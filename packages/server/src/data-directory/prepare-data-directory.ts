import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  databaseOfGroup,
  type NodeLayout,
  newNodeLayout,
  OfflineDatabase,
  randomIdentifier,
  readNodeLayout,
  removeDatabaseDirectory,
  StorageError,
  StorageErrorCode,
  writeNodeLayout,
} from '@flintkv/storage';
import { databaseNameOfHost, hostOfGroup } from '../host-protocol.js';
import type { Logger } from '../logger.js';
import { adoptUnstampedDatabases, type DatabaseInventory, judgeLayout } from './judge-layout.js';

/** What a node needs to know of its data directory to start its hosts. */
export interface PreparedDataDirectory {
  layout: NodeLayout;
  /** The whole node is new: its hosts create the initial groups, then {@link recordBootstrap} runs. */
  mustBootstrap: boolean;
}

/** Who the node is and how many host threads it runs now. */
export interface DataDirectoryOptions {
  dataDirectory: string;
  clusterId: string;
  nodeId: number;
  workers: number;
  logger: Logger;
}

const HOST_DATABASE_NAME = /^host-\d+$/;

/**
 * Runs before the hosts start, on the main thread: reads the node's layout (creating one for a
 * new node), refuses a directory with missing, foreign or stale parts before writing anything,
 * then brings the databases in line with `workers` threads — database `host-i` holds exactly
 * the groups with `hostOfGroup(group, workers) = i` — by moving groups between databases:
 * copy, record the move in the layout, clear the source. A crash at any point leaves a
 * directory the next start repairs (see `judgeLayout`). Finally it bumps the layout epoch,
 * in every database and then in the layout, so an older copy of a database is told apart.
 */
export async function prepareDataDirectory(options: DataDirectoryOptions): Promise<PreparedDataDirectory> {
  const { dataDirectory, logger } = options;
  const identity = { clusterId: options.clusterId, nodeId: options.nodeId };
  await mkdir(dataDirectory, { recursive: true });
  let layout = await readNodeLayout(dataDirectory);
  if (layout !== undefined) checkOwner(layout, options);
  const present = (await readdir(dataDirectory)).filter((name) => HOST_DATABASE_NAME.test(name)).sort();
  const databases = new Map<string, OfflineDatabase>();
  try {
    if (layout !== undefined && !layout.bootstrapped) {
      // A first start that did not finish served nothing: start it over, keeping the incarnation.
      for (const name of present) await removeDatabaseDirectory(dataDirectory, name);
      present.length = 0;
      layout = { ...layout, databases: [], groups: {} };
      await writeNodeLayout(dataDirectory, layout);
    }
    const inventory: DatabaseInventory[] = [];
    for (const name of present) {
      const directory = join(dataDirectory, name);
      // Opening an empty directory would create a database in it: a deleted database stays missing.
      if (!existsSync(join(directory, 'CURRENT'))) {
        if (layout?.databases.some((database) => database.name === name)) continue;
        await removeDatabaseDirectory(dataDirectory, name);
        continue;
      }
      const database = await OfflineDatabase.open(directory, identity);
      databases.set(name, database);
      inventory.push({ name, stamp: await database.readStamp(), groupIds: await database.groupIds() });
    }

    if (layout === undefined) {
      layout = newNodeLayout(options.clusterId, options.nodeId);
      if (inventory.length > 0) {
        layout = adoptUnstampedDatabases(layout, dataDirectory, inventory, randomIdentifier);
        for (const entry of layout.databases) {
          await databases
            .get(entry.name)!
            .writeStamp({ incarnation: layout.incarnation, databaseId: entry.id, layoutEpoch: layout.epoch });
        }
        logger.warn(
          { databases: layout.databases.map((database) => database.name), incarnation: layout.incarnation },
          'data directory of FlintKV 0.1 adopted: node layout recorded',
        );
      }
      await writeNodeLayout(dataDirectory, layout);
    } else {
      const repairs = judgeLayout(layout, dataDirectory, inventory);
      for (const name of repairs.leftoverDatabases) {
        await databases.get(name)!.close();
        databases.delete(name);
        await removeDatabaseDirectory(dataDirectory, name);
        logger.info({ database: name }, 'removed a host database left by an interrupted layout change');
      }
      for (const { database, groupId } of repairs.strayCopies) {
        await databases.get(database)!.clearGroup(groupId);
        logger.info({ database, group: groupId }, 'cleared a group copy left by an interrupted move');
      }
      if (repairs.adoptedGroups.length > 0) {
        const groups = { ...layout.groups };
        for (const { database, groupId } of repairs.adoptedGroups) groups[String(groupId)] = database;
        layout = { ...layout, groups };
        await writeNodeLayout(dataDirectory, layout);
      }
    }

    layout = await conformToWorkers(layout, databases, options);
    layout = await bumpEpoch(layout, databases, dataDirectory);
  } finally {
    for (const database of databases.values()) await database.close();
  }
  return { layout, mustBootstrap: !layout.bootstrapped };
}

/** After the first start created the initial groups: the node is no longer new. */
export async function recordBootstrap(
  dataDirectory: string,
  layout: NodeLayout,
  groupsByHost: ReadonlyMap<number, readonly number[]>,
): Promise<NodeLayout> {
  const groups: Record<string, string> = {};
  for (const [hostIndex, groupIds] of groupsByHost) {
    for (const groupId of groupIds) groups[String(groupId)] = databaseNameOfHost(hostIndex);
  }
  const recorded = { ...layout, bootstrapped: true, groups };
  await writeNodeLayout(dataDirectory, recorded);
  return recorded;
}

function checkOwner(layout: NodeLayout, options: DataDirectoryOptions): void {
  if (layout.clusterId !== options.clusterId || layout.nodeId !== options.nodeId) {
    throw new StorageError(
      StorageErrorCode.IdentityMismatch,
      `data directory ${options.dataDirectory} belongs to node ${layout.nodeId} of cluster "${layout.clusterId}", but this process was started as node ${options.nodeId} of cluster "${options.clusterId}"; point it at its own data directory`,
    );
  }
}

/**
 * Creates the databases `workers` threads need, moves every group to its thread's database,
 * retires the rest. With the thread count of the last start, groups stay where the layout
 * places them: a region moved between threads while the node ran (`../host-pool/host-moves.ts`)
 * is not moved back.
 */
async function conformToWorkers(
  start: NodeLayout,
  databases: Map<string, OfflineDatabase>,
  options: DataDirectoryOptions,
): Promise<NodeLayout> {
  const { dataDirectory, logger } = options;
  let layout = start;
  const targets = Array.from({ length: options.workers }, (_, hostIndex) => databaseNameOfHost(hostIndex));
  const sameThreads =
    layout.databases.length === targets.length && layout.databases.every((database) => targets.includes(database.name));
  for (const name of targets) {
    if (layout.databases.some((database) => database.name === name)) continue;
    const id = randomIdentifier();
    const database = await OfflineDatabase.open(join(dataDirectory, name), options);
    databases.set(name, database);
    await database.writeStamp({ incarnation: layout.incarnation, databaseId: id, layoutEpoch: layout.epoch });
    layout = { ...layout, databases: [...layout.databases, { name, id }] };
    await writeNodeLayout(dataDirectory, layout);
  }
  const groupIds = Object.keys(layout.groups)
    .map(Number)
    .sort((a, b) => a - b);
  for (const groupId of groupIds) {
    const from = databaseOfGroup(layout, groupId)!;
    const to = sameThreads ? from : databaseNameOfHost(hostOfGroup(groupId, options.workers));
    if (from === to) continue;
    const started = performance.now();
    const copied = await databases.get(from)!.copyGroupTo(databases.get(to)!, groupId);
    layout = { ...layout, groups: { ...layout.groups, [String(groupId)]: to } };
    await writeNodeLayout(dataDirectory, layout);
    await databases.get(from)!.clearGroup(groupId);
    logger.info(
      {
        group: groupId,
        from,
        to,
        records: copied.records,
        bytes: copied.bytes,
        ms: Math.round(performance.now() - started),
      },
      'moved a group to the database of its host thread',
    );
  }
  for (const entry of layout.databases) {
    if (targets.includes(entry.name)) continue;
    layout = { ...layout, databases: layout.databases.filter((database) => database.name !== entry.name) };
    await writeNodeLayout(dataDirectory, layout);
    await databases.get(entry.name)!.close();
    databases.delete(entry.name);
    await removeDatabaseDirectory(dataDirectory, entry.name);
    logger.info({ database: entry.name }, 'retired a host database no thread uses any more');
  }
  return layout;
}

/** Stamps every database with the next epoch, then the layout (see `judgeLayout` for why in that order). */
async function bumpEpoch(
  layout: NodeLayout,
  databases: ReadonlyMap<string, OfflineDatabase>,
  dataDirectory: string,
): Promise<NodeLayout> {
  const next = { ...layout, epoch: layout.epoch + 1 };
  for (const entry of next.databases) {
    await databases.get(entry.name)!.writeStamp({
      incarnation: next.incarnation,
      databaseId: entry.id,
      layoutEpoch: next.epoch,
    });
  }
  await writeNodeLayout(dataDirectory, next);
  return next;
}
