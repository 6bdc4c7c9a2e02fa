import type { MessagePort, TransferListItem } from 'node:worker_threads';
import { pino } from 'pino';
import type { HostInbound, HostOptions, HostOutbound } from '../host-protocol.js';
import { GroupHost } from './group-host.js';

/**
 * The piscina task a group host runs: it lives until the main thread sends `stop`. Everything
 * crossing the port is plain data; buffers are transferred, never copied.
 */
export default async function runGroupHost(task: { port: MessagePort; options: HostOptions }): Promise<void> {
  const { port, options } = task;
  // Synchronous stdout logging: an async transport loses lines when the worker is terminated.
  const log = pino({ level: options.logLevel, base: { node: options.nodeId, host: options.hostIndex } });
  const channel = {
    post(message: HostOutbound): void {
      const transfer: TransferListItem[] = 'buffer' in message && message.buffer !== undefined ? [message.buffer] : [];
      port.postMessage(message, transfer);
    },
  };
  const host = new GroupHost(options, channel, log);
  port.on('message', (message: HostInbound) => host.receive(message));
  try {
    await host.start();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error }, 'group host failed to start');
    channel.post({ type: 'failed', code: typeof code === 'string' ? code : 'FLINT_HOST_START', message });
    port.close();
    return;
  }
  await host.whenStopped();
  port.close();
}
