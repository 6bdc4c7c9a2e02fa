import {
  type DatabaseStamp,
  databaseOfGroup,
  type NodeLayout,
  NODE_LAYOUT_FILE,
  StorageError,
  StorageErrorCode,
} from '@flintkv/storage';

/** What one host database directory holds, as read at start. */
export interface DatabaseInventory {
  name: string;
  /** `undefined`: the database carries no layout stamp (FlintKV 0.1). */
  stamp: DatabaseStamp | undefined;
  groupIds: number[];
}

/** What to do to bring a data directory in line with its layout before the hosts start. */
export interface LayoutRepairs {
  /** Databases no layout lists, left by an interrupted creation or retirement: remove. */
  leftoverDatabases: string[];
  /** Copies of a group in a database the layout does not place it in (an interrupted move): clear. */
  strayCopies: { database: string; groupId: number }[];
  /** Groups the layout does not name yet (created after its last write): record where they are. */
  adoptedGroups: { database: string; groupId: number }[];
}

/**
 * Judges a data directory against its layout. Pure: it reads the inventory and either refuses
 * (throws the {@link StorageError} the node exits with, before anything is written) or says
 * what repairs are safe. `inventory` holds the host databases found on disk that could be
 * opened (every listed one must be among them).
 */
export function judgeLayout(
  layout: NodeLayout,
  dataDirectory: string,
  inventory: readonly DatabaseInventory[],
): LayoutRepairs {
  const byName = new Map(inventory.map((database) => [database.name, database]));
  const listedNames = new Set(layout.databases.map((database) => database.name));
  const repairs: LayoutRepairs = { leftoverDatabases: [], strayCopies: [], adoptedGroups: [] };
  const where = (name: string) => `${dataDirectory}/${name}`;

  for (const listed of layout.databases) {
    const found = byName.get(listed.name);
    if (found === undefined) {
      throw new StorageError(
        StorageErrorCode.DatabaseMissing,
        `host database ${where(listed.name)} is missing, but ${NODE_LAYOUT_FILE} lists it (groups ${groupsPlacedIn(layout, listed.name).join(', ') || 'none'}); restore it from a backup of this node's data directory, or replace the node`,
      );
    }
    const stamp = found.stamp;
    if (stamp === undefined || stamp.incarnation !== layout.incarnation) {
      throw new StorageError(
        StorageErrorCode.DatabaseForeign,
        `host database ${where(listed.name)} belongs to ${stamp === undefined ? 'no node layout' : `another incarnation of this node (${stamp.incarnation}, expected ${layout.incarnation})`}; put back this node's own copy`,
      );
    }
    if (stamp.databaseId !== listed.id) {
      const owner = layout.databases.find((database) => database.id === stamp.databaseId);
      throw new StorageError(
        StorageErrorCode.DatabaseForeign,
        `host database ${where(listed.name)} is ${owner === undefined ? 'not the database the layout lists' : `the database the layout lists as ${owner.name}`} (id ${stamp.databaseId}, expected ${listed.id}); put each host-N directory back in its place`,
      );
    }
    if (stamp.layoutEpoch < layout.epoch) {
      throw new StorageError(
        StorageErrorCode.DatabaseStale,
        `host database ${where(listed.name)} is an older copy (layout epoch ${stamp.layoutEpoch}, the node is at ${layout.epoch}); it would bring back forgotten Raft votes and lose acknowledged writes. Restore the current copy`,
      );
    }
    // A crash between stamping the databases and writing the layout leaves them one epoch ahead.
    if (stamp.layoutEpoch > layout.epoch + 1) {
      throw new StorageError(
        StorageErrorCode.DatabaseStale,
        `${where(NODE_LAYOUT_FILE)} is an older copy (epoch ${layout.epoch}, but ${listed.name} is at ${stamp.layoutEpoch}); restore the current ${NODE_LAYOUT_FILE}`,
      );
    }
    const held = new Set(found.groupIds);
    for (const groupId of groupsPlacedIn(layout, listed.name)) {
      if (!held.has(groupId)) {
        throw new StorageError(
          StorageErrorCode.GroupMissing,
          `host database ${where(listed.name)} does not hold group ${groupId}, which ${NODE_LAYOUT_FILE} places there; restore this node's data directory from a backup, or replace the node`,
        );
      }
    }
    for (const groupId of found.groupIds) {
      const placed = databaseOfGroup(layout, groupId);
      if (placed === undefined) repairs.adoptedGroups.push({ database: listed.name, groupId });
      else if (placed !== listed.name) repairs.strayCopies.push({ database: listed.name, groupId });
    }
  }

  for (const found of inventory) {
    if (listedNames.has(found.name)) continue;
    // Unstamped and without groups: created for a new thread, then a crash before its stamp (a leftover).
    if (found.stamp?.incarnation !== layout.incarnation && (found.stamp !== undefined || found.groupIds.length > 0)) {
      throw new StorageError(
        StorageErrorCode.DatabaseForeign,
        `${where(found.name)} is not listed in ${NODE_LAYOUT_FILE} and belongs to ${found.stamp === undefined ? 'no node layout' : 'another incarnation of this node'}; move it out of the data directory`,
      );
    }
    const unplaced = found.groupIds.filter((groupId) => databaseOfGroup(layout, groupId) === undefined);
    if (unplaced.length > 0) {
      throw new StorageError(
        StorageErrorCode.DatabaseForeign,
        `${where(found.name)} is not listed in ${NODE_LAYOUT_FILE} but holds groups ${unplaced.join(', ')} that no listed database holds; the data directory is damaged`,
      );
    }
    repairs.leftoverDatabases.push(found.name);
  }
  return repairs;
}

