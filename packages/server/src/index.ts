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
export { type BackupErrorCode, BackupError } from './backup/backup-error.js';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_FILE,
  type BackupManifest,
  type BackupRegion,
  readBackupManifest,
  regionFileName,
  tilingGap,
  writeBackupManifest,
} from './backup/backup-manifest.js';
export { PairParser, type RegionFileDigest, RegionFileDigester } from './backup/region-pairs.js';
export { type RestoreOptions, type RestoreReport, restoreBackup } from './backup/restore-backup.js';
export { type BytesProgress, type VerifiedBackup, verifyBackup } from './backup/verify-backup.js';
export { parseMembers } from './config/parse-values.js';
