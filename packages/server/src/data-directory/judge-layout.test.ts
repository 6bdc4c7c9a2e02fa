import { type DatabaseStamp, type NodeLayout, StorageErrorCode } from '@flintkv/storage';
import { describe, expect, it } from 'vitest';
import { adoptUnstampedDatabases, type DatabaseInventory, groupsPlacedIn, judgeLayout } from './judge-layout.js';

const DATA = '/data/node-1';
const INCARNATION = '00112233aabbccdd';
const OTHER_INCARNATION = '99887766ffeeddcc';
const ID_0 = '000000000000000a';
const ID_1 = '000000000000000b';

function layout(overrides: Partial<NodeLayout> = {}): NodeLayout {
  return {
    formatVersion: 1,
    clusterId: 'cluster-a',
    nodeId: 1,
    incarnation: INCARNATION,
    epoch: 5,
    bootstrapped: true,
    databases: [
      { name: 'host-0', id: ID_0 },
      { name: 'host-1', id: ID_1 },
    ],
    groups: { '0': 'host-0', '1': 'host-1', '2': 'host-0' },
    ...overrides,
  };
}

function stamp(databaseId: string, overrides: Partial<DatabaseStamp> = {}): DatabaseStamp {
  return { incarnation: INCARNATION, databaseId, layoutEpoch: 5, ...overrides };
}

/** The inventory of a directory that matches {@link layout}, with `changes` applied by name. */
function inventory(changes: Record<string, Partial<DatabaseInventory> | null> = {}): DatabaseInventory[] {
  const base: DatabaseInventory[] = [
    { name: 'host-0', stamp: stamp(ID_0), groupIds: [0, 2] },
    { name: 'host-1', stamp: stamp(ID_1), groupIds: [1] },
  ];
  const result: DatabaseInventory[] = [];
  for (const database of base) {
    const change = changes[database.name];
    if (change === null) continue;
    result.push({ ...database, ...change });
  }
  for (const [name, change] of Object.entries(changes)) {
    if (change !== null && !base.some((database) => database.name === name)) {
      result.push({ name, stamp: undefined, groupIds: [], ...change });
    }
  }
  return result;
}

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('judgeLayout accepts', () => {
  it('a directory that matches its layout, with nothing to repair', () => {
    expect(judgeLayout(layout(), DATA, inventory())).toEqual({
      leftoverDatabases: [],
      strayCopies: [],
      adoptedGroups: [],
    });
  });

  it('databases one epoch ahead of the layout (a crash between stamping them and writing the layout)', () => {
    const ahead = inventory({ 'host-0': { stamp: stamp(ID_0, { layoutEpoch: 6 }) } });
    expect(judgeLayout(layout(), DATA, ahead).leftoverDatabases).toEqual([]);
  });
});

