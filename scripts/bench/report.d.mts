// Types of report.mjs, for the tests that import it.
export const SECTION_START: string;
export const SECTION_END: string;

export interface RatioRow {
  workload: string;
  concurrency: number;
  flintOpsPerS: number;
  etcdOpsPerS: number;
  throughputRatio: number;
  p99Ratio: number | null;
}

interface PointLike {
  workload: string;
  concurrency: number;
  opsPerS: number;
  latencyMs?: { p99?: number };
}

export function ratioRows(flintPoints: readonly PointLike[], etcdPoints: readonly PointLike[]): RatioRow[];
export function ratioTable(rows: readonly RatioRow[]): string;
export function flintTable(points: readonly unknown[]): string;
export function etcdTable(points: readonly unknown[]): string;
export function markdownSection(
  run: unknown,
  options?: { charts?: readonly { workload: string; href: string }[] },
): string;
export function writeMarkdownSection(path: string, section: string, markers?: { start: string; end: string }): void;
export const IDLE_SECTION_MARKERS: { readonly start: string; readonly end: string };
export function idleTable(run: unknown): string;
export function idleThreadTable(run: unknown): string;
export function idleRestartProblems(run: unknown): string[];
export function idleMarkdownSection(run: unknown): string;
export function markdownTable(headers: readonly string[], rows: readonly string[][], textColumns?: number): string;
export interface SplittingRow {
  regions: number;
  security: string;
  workload: string;
  readShare?: number;
  concurrency: number;
  onOpsPerS: number;
  offOpsPerS: number;
  throughputRatio: number | null;
  onP99: number;
  offP99: number;
  p99Ratio: number | null;
  onRegionsAfter: number | null;
  offRegionsAfter: number | null;
}
export function splittingRows(configurations: readonly unknown[]): SplittingRow[];
export function splittingTable(rows: readonly SplittingRow[]): string;
export function configurationName(configuration: unknown): string;
export function mainThreadCpu(point: unknown): string;
export function hostThreadCpu(point: unknown): string;
export interface SecurityRow {
  regions: number;
  splitting?: string;
  workload: string;
  readShare?: number;
  concurrency: number;
  plaintextOpsPerS: number;
  tlsOpsPerS: number;
  throughputRatio: number | null;
  plaintextP50: number;
  tlsP50: number;
  p50Ratio: number | null;
  plaintextP99: number;
  tlsP99: number;
  p99Ratio: number | null;
}
export function securityRows(configurations: readonly unknown[]): SecurityRow[];
export function securityTable(rows: readonly SecurityRow[]): string;
