import { type Database, openDatabase } from './database.js';
import { StorageError, StorageErrorCode, translateReadError } from './errors.js';
import { clearGroupRecords, directEraser } from './group-transfer.js';
import { appliedIndexMetaKey, groupPrefix, groupUpperBound, kvSpaceMetaKey } from './keys.js';
import { checkIdentity, type NodeIdentity, readGroupIds } from './node-store.js';
import { decodeU64, encodeU64 } from './records.js';

/** `meta` keys of the stamp that ties a database to one node layout (reserved `storage/` keys). */
const META_INCARNATION = 'storage/node-incarnation';
const META_DATABASE_ID = 'storage/database-id';
const META_LAYOUT_EPOCH = 'storage/layout-epoch';

/** Largest batch a group copy writes at once; bounds memory whatever the group's size. */
const COPY_BATCH_BYTES = 4 * 1024 * 1024;

/** What ties a host database to the layout of its node (absent in databases of FlintKV 0.1). */
export interface DatabaseStamp {
  incarnation: string;
  databaseId: string;
  layoutEpoch: number;
}

/** What a group copy moved. */
export interface GroupCopyReport {
  records: number;
  bytes: number;
}

/**
 * A host database opened while no group host runs (at node start, by the main thread): to
 * check and stamp it against the node's layout and to move whole groups between databases.
 * A group is a contiguous key range in each sublevel plus its applied index in `meta`
 * (`keys.ts`), so moving one is a range copy and a range clear.
 */
export class OfflineDatabase {
  private constructor(private readonly database: Database) {}

  /**
   * Opens (creating when absent) the database in `directory`, with the identity checks of
   * {@link openNodeStore}.
   */
  static async open(directory: string, identity: NodeIdentity): Promise<OfflineDatabase> {
    const database = await openDatabase(directory);
    try {
      await checkIdentity(database, identity);
    } catch (error) {
      await database.level.close();
      throw error;
    }
    return new OfflineDatabase(database);
  }

  get directory(): string {
    return this.database.directory;
  }

  /** The stamp, or `undefined` when the database has none (FlintKV 0.1, or newly created). */
  async readStamp(): Promise<DatabaseStamp | undefined> {
    const [incarnation, databaseId, epoch] = await Promise.all(
      [META_INCARNATION, META_DATABASE_ID, META_LAYOUT_EPOCH].map((key) => this.readMeta(key)),
    );
    if (incarnation === undefined && databaseId === undefined && epoch === undefined) return undefined;
    if (incarnation === undefined || databaseId === undefined || epoch === undefined) {
      throw new StorageError(
        StorageErrorCode.Corrupt,
        `database ${this.directory}: its layout stamp is incomplete; the data directory is damaged`,
      );
    }
    const text = new TextDecoder();
    return {
      incarnation: text.decode(incarnation),
      databaseId: text.decode(databaseId),
      layoutEpoch: decodeU64(epoch, 'layout epoch'),
    };
  }

  /** Writes the stamp in one synced batch. */
  async writeStamp(stamp: DatabaseStamp): Promise<void> {
    const text = new TextEncoder();
    const meta = this.database.meta;
    await this.database.level.batch(
      [
        { type: 'put', sublevel: meta, key: META_INCARNATION, value: text.encode(stamp.incarnation) },
        { type: 'put', sublevel: meta, key: META_DATABASE_ID, value: text.encode(stamp.databaseId) },
        { type: 'put', sublevel: meta, key: META_LAYOUT_EPOCH, value: encodeU64(stamp.layoutEpoch) },
      ],
      { sync: true },
    );
  }

  /** Ids of the groups with Raft state in this database, ascending. */
  async groupIds(): Promise<number[]> {
    return [...(await readGroupIds(this.database))].sort((a, b) => a - b);
  }

  /**
   * Copies every record of `groupId` into `target` in bounded, synced batches, after clearing
   * whatever an earlier, interrupted copy left there. The caller then records the move in the
   * layout and clears the source.
   */
  async copyGroupTo(target: OfflineDatabase, groupId: number): Promise<GroupCopyReport> {
    await target.clearGroup(groupId);
    const report: GroupCopyReport = { records: 0, bytes: 0 };
    const range = { gte: groupPrefix(groupId), lt: groupUpperBound(groupId) };
    const spaceRecord = await this.readMeta(kvSpaceMetaKey(groupId));
    const space = spaceRecord === undefined ? groupId : decodeU64(spaceRecord, 'kv space');
    const kvRange = { gte: groupPrefix(space), lt: groupUpperBound(space) };
    if (spaceRecord !== undefined) {
      await target.database.level.batch(
        [{ type: 'put', sublevel: target.database.meta, key: kvSpaceMetaKey(groupId), value: spaceRecord }],
        { sync: true },
      );
    }
    // Raft state last: a group counts as present where its Raft state is (`readGroupIds`).
    for (const name of ['raftLog', 'kv', 'raftState'] as const) {
      const destination = target.database[name];
      let batch = target.database.level.batch();
      let batchBytes = 0;
      try {
        for await (const [key, value] of this.database[name].iterator(name === 'kv' ? kvRange : range)) {
          batch.put(key, value, { sublevel: destination });
          batchBytes += key.byteLength + value.byteLength;
          report.records++;
          report.bytes += key.byteLength + value.byteLength;
          if (batchBytes >= COPY_BATCH_BYTES) {
            await batch.write({ sync: true });
            batch = target.database.level.batch();
            batchBytes = 0;
          }
        }
      } catch (error) {
        await batch.close();
        throw translateReadError(error, `group ${groupId} of ${this.directory}`);
      }
      await batch.write({ sync: true });
    }
    const applied = await this.readMeta(appliedIndexMetaKey(groupId));
    if (applied !== undefined) {
      await target.database.level.batch(
        [{ type: 'put', sublevel: target.database.meta, key: appliedIndexMetaKey(groupId), value: applied }],
        { sync: true },
      );
    }
    return report;
  }

  /** Removes every record of `groupId`, Raft state first, so a crash midway leaves no group that looks whole. */
  clearGroup(groupId: number): Promise<void> {
    return clearGroupRecords(directEraser(this.database), groupId);
  }

  async close(): Promise<void> {
    await this.database.level.close();
  }

  private async readMeta(key: string): Promise<Uint8Array | undefined> {
    try {
      return await this.database.meta.get(key);
    } catch (error) {
      throw translateReadError(error, `meta ${key} of ${this.directory}`);
    }
  }
}
