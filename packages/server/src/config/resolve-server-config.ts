import { MAX_MERGE_SOURCE_BYTES } from '../worker/kv/merge-driver.js';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { clusterIdOf } from './cluster-id.js';
import { environmentVariableOf, flagOf, isSwitch, SETTINGS, type SettingName } from './settings.js';
import { ConfigError } from './config-error.js';
import {
  formatHostAndPort,
  parseHostAndPort,
  parseByteSize,
  parseInteger,
  parseMembers,
  parseNodeId,
  parseSplitKeys,
} from './parse-values.js';
import {
  defaultReplicaCount,
  defaultWorkerCount,
  LOG_LEVELS,
  type LogLevel,
  type RaftTiming,
  SERVER_DEFAULTS,
  type ServerConfig,
  type TransportSecurityConfig,
} from './server-config.js';

/**
 * Options of `flint server` by camelCase name (commander's and the config file's): strings, and
 * `true` for a switch given on the command line. Every name is a setting of `settings.ts`.
 */
export type ServerFlags = Partial<Record<SettingName, string | boolean>>;

/** Every setting's name: what flags, the environment, the config file and `node-main.ts` accept. */
export const FLAG_NAMES: readonly SettingName[] = SETTINGS.map((setting) => setting.name);
type FlagName = SettingName;

/** The flags among {@link FLAG_NAMES} that are switches: given alone, they take no value. */
export const SWITCH_FLAG_NAMES: readonly FlagName[] = SETTINGS.filter(isSwitch).map((setting) => setting.name);

/** A value as read: flags give strings; a config file may give lists. */
type RawValue = string | string[];

export { flagOf };

/** Maps `split-keys` and `splitKeys` alike to the flag name. */
function flagNameOfKey(key: string): FlagName | undefined {
  const camel = key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return (FLAG_NAMES as readonly string[]).includes(camel) ? (camel as FlagName) : undefined;
}

function scalarText(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ConfigError('FLINT_CONFIG_INVALID', `config file: '${key}' must be a string or a number.`);
}

/** Reads the YAML config file into raw values keyed by flag name. */
function readConfigFile(fileContents: string): Partial<Record<FlagName, RawValue>> {
  let document: unknown;
  try {
    document = parseYaml(fileContents);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ConfigError('FLINT_CONFIG_INVALID', `config file: not valid YAML (${reason}).`);
  }
  if (document === null || document === undefined) return {};
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new ConfigError('FLINT_CONFIG_INVALID', 'config file: expected a mapping of option names to values.');
  }
  const values: Partial<Record<FlagName, RawValue>> = {};
  for (const [key, value] of Object.entries(document)) {
    const name = flagNameOfKey(key);
    if (name === undefined) {
      throw new ConfigError(
        'FLINT_CONFIG_UNKNOWN_KEY',
        `config file: unknown key '${key}' (known: ${FLAG_NAMES.map(flagOf).join(', ')}).`,
      );
    }
    if (Array.isArray(value)) {
      values[name] = value.map((item) => scalarText(key, item));
    } else if (name === 'cluster' && value !== null && typeof value === 'object') {
      // `cluster: { 1: 127.0.0.1:7101, 2: ... }`
      values[name] = Object.entries(value).map(([id, address]) => `${id}=${scalarText(key, address)}`);
    } else {
      values[name] = scalarText(key, value);
    }
  }
  return values;
}

function listOf(value: RawValue): string[] {
  return Array.isArray(value) ? value : value.split(',').filter((entry) => entry.trim().length > 0);
}

function textOf(name: FlagName, value: RawValue): string {
  if (Array.isArray(value)) {
    throw new ConfigError('FLINT_CONFIG_INVALID', `--${flagOf(name)}: expected a single value, got a list.`);
  }
  return value.trim();
}

/**
 * Validates `flint server` options (`settings.ts`). A flag overrides its `FLINT_*` environment
 * variable (`environment`: `FLINT_SPLIT_SIZE` for `--split-size`), which overrides the YAML config
 * file (`fileContents`, keys spelled like the flags: `split-keys` or `splitKeys`), which overrides
 * the default. Relative paths resolve against `workingDirectory`. Pure apart from path resolution.
 *
 * `--peer` and `--client` default to this node's addresses in `--cluster`; when given (e.g.
 * `0.0.0.0:7101` to listen on every interface) their port must match the member entry.
 *
 * @throws ConfigError with a one-line message naming the flag (or, for a value from the
 *   environment, the variable: `FLINT_CONFIG_ENVIRONMENT`).
 * @example
 * const config = resolveServerConfig({ id: '1', data: 'data/n1', cluster: '1=127.0.0.1:7101' }, undefined, process.cwd(), process.env);
 */
