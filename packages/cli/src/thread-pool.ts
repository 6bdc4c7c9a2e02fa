import { spawn } from 'node:child_process';

/**
 * libuv sizes its thread pool once, at its first use, and Node's ESM loader uses the pool to
 * read this very program, so `UV_THREADPOOL_SIZE` cannot be raised from inside the process.
 * When it is unset, the command re-runs itself once with it set, forwarding signals (SIGINT,
 * SIGTERM, SIGHUP) and exit code. The child holds an IPC channel to this wrapper and stops when it closes, so
 * killing the wrapper (even with kill -9) never leaves a server running.
 *
 * Returns the child's exit code, or `undefined` when the current process is fine as it is.
 */
export async function rerunWithThreadPool(size: number): Promise<number | undefined> {
  if (process.env.UV_THREADPOOL_SIZE !== undefined) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, UV_THREADPOOL_SIZE: String(size) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  // SIGHUP reloads the server's certificates; unhandled here, it would end this wrapper, and the
  // child with it.
  process.on('SIGHUP', forward);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`flint: cannot start the server process: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
