import { bootstrapRegions, type RegionDescriptor } from '@flintkv/pd';
import { confStateOfVoters } from '@flintkv/proto';
import type { NodeStore } from '@flintkv/storage';
import type { Logger } from 'pino';
import { type HostOptions, hostOfGroup } from '../host-protocol.js';
import type { ProposalStamp } from './group/stored-encoding.js';
import { encodeRegionDescriptor, REGION_DESCRIPTOR_KEY } from './kv/region-descriptor-record.js';
import { META_GROUP_ID } from './meta/meta-group.js';
import { encodeMetaEntry } from './log-entry-codec.js';

/**
 * The first start of a new cluster, alike on every node: the initial regions computed from
 * the options, the groups a host creates for them, and the meta group's bootstrap command.
 */

/** The initial regions every node computes alike from the options. */
export function initialRegions(options: HostOptions): RegionDescriptor[] {
  const { bootstrap, members } = options;
  return bootstrapRegions({
    ...(bootstrap.splitKeys !== undefined && bootstrap.splitKeys.length > 0
      ? { splitKeys: bootstrap.splitKeys }
      : { regionCount: bootstrap.regionCount }),
    nodeIds: members.map((member) => member.nodeId),
    ...(bootstrap.replicas === undefined ? {} : { replicas: bootstrap.replicas }),
  });
}

/** The meta group's bootstrap entry: members and initial regions, proposed by its first leader. */
export function metaBootstrapEntry(options: HostOptions, stamp: ProposalStamp): Uint8Array {
  const regions = initialRegions(options);
  return encodeMetaEntry({
    stamp,
    command: {
      type: 'bootstrap',
      clusterId: numericClusterId(options.clusterId),
      members: options.members.map((member) => ({ ...member })),
      regions,
      // Every initial region has the same replicas count (round robin over the members).
      replicationFactor: regions[0]!.peers.length,
    },
  });
}

/**
 * First start of a new node: records the initial configuration of every group this host
 * owns, alike on every node. A crash before the node records its bootstrap in its layout
 * starts the whole bootstrap over (`../data-directory/prepare-data-directory.ts`).
 */
export async function createInitialGroups(store: NodeStore, options: HostOptions, log: Logger): Promise<void> {
  const owned = (groupId: number) => hostOfGroup(groupId, options.hostCount) === options.hostIndex;
  const regions = initialRegions(options).filter((region) => owned(region.id) && region.peers.includes(options.nodeId));
  const describe = store.beginTurn();
  for (const region of regions) describe.putKv(region.id, REGION_DESCRIPTOR_KEY, encodeRegionDescriptor(region));
  await describe.commit();
  const memberIds = options.members.map((member) => member.nodeId).sort((a, b) => a - b);
  if (owned(META_GROUP_ID) && memberIds.includes(options.nodeId)) {
    await store.openGroup(META_GROUP_ID, { confState: confStateOfVoters(memberIds) });
  }
  for (const region of regions) await store.openGroup(region.id, { confState: confStateOfVoters(region.peers) });
  log.info({ regions: regions.map((region) => region.id) }, 'bootstrapped initial groups');
}

/** The meta state's numeric cluster id (the node's cluster id is a decimal string of it). */
function numericClusterId(clusterId: string): number {
  const numeric = Number(clusterId);
  if (Number.isSafeInteger(numeric) && numeric > 0) return numeric;
  let hash = 0;
  for (const character of clusterId) hash = (hash * 31 + character.charCodeAt(0)) % 0x7fff_ffff;
  return hash || 1;
}
