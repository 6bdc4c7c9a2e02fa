import { createSecureContext, type SecureContext } from 'node:tls';
import type { TransportSecurityConfig } from '../../config/server-config.js';
import type { Logger } from '../../logger.js';
import type { ListenerSecurity } from './secure-listener.js';
import { type LoadedTls, TlsFilesError, TlsMaterial } from './tls-material.js';

/**
 * A node's TLS, loaded before it listens: the peer port's mutual TLS, the client port's TLS
 * (the metrics port shares it), and what the node presents when it dials a member's client
 * port to join. Files are reloaded on SIGHUP ({@link reload}) and when they change on disk.
 *
 * @example
 * const tls = NodeTls.load(config.security, config.nodeId); // throws TlsFilesError on bad files
 * new PeerTransport({ ...options, security: tls.peer });
 * process.on('SIGHUP', () => tls.reload(logger));
 */
export class NodeTls {
  private constructor(
    private readonly peerMaterial: TlsMaterial | undefined,
    private readonly clientMaterial: TlsMaterial | undefined,
    private readonly clientCertAuth: boolean,
  ) {}

  /**
   * Reads every configured file. The peer certificate must name this node (`flint://node/<id>`):
   * its peers would refuse it anyway, but here the operator learns which file is wrong.
   * @throws TlsFilesError
   */
  static load(security: TransportSecurityConfig, nodeId: number): NodeTls {
    const files = security.peer;
    const peer =
      files === undefined
        ? undefined
        : new TlsMaterial(files, (loaded) => {
            const named = loaded.certificate.nodeId;
            if (named === nodeId) return;
            throw new TlsFilesError(
              `--peer-tls-cert ${files.certFile} names ${named === undefined ? 'no node (no flint://node/<id> URI)' : `node ${named}`}, but this is node ${nodeId}`,
            );
          });
    const client = security.client === undefined ? undefined : new TlsMaterial(security.client);
    return new NodeTls(peer, client, security.client?.clientCertAuth ?? false);
  }

  /** Mutual TLS for the peer transport, or `undefined` for plaintext. */
  get peer(): ListenerSecurity | undefined {
    return this.peerMaterial === undefined ? undefined : { material: this.peerMaterial, requestCertificate: true };
  }

  /** TLS for the client listener, or `undefined` for plaintext. */
  get client(): ListenerSecurity | undefined {
    return this.clientMaterial === undefined
      ? undefined
      : { material: this.clientMaterial, requestCertificate: this.clientCertAuth };
  }

  /** The client port's certificate set, for the HTTPS metrics port. */
  get clientMaterialForHttps(): TlsMaterial | undefined {
    return this.clientMaterial;
  }

  /**
   * What this node presents when it dials a member's client port (to join): it trusts the
   * client port's CA (or the cluster CA) and shows its node certificate, which a port with
   * client certificate authentication accepts when one CA signs both.
   */
  clientDialContext(): SecureContext | undefined {
    if (this.clientMaterial === undefined) return undefined;
    const peer = this.peerMaterial?.current.options;
    const ca = this.clientMaterial.files.caFile === undefined ? peer?.ca : this.clientMaterial.current.options.ca;
    return createSecureContext({
      minVersion: 'TLSv1.2',
      ...(ca === undefined ? {} : { ca }),
      ...(peer === undefined ? {} : { cert: peer.cert, key: peer.key }),
    });
  }

  /** Loads every file again (SIGHUP); a set that fails keeps the previous one, and says so. */
  reload(logger: Logger): void {
    const materials = this.materials();
    if (materials.length === 0) logger.info('reload asked (SIGHUP): no TLS certificates are configured');
    for (const [port, material] of materials) report(logger, port, () => material.reload());
  }

  /** Reloads a port's set when its files change on disk. */
  watch(logger: Logger): void {
    for (const [port, material] of this.materials()) {
      material.watch((outcome) => report(logger, port, () => outcomeOf(outcome)));
    }
  }

  /** Stops watching the files. */
  close(): void {
    for (const [, material] of this.materials()) material.close();
  }

  /** Each port's set, for logs at start. */
  describe(): Record<string, { subject: string; validTo: string }> {
    const described: Record<string, { subject: string; validTo: string }> = {};
    for (const [port, material] of this.materials()) {
      const { subject, validTo } = material.current.certificate;
      described[port] = { subject, validTo: validTo.toISOString() };
    }
    return described;
  }

  private materials(): [string, TlsMaterial][] {
    const materials: [string, TlsMaterial][] = [];
    if (this.peerMaterial) materials.push(['peer', this.peerMaterial]);
    if (this.clientMaterial) materials.push(['client', this.clientMaterial]);
    return materials;
  }
}

function outcomeOf(outcome: { loaded: LoadedTls } | { error: Error }): LoadedTls {
  if ('error' in outcome) throw outcome.error;
  return outcome.loaded;
}

function report(logger: Logger, port: string, load: () => LoadedTls): void {
  try {
    const { subject, validTo } = load().certificate;
    logger.info({ port, subject, validTo: validTo.toISOString() }, 'TLS certificates reloaded');
  } catch (error) {
    logger.error(
      { port, code: 'FLINT_TLS_FILES', reason: (error as Error).message },
      'TLS certificates not reloaded; the previous ones stay in use',
    );
  }
}