/**
 * The layout of a data directory written by FlintKV 0.1 (host databases, no layout record):
 * every group must be held by exactly one database, or which copy is live cannot be told.
 * Adoption stamps the databases one by one before it writes the layout; a crash in between
 * leaves stamps at epoch 0 of one incarnation (a started node is at epoch 1 or more), and the
 * adoption resumes with that incarnation and those database ids.
 */
export function adoptUnstampedDatabases(
  layout: NodeLayout,
  dataDirectory: string,
  inventory: readonly DatabaseInventory[],
  newDatabaseId: () => string,
): NodeLayout {
  const stamps = inventory.flatMap((found) => (found.stamp === undefined ? [] : [found.stamp]));
  const incarnations = new Set(stamps.map((stamp) => stamp.incarnation));
  if (stamps.some((stamp) => stamp.layoutEpoch > 0) || incarnations.size > 1) {
    throw new StorageError(
      StorageErrorCode.LayoutMissing,
      `${dataDirectory}/${NODE_LAYOUT_FILE} is missing but ${inventory
        .filter((found) => found.stamp !== undefined)
        .map((found) => found.name)
        .join(
          ', ',
        )} belong to a node layout; restore ${NODE_LAYOUT_FILE} from a backup of this node's data directory, or replace the node`,
    );
  }
  const groups: Record<string, string> = {};
  for (const found of inventory) {
    for (const groupId of found.groupIds) {
      const other = groups[String(groupId)];
      if (other !== undefined) {
        throw new StorageError(
          StorageErrorCode.GroupDuplicate,
          `group ${groupId} is held by both ${dataDirectory}/${other} and ${dataDirectory}/${found.name}, and no ${NODE_LAYOUT_FILE} says which copy is live (FlintKV 0.1 started with another --workers); restore the data directory from a backup, or replace the node`,
        );
      }
      groups[String(groupId)] = found.name;
    }
  }
  return {
    ...layout,
    incarnation: [...incarnations][0] ?? layout.incarnation,
    bootstrapped: true,
    databases: inventory.map((found) => ({ name: found.name, id: found.stamp?.databaseId ?? newDatabaseId() })),
    groups,
  };
}

/** Ids of the groups `layout` places in database `name`, ascending. */
export function groupsPlacedIn(layout: NodeLayout, name: string): number[] {
  return Object.entries(layout.groups)
    .filter(([, database]) => database === name)
    .map(([groupId]) => Number(groupId))
    .sort((a, b) => a - b);
}
