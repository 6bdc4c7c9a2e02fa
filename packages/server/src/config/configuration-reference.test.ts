import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfigurationReference } from './configuration-reference.js';
import { resolveServerConfig } from './resolve-server-config.js';
import { environmentVariableOf, flagOf, SETTINGS } from './settings.js';

const docs = (name: string) => readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8');

describe('the configuration reference', () => {
  it('is current: docs/configuration.md is what the settings render (run `npm run docs:configuration`)', () => {
    expect(docs('configuration.md')).toBe(renderConfigurationReference());
  });

  it('names every setting with its flag and environment variable', () => {
    const text = renderConfigurationReference();
    for (const setting of SETTINGS) {
      expect(text).toContain(`--${flagOf(setting.name)}`);
      expect(text).toContain(environmentVariableOf(setting.name));
    }
    expect(new Set(SETTINGS.map((setting) => setting.name)).size).toBe(SETTINGS.length);
  });

  it('has a sample file that a node accepts as it is', () => {
    const config = resolveServerConfig({}, docs('flint.example.yaml'), '/');
    expect(config.nodeId).toBe(1);
    expect(config.members).toHaveLength(3);
    expect(config.peerListen).toEqual({ host: '0.0.0.0', port: 7101 });
    expect(config.security.client?.clientCertAuth).toBe(true);
    expect(config.raft).toMatchObject({ tickIntervalMs: 100, electionTicks: 10, heartbeatTicks: 2, quiesceTicks: 20 });
  });
});
