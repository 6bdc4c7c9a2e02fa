import {
  environmentVariableOf,
  flagOf,
  isSwitch,
  type SettingDefinition,
  SETTINGS,
  type SettingSection,
} from './settings.js';

const SECTION_TITLES: Readonly<Record<SettingSection, string>> = {
  node: 'The node',
  cluster: 'The cluster',
  regions: 'Regions: bootstrap, split and merge',
  raft: 'Raft',
  snapshots: 'Snapshots',
  limits: 'Limits',
  security: 'Security',
  logs: 'Logs',
};

/**
 * `docs/configuration.md`, made from the settings (`settings.ts`): one table per section with
 * each setting's flag, environment variable, config-file key, default and meaning. A test keeps
 * the committed file equal to this.
 *
 * @example
 * writeFileSync('docs/configuration.md', renderConfigurationReference());
 */
export function renderConfigurationReference(): string {
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from packages/server/src/config/settings.ts by `npm run docs:configuration`; do not edit. -->',
    '',
    'Every setting of `flint server` can be given three ways. A flag overrides the environment',
    'variable, which overrides the YAML file given with `--config`, which overrides the default.',
    'In the file, keys are spelled like the flags without the leading dashes (`split-size: 64MiB`) or in',
    'camelCase (`splitSize`); `cluster` may be a mapping of ids to addresses and `split-keys` a list.',
    'A switch takes no value on the command line, and `true` or `false` in the environment and the',
    'file. Sizes take `KiB`, `MiB` and `GiB`. A value the node refuses stops it with one line naming',
    'the flag (or the variable) and what is expected: exit 2. `docs/flint.example.yaml` is a file with',
    'the common ones.',
    '',
  ];
  for (const [section, title] of Object.entries(SECTION_TITLES) as [SettingSection, string][]) {
    const settings: readonly SettingDefinition[] = SETTINGS.filter((setting) => setting.section === section);
    if (settings.length === 0) continue;
    lines.push(
      `## ${title}`,
      '',
      '| flag | environment | file key | default | meaning |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const setting of settings) {
      const flag = `\`--${flagOf(setting.name)}${isSwitch(setting) ? '' : ` ${setting.value}`}\``;
      const defaultText = setting.defaultText ?? (isSwitch(setting) ? 'off' : '—');
      const meaning = setting.description.replace(/\|/g, '\\|');
      lines.push(
        `| ${flag} | \`${environmentVariableOf(setting.name)}\` | \`${flagOf(setting.name)}\` | ${defaultText} | ${meaning} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
