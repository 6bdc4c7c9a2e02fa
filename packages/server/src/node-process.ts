import { FAILPOINTS, FAILPOINTS_VARIABLE, unknownFailpoints } from './failpoints.js';
import { requiredThreadPoolSize, type ServerConfig } from './config/server-config.js';
import { createNodeLogger } from './logger.js';
import { type StartNodeOptions, startNode } from './node.js';

/** Past this, a stop that hangs is abandoned and the process exits 1. */
const STOP_DEADLINE_MS = 8_000;

/**
 * Runs a node as the whole process: until SIGTERM or SIGINT (or, when started with an IPC
 * channel, until the parent process goes away), then stops it cleanly; SIGHUP reloads its
 * TLS certificates. Resolves with the exit
 * code: 0 after a clean stop, 1 when the node could not start, a host failed, or the stop
 * hung. The caller exits with it.
 */
export async function serveUntilSignalled(config: ServerConfig, options: StartNodeOptions = {}): Promise<number> {
  const logger = options.logger ?? createNodeLogger(config.logLevel, config.nodeId);
  const unknown = unknownFailpoints();
  if (unknown.length > 0) {
    logger.error({ unknown, known: FAILPOINTS }, `${FAILPOINTS_VARIABLE} names no such failpoint; not starting`);
    return 2;
  }
  if (FAILPOINTS_VARIABLE in process.env)
    logger.warn({ armed: process.env[FAILPOINTS_VARIABLE] }, 'failpoints armed: this process kills itself at them');
  const threadPool = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  if (threadPool < requiredThreadPoolSize(config.workers)) {
    logger.warn(
      { UV_THREADPOOL_SIZE: threadPool, recommended: requiredThreadPoolSize(config.workers) },
      'the libuv thread pool is smaller than hosts + 4; LevelDB work of the hosts may queue',
    );
  }

  let signalled: (reason: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => {
    signalled = resolve;
  });
  // Repeated signals (a terminal's Ctrl-C reaches a wrapper and its child alike) change nothing:
  // the stop deadline below bounds a stop that hangs.
  const onSignal = (signal: string) => signalled(signal);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // A parent that dies (even by kill -9) closes the IPC channel: do not outlive it.
  if (process.channel) process.on('disconnect', () => onSignal('parent-gone'));

  let node: Awaited<ReturnType<typeof startNode>>;
  try {
    node = await startNode(config, { ...options, logger });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    logger.error({ code, reason: (error as Error).message }, 'node failed to start');
    return 1;
  }
  // Renewed certificates: load them without a restart (they are also reloaded when their files change).
  const onHangUp = () => node.reloadCertificates();
  process.on('SIGHUP', onHangUp);

  const outcome = await Promise.race([
    stopRequested.then((signal) => ({ signal, failed: false })),
    node.left.then(() => ({ signal: 'left the cluster', failed: false })),
    node.failure.then((failure) => ({ signal: failure.code, failed: true })),
  ]);
  logger.info({ reason: outcome.signal }, 'shutting down');
  const deadline = setTimeout(() => {
    logger.error({ deadlineMs: STOP_DEADLINE_MS }, 'stop did not finish in time; exiting');
    process.exit(1);
  }, STOP_DEADLINE_MS);
  deadline.unref();
  await node.stop();
  process.off('SIGHUP', onHangUp);
  clearTimeout(deadline);
  return outcome.failed ? 1 : 0;
}
