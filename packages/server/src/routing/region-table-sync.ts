import { isEpochStale, type RegionDescriptor, regionsOverlap } from '@flintkv/pd';
import { compareBytes } from '@flintkv/proto';

/**
 * Keeps the meta group's region table up to date with splits, merges and membership changes.
 * Each is a command of the region's own Raft group; the table learns of it from the nodes'
 * replicas (as TiKV's region heartbeats tell PD): every node proposes its local descriptors
 * newer than the table — a region need not have a replica on the meta leader's node
 * (`--replicas` below the member count). The meta group refuses a descriptor no newer than its
 * table's, so the same change reported by several nodes lands once.
 */

/**
 * The descriptors among `local` that the table lacks or holds older (by epoch), in key order.
 *
 * @example
 * ```ts
 * const updates = regionUpdates(metaReport.regionTable ?? [], reports.flatMap((report) => report.region ?? []));
 * if (updates.length > 0) post({ type: 'region-updates', regions: updates });
 * ```
 */
export function regionUpdates(
  table: readonly RegionDescriptor[],
  local: readonly RegionDescriptor[],
): RegionDescriptor[] {
  const byId = new Map(table.map((region) => [region.id, region]));
  const newest = new Map<number, RegionDescriptor>();
  // A replica another local region absorbed (a merge) is gone from the key space: not an update.
  const absorbed = new Set(mergedReplicas(local).map(({ region }) => region.id));
  for (const region of local) {
    if (absorbed.has(region.id)) continue;
    const known = newest.get(region.id);
    if (known === undefined || isEpochStale(known.epoch, region.epoch)) newest.set(region.id, region);
  }
  const updates: RegionDescriptor[] = [];
  for (const region of newest.values()) {
    const stored = byId.get(region.id);
    if (stored === undefined || isNewer(region, stored)) updates.push(region);
  }
  return updates.sort((a, b) => compareBytes(a.startKey, b.startKey));
}

/**
 * The regions the table places on node `nodeId` that it holds no replica of, and that no
 * region it holds overlaps. A replica still covering the range has not applied the split yet
 * and creates the new region itself when it does; once no replica overlaps, the node missed
 * the split (it installed a snapshot of the parent taken after it), and only an empty replica,
 * caught up by a snapshot from the region's leader, brings the region back to full strength.
 *
 * @example
 * ```ts
 * for (const region of missingReplicas(table, localRegions, nodeId)) post({ type: 'create-replica', groupId: region.id });
 * ```
 */
export function missingReplicas(
  table: readonly RegionDescriptor[],
  local: readonly RegionDescriptor[],
  heldGroupIds: ReadonlySet<number>,
  nodeId: number,
): RegionDescriptor[] {
  return table.filter(
    (region) =>
      region.peers.includes(nodeId) &&
      !heldGroupIds.has(region.id) &&
      !local.some((held) => regionsOverlap(held, region)),
  );
}

/**
 * The local replicas whose range another local region covers with a newer version: that region
 * absorbed them by a merge (`../worker/kv/region-merge.ts`), and they are to be removed. A split
 * never makes this shape — each half covers only part of its parent — so a lagging replica of a
 * parent is never taken for a merged one.
 *
 * @example
 * ```ts
 * for (const { region, mergedInto } of mergedReplicas(localRegions)) post({ type: 'remove-replica', groupId: region.id, mergedInto });
 * ```
 */
