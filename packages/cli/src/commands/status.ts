import type { Command } from 'commander';
import { parseDecimal } from '../arguments.js';
import { renderStatus, statusProblems, summarizeStatus } from '../format/cluster-status.js';
import { type ConnectionFlags, printLine, withClient, withConnectionFlags } from './cluster-connection.js';

interface StatusFlags extends ConnectionFlags {
  json?: boolean;
  watch?: string | boolean;
}

/** ANSI: cursor home, clear screen — a redraw in place without scrolling history. */
const REDRAW = '\x1b[H\x1b[2J';
const DEFAULT_WATCH_SECONDS = 2;

/** `flint status`: nodes (up/down, regions led) and regions (leader, term, commit/applied, lag). */
export function registerStatusCommand(program: Command, exit: (code: number) => void): void {
  withConnectionFlags(
    program
      .command('status')
      .description('show nodes (up/down, regions led) and regions (leader, term, commit/applied per replica, lag)')
      .option('--json', 'print the status as JSON')
      .option('--watch [secs]', `redraw every secs seconds until Ctrl-C (default ${DEFAULT_WATCH_SECONDS})`),
    'flint status --watch 1 --endpoints 127.0.0.1:7201',
  ).action(async (flags: StatusFlags) => {
    const watchSeconds =
      flags.watch === undefined || flags.watch === false
        ? undefined
        : flags.watch === true
          ? DEFAULT_WATCH_SECONDS
          : parseDecimal('--watch', flags.watch, 0.1, 3600);
    await withClient(flags, exit, async (client) => {
      const render = async () => {
        const summary = summarizeStatus(await client.status());
        return { text: flags.json ? JSON.stringify(summary, null, 2) : renderStatus(summary), summary };
      };
      if (watchSeconds === undefined) {
        const { text, summary } = await render();
        printLine(text);
        const problems = statusProblems(summary);
        for (const problem of problems) process.stderr.write(`flint: ${problem}\n`);
        return problems.length > 0 ? 1 : 0;
      }
      let stop: () => void = () => {};
      const stopped = new Promise<void>((resolve) => {
        stop = resolve;
      });
      process.once('SIGINT', () => stop());
      process.once('SIGTERM', () => stop());
      for (;;) {
        let text: string;
        try {
          text = (await render()).text;
        } catch (error) {
          // Keep watching through a bad moment (e.g. every node restarting); say so on screen.
          text = `flint: ${error instanceof Error ? error.message : String(error)}`;
        }
        process.stdout.write(
          `${REDRAW}${text}\n\n${new Date().toISOString()}  every ${watchSeconds}s, Ctrl-C to stop\n`,
        );
        let timer: NodeJS.Timeout | undefined;
        const next = new Promise<'tick'>((resolve) => {
          timer = setTimeout(() => resolve('tick'), watchSeconds * 1000);
        });
        const outcome = await Promise.race([next, stopped.then(() => 'stop' as const)]);
        clearTimeout(timer);
        if (outcome === 'stop') return 0;
      }
    });
  });
}
