import type { StoredUser, UserTable } from '@flintkv/pd';
import {
  decodeRequest,
  type Frame,
  makeResponseError,
  type PeekedRequest,
  tryPeekRequest,
  type Response,
  type ResponseErrorCode,
  type UserRole,
} from '@flintkv/proto';
import type { Logger } from '../logger.js';
import type { NodeMetrics } from '../metrics/node-metrics.js';
import { verifyPassword } from './password-hash.js';
import { allows, requirementOf } from './permissions.js';

/** How long a session lasts unless told otherwise (`--auth-session-ttl`). */
export const DEFAULT_SESSION_TTL_MS = 3_600_000;
/** The first failed login's answer waits this long; each next one twice as long, up to the cap. */
const FAILURE_DELAY_MS = 250;
const MAX_FAILURE_DELAY_MS = 5_000;

/** Who a client certificate (verified with `--client-cert-auth`) says the client is. */
export interface CertificateIdentity {
  /** Its common name: a user, if one by that name exists. */
  commonName?: string;
  /** The node its `flint://node/<id>` name proves (a node dialing to join). */
  nodeId?: number;
}

interface Session {
  user: string;
  role: UserRole;
  expiresAt: number;
}

interface ConnectionState {
  certificate: CertificateIdentity;
  session: Session | undefined;
  /** Frames that arrived while an authentication was checked: admitted in order after it. */
  held: Frame[] | undefined;
  failures: number;
  /** Whether a refused request of this connection was logged: once per connection, not per frame. */
  refusalLogged: boolean;
}

export interface AuthGateOptions {
  /** The users and the switch, as this node's meta replica last reported them. */
  table(): UserTable;
  sessionTtlMs: number;
  logger: Logger;
  metrics: NodeMetrics;
  now?: () => number;
  /** Sends a response frame on `connection` (group 0 for the node's own answers). */
  reply(connection: number, group: number, response: Response): void;
  /** Closes `connection` with a reason its client reads in a GOAWAY. */
  close(connection: number, code: string, message: string): void;
}

/**
 * Authentication and authorisation of client connections, on the node's main thread. A
 * connection authenticates once (a password, or a client certificate whose common name names a
 * user) and holds a session for `sessionTtlMs`; each request is admitted if the session's role
 * allows it (`permissions.ts`), else answered UNAUTHENTICATED or PERMISSION_DENIED. Requests
 * that arrive while a password is being checked wait, so a client may pipeline them behind its
 * `authenticate`. Failed logins are answered later each time (250 ms, doubling, up to 5 s) and
 * counted; the first of each connection is logged.
 *
 * With authentication off every request passes, and `authenticate` still checks the password
 * (a client configured with credentials learns of a wrong one).
 *
 * @example
 * const gate = new AuthGate({ table: () => reports.userTable, sessionTtlMs, logger, metrics, reply, close });
 * listener.onRequest = (connection, frame) => gate.admit(connection, frame, forward);
 */
export class AuthGate {
  private readonly connections = new Map<number, ConnectionState>();
  private readonly now: () => number;