export function resolveServerConfig(
  flags: ServerFlags,
  fileContents?: string,
  workingDirectory: string = process.cwd(),
  environment: Readonly<Record<string, string | undefined>> = {},
): ServerConfig {
  const raw: Partial<Record<FlagName, RawValue>> = fileContents === undefined ? {} : readConfigFile(fileContents);
  /** Settings whose value came from the environment, so that a refusal names the variable. */
  const fromEnvironment = new Set<FlagName>();
  for (const name of FLAG_NAMES) {
    const value = environment[environmentVariableOf(name)];
    if (value === undefined) continue;
    raw[name] = value;
    fromEnvironment.add(name);
  }
  for (const name of FLAG_NAMES) {
    const value = flags[name];
    if (value === undefined) continue;
    raw[name] = typeof value === 'boolean' ? String(value) : value;
    fromEnvironment.delete(name);
  }
  try {
    return resolveRaw(raw, workingDirectory);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const named = [...fromEnvironment].find((name) => error.message.startsWith(`--${flagOf(name)}`));
    if (named === undefined) throw error;
    throw new ConfigError(
      'FLINT_CONFIG_ENVIRONMENT',
      `${environmentVariableOf(named)}: ${error.message.slice(`--${flagOf(named)}`.length).replace(/^:\s*/, '')}`,
    );
  }
}

