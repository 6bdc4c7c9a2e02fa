import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { NodeMetrics } from './node-metrics.js';

/** The dashboard shipped in docs/, at the repository's root. */
const DASHBOARD = new URL('../../../../docs/grafana-dashboard.json', import.meta.url);

interface Panel {
  type: string;
  title: string;
  datasource?: { uid: string };
  targets?: { expr: string }[];
}

/** Labels every series has besides its own: the registry's `node`, Prometheus's `job`. */
const EVERY_SERIES_LABELS = ['node', 'job'];

describe('docs/grafana-dashboard.json', () => {
  it('queries only metrics a node serves, by labels they carry, through the data source variable', async () => {
    const dashboard = JSON.parse(await readFile(DASHBOARD, 'utf8')) as { panels: Panel[] };
    const registry = new NodeMetrics(1).registry;
    const queried = new Set<string>();
    for (const panel of dashboard.panels.filter((each) => each.type !== 'row')) {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax, not a template.
      expect(panel.datasource?.uid, panel.title).toBe('${datasource}');
      for (const { expr } of panel.targets ?? []) {
        const selector = /(flint_[a-z_]+)\{([^}]*)\}/.exec(expr);
        if (selector === null) throw new Error(`${panel.title}: no flint metric in ${expr}`);
        const series = selector[1]!;
        const name = series.replace(/_bucket$/, '');
        const metric = registry.getSingleMetric(name);
        expect(metric, `${panel.title}: ${series}`).toBeDefined();
        queried.add(name);
        const allowed = new Set([
          ...((metric as unknown as { labelNames: string[] }).labelNames ?? []),
          ...EVERY_SERIES_LABELS,
          ...(series === name ? [] : ['le']),
        ]);
        const used = [
          ...[...selector[2]!.matchAll(/([a-z_]+)=~?"/g)].map((match) => match[1]!),
          ...[...expr.matchAll(/by \(([^)]*)\)/g)].flatMap((match) =>
            match[1]!.split(',').map((label) => label.trim()),
          ),
        ];
        for (const label of used) expect(allowed, `${panel.title}: label ${label} of ${name}`).toContain(label);
      }
    }
    for (const name of [
      'flint_requests_total',
      'flint_request_duration_seconds',
      'flint_request_errors_total',
      'flint_disk_bytes',
      'flint_build_info',
      'flint_leader_changes_total',
      'flint_host_regions_quiesced',
      'flint_auth_failures_total',
      'flint_connections_refused_total',
    ]) {
      expect(queried, name).toContain(name);
    }
  });
});