export function mergedReplicas(
  local: readonly RegionDescriptor[],
): { region: RegionDescriptor; mergedInto: RegionDescriptor }[] {
  // A sweep in key order: a region is covered only by one that starts at or before it and has
  // not ended by its start, so only those stay in `open` (usually one: the ranges tile).
  const sorted = [...local].sort((a, b) => compareBytes(a.startKey, b.startKey));
  const merged: { region: RegionDescriptor; mergedInto: RegionDescriptor }[] = [];
  // Region upkeep runs this over every local region several times a second: no array per step.
  const open: RegionDescriptor[] = [];
  for (let first = 0; first < sorted.length; ) {
    const start = sorted[first]!.startKey;
    let end = first;
    while (end < sorted.length && compareBytes(sorted[end]!.startKey, start) === 0) end++;
    let kept = 0;
    for (const region of open) {
      if (region.endKey.byteLength === 0 || compareBytes(region.endKey, start) > 0) open[kept++] = region;
    }
    open.length = kept;
    for (let index = first; index < end; index++) open.push(sorted[index]!);
    for (let index = first; index < end; index++) {
      const region = sorted[index]!;
      const mergedInto = open.find(
        (other) => other.id !== region.id && other.epoch.version > region.epoch.version && covers(other, region),
      );
      if (mergedInto !== undefined) merged.push({ region, mergedInto });
    }
    first = end;
  }
  return merged;
}

/**
 * The local replicas of regions that no longer exist: the table lists no region of their id
 * but a newer region over their range. Such a replica missed its region's merge (it was down
 * while its region froze and was absorbed), so no replica of its region is left to catch it up;
 * it is removed, and the region that took its range gets a replica here as any missing one.
 * A split's new region is never taken for one: whatever the table lists over its range is its
 * parent, older than it.
 *
 * @example
 * ```ts
 * for (const { region, mergedInto } of deadReplicas(table, localRegions)) post({ type: 'remove-replica', groupId: region.id, mergedInto });
 * ```
 */
export function deadReplicas(
  table: readonly RegionDescriptor[],
  local: readonly RegionDescriptor[],
): { region: RegionDescriptor; mergedInto: RegionDescriptor }[] {
  if (table.length === 0) return [];
  const listed = new Set(table.map((region) => region.id));
  const dead: { region: RegionDescriptor; mergedInto: RegionDescriptor }[] = [];
  for (const region of local) {
    if (listed.has(region.id)) continue;
    const mergedInto = table.find(
      (other) => other.epoch.version > region.epoch.version && regionsOverlap(other, region),
    );
    if (mergedInto !== undefined) dead.push({ region, mergedInto });
  }
  return dead;
}

/**
 * The local replicas a membership change removed from their region: the table lists the region
 * without node `nodeId` at a later membership than the replica's (a removed replica often never
 * learns that the change committed: the leader stops sending to it), or at the same one when
 * the replica applied the change itself. A replica the table lists again (added back) is kept;
 * so is one whose region the table does not know yet.
 *
 * @example
 * ```ts
 * for (const region of removedReplicas(table, localRegions, nodeId)) post({ type: 'remove-replica', groupId: region.id });
 * ```
 */
export function removedReplicas(
  table: readonly RegionDescriptor[],
  local: readonly RegionDescriptor[],
  nodeId: number,
): RegionDescriptor[] {
  const byId = new Map(table.map((region) => [region.id, region]));
  return local.filter((region) => {
    const listed = byId.get(region.id);
    if (listed === undefined || listed.peers.includes(nodeId)) return false;
    const { confVersion } = region.epoch;
    return (
      listed.epoch.confVersion > confVersion ||
      (listed.epoch.confVersion === confVersion && !region.peers.includes(nodeId))
    );
  });
}

/** Whether `outer`'s range holds all of `inner`'s (an empty end is +infinity). */
function covers(outer: RegionDescriptor, inner: RegionDescriptor): boolean {
  if (compareBytes(outer.startKey, inner.startKey) > 0) return false;
  if (outer.endKey.byteLength === 0) return true;
  return inner.endKey.byteLength > 0 && compareBytes(inner.endKey, outer.endKey) <= 0;
}

function isNewer(candidate: RegionDescriptor, stored: RegionDescriptor): boolean {
  return (
    !isEpochStale(candidate.epoch, stored.epoch) &&
    (candidate.epoch.version > stored.epoch.version || candidate.epoch.confVersion > stored.epoch.confVersion)
  );
}
