import { describe, expect, it } from 'vitest';
import { clusterIdOf } from './cluster-id.js';
import { ConfigError } from './config-error.js';
import { resolveServerConfig, type ServerFlags } from './resolve-server-config.js';
import { defaultWorkerCount } from './server-config.js';

const cluster = '1=127.0.0.1:7101,2=127.0.0.1:7102,3=127.0.0.1:7103';
const base: ServerFlags = { id: '1', data: 'data/n1', cluster };

function errorOf(flags: ServerFlags, file?: string): ConfigError {
  try {
    resolveServerConfig(flags, file, '/srv/flint');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveServerConfig', () => {
  it('fills defaults: listen addresses from the member entry, client port = peer port + 100, workers = min(regions + 1, 4, cores but 2)', () => {
    const config = resolveServerConfig(base, undefined, '/srv/flint');
    expect(config.nodeId).toBe(1);
    expect(config.dataDirectory).toBe('/srv/flint/data/n1');
    expect(config.peerListen).toEqual({ host: '127.0.0.1', port: 7101 });
    expect(config.clientListen).toEqual({ host: '127.0.0.1', port: 7201 });
    expect(config.members.map((member) => member.clientAddress.port)).toEqual([7201, 7202, 7203]);
    expect(config.regionCount).toBe(8);
    expect(config.workers).toBe(defaultWorkerCount(8));
    expect(defaultWorkerCount(8, 16)).toBe(4);
    expect(defaultWorkerCount(2, 16)).toBe(3);
    expect(defaultWorkerCount(8, 2)).toBe(2);
    expect(defaultWorkerCount(8, 1)).toBe(2);
    expect(config.metricsListen).toBeUndefined();
  });

  it('accepts explicit client addresses per member', () => {
    const config = resolveServerConfig(
      { id: '2', data: '/d', cluster: '1=10.0.0.1:7101/10.0.0.1:9001,2=10.0.0.2:7101/10.0.0.2:9001' },
      undefined,
      '/srv/flint',
    );
    expect(config.clientListen).toEqual({ host: '10.0.0.2', port: 9001 });
  });

  it('derives the same cluster id from any order of the member list, and a different one from other members', () => {
    const reordered = resolveServerConfig(
      { ...base, cluster: '3=127.0.0.1:7103,1=127.0.0.1:7101,2=127.0.0.1:7102' },
      undefined,
      '/srv/flint',
    );
    const config = resolveServerConfig(base, undefined, '/srv/flint');
    expect(reordered.clusterId).toBe(config.clusterId);
    expect(Number.isSafeInteger(config.clusterId) && config.clusterId > 0).toBe(true);
    expect(clusterIdOf(config.members.slice(0, 2))).not.toBe(config.clusterId);
    expect(resolveServerConfig({ ...base, clusterId: '42' }, undefined, '/srv/flint').clusterId).toBe(42);
  });

  it('lets flags override the config file', () => {
    const file = `id: 2\ndata: /var/flint\ncluster:\n  - 1=127.0.0.1:7101\n  - 2=127.0.0.1:7102\nregions: 4\nlog-level: warn\n`;
    const fromFile = resolveServerConfig({}, file, '/srv/flint');
    expect(fromFile.nodeId).toBe(2);
    expect(fromFile.regionCount).toBe(4);
    expect(fromFile.logLevel).toBe('warn');
    const overridden = resolveServerConfig({ id: '1', regions: '6', logLevel: 'debug' }, file, '/srv/flint');
    expect(overridden.nodeId).toBe(1);
    expect(overridden.regionCount).toBe(6);
    expect(overridden.logLevel).toBe('debug');
  });

  it('reads split keys as text or 0x-hex and derives the region count from them', () => {
    const config = resolveServerConfig({ ...base, splitKeys: 'g,0x70' }, undefined, '/srv/flint');
    expect(config.regionCount).toBe(3);
    expect(config.splitKeys?.map((key) => Buffer.from(key).toString())).toEqual(['g', 'p']);
  });

  it.each([
    [{ ...base, id: 'x' }, /^--id: invalid value 'x'/],
    [{ ...base, id: '0' }, /^--id: invalid value '0'/],
    [{ ...base, id: '4' }, /^--cluster: does not list this node's id 4/],
    [{ ...base, data: undefined }, /^--data is required\.$/],
    [{ ...base, cluster: '1=127.0.0.1' }, /^--cluster: invalid value '127.0.0.1'/],
    [{ ...base, cluster: '1=127.0.0.1:7101,1=127.0.0.1:7102' }, /^--cluster: node id 1 appears twice\.$/],
    [{ ...base, cluster: '1=127.0.0.1:7101,2=127.0.0.1:7101' }, /^--cluster: address 127.0.0.1:7101 is used twice\.$/],
    [{ ...base, peer: '127.0.0.1:7102' }, /^--peer: port 7102 differs from node 1's entry/],
    [{ ...base, peer: 'localhost:99999' }, /^--peer: invalid value/],
    [{ ...base, regions: '0' }, /^--regions: invalid value '0'/],
    [{ ...base, regions: '2.5' }, /^--regions: invalid value '2.5'/],
    [{ ...base, workers: '-1' }, /^--workers: invalid value '-1'/],
    [{ ...base, splitKeys: 'b,a' }, /^--split-keys: keys must be strictly ascending/],
    [{ ...base, splitKeys: '0xzz' }, /^--split-keys: invalid value '0xzz'/],
    [{ ...base, splitKeys: 'a,b', regions: '5' }, /^--regions 5 disagrees with --split-keys/],
    [{ ...base, metrics: 'nowhere' }, /^--metrics: invalid value 'nowhere'/],
    [{ ...base, logLevel: 'loud' }, /^--log-level: invalid value 'loud'/],
    [{ ...base, clusterId: 'has space' }, /^--cluster-id: invalid value/],
  ])('refuses a bad value with one line naming the flag (%#)', (flags, message) => {
    const error = errorOf(flags);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('refuses unknown keys and malformed YAML in the config file', () => {
    expect(errorOf(base, 'colour: blue\n').code).toBe('FLINT_CONFIG_UNKNOWN_KEY');
    expect(errorOf(base, 'id: [1\n').message).toMatch(/^config file: not valid YAML/);
    expect(errorOf(base, '- 1\n').message).toMatch(/^config file: expected a mapping/);
  });

  it('joins with --join: this node only as a member, its own advertised addresses, no cluster id yet', () => {
    const joining = {
      id: '4',
      data: 'data/n4',
      peer: '10.0.0.4:7101',
      client: '10.0.0.4:7201',
      join: '10.0.0.1:7201,10.0.0.2:7201',
    };
    const config = resolveServerConfig(joining, undefined, '/srv/flint');
    expect(config.join).toEqual([
      { host: '10.0.0.1', port: 7201 },
      { host: '10.0.0.2', port: 7201 },
    ]);
    expect(config.members).toEqual([
      { nodeId: 4, peerAddress: { host: '10.0.0.4', port: 7101 }, clientAddress: { host: '10.0.0.4', port: 7201 } },
    ]);
    expect(config.clusterId).toBe(0);
    expect(resolveServerConfig({ ...joining, clusterId: '77' }, undefined, '/srv/flint').clusterId).toBe(77);
    expect(errorOf({ ...joining, cluster }).message).toMatch(/--join and --cluster exclude each other/);
    expect(errorOf({ ...joining, replicas: '3' }).message).toMatch(
      /^--replicas applies when a cluster is bootstrapped/,
    );
    expect(errorOf({ ...joining, peer: undefined }).code).toBe('FLINT_CONFIG_MISSING');
    expect(errorOf({ ...joining, client: '0.0.0.0:7201' }).message).toMatch(/other members dial it there/);
    expect(errorOf({ ...joining, join: 'nowhere' }).message).toMatch(/^--join/);
  });

  it('takes the placement throttle (--placement-changes, default 1)', () => {
    expect(resolveServerConfig(base, undefined, '/srv/flint').placementChangesPerRound).toBe(1);
    expect(
      resolveServerConfig({ ...base, placementChanges: '4' }, undefined, '/srv/flint').placementChangesPerRound,
    ).toBe(4);
    expect(errorOf({ ...base, placementChanges: '0' }).message).toMatch(/^--placement-changes/);
  });
  it('reads the TLS flags: mutual TLS on the peer port needs all three files, client TLS a certificate and key', () => {
    const plain = resolveServerConfig(base, undefined, '/srv/flint');
    expect(plain.security).toEqual({ metrics: false });
    const secure = resolveServerConfig(
      {
        ...base,
        metrics: '127.0.0.1:9101',
        peerTlsCert: 'certs/node-1.crt',
        peerTlsKey: 'certs/node-1.key',
        peerTlsCa: 'certs/ca.crt',
        tlsCert: 'certs/node-1.crt',
        tlsKey: 'certs/node-1.key',
        tlsCa: 'certs/ca.crt',
        clientCertAuth: true,
        metricsTls: true,
      },
      undefined,
      '/srv/flint',
    );
    expect(secure.security).toEqual({
      peer: {
        certFile: '/srv/flint/certs/node-1.crt',
        keyFile: '/srv/flint/certs/node-1.key',
        caFile: '/srv/flint/certs/ca.crt',
      },
      client: {
        certFile: '/srv/flint/certs/node-1.crt',
        keyFile: '/srv/flint/certs/node-1.key',
        caFile: '/srv/flint/certs/ca.crt',
        clientCertAuth: true,
      },
      metrics: true,
    });
    const fromFile = resolveServerConfig(base, 'tls-cert: /c.crt\ntls-key: /c.key\nclient-cert-auth: false\n', '/srv');
    expect(fromFile.security.client).toEqual({ certFile: '/c.crt', keyFile: '/c.key', clientCertAuth: false });

    expect(errorOf({ ...base, peerTlsCert: 'a.crt', peerTlsKey: 'a.key' }).message).toMatch(
      /--peer-tls-ca go together/,
    );
    expect(errorOf({ ...base, tlsCert: 'a.crt' }).message).toMatch(/--tls-cert and --tls-key go together/);
    expect(errorOf({ ...base, tlsCert: 'a.crt', tlsKey: 'a.key', clientCertAuth: true }).message).toMatch(
      /--client-cert-auth: give --tls-ca/,
    );
    expect(errorOf({ ...base, metricsTls: true }).message).toMatch(/--metrics-tls/);
    expect(errorOf({ ...base, tlsCert: 'a', tlsKey: 'b', metricsTls: true }).message).toMatch(/give --metrics too/);
    expect(errorOf(base, 'client-cert-auth: maybe\n').message).toMatch(/expected true or false/);
  });
  it('takes each setting from a flag, else its FLINT_* variable, else the file, else the default', () => {
    const file = 'split-size: 1MiB\nsplit-load: 50\nregions: 4\n';
    const environment = { FLINT_SPLIT_LOAD: '70', FLINT_REGIONS: '6', FLINT_TICK_INTERVAL: '50' };
    const config = resolveServerConfig({ ...base, regions: '2' }, file, '/srv/flint', environment);
    expect(config.regionCount).toBe(2);
    expect(config.split.loadPerSecond).toBe(70);
    expect(config.split.sizeBytes).toBe(1024 * 1024);
    expect(config.raft.tickIntervalMs).toBe(50);
    // --quiesce-after is seconds: 2 s at 50 ms ticks.
    expect(config.raft.quiesceTicks).toBe(40);
    expect(resolveServerConfig(base, undefined, '/srv').split.loadPerSecond).toBe(200);
  });

  it('names the variable when an environment value is refused, with its own code', () => {
    let error: ConfigError | undefined;
    try {
      resolveServerConfig(base, undefined, '/srv', { FLINT_SPLIT_SIZE: 'lots' });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error?.code).toBe('FLINT_CONFIG_ENVIRONMENT');
    expect(error?.message).toMatch(/^FLINT_SPLIT_SIZE: /);
    // A flag given as well wins, and the variable is not looked at.
    expect(() =>
      resolveServerConfig({ ...base, splitSize: '1MiB' }, undefined, '/srv', { FLINT_SPLIT_SIZE: 'lots' }),
    ).not.toThrow();
  });

  it('reads Raft timing, compaction and limits, and refuses settings that cannot work together', () => {
    const config = resolveServerConfig(
      {
        ...base,
        tickInterval: '20',
        electionTicks: '15',
        heartbeatTicks: '3',
        compactionEntries: '500',
        compactionBytes: '8MiB',
        maxFrameBytes: '4MiB',
        peerSendQueueBytes: '32MiB',
      },
      undefined,
      '/srv',
    );
    expect(config.raft).toMatchObject({ tickIntervalMs: 20, electionTicks: 15, heartbeatTicks: 3 });
    expect(config.compaction).toEqual({ maxLogEntries: 500, maxLogBytes: 8 * 1024 * 1024 });
    expect(config.maxFrameBytes).toBe(4 * 1024 * 1024);
    expect(config.peerSendQueueBytes).toBe(32 * 1024 * 1024);
    expect(errorOf({ ...base, heartbeatTicks: '10' }).message).toMatch(
      /--heartbeat-ticks \(10\) must be less than --election-ticks \(10\)/,
    );
    expect(errorOf({ ...base, maxFrameBytes: '64MiB', peerSendQueueBytes: '32MiB' }).message).toMatch(
      /--peer-send-queue-bytes/,
    );
    expect(errorOf({ ...base, tickInterval: '1' }).message).toMatch(/--tick-interval/);
  });
});