/** {@link resolveServerConfig} once flags, environment and file are merged. */
function resolveRaw(raw: Partial<Record<FlagName, RawValue>>, workingDirectory: string): ServerConfig {
  const required = (name: FlagName): RawValue => {
    const value = raw[name];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      throw new ConfigError('FLINT_CONFIG_MISSING', `--${flagOf(name)} is required.`);
    }
    return value;
  };
  const text = (name: FlagName): string | undefined => {
    const value = raw[name];
    return value === undefined ? undefined : textOf(name, value);
  };

  const nodeId = parseNodeId('id', textOf('id', required('id')));
  const dataDirectory = resolve(workingDirectory, textOf('data', required('data')));
  const joinValue = raw.join;
  const membership =
    joinValue === undefined
      ? bootstrapMembership(nodeId, text, required)
      : joiningMembership(nodeId, listOf(joinValue), text);
  const { members, peerListen, clientListen, replicas, join } = membership;

  const clusterIdText = text('clusterId');
  const clusterId =
    clusterIdText === undefined
      ? join === undefined
        ? clusterIdOf(members, replicas)
        : 0
      : parseInteger('cluster-id', clusterIdText, 1, Number.MAX_SAFE_INTEGER);

  const splitKeysValue = raw.splitKeys;
  const splitKeys = splitKeysValue === undefined ? undefined : parseSplitKeys('split-keys', listOf(splitKeysValue));
  const regionsText = text('regions');
  let regionCount: number = SERVER_DEFAULTS.regionCount;
  if (regionsText !== undefined) {
    regionCount = parseInteger('regions', regionsText, 1, 65_536);
    if (splitKeys !== undefined && splitKeys.length + 1 !== regionCount) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        `--regions ${regionCount} disagrees with --split-keys (${splitKeys.length} keys make ${splitKeys.length + 1} regions); give one of them.`,
      );
    }
  } else if (splitKeys !== undefined) {
    regionCount = splitKeys.length + 1;
  }

  const workersText = text('workers');
  const workers =
    workersText === undefined ? defaultWorkerCount(regionCount) : parseInteger('workers', workersText, 1, 64);

  const metricsText = text('metrics');
  const metricsListen = metricsText === undefined ? undefined : parseHostAndPort('metrics', metricsText);

  const logLevelText = text('logLevel') ?? SERVER_DEFAULTS.logLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(logLevelText)) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      `--log-level: invalid value '${logLevelText}', expected one of ${LOG_LEVELS.join(', ')}.`,
    );
  }

  const defaults = SERVER_DEFAULTS.snapshot;
  const chunkText = text('snapshotChunkBytes');
  const windowText = text('snapshotWindowBytes');
  const concurrencyText = text('snapshotConcurrency');
  const snapshot = {
    chunkBytes:
      chunkText === undefined
        ? defaults.chunkBytes
        : parseByteSize('snapshot-chunk-bytes', chunkText, 1024, 8 * 1024 ** 2),
    windowBytes:
      windowText === undefined
        ? defaults.windowBytes
        : parseByteSize('snapshot-window-bytes', windowText, 1024, 1024 ** 3),
    concurrency:
      concurrencyText === undefined
        ? defaults.concurrency
        : parseInteger('snapshot-concurrency', concurrencyText, 1, 64),
  };
  if (snapshot.windowBytes < snapshot.chunkBytes) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      `--snapshot-window-bytes (${snapshot.windowBytes}) must be at least --snapshot-chunk-bytes (${snapshot.chunkBytes}).`,
    );
  }

  const splitDefaults = SERVER_DEFAULTS.split;
  const splitSizeText = text('splitSize');
  const splitKeyCountText = text('splitKeyCount');
  const splitLoadText = text('splitLoad');
  const split = {
    sizeBytes:
      splitSizeText === undefined
        ? splitDefaults.sizeBytes
        : splitSizeText === '0'
          ? 0
          : parseByteSize('split-size', splitSizeText, 64 * 1024, 64 * 1024 ** 3),
    keyCount:
      splitKeyCountText === undefined
        ? splitDefaults.keyCount
        : parseInteger('split-key-count', splitKeyCountText, 0, 1_000_000_000),
    loadPerSecond:
      splitLoadText === undefined
        ? splitDefaults.loadPerSecond
        : parseInteger('split-load', splitLoadText, 0, 10_000_000),
    loadWindowSeconds: splitDefaults.loadWindowSeconds,
  };

  const mergeDefaults = SERVER_DEFAULTS.merge;
  const mergeSizeText = text('mergeSize');
  const mergeLoadText = text('mergeLoad');
  const mergeCooldownText = text('mergeCooldown');
  const merge = {
    ...mergeDefaults,
    mergeSizeBytes:
      mergeSizeText === undefined
        ? mergeDefaults.mergeSizeBytes
        : mergeSizeText === '0'
          ? 0
          : parseByteSize('merge-size', mergeSizeText, 1, MAX_MERGE_SOURCE_BYTES),
    mergeLoadPerSecond:
      mergeLoadText === undefined
        ? mergeDefaults.mergeLoadPerSecond
        : parseInteger('merge-load', mergeLoadText, 0, 10_000_000),
    mergeCooldownSeconds:
      mergeCooldownText === undefined
        ? mergeDefaults.mergeCooldownSeconds
        : parseInteger('merge-cooldown', mergeCooldownText, 1, 86_400),
  };

  const stopHandoffText = text('stopHandoff');
  const stopHandoffMs =
    stopHandoffText === undefined
      ? SERVER_DEFAULTS.stopHandoffMs
      : parseInteger('stop-handoff', stopHandoffText, 0, 60_000);

  const raft = raftTimingOf(text);
  const compactionEntriesText = text('compactionEntries');
  const compactionBytesText = text('compactionBytes');
  const compaction = {
    maxLogEntries:
      compactionEntriesText === undefined
        ? SERVER_DEFAULTS.compaction.maxLogEntries
        : parseInteger('compaction-entries', compactionEntriesText, 100, 100_000_000),
    maxLogBytes:
      compactionBytesText === undefined
        ? SERVER_DEFAULTS.compaction.maxLogBytes
        : parseByteSize('compaction-bytes', compactionBytesText, 1024 * 1024, 64 * 1024 ** 3),
  };
  const maxFrameBytesText = text('maxFrameBytes');
  const maxFrameBytes =
    maxFrameBytesText === undefined
      ? SERVER_DEFAULTS.maxFrameBytes
      : parseByteSize('max-frame-bytes', maxFrameBytesText, 64 * 1024, 1024 ** 3);
  const peerSendQueueText = text('peerSendQueueBytes');
  const peerSendQueueBytes =
    peerSendQueueText === undefined
      ? SERVER_DEFAULTS.peerSendQueueBytes
      : parseByteSize('peer-send-queue-bytes', peerSendQueueText, 1024 * 1024, 16 * 1024 ** 3);
  if (peerSendQueueBytes < maxFrameBytes) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      `--peer-send-queue-bytes (${peerSendQueueBytes}) must hold at least one frame of --max-frame-bytes (${maxFrameBytes}).`,
    );
  }

  const replaceDownAfterText = text('replaceDownAfter');
  const replaceDownAfterMs =
    replaceDownAfterText === undefined
      ? SERVER_DEFAULTS.replaceDownAfterMs
      : parseInteger('replace-down-after', replaceDownAfterText, 0, 86_400 * 30) * 1000;
  const placementChangesText = text('placementChanges');
  const placementChangesPerRound =
    placementChangesText === undefined
      ? SERVER_DEFAULTS.placementChangesPerRound
      : parseInteger('placement-changes', placementChangesText, 1, 64);

  const path = (name: FlagName): string | undefined => {
    const value = text(name);
    return value === undefined ? undefined : resolve(workingDirectory, value);
  };
  const security = transportSecurity(path, (name) => parseSwitch(name, text(name)));
  if (security.metrics && metricsListen === undefined) {
    throw new ConfigError('FLINT_CONFIG_INVALID', '--metrics-tls: give --metrics too (the address it secures).');
  }

  const config: ServerConfig = {
    nodeId,
    dataDirectory,
    peerListen,
    clientListen,
    members,
    clusterId,
    regionCount,
    replicas,
    workers,
    logLevel: logLevelText as LogLevel,
    security,
    authSessionTtlMs: authSessionTtlMsOf(text('authSessionTtl')),
    raft,
    compaction,
    maxFrameBytes,
    peerSendQueueBytes,
    snapshot,
    split,
    merge,
    stopHandoffMs,
    replaceDownAfterMs,
    placementChangesPerRound,
  };
  if (splitKeys !== undefined) config.splitKeys = splitKeys;
  if (metricsListen !== undefined) config.metricsListen = metricsListen;
  if (join !== undefined) config.join = join;
  return config;
}

