/**
 * Every setting of a node, defined once: its flag (`--split-size`), its environment variable
 * (`FLINT_SPLIT_SIZE`), its YAML key (`split-size` or `splitSize`), its help and its default. The
 * `flint server` command, `node-main.ts`, the config resolution and `docs/configuration.md` are
 * all made from this list.
 */

/** The part of the guide a setting belongs to. */
export type SettingSection = 'node' | 'cluster' | 'regions' | 'raft' | 'snapshots' | 'limits' | 'security' | 'logs';

/** One setting. */
export interface SettingDefinition {
  /** camelCase: the key of `ServerFlags` and of the config file. */
  readonly name: string;
  /** The value's placeholder in help (`<size>`); absent for a switch, which takes no value. */
  readonly value?: string;
  readonly section: SettingSection;
  readonly description: string;
  /** The default as help shows it; absent when there is none (required, or off). */
  readonly defaultText?: string;
}

const DEFINITIONS = [
  { name: 'id', value: '<id>', section: 'node', description: 'this node id (a member of --cluster)' },
  { name: 'data', value: '<dir>', section: 'node', description: 'data directory' },
  {
    name: 'peer',
    value: '<host:port>',
    section: 'node',
    description: 'listen address for peers',
    defaultText: "this node's --cluster entry",
  },
  {
    name: 'client',
    value: '<host:port>',
    section: 'node',
    description: 'listen address for clients',
    defaultText: "this node's client address",
  },
  {
    name: 'cluster',
    value: '<members>',
    section: 'cluster',
    description: 'all members: id=peerHost:port[/clientHost:port],... (client port defaults to peer port + 100)',
  },
  {
    name: 'join',
    value: '<host:port,...>',
    section: 'cluster',
    description:
      "join a running cluster through any member's client address (instead of --cluster; needs --peer and --client)",
  },
  {
    name: 'clusterId',
    value: '<n>',
    section: 'cluster',
    description: 'cluster id',
    defaultText: 'a hash of the sorted member list; with --join, any',
  },
  {
    name: 'regions',
    value: '<n>',
    section: 'regions',
    description: 'initial region count of a fresh cluster',
    defaultText: '8',
  },
  {
    name: 'replicas',
    value: '<n>',
    section: 'cluster',
    description: 'replicas of each region of a fresh cluster, placed round robin: odd, at most the members',
    defaultText: 'min(3, members)',
  },
  {
    name: 'splitKeys',
    value: '<keys>',
    section: 'regions',
    description: 'initial split keys, comma-separated (text, or 0x-prefixed hex)',
  },
  {
    name: 'workers',
    value: '<n>',
    section: 'node',
    description: 'group host threads',
    defaultText: 'min(regions + 1, 4, cores), at least 2',
  },
  {
    name: 'metrics',
    value: '<host:port>',
    section: 'node',
    description: 'serve Prometheus /metrics and /health on this address',
  },
  {
    name: 'logLevel',
    value: '<level>',
    section: 'logs',
    description: 'trace, debug, info, warn, error, fatal or silent',
    defaultText: 'info',
  },
  {
    name: 'splitSize',
    value: '<size>',
    section: 'regions',
    description: 'a region splits when its data passes this size, e.g. 96MiB; 0 = never',
    defaultText: '96MiB',
  },
  {
    name: 'splitKeyCount',
    value: '<count>',
    section: 'regions',
    description: 'a region splits when it holds this many keys; 0 = never',
    defaultText: '960000',
  },
  {
    name: 'splitLoad',
    value: '<ops>',
    section: 'regions',
    description: 'a region splits when reads+writes per second stay at or above this for 10 s; 0 = never',
    defaultText: '200',
  },
  {
    name: 'mergeSize',
    value: '<size>',
    section: 'regions',
    description: 'a region merges into the next one when both hold less than this, e.g. 1MiB; 0 = never',
    defaultText: '4MiB, the most',
  },
  {
    name: 'mergeLoad',
    value: '<ops>',
    section: 'regions',
    description: 'and both serve fewer reads+writes per second than this',
    defaultText: '20',
  },
  {
    name: 'mergeCooldown',
    value: '<seconds>',
    section: 'regions',
    description: 'and have for this long, unsplit',
    defaultText: '60',
  },
  {
    name: 'stopHandoff',
    value: '<ms>',
    section: 'node',
    description: 'on SIGTERM, hand leaderships to other replicas for up to this long before stopping; 0 = none',
    defaultText: '1000',
  },
  {
    name: 'quiesceAfter',
    value: '<seconds>',
    section: 'raft',
    description: 'an idle region stops ticking and heartbeating after this long without work; 0 = never',
    defaultText: '2',
  },
  {
    name: 'tickInterval',
    value: '<ms>',
    section: 'raft',
    description: 'Raft tick: every timeout below counts in ticks of this length',
    defaultText: '100',
  },
  {
    name: 'electionTicks',
    value: '<n>',
    section: 'raft',
    description: 'a follower campaigns after a random 1 to 2 times this many ticks without a leader',
    defaultText: '10',
  },
  {
    name: 'heartbeatTicks',
    value: '<n>',
    section: 'raft',
    description: 'a leader heartbeats every this many ticks (less than --election-ticks)',
    defaultText: '2',
  },
  {
    name: 'compactionEntries',
    value: '<n>',
    section: 'raft',
    description: "a region's Raft log is compacted once it holds more entries than this",
    defaultText: '10000',
  },
  {
    name: 'compactionBytes',
    value: '<size>',
    section: 'raft',
    description: 'or more bytes than this, e.g. 64MiB',
    defaultText: '64MiB',
  },
  {
    name: 'replaceDownAfter',
    value: '<seconds>',
    section: 'cluster',
    description: "re-create a region's replica elsewhere when its node is unreachable this long; 0 = never",
    defaultText: '300',
  },
  {
    name: 'placementChanges',
    value: '<n>',
    section: 'cluster',
    description:
      'replica changes (add, promote, remove) each node starts per 2 s for regions it leads: a rebalance throttle',
    defaultText: '1',
  },
  {
    name: 'snapshotChunkBytes',
    value: '<size>',
    section: 'snapshots',
    description: 'snapshot stream chunk size, e.g. 1MiB',
    defaultText: '1MiB',
  },
  {
    name: 'snapshotWindowBytes',
    value: '<size>',
    section: 'snapshots',
    description: 'unacknowledged snapshot bytes per transfer',
    defaultText: '4MiB',
  },
  {
    name: 'snapshotConcurrency',
    value: '<n>',
    section: 'snapshots',
    description: 'snapshots a host thread sends, and receives, at once',
    defaultText: '2',
  },
  {
    name: 'maxFrameBytes',
    value: '<size>',
    section: 'limits',
    description: "largest frame on either port; a bigger one closes its connection (clients' maxFrameBytes must match)",
    defaultText: '16MiB',
  },
  {
    name: 'peerSendQueueBytes',
    value: '<size>',
    section: 'limits',
    description: 'bytes queued for one peer; past it the oldest Raft messages are dropped (Raft sends them again)',
    defaultText: '64MiB',
  },
  {
    name: 'peerTlsCert',
    value: '<file>',
    section: 'security',
    description: "this node's certificate for the peer port (mutual TLS; names flint://node/<id>)",
  },
  { name: 'peerTlsKey', value: '<file>', section: 'security', description: "the peer certificate's key" },
  {
    name: 'peerTlsCa',
    value: '<file>',
    section: 'security',
    description: 'the cluster CA: peers must present certificates it signed',
  },
  {
    name: 'tlsCert',
    value: '<file>',
    section: 'security',
    description: 'serve the client port over TLS with this certificate',
  },
  { name: 'tlsKey', value: '<file>', section: 'security', description: "the client port certificate's key" },
  {
    name: 'tlsCa',
    value: '<file>',
    section: 'security',
    description: 'CA of client certificates (with --client-cert-auth)',
  },
  {
    name: 'clientCertAuth',
    section: 'security',
    description: 'clients must present a certificate signed by --tls-ca',
  },
  {
    name: 'metricsTls',
    section: 'security',
    description: 'serve --metrics over HTTPS with the client port certificate',
  },
  {
    name: 'authSessionTtl',
    value: '<seconds>',
    section: 'security',
    description: 'with authentication on, a connection authenticates again after this long',
    defaultText: '3600',
  },
] as const satisfies readonly SettingDefinition[];

/** A setting's camelCase name. */
export type SettingName = (typeof DEFINITIONS)[number]['name'];

/** Every setting, in the order help lists them. */
export const SETTINGS: readonly (SettingDefinition & { readonly name: SettingName })[] = DEFINITIONS;

/** The `--flag` spelling of a setting. */
export function flagOf(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The environment variable of a setting: `splitSize` → `FLINT_SPLIT_SIZE`. */
export function environmentVariableOf(name: string): string {
  return `FLINT_${name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;
}

/** Whether a setting is a switch (given alone, it takes no value). */
export function isSwitch(setting: SettingDefinition): boolean {
  return setting.value === undefined;
}

/** The help line of a setting: its description and default. */
export function helpOf(setting: SettingDefinition): string {
  return setting.defaultText === undefined
    ? setting.description
    : `${setting.description} (default ${setting.defaultText})`;
}
