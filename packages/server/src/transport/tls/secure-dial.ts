import { connect as connectTcp, type Socket } from 'node:net';
import { type PeerCertificate, connect as connectTls, type SecureContext, TLSSocket } from 'node:tls';
import { nodeIdFromCertificateUris, parseSubjectAltNameUris } from '@flintkv/proto';
import type { HostAndPort } from '../../config/server-config.js';

/** How a dialer checks the listener it reached. */
export type DialIdentity =
  /** A peer port: the certificate must name this node id (`flint://node/<id>`), whatever the address. */
  | { nodeId: number }
  /** A client port: the certificate must name the host dialed (DNS or IP SAN), as any TLS client checks. */
  | { hostname: true };

/** The node id a peer certificate names, if exactly one. */
export function certifiedNodeId(certificate: PeerCertificate | undefined): number | undefined {
  if (certificate === undefined || !('subjectaltname' in certificate)) return undefined;
  return nodeIdFromCertificateUris(parseSubjectAltNameUris(certificate.subjectaltname));
}

/**
 * Dials `address`, in TLS when `context` is given. The socket is ready for the FlintKV
 * handshake on the event {@link readyEvent} names: TCP's `connect`, or TLS's `secureConnect`
 * once the listener's certificate passed (a failure is an `error` whose code
 * `describeTlsFailure` in `@flintkv/proto` explains).
 *
 * @example
 * const socket = dialMaybeSecure({ host: '10.0.0.2', port: 7102 }, material.current.context, { nodeId: 2 });
 * socket.once(readyEvent(socket), () => socket.write(hello));
 */
export function dialMaybeSecure(
  address: HostAndPort,
  context: SecureContext | undefined,
  identity: DialIdentity,
): Socket {
  if (context === undefined) return connectTcp({ host: address.host, port: address.port, noDelay: true });
  const socket = connectTls({
    host: address.host,
    port: address.port,
    secureContext: context,
    ...('nodeId' in identity
      ? {
          checkServerIdentity: (_host: string, certificate: PeerCertificate) => {
            const named = certifiedNodeId(certificate);
            if (named === identity.nodeId) return undefined;
            const error: NodeJS.ErrnoException = new Error(
              `node ${identity.nodeId}'s address presented a certificate for ${named === undefined ? 'no node (no flint://node/<id> name)' : `node ${named}`}`,
            );
            error.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
            return error;
          },
        }
      : {}),
  });
  socket.setNoDelay(true);
  return socket;
}

/** The event after which a socket from {@link dialMaybeSecure} may carry the handshake. */
export function readyEvent(socket: Socket): 'connect' | 'secureConnect' {
  return socket instanceof TLSSocket ? 'secureConnect' : 'connect';
}