/**
 * Raft timing from `--tick-interval`, `--election-ticks`, `--heartbeat-ticks` and
 * `--quiesce-after` (seconds, turned into ticks of the chosen interval).
 */
function raftTimingOf(text: (name: FlagName) => string | undefined): RaftTiming {
  const raft: RaftTiming = { ...SERVER_DEFAULTS.raft };
  const tickText = text('tickInterval');
  if (tickText !== undefined) raft.tickIntervalMs = parseInteger('tick-interval', tickText, 10, 10_000);
  const electionText = text('electionTicks');
  if (electionText !== undefined) raft.electionTicks = parseInteger('election-ticks', electionText, 3, 1_000);
  const heartbeatText = text('heartbeatTicks');
  if (heartbeatText !== undefined) raft.heartbeatTicks = parseInteger('heartbeat-ticks', heartbeatText, 1, 1_000);
  if (raft.heartbeatTicks >= raft.electionTicks) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      `--heartbeat-ticks (${raft.heartbeatTicks}) must be less than --election-ticks (${raft.electionTicks}): a leader heartbeats before followers time out.`,
    );
  }
  const quiesceAfterText = text('quiesceAfter');
  const quiesceSeconds =
    quiesceAfterText === undefined
      ? (SERVER_DEFAULTS.raft.quiesceTicks * SERVER_DEFAULTS.raft.tickIntervalMs) / 1000
      : parseInteger('quiesce-after', quiesceAfterText, 0, 3_600);
  raft.quiesceTicks = Math.ceil((quiesceSeconds * 1000) / raft.tickIntervalMs);
  return raft;
}

/** `--auth-session-ttl` in seconds (1 s to 30 days), in milliseconds. */
function authSessionTtlMsOf(value: string | undefined): number {
  if (value === undefined) return SERVER_DEFAULTS.authSessionTtlMs;
  return parseInteger('auth-session-ttl', value, 1, 30 * 86_400) * 1000;
}

/** A switch flag: absent or `false` is off, `true` is on. */
function parseSwitch(name: FlagName, value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigError('FLINT_CONFIG_INVALID', `--${flagOf(name)}: expected true or false, got '${value}'.`);
}

/**
 * The TLS flags, checked for completeness (files are read when the node starts): the peer port
 * needs all three of its files — mutual TLS has no half — and the client port a certificate and
 * key, plus a CA when it checks client certificates.
 */
function transportSecurity(
  path: (name: FlagName) => string | undefined,
  switchOn: (name: FlagName) => boolean,
): TransportSecurityConfig {
  const security: TransportSecurityConfig = { metrics: switchOn('metricsTls') };
  const peerFiles = { certFile: path('peerTlsCert'), keyFile: path('peerTlsKey'), caFile: path('peerTlsCa') };
  const peerGiven = Object.values(peerFiles).filter((file) => file !== undefined).length;
  if (peerGiven > 0) {
    if (peerFiles.certFile === undefined || peerFiles.keyFile === undefined || peerFiles.caFile === undefined) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        '--peer-tls-cert, --peer-tls-key and --peer-tls-ca go together: the peer port runs mutual TLS with the cluster CA.',
      );
    }
    security.peer = { certFile: peerFiles.certFile, keyFile: peerFiles.keyFile, caFile: peerFiles.caFile };
  }
  const certFile = path('tlsCert');
  const keyFile = path('tlsKey');
  const caFile = path('tlsCa');
  const clientCertAuth = switchOn('clientCertAuth');
  if (certFile === undefined || keyFile === undefined) {
    if (certFile !== undefined || keyFile !== undefined || caFile !== undefined || clientCertAuth) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        '--tls-cert and --tls-key go together, and --tls-ca and --client-cert-auth need them.',
      );
    }
    if (security.metrics) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        '--metrics-tls serves the client certificate: give --tls-cert and --tls-key.',
      );
    }
    return security;
  }
  if (clientCertAuth && caFile === undefined) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      '--client-cert-auth: give --tls-ca, the CA that signs client certificates.',
    );
  }
  security.client = { certFile, keyFile, clientCertAuth };
  if (caFile !== undefined) security.client.caFile = caFile;
  return security;
}

