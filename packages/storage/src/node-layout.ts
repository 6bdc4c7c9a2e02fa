import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StorageError, StorageErrorCode } from './errors.js';

/** The file, directly in a node's data directory, that records the node's layout. */
export const NODE_LAYOUT_FILE = 'node-layout.json';
/** The layout format this code writes and reads. */
export const NODE_LAYOUT_FORMAT_VERSION = 1;

/**
 * What a node's data directory holds, written before anything it describes is used: whose it
 * is, the incarnation that tells this directory from a wiped one under the same node id, which
 * host databases exist and which database holds which Raft group.
 *
 * The layout is the truth about placement. A database may hold a copy of a group the layout
 * places elsewhere (a move interrupted by a crash); that copy is garbage. A database may hold
 * a group the layout does not name (a group created after the last layout write); it is
 * adopted where it is. A group the layout places in a database that lacks it is data lost, and
 * the node refuses to start.
 */
export interface NodeLayout {
  formatVersion: number;
  clusterId: string;
  nodeId: number;
  /** 16 hex digits, random, chosen when the directory is created; never changes afterwards. */
  incarnation: string;
  /**
   * Bumped, in every database first and then here, on every start: a database whose stamp is
   * older than the layout is an older copy put back in place of the live one.
   */
  epoch: number;
  /** False until the first start of a new node has created its initial groups. */
  bootstrapped: boolean;
  /** Host databases by directory name (relative to the data directory), each with its random id. */
  databases: LayoutDatabaseEntry[];
  /** Group id → name of the database that holds it. */
  groups: Record<string, string>;
}

/** One host database as the layout lists it. */
export interface LayoutDatabaseEntry {
  /** Directory name under the data directory, e.g. `host-0`. */
  name: string;
  /** 16 hex digits, random, stamped into the database when it is created. */
  id: string;
}

/** A fresh random 64-bit identifier in 16 hex digits (incarnations, database ids). */
export function randomIdentifier(): string {
  return randomBytes(8).toString('hex');
}

/** The layout of a node that has nothing on disk yet. */
export function newNodeLayout(clusterId: string, nodeId: number): NodeLayout {
  return {
    formatVersion: NODE_LAYOUT_FORMAT_VERSION,
    clusterId,
    nodeId,
    incarnation: randomIdentifier(),
    epoch: 0,
    bootstrapped: false,
    databases: [],
    groups: {},
  };
}

/** The database a layout places `groupId` in, if any. */
export function databaseOfGroup(layout: NodeLayout, groupId: number): string | undefined {
  return layout.groups[String(groupId)];
}

/**
 * The stored form: the layout as JSON, then a line with the SHA-256 of those bytes, so a torn
 * or edited record is told apart from a valid one.
 */
export function encodeNodeLayout(layout: NodeLayout): string {
  const body = JSON.stringify(layout, null, 2);
  return `${body}\n${checksumOf(body)}\n`;
}

/**
 * Parses a stored layout.
 * @throws {StorageError} FLINT_LAYOUT_CORRUPT when the record is torn, edited or malformed;
 *   FLINT_STORAGE_FORMAT_TOO_NEW when a newer FlintKV wrote it.
 */
export function decodeNodeLayout(text: string, where: string): NodeLayout {
  const corrupt = (what: string) =>
    new StorageError(
      StorageErrorCode.LayoutCorrupt,
      `${where} is damaged (${what}); nothing was changed. Restore the node's data directory from a backup, or replace the node.`,
    );
  const end = text.lastIndexOf('\n', text.length - 2);
  if (end < 0) throw corrupt('it is incomplete');
  const body = text.slice(0, end);
  const checksum = text.slice(end + 1).trim();
  if (checksumOf(body) !== checksum) throw corrupt('its checksum does not match: it is half-written or was edited');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw corrupt('it is not JSON');
  }
  const layout = value as Partial<NodeLayout>;
  if (typeof layout !== 'object' || layout === null) throw corrupt('it is not an object');
  if (typeof layout.formatVersion !== 'number') throw corrupt('formatVersion is missing');
  if (layout.formatVersion > NODE_LAYOUT_FORMAT_VERSION) {
    throw new StorageError(
      StorageErrorCode.FormatTooNew,
      `${where} has layout format ${layout.formatVersion}, but this FlintKV reads up to ${NODE_LAYOUT_FORMAT_VERSION}; run a newer FlintKV`,
    );
  }
  const hex16 = /^[0-9a-f]{16}$/;
  if (typeof layout.clusterId !== 'string') throw corrupt('clusterId is missing');
  if (!Number.isSafeInteger(layout.nodeId)) throw corrupt('nodeId is missing');
  if (typeof layout.incarnation !== 'string' || !hex16.test(layout.incarnation))
    throw corrupt('incarnation is invalid');
  if (!Number.isSafeInteger(layout.epoch) || layout.epoch! < 0) throw corrupt('epoch is invalid');
  if (typeof layout.bootstrapped !== 'boolean') throw corrupt('bootstrapped is missing');
  if (!Array.isArray(layout.databases)) throw corrupt('databases is missing');
  for (const database of layout.databases) {
    if (typeof database?.name !== 'string' || !/^host-\d+$/.test(database.name) || !hex16.test(database.id)) {
      throw corrupt(`database entry ${JSON.stringify(database)} is invalid`);
    }
  }
  if (typeof layout.groups !== 'object' || layout.groups === null) throw corrupt('groups is missing');
  const names = new Set(layout.databases.map((database) => database.name));
  for (const [group, name] of Object.entries(layout.groups)) {
    if (!/^\d+$/.test(group) || !names.has(name)) throw corrupt(`group ${group} is placed in unknown database ${name}`);
  }
  return layout as NodeLayout;
}

/**
 * Reads the layout of `dataDirectory`; `undefined` when the directory has none.
 * @throws {StorageError} as {@link decodeNodeLayout}.
 */
export async function readNodeLayout(dataDirectory: string): Promise<NodeLayout | undefined> {
  const path = join(dataDirectory, NODE_LAYOUT_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeNodeLayout(text, path);
}

/**
 * Replaces the layout of `dataDirectory` atomically: the new record is written to a temporary
 * file and synced, renamed over the old one, and the directory is synced, so a crash leaves
 * either the old record or the new one, never a mix.
 */
export async function writeNodeLayout(dataDirectory: string, layout: NodeLayout): Promise<void> {
  const path = join(dataDirectory, NODE_LAYOUT_FILE);
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(encodeNodeLayout(layout), 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  await syncDirectory(dataDirectory);
}

/** Removes a host database directory and syncs its parent, so the removal survives a crash. */
export async function removeDatabaseDirectory(dataDirectory: string, name: string): Promise<void> {
  await rm(join(dataDirectory, name), { recursive: true, force: true });
  await syncDirectory(dataDirectory);
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function checksumOf(body: string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}
