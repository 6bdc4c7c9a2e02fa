import { connect, FlintError, type TlsOptions } from '@flintkv/client';

/** Pause between two looks at a node that does not require authentication yet. */
const RETRY_INTERVAL_MS = 100;
/** Deadline of one look at one node. */
const ATTEMPT_TIMEOUT_MS = 5_000;

/** What {@link waitUntilEveryNodeRequiresAuth} checks on each node. */
export interface AuthPropagation {
  /** Client addresses, `host:port`; each is checked alone. */
  endpoints: readonly string[];
  /** TLS settings with a client certificate that names no user, so that only the password logs in. */
  tls: TlsOptions;
  credentials: { user: string; password: string };
  timeoutMs: number;
}

/**
 * Resolves once every node refuses a client without credentials and lets `credentials` in.
 * Each node decides from its own replica of the meta group, which applies a new user and the
 * authentication switch a moment after the leader: instructions printed before then could
 * be refused by one node, or a client without a password served by it.
 *
 * @throws {FlintError} the last refusal or failure seen, once `timeoutMs` has passed.
 * @example
 * await waitUntilEveryNodeRequiresAuth({ endpoints, tls, credentials: { user: 'root', password }, timeoutMs: 20_000 });
 */
export async function waitUntilEveryNodeRequiresAuth(propagation: AuthPropagation): Promise<void> {
  const deadline = Date.now() + propagation.timeoutMs;
  for (const endpoint of propagation.endpoints) {
    for (;;) {
      try {
        if ((await refusesAnonymous(endpoint, propagation)) && (await admits(endpoint, propagation))) break;
      } catch (error) {
        if (!(error instanceof FlintError) || Date.now() >= deadline) throw error;
      }
      if (Date.now() >= deadline) {
        throw new FlintError('FLINT_TIMEOUT', `${endpoint} still serves clients without credentials`);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_INTERVAL_MS));
    }
  }
}

/** Whether `endpoint` refuses a client without credentials as unauthenticated. */
async function refusesAnonymous(endpoint: string, propagation: AuthPropagation): Promise<boolean> {
  try {
    const client = await connect({ endpoints: [endpoint], timeoutMs: ATTEMPT_TIMEOUT_MS, tls: propagation.tls });
    await client.close();
    return false;
  } catch (error) {
    if (error instanceof FlintError && error.code === 'FLINT_UNAUTHENTICATED') return true;
    throw error;
  }
}

/** Whether `endpoint` lets the credentials in; a wrong password there is a `false`, anything else throws. */
async function admits(endpoint: string, propagation: AuthPropagation): Promise<boolean> {
  try {
    const client = await connect({
      endpoints: [endpoint],
      timeoutMs: ATTEMPT_TIMEOUT_MS,
      tls: propagation.tls,
      auth: propagation.credentials,
    });
    await client.close();
    return true;
  } catch (error) {
    if (error instanceof FlintError && error.code === 'FLINT_UNAUTHENTICATED') return false;
    throw error;
  }
}
