export { ConfigError, type ConfigErrorCode } from './config/config-error.js';
export { clusterIdOf } from './config/cluster-id.js';
export { formatHostAndPort } from './config/parse-values.js';
export { resolveServerConfig, type ServerFlags } from './config/resolve-server-config.js';
export {
  environmentVariableOf,
  flagOf,
  helpOf,
  isSwitch,
  type SettingDefinition,
  type SettingName,
  type SettingSection,
  SETTINGS,
} from './config/settings.js';
export { renderConfigurationReference } from './config/configuration-reference.js';
export {
  type ClusterMember,
  defaultReplicaCount,
  defaultWorkerCount,
  type HostAndPort,
  type LogLevel,
  LOG_LEVELS,
  requiredThreadPoolSize,
  SERVER_DEFAULTS,
  type ServerConfig,
} from './config/server-config.js';
export type { GroupReport, HostInbound, HostOptions, HostOutbound } from './host-protocol.js';
export { hostOfGroup } from './host-protocol.js';
export { type NodeFailure, type RunningNode, type StartNodeOptions, startNode, SERVER_VERSION } from './node.js';
export { serveUntilSignalled } from './node-process.js';
