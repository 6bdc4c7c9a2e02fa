import { type FSWatcher, readFileSync, watch } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { createSecureContext, type SecureContext, type SecureContextOptions } from 'node:tls';
import { nodeIdFromCertificateUris, parseSubjectAltNameUris } from '@flintkv/proto';
import type { TlsFiles } from '../../config/server-config.js';

/** The certificates, key and CA of one port could not be loaded. */
export class TlsFilesError extends Error {
  override readonly name = 'TlsFilesError';
  readonly code = 'FLINT_TLS_FILES';
}

/** What a loaded certificate says about itself, for logs and the node's own checks. */
export interface CertificateSummary {
  subject: string;
  validTo: Date;
  /** The node id its `flint://node/<id>` SAN names, if any. */
  nodeId: number | undefined;
}

/** One loaded set: the options a TLS server or a dialer takes, the context, and the summary. */
export interface LoadedTls {
  options: SecureContextOptions;
  context: SecureContext;
  certificate: CertificateSummary;
}

function readPem(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new TlsFilesError(`${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Reads and checks a port's files: the certificate and key must parse and match, the CA must
 * parse. Synchronous, so that a node with bad files stops before it listens.
 * @throws TlsFilesError naming the file and what is wrong with it.
 */
export function loadTlsFiles(files: TlsFiles): LoadedTls {
  const cert = readPem(files.certFile, 'certificate');
  const key = readPem(files.keyFile, 'key');
  const ca = files.caFile === undefined ? undefined : readPem(files.caFile, 'CA');
  let parsed: X509Certificate;
  try {
    parsed = new X509Certificate(cert);
  } catch (error) {
    throw new TlsFilesError(`certificate ${files.certFile} is not a PEM certificate (${(error as Error).message})`);
  }
  if (ca !== undefined) {
    try {
      new X509Certificate(ca);
    } catch (error) {
      throw new TlsFilesError(`CA ${files.caFile} is not a PEM certificate (${(error as Error).message})`);
    }
  }
  const options: SecureContextOptions = { cert, key, minVersion: 'TLSv1.2' };
  if (ca !== undefined) options.ca = ca;
  let context: SecureContext;
  try {
    context = createSecureContext(options);
  } catch (error) {
    const reason = (error as Error).message;
    throw new TlsFilesError(
      /mismatch/i.test(reason)
        ? `key ${files.keyFile} does not belong to certificate ${files.certFile}`
        : `cannot use ${files.certFile} with ${files.keyFile}: ${reason}`,
    );
  }
  return {
    options,
    context,
    certificate: {
      subject: parsed.subject.replace(/\n/g, ', '),
      validTo: new Date(parsed.validTo),
      nodeId: nodeIdFromCertificateUris(parseSubjectAltNameUris(parsed.subjectAltName)),
    },
  };
}

/**
 * A port's TLS files, loaded once and again when they change on disk or on {@link reload}
 * (SIGHUP): a renewed certificate serves new connections while open ones keep theirs. A
 * reload that fails keeps the previous set.
 *
 * @example
 * const material = new TlsMaterial({ certFile: 'node-1.crt', keyFile: 'node-1.key', caFile: 'ca.crt' });
 * material.onReload((loaded) => server.setSecureContext(loaded.options));
 * material.watch((outcome) => { if ('error' in outcome) log.error(outcome.error.message); });
 */
export class TlsMaterial {
  private loaded: LoadedTls;
  private readonly watchers: FSWatcher[] = [];
  private readonly reloadListeners: ((loaded: LoadedTls) => void)[] = [];
  private reloadTimer: NodeJS.Timeout | undefined;

  /**
   * @param check - Refuses a set this port must not use (throws TlsFilesError), at start and on reload.
   * @throws TlsFilesError when the files cannot be used.
   */
  constructor(
    readonly files: TlsFiles,
    private readonly check: (loaded: LoadedTls) => void = () => {},
  ) {
    this.loaded = this.loadChecked();
  }

  private loadChecked(): LoadedTls {
    const loaded = loadTlsFiles(this.files);
    this.check(loaded);
    return loaded;
  }

  /** Calls `listener` with each set loaded after this one (listeners that hold a context, e.g. a TLS server). */
  onReload(listener: (loaded: LoadedTls) => void): void {
    this.reloadListeners.push(listener);
  }

  /** The set in use. */
  get current(): LoadedTls {
    return this.loaded;
  }

  /**
   * Loads the files again; on success new connections use them.
   * @throws TlsFilesError (the previous set stays in use).
   */
  reload(): LoadedTls {
    this.loaded = this.loadChecked();
    for (const listener of this.reloadListeners) listener(this.loaded);
    return this.loaded;
  }

  /**
   * Reloads when a file changes (editors and `cp` write in several steps: the reload waits
   * for them to settle). Certificate managers replace files by rename, so the directories
   * are watched, not the files.
   */
  watch(onResult: (outcome: { loaded: LoadedTls } | { error: Error }) => void): void {
    const names = new Map<string, Set<string>>();
    for (const file of [this.files.certFile, this.files.keyFile, this.files.caFile]) {
      if (file === undefined) continue;
      const slash = file.lastIndexOf('/');
      const directory = slash <= 0 ? (slash === 0 ? '/' : '.') : file.slice(0, slash);
      const entry = names.get(directory) ?? new Set<string>();
      entry.add(file.slice(slash + 1));
      names.set(directory, entry);
    }
    for (const [directory, files] of names) {
      try {
        const watcher = watch(directory, { persistent: false }, (_event, name) => {
          if (name !== null && !files.has(name.toString())) return;
          clearTimeout(this.reloadTimer);
          this.reloadTimer = setTimeout(() => {
            try {
              onResult({ loaded: this.reload() });
            } catch (error) {
              onResult({ error: error as Error });
            }
          }, 200);
          this.reloadTimer.unref();
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // A directory that cannot be watched still reloads on SIGHUP.
      }
    }
  }

  /** Stops watching. */
  close(): void {
    clearTimeout(this.reloadTimer);
    for (const watcher of this.watchers.splice(0)) watcher.close();
  }
}