describe('judgeLayout refuses, naming the database', () => {
  it('a listed database that is missing: FLINT_LAYOUT_DATABASE_MISSING with the groups it held', () => {
    const error = refusal(() => judgeLayout(layout(), DATA, inventory({ 'host-0': null })));
    expect(error.code).toBe(StorageErrorCode.DatabaseMissing);
    expect(error.message).toContain(`${DATA}/host-0 is missing`);
    expect(error.message).toContain('groups 0, 2');
  });

  it('a listed database without a stamp: FLINT_LAYOUT_DATABASE_FOREIGN', () => {
    const error = refusal(() => judgeLayout(layout(), DATA, inventory({ 'host-1': { stamp: undefined } })));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-1 belongs to no node layout`);
  });

  it('a listed database of another incarnation: FLINT_LAYOUT_DATABASE_FOREIGN naming both incarnations', () => {
    const foreign = inventory({ 'host-1': { stamp: stamp(ID_1, { incarnation: OTHER_INCARNATION }) } });
    const error = refusal(() => judgeLayout(layout(), DATA, foreign));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-1`);
    expect(error.message).toContain(`another incarnation of this node (${OTHER_INCARNATION}, expected ${INCARNATION})`);
  });

  it('two databases swapped: FLINT_LAYOUT_DATABASE_FOREIGN naming the entry the found id belongs to', () => {
    const swapped = inventory({ 'host-0': { stamp: stamp(ID_1) }, 'host-1': { stamp: stamp(ID_0) } });
    const error = refusal(() => judgeLayout(layout(), DATA, swapped));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-0 is the database the layout lists as host-1`);
    expect(error.message).toContain(`id ${ID_1}, expected ${ID_0}`);
  });

  it('a database whose id no entry lists: FLINT_LAYOUT_DATABASE_FOREIGN', () => {
    const unknown = inventory({ 'host-1': { stamp: stamp('00000000000000ff') } });
    const error = refusal(() => judgeLayout(layout(), DATA, unknown));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-1 is not the database the layout lists`);
  });

  it('an unlisted database of another incarnation: FLINT_LAYOUT_DATABASE_FOREIGN', () => {
    const extra = inventory({ 'host-2': { stamp: stamp('00000000000000cc', { incarnation: OTHER_INCARNATION }) } });
    const error = refusal(() => judgeLayout(layout(), DATA, extra));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-2 is not listed`);
    expect(error.message).toContain('another incarnation');
  });

  it('an unlisted database without a stamp: FLINT_LAYOUT_DATABASE_FOREIGN', () => {
    const extra = inventory({ 'host-2': { stamp: undefined, groupIds: [7] } });
    const error = refusal(() => judgeLayout(layout(), DATA, extra));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-2 is not listed`);
    expect(error.message).toContain('no node layout');
  });

  it('an unlisted database of this incarnation holding groups no listed database holds: FLINT_LAYOUT_DATABASE_FOREIGN', () => {
    const extra = inventory({ 'host-2': { stamp: stamp('00000000000000cc'), groupIds: [1, 7, 8] } });
    const error = refusal(() => judgeLayout(layout(), DATA, extra));
    expect(error.code).toBe(StorageErrorCode.DatabaseForeign);
    expect(error.message).toContain(`${DATA}/host-2 is not listed`);
    expect(error.message).toContain('holds groups 7, 8');
  });

  it('a database older than the layout: FLINT_LAYOUT_DATABASE_STALE naming both epochs', () => {
    const stale = inventory({ 'host-1': { stamp: stamp(ID_1, { layoutEpoch: 4 }) } });
    const error = refusal(() => judgeLayout(layout(), DATA, stale));
    expect(error.code).toBe(StorageErrorCode.DatabaseStale);
    expect(error.message).toContain(`${DATA}/host-1 is an older copy (layout epoch 4, the node is at 5)`);
  });

  it('a layout file older than its databases (more than one epoch behind): FLINT_LAYOUT_DATABASE_STALE naming the file', () => {
    const ahead = inventory({ 'host-0': { stamp: stamp(ID_0, { layoutEpoch: 7 }) } });
    const error = refusal(() => judgeLayout(layout(), DATA, ahead));
    expect(error.code).toBe(StorageErrorCode.DatabaseStale);
    expect(error.message).toContain(`${DATA}/node-layout.json is an older copy (epoch 5, but host-0 is at 7)`);
  });

  it('a group the layout places in a database that lacks it: FLINT_LAYOUT_GROUP_MISSING', () => {
    const error = refusal(() => judgeLayout(layout(), DATA, inventory({ 'host-0': { groupIds: [0] } })));
    expect(error.code).toBe(StorageErrorCode.GroupMissing);
    expect(error.message).toContain(`${DATA}/host-0 does not hold group 2`);
  });

  it('before proposing any repair: a stray copy next to a missing database is refused, not repaired', () => {
    const mixed = inventory({ 'host-0': null, 'host-1': { groupIds: [0, 1] } });
    expect(refusal(() => judgeLayout(layout(), DATA, mixed)).code).toBe(StorageErrorCode.DatabaseMissing);
  });
});

