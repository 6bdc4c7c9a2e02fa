import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';

/** How often {@link waitHealthy} asks every node again. */
const POLL_INTERVAL_MS = 250;

/** What {@link waitHealthy} waits for, and how it reaches the nodes' metrics ports. */
export interface HealthWait {
  /** The nodes' metrics addresses, `host:port`. */
  addresses: readonly string[];
  timeoutMs: number;
  /** Stops the wait early (the cluster is being stopped). */
  cancelled(): boolean;
  /**
   * The CA that signed the nodes' certificates, when the metrics ports serve HTTPS
   * (`--metrics-tls`); the probe trusts it alone.
   */
  ca?: string;
}

/**
 * Polls every node's `/health` until all answer 200, the deadline passes, or `cancelled()`;
 * resolves whether they all did.
 *
 * @example
 * await waitHealthy({ addresses: ['127.0.0.1:9101'], timeoutMs: 60_000, cancelled: () => false });
 */
export async function waitHealthy(wait: HealthWait): Promise<boolean> {
  const deadline = Date.now() + wait.timeoutMs;
  while (Date.now() < deadline && !wait.cancelled()) {
    const answers = await Promise.all(wait.addresses.map((address) => healthy(address, wait.ca)));
    if (answers.every(Boolean)) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return false;
}

function healthy(address: string, ca: string | undefined): Promise<boolean> {
  return new Promise((done) => {
    const answer = (response: { statusCode?: number; resume(): void }) => {
      response.resume();
      done(response.statusCode === 200);
    };
    const call =
      ca === undefined
        ? httpGet(`http://${address}/health`, { timeout: 1_000 }, answer)
        : httpsGet(`https://${address}/health`, { timeout: 1_000, ca }, answer);
    call.once('error', () => done(false));
    call.once('timeout', () => call.destroy());
  });
}
