// Types of secure-cluster.mjs, for the tests that import it.
export const SECURITY_MODES: readonly ['plaintext', 'tls'];
export const SECURE_DEFAULTS: Readonly<Record<'levels' | 'workloads' | 'regions' | 'splitting', string>>;
export function secureDefaults(
  given: ReadonlySet<string>,
): Partial<Record<'levels' | 'workloads' | 'regions' | 'splitting', string>>;
export function tlsServerFlags(directory: string, nodeId: number | string): string[];
export interface BenchCertificates {
  nodeFlags(nodeId: number): string[];
  clientTls: { ca: string; cert: string; key: string };
  remove(): Promise<void>;
}
export function createBenchCertificates(nodes: number): Promise<BenchCertificates>;
export function negotiatedTls(
  endpoint: string,
  clientTls: BenchCertificates['clientTls'],
): Promise<{ protocol: string | null; cipher: string }>;
