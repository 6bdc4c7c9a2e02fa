import { Command, CommanderError } from 'commander';
import { registerCertsCommand } from './commands/certs.js';
import { DATA_COMMANDS } from './commands/data-commands.js';
import { registerDevCommand } from './commands/dev.js';
import { registerServerCommand } from './commands/server.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';

/** Registers one verb; `exit` ends the process (injected so tests can observe it). */
export type RegisterCommand = (program: Command, exit: (code: number) => void) => void;

/** The verbs of `flint`; one file per verb under `commands/`. */
const COMMANDS: RegisterCommand[] = [registerServerCommand, registerDevCommand, registerCertsCommand, ...DATA_COMMANDS];

/** Builds the `flint` program. */
export function createProgram(exit: (code: number) => void): Command {
  const program = new Command('flint')
    .description('FlintKV: a replicated, range-partitioned key-value store')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      // One line, in the same form as every other usage error: `flint: <what is wrong>`;
      // commander's second line, "(Did you mean get?)", joins it.
      outputError: (text, write) =>
        write(
          `flint: ${text
            .trim()
            .replace(/^error: /, '')
            .split('\n')
            .map((line) => line.trim())
            .join(' ')}\n`,
        ),
    });
  for (const register of COMMANDS) register(program, exit);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs `flint` with `argv` (as `process.argv`). A bad flag or value prints one line and
 * exits 2; help and version exit 0; verbs that run until stopped call `exit` themselves.
 */
export async function runCli(
  argv: string[],
  exit: (code: number) => void = (code) => process.exit(code),
): Promise<void> {
  const program = createProgram(exit);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its one-line message (or the help).
      exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`flint: ${error.message}\n`);
      exit(EXIT_USAGE);
      return;
    }
    process.stderr.write(`flint: ${(error as Error).stack ?? String(error)}\n`);
    exit(1);
  }
}
