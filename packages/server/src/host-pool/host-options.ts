import { fileURLToPath } from 'node:url';
import { formatHostAndPort } from '../config/parse-values.js';
import type { ServerConfig } from '../config/server-config.js';
import type { PreparedDataDirectory } from '../data-directory/prepare-data-directory.js';
import type { HostOptions } from '../host-protocol.js';

/**
 * The compiled host task. Worker threads cannot load TypeScript, so when this module itself
 * runs from source (vitest), the task is still taken from `dist/`.
 */
export function defaultHostTaskFilename(): string {
  const here = fileURLToPath(import.meta.url);
  const root = here.endsWith('.ts')
    ? here.replace(/[/\\]src[/\\]host-pool[/\\]host-options\.ts$/, '/dist/host-pool/host-options.js')
    : here;
  return fileURLToPath(new URL('../worker/host-task.js', `file://${root}`));
}

/** What host `hostIndex` of this node is started with. */
export function hostOptionsOf(config: ServerConfig, prepared: PreparedDataDirectory, hostIndex: number): HostOptions {
  const bootstrap: HostOptions['bootstrap'] = { regionCount: config.regionCount, replicas: config.replicas };
  if (config.splitKeys !== undefined) bootstrap.splitKeys = config.splitKeys;
  return {
    hostIndex,
    hostCount: config.workers,
    dataDirectory: config.dataDirectory,
    nodeId: config.nodeId,
    clusterId: String(config.clusterId),
    incarnation: prepared.layout.incarnation,
    members: config.members.map((member) => ({
      nodeId: member.nodeId,
      peerAddress: formatHostAndPort(member.peerAddress),
      clientAddress: formatHostAndPort(member.clientAddress),
    })),
    bootstrap,
    createInitialGroups: prepared.mustBootstrap && config.join === undefined,
    joined: config.join !== undefined,
    tickIntervalMs: config.raft.tickIntervalMs,
    electionTicks: config.raft.electionTicks,
    heartbeatTicks: config.raft.heartbeatTicks,
    quiesceTicks: config.raft.quiesceTicks,
    logLevel: config.logLevel,
    compaction: { ...config.compaction },
    snapshot: { ...config.snapshot },
    split: { ...config.split },
  };
}
