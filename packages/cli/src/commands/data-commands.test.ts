import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../program.js';

const VERBS = ['status', 'regions', 'get', 'put', 'del', 'scan', 'cas', 'compact', 'checksum', 'bench'];

/** Runs `flint <args>` in-process and returns what it printed to stdout. */
async function helpOf(args: string[]): Promise<string> {
  let printed = '';
  const program = createProgram(() => {});
  const capture = { writeOut: (text: string) => (printed += text), writeErr: (text: string) => (printed += text) };
  program.configureOutput(capture);
  for (const command of program.commands) {
    command.configureOutput(capture);
    for (const subcommand of command.commands) subcommand.configureOutput(capture);
  }
  const outcome = await program.parseAsync(['node', 'flint', ...args]).catch((error: unknown) => error);
  expect(outcome).toBeInstanceOf(CommanderError);
  expect((outcome as CommanderError).exitCode).toBe(0);
  return printed;
}

describe('the data and admin verbs', () => {
  it('are all registered on flint', () => {
    const names = createProgram(() => {}).commands.map((command) => command.name());
    for (const verb of [...VERBS, 'leader']) expect(names).toContain(verb);
  });

  it.each(VERBS)('%s --help shows the connection flags and an example', async (verb) => {
    const help = await helpOf([verb, '--help']);
    expect(help).toContain('--endpoints <list>');
    expect(help).toContain('FLINT_ENDPOINTS');
    expect(help).toContain('--timeout <ms>');
    expect(help).toMatch(new RegExp(`Example:\\n\\s+flint ${verb}`));
  });

  it('leader transfer --help shows an example', async () => {
    expect(await helpOf(['leader', 'transfer', '--help'])).toMatch(/Example:\n\s+flint leader transfer 3 2/);
  });

  it('member remove --help shows --wait, --json and an example', async () => {
    const help = await helpOf(['member', 'remove', '--help']);
    expect(help).toContain('--wait');
    expect(help).toContain('--json');
    expect(help).toMatch(/Example:\n\s+flint member remove 4 --wait/);
  });
});