/** Who the node is among its cluster's members, where it listens, and how it finds them. */
interface Membership {
  members: ServerConfig['members'];
  peerListen: ServerConfig['peerListen'];
  clientListen: ServerConfig['clientListen'];
  replicas: number;
  join?: ServerConfig['join'];
}

/**
 * A node of a new cluster (`--cluster`): every member is listed; `--peer` and `--client`
 * default to this node's entry and, when given (e.g. `0.0.0.0:7101` to listen on every
 * interface), keep its port.
 */
function bootstrapMembership(
  nodeId: number,
  text: (name: FlagName) => string | undefined,
  required: (name: FlagName) => RawValue,
): Membership {
  const members = parseMembers('cluster', listOf(required('cluster')), SERVER_DEFAULTS.clientPortOffset);
  const self = members.find((member) => member.nodeId === nodeId);
  if (self === undefined) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      `--cluster: does not list this node's id ${nodeId} (members: ${members.map((member) => member.nodeId).join(', ')}).`,
    );
  }
  const listenAddress = (name: 'peer' | 'client', advertised: { host: string; port: number }) => {
    const value = text(name);
    if (value === undefined) return advertised;
    const address = parseHostAndPort(name, value);
    if (address.port !== advertised.port) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        `--${name}: port ${address.port} differs from node ${nodeId}'s entry in --cluster (${formatHostAndPort(advertised)}).`,
      );
    }
    return address;
  };
  const replicasText = text('replicas');
  const replicas =
    replicasText === undefined ? defaultReplicaCount(members.length) : parseInteger('replicas', replicasText, 1, 99);
  if (replicasText !== undefined && (replicas % 2 === 0 || replicas > members.length)) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      `--replicas: must be odd (a majority of an even count tolerates no more failures) and at most the ${members.length} members of --cluster, got ${replicas}.`,
    );
  }
  return {
    members,
    peerListen: listenAddress('peer', self.peerAddress),
    clientListen: listenAddress('client', self.clientAddress),
    replicas,
  };
}

/**
 * A node joining a running cluster (`--join`): it knows itself only, by `--peer` and
 * `--client`, which other nodes dial, so they must name this host (not 0.0.0.0). The cluster
 * chose its regions and replication factor at bootstrap: those flags are refused here.
 */
function joiningMembership(nodeId: number, seeds: string[], text: (name: FlagName) => string | undefined): Membership {
  if (text('cluster') !== undefined) {
    throw new ConfigError(
      'FLINT_CONFIG_INVALID',
      '--join and --cluster exclude each other: --cluster bootstraps a new cluster, --join joins a running one.',
    );
  }
  for (const name of ['replicas', 'regions', 'splitKeys'] as const) {
    if (text(name) !== undefined) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        `--${flagOf(name)} applies when a cluster is bootstrapped (--cluster); a node that joins takes the cluster's.`,
      );
    }
  }
  if (seeds.length === 0)
    throw new ConfigError('FLINT_CONFIG_INVALID', "--join: give at least one member's client host:port.");
  const join = seeds.map((seed) => parseHostAndPort('join', seed));
  const advertised = (name: 'peer' | 'client') => {
    const value = text(name);
    if (value === undefined) {
      throw new ConfigError(
        'FLINT_CONFIG_MISSING',
        `--${name} is required with --join: the other members reach this node there.`,
      );
    }
    const address = parseHostAndPort(name, value);
    if (address.host === '0.0.0.0' || address.host === '::') {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        `--${name}: ${value} is where this node listens, but the other members dial it there: name this host's address.`,
      );
    }
    return address;
  };
  const peerAddress = advertised('peer');
  const clientAddress = advertised('client');
  return {
    members: [{ nodeId, peerAddress, clientAddress }],
    peerListen: peerAddress,
    clientListen: clientAddress,
    // Until the meta group's state arrives: the cluster's own factor replaces it (`host-pool/replica-upkeep.ts`).
    replicas: defaultReplicaCount(3),
    join,
  };
}