  constructor(private readonly options: AuthGateOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A client connection opened, with what its certificate proved (nothing without one). */
  opened(connection: number, certificate: CertificateIdentity = {}): void {
    this.connections.set(connection, {
      certificate,
      session: undefined,
      held: undefined,
      failures: 0,
      refusalLogged: false,
    });
  }

  closed(connection: number): void {
    this.connections.delete(connection);
  }

  /**
   * Decides one request frame: `forward` it (admitted), or answer it here. The frame's bytes
   * are a view: a held frame is copied.
   */
  admit(
    connection: number,
    frame: Frame,
    forward: (frame: Frame) => void,
    peeked: PeekedRequest | undefined = tryPeekRequest(frame.payload),
  ): void {
    const state = this.connections.get(connection);
    if (state === undefined) return;
    if (state.held !== undefined) {
      state.held.push({ ...frame, bytes: frame.bytes.slice(), payload: frame.payload.slice() });
      return;
    }
    if (peeked === undefined) {
      // Not a request this gate can read: the decoder downstream refuses it with its reason.
      forward(frame);
      return;
    }
    if (peeked.command === 'authenticate') {
      this.authenticate(connection, state, frame, forward);
      return;
    }
    const table = this.options.table();
    if (!table.authEnabled) {
      forward(frame);
      return;
    }
    const session = this.sessionOf(state, table);
    const requirement = requirementOf(peeked.command);
    if (session !== undefined && session.expiresAt <= this.now()) {
      this.options.metrics.authFailures.inc({ reason: 'expired' });
      state.session = undefined;
      this.options.close(connection, 'FLINT_SESSION_EXPIRED', 'the session expired: authenticate again');
      return;
    }
    if (allows(requirement, session?.role, state.certificate.nodeId !== undefined)) {
      forward(frame);
      return;
    }
    if (session === undefined) {
      this.options.metrics.authFailures.inc({ reason: 'no-session' });
      this.logRefusal(connection, state, { code: 'FLINT_UNAUTHENTICATED', command: peeked.command });
      this.answer(
        connection,
        frame.group,
        peeked.requestId,
        'UNAUTHENTICATED',
        'authentication is on: authenticate first (a user and password, or a client certificate naming a user)',
      );
      return;
    }
    this.options.metrics.authDenials.inc({ command: peeked.command });
    this.logRefusal(connection, state, {
      code: 'FLINT_PERMISSION_DENIED',
      command: peeked.command,
      user: session.user,
    });
    this.answer(
      connection,
      frame.group,
      peeked.requestId,
      'PERMISSION_DENIED',
      `user '${session.user}' (role ${session.role}) may not ${peeked.command}: it needs ${requirement === 'node-or-admin' ? 'admin' : requirement}`,
    );
  }

  private logRefusal(connection: number, state: ConnectionState, fields: Record<string, string>): void {
    if (state.refusalLogged) return;
    state.refusalLogged = true;
    this.options.logger.warn(
      { connection, ...fields },
      'request refused (further refusals on this connection are counted, not logged)',
    );
  }

  /** The connection's session: its own, or one its certificate's common name proves. */
  private sessionOf(state: ConnectionState, table: UserTable): Session | undefined {
    if (state.session !== undefined) return state.session;
    const name = state.certificate.commonName;
    if (name === undefined) return undefined;
    const user = table.users.find((each) => each.name === name);
    if (user === undefined) return undefined;
    state.session = { user: user.name, role: user.role, expiresAt: this.now() + this.options.sessionTtlMs };
    return state.session;
  }

  private authenticate(
    connection: number,
    state: ConnectionState,
    frame: Frame,
    forward: (frame: Frame) => void,
  ): void {
    const request = decodeRequest(frame.payload);
    if (request.command.type !== 'authenticate') return;
    const { user: name, password } = request.command;
    const group = frame.group;
    const user: StoredUser | undefined = this.options.table().users.find((each) => each.name === name);
    state.held = [];
    const check = user === undefined ? Promise.resolve(false) : verifyPassword(password, user.passwordHash);
    void check.then((valid) => {
      const current = this.connections.get(connection);
      if (current !== state) return;
      const release = () => {
        const held = state.held ?? [];
        state.held = undefined;
        for (const next of held) this.admit(connection, next, forward);
      };
      if (valid && user !== undefined) {
        state.failures = 0;
        state.session = { user: user.name, role: user.role, expiresAt: this.now() + this.options.sessionTtlMs };
        this.options.reply(connection, group, {
          requestId: request.requestId,
          result: { type: 'authenticate', user: user.name, role: user.role, sessionMs: this.options.sessionTtlMs },
        });
        release();
        return;
      }
      state.failures++;
      const reason = user === undefined ? 'unknown-user' : 'wrong-password';
      this.options.metrics.authFailures.inc({ reason });
      const log = state.failures === 1 ? this.options.logger.warn : this.options.logger.debug;
      log.call(
        this.options.logger,
        { connection, user: name, code: 'FLINT_UNAUTHENTICATED', reason, failures: state.failures },
        'authentication failed',
      );
      const delay = Math.min(FAILURE_DELAY_MS * 2 ** (state.failures - 1), MAX_FAILURE_DELAY_MS);
      // The same answer for an unknown user and a wrong password: names are not probed this way.
      setTimeout(() => {
        if (this.connections.get(connection) !== state) return;
        this.answer(
          connection,
          group,
          request.requestId,
          'UNAUTHENTICATED',
          `authentication failed for user '${name}': unknown user or wrong password`,
        );
        release();
      }, delay).unref();
    });
  }

  private answer(connection: number, group: number, requestId: number, code: ResponseErrorCode, message: string): void {
    this.options.reply(connection, group, { requestId, result: makeResponseError({ code, message }) });
  }
}
