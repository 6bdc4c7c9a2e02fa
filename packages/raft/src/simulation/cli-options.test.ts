import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './cli-options.js';

describe('sim command line', () => {
  it('--help asks for the usage text', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
  });

  it('an unknown option or a bad value is a usage error, not an exception', () => {
    expect(parseCommandLine(['--bogus']).kind).toBe('usage-error');
    expect(parseCommandLine(['--seeds', 'ten']).kind).toBe('usage-error');
    expect(parseCommandLine(['--jobs', '0']).kind).toBe('usage-error');
    expect(parseCommandLine(['--drift', '0.1']).kind).toBe('usage-error');
    expect(parseCommandLine(['--break', 'unbounded-lease']).kind).toBe('usage-error');
  });

  it('--keep-going and --all both keep going; --jobs, --lease-reads and --drift are read', () => {
    for (const flag of ['--keep-going', '--all']) {
      const parsed = parseCommandLine([flag, '--jobs', '3', '--lease-reads', '--drift', '0.1']);
      expect(parsed.kind).toBe('run');
      if (parsed.kind !== 'run') return;
      expect(parsed.options.range.stopAtFirstFailure).toBe(false);
      expect(parsed.options.jobs).toBe(3);
      expect(parsed.options.range.settings).toMatchObject({ leaseReads: true, clockDrift: 0.1 });
    }
  });
});
