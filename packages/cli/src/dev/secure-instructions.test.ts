import { describe, expect, it } from 'vitest';
import type { DevCertificates } from './dev-certificates.js';
import { secureInstructions, shellWord } from './secure-instructions.js';

const certificates: DevCertificates = {
  directory: '/dev-data/certs',
  ca: '/dev-data/certs/ca.crt',
  node: (id) => ({ certificate: `/dev-data/certs/node-${id}.crt`, key: `/dev-data/certs/node-${id}.key` }),
  client: (user) => ({ certificate: `/dev-data/certs/client-${user}.crt`, key: `/dev-data/certs/client-${user}.key` }),
};
const endpoints = ['127.0.0.1:7201', '127.0.0.1:7202'];

describe('the connection instructions of flint dev --secure', () => {
  it('gives the new password, the variables of the CLI with the client-dev certificate, and connect() for Node', () => {
    const text = secureInstructions({ endpoints, certificates, root: { kind: 'created', password: 'pw_-1' } }).join(
      '\n',
    );
    expect(text).toContain('user root (admin), password: pw_-1');
    expect(text).toContain('export FLINT_ENDPOINTS=127.0.0.1:7201,127.0.0.1:7202');
    expect(text).toContain('export FLINT_CACERT=/dev-data/certs/ca.crt');
    expect(text).toContain('export FLINT_CERT=/dev-data/certs/client-dev.crt FLINT_KEY=/dev-data/certs/client-dev.key');
    expect(text).toContain('export FLINT_USER=root FLINT_PASSWORD=pw_-1');
    expect(text).toContain('npx flint get hello');
    expect(text).toContain(
      "const db = await connect({ endpoints: ['127.0.0.1:7201', '127.0.0.1:7202'], tls, auth: { user: 'root', password: 'pw_-1' } });",
    );
  });

  it('says that root keeps its password after a restart, and how to set one with the client-root certificate', () => {
    const text = secureInstructions({ endpoints, certificates, root: { kind: 'kept' } }).join('\n');
    expect(text).not.toContain('(admin), password:');
    expect(text).toContain('authentication was already on: root keeps its password');
    expect(text).toContain(
      'env -u FLINT_USER -u FLINT_PASSWORD npx flint user passwd root --endpoints 127.0.0.1:7201,127.0.0.1:7202 ' +
        '--cacert /dev-data/certs/ca.crt --cert /dev-data/certs/client-root.crt --key /dev-data/certs/client-root.key',
    );
    expect(text).toContain("password: '<root password>'");
  });

  it('quotes a path for the shell only when it needs it', () => {
    expect(shellWord('/tmp/certs/ca.crt')).toBe('/tmp/certs/ca.crt');
    expect(shellWord("/my certs/it's.crt")).toBe("'/my certs/it'\\''s.crt'");
  });
});
