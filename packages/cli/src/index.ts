export { createProgram, type RegisterCommand, runCli } from './program.js';
export { EXIT_USAGE, UsageError } from './usage-error.js';
export {
  CERTIFICATE_AUTHORITY_COMMON_NAME,
  CERTIFICATE_AUTHORITY_FILES,
  type CertificateAuthorityOptions,
  type CertificateDirectoryOptions,
  CertificateError,
  type CertificateErrorCode,
  type CertificateFileNames,
  type CertificateWithKey,
  type ClientCertificateOptions,
  clientCertificateFiles,
  createCertificateAuthority,
  DEFAULT_CERTIFICATE_USERS,
  type IssuedCertificate,
  issueClientCertificate,
  issueNodeCertificate,
  type NodeCertificateOptions,
  nodeCertificateFiles,
  type ValidityOptions,
  tlsServerFlags,
  writeCertificateDirectory,
} from './certificates/index.js';
export {
  type ClosedLoopOptions,
  type ClosedLoopProgress,
  type ClosedLoopResult,
  runClosedLoop,
} from './bench/closed-loop.js';
export { LatencyRecorder, type LatencySummary } from './bench/latency-recorder.js';
export {
  BENCH_KEY_BYTES,
  benchKey,
  benchKeys,
  type KvOperations,
  type KvStepResult,
  type KvWorkloadOptions,
  kvWorkload,
  printableValue,
  seededRandom,
} from './bench/workload.js';
export { formatCount, formatMilliseconds, formatProgressLine } from './format/bench-report.js';
export { renderTable, type TableColumn } from './format/table.js';
export {
  batchesByRegion,
  type PreloadClient,
  type PreloadOptions,
  type PreloadResult,
  preloadKeys,
} from './bench/preload.js';