describe('judgeLayout repairs', () => {
  it('removes an unlisted database of this incarnation whose groups are all placed elsewhere (leftoverDatabases)', () => {
    const extra = inventory({
      'host-2': { stamp: stamp('00000000000000cc'), groupIds: [1] },
      'host-3': { stamp: stamp('00000000000000dd', { layoutEpoch: 1 }), groupIds: [] },
    });
    expect(judgeLayout(layout(), DATA, extra)).toEqual({
      leftoverDatabases: ['host-2', 'host-3'],
      strayCopies: [],
      adoptedGroups: [],
    });
  });

  it('removes an unlisted database with neither stamp nor groups: a crash between creating and stamping it', () => {
    const extra = inventory({ 'host-2': { stamp: undefined, groupIds: [] } });
    expect(judgeLayout(layout(), DATA, extra).leftoverDatabases).toEqual(['host-2']);
  });

  it('clears a copy of a group in a database the layout does not place it in (strayCopies)', () => {
    const stray = inventory({ 'host-1': { groupIds: [1, 2] } });
    expect(judgeLayout(layout(), DATA, stray)).toEqual({
      leftoverDatabases: [],
      strayCopies: [{ database: 'host-1', groupId: 2 }],
      adoptedGroups: [],
    });
  });

  it('records a group the layout does not name where it is (adoptedGroups)', () => {
    const created = inventory({ 'host-0': { groupIds: [0, 2, 10] }, 'host-1': { groupIds: [1, 11] } });
    expect(judgeLayout(layout(), DATA, created)).toEqual({
      leftoverDatabases: [],
      strayCopies: [],
      adoptedGroups: [
        { database: 'host-0', groupId: 10 },
        { database: 'host-1', groupId: 11 },
      ],
    });
  });
});

describe('adoptUnstampedDatabases (a FlintKV 0.1 directory)', () => {
  const fresh: NodeLayout = { ...layout(), epoch: 0, bootstrapped: false, databases: [], groups: {} };
  let next = 0;
  const newId = () => (++next).toString(16).padStart(16, '0');

  it('places every group where it is, gives every database an id, and marks the node bootstrapped', () => {
    const found: DatabaseInventory[] = [
      { name: 'host-0', stamp: undefined, groupIds: [0, 2] },
      { name: 'host-1', stamp: undefined, groupIds: [1, 3] },
      { name: 'host-2', stamp: undefined, groupIds: [] },
    ];
    const adopted = adoptUnstampedDatabases(fresh, DATA, found, newId);
    expect(adopted).toMatchObject({ incarnation: INCARNATION, epoch: 0, bootstrapped: true });
    expect(adopted.databases.map((database) => database.name)).toEqual(['host-0', 'host-1', 'host-2']);
    expect(new Set(adopted.databases.map((database) => database.id)).size).toBe(3);
    expect(adopted.groups).toEqual({ '0': 'host-0', '1': 'host-1', '2': 'host-0', '3': 'host-1' });
    expect(groupsPlacedIn(adopted, 'host-1')).toEqual([1, 3]);
  });

  it('refuses a group held by two databases: FLINT_LAYOUT_GROUP_DUPLICATE naming both', () => {
    const found: DatabaseInventory[] = [
      { name: 'host-0', stamp: undefined, groupIds: [0, 4] },
      { name: 'host-1', stamp: undefined, groupIds: [1, 4] },
    ];
    const error = refusal(() => adoptUnstampedDatabases(fresh, DATA, found, newId));
    expect(error.code).toBe(StorageErrorCode.GroupDuplicate);
    expect(error.message).toContain(`group 4 is held by both ${DATA}/host-0 and ${DATA}/host-1`);
  });

  it('resumes an adoption a crash interrupted: stamps at epoch 0 of one incarnation keep their incarnation and ids', () => {
    const found: DatabaseInventory[] = [
      { name: 'host-0', stamp: stamp(ID_0, { layoutEpoch: 0 }), groupIds: [0, 2] },
      { name: 'host-1', stamp: undefined, groupIds: [1] },
    ];
    const adopted = adoptUnstampedDatabases(fresh, DATA, found, newId);
    expect(adopted.incarnation).toBe(INCARNATION);
    expect(adopted.databases[0]).toEqual({ name: 'host-0', id: ID_0 });
    expect(adopted.groups).toEqual({ 0: 'host-0', 2: 'host-0', 1: 'host-1' });
  });

  it('refuses stamped databases without a layout file: FLINT_LAYOUT_MISSING naming the database', () => {
    const found: DatabaseInventory[] = [
      { name: 'host-0', stamp: undefined, groupIds: [0] },
      { name: 'host-1', stamp: stamp(ID_1), groupIds: [1] },
    ];
    const error = refusal(() => adoptUnstampedDatabases(fresh, DATA, found, newId));
    expect(error.code).toBe(StorageErrorCode.LayoutMissing);
    expect(error.message).toContain('node-layout.json is missing but host-1 belong to a node layout');
  });
});
