// Types of etcd-peer.mjs, for the tests that import it.
export interface EtcdPoint {
  target: 'etcd';
  workload: string;
  concurrency: number;
  opsPerS: number;
  latencyMs: { p50: number; p99: number; p999: number; [name: string]: number };
  errors: number;
  misses: number;
  cpuSecondsPerNode: number[] | null;
  serverVersion: string | null;
  client: string;
}

export function etcdUnavailableReason(peersDir: string): string | undefined;

export function runEtcd(options: {
  peersDir: string;
  ops: readonly string[];
  levels: readonly number[];
  warmupS: number;
  durationS: number;
  runId: string;
  log: (line: string) => void;
}): EtcdPoint[];
