import { compareBytes } from '@flintkv/proto';
import { ConfigError } from './config-error.js';
import type { ClusterMember, HostAndPort } from './server-config.js';

/** Largest node id: ids travel as u32 in the handshake. */
const MAX_NODE_ID = 0xffff_ffff;

function invalid(flag: string, value: string, expected: string): ConfigError {
  return new ConfigError('FLINT_CONFIG_INVALID', `--${flag}: invalid value '${value}', expected ${expected}.`);
}

/** A decimal integer within [min, max]; rejects '1.5', '1e3', ' 7', '0x10'. */
export function parseInteger(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw invalid(flag, value, `an integer from ${min} to ${max}`);
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw invalid(flag, value, `an integer from ${min} to ${max}`);
  }
  return parsed;
}

const BYTE_UNITS: Record<string, number> = { '': 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/** A byte size: an integer with an optional unit KiB, MiB or GiB ('512KiB', '4MiB'), within [min, max]. */
export function parseByteSize(flag: string, value: string, min: number, max: number): number {
  const match = /^(\d+)(KiB|MiB|GiB)?$/.exec(value);
  const parsed = match === null ? Number.NaN : Number(match[1]) * BYTE_UNITS[match[2] ?? '']!;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw invalid(flag, value, `a size from ${min} to ${max} bytes (an integer, or with KiB, MiB or GiB)`);
  }
  return parsed;
}

export function parseNodeId(flag: string, value: string): number {
  return parseInteger(flag, value, 1, MAX_NODE_ID);
}

/** `host:port` or `[ipv6]:port`, port 1..65535. */
export function parseHostAndPort(flag: string, value: string): HostAndPort {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(value);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!match || host === undefined || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw invalid(flag, value, 'host:port with a port from 1 to 65535 (e.g. 127.0.0.1:7101)');
  }
  return { host, port };
}

/** Renders an address the way {@link parseHostAndPort} reads it. */
export function formatHostAndPort(address: HostAndPort): string {
  return address.host.includes(':') ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}

/**
 * The member list: `id=peerHost:port[/clientHost:port]` entries. A member without a client
 * address listens for clients on its peer port + `clientPortOffset` (same host).
 */
export function parseMembers(flag: string, entries: string[], clientPortOffset: number): ClusterMember[] {
  if (entries.length === 0) throw invalid(flag, '', 'id=host:port[,id=host:port...]');
  const members: ClusterMember[] = [];
  for (const entry of entries) {
    const match = /^([^=]+)=([^/]+)(?:\/(.+))?$/.exec(entry.trim());
    if (!match) throw invalid(flag, entry, 'id=peerHost:port or id=peerHost:port/clientHost:port');
    const nodeId = parseNodeId(flag, match[1]!);
    const peerAddress = parseHostAndPort(flag, match[2]!);
    const clientAddress =
      match[3] === undefined
        ? { host: peerAddress.host, port: peerAddress.port + clientPortOffset }
        : parseHostAndPort(flag, match[3]);
    if (clientAddress.port > 65_535) {
      throw invalid(
        flag,
        entry,
        `a peer port of at most ${65_535 - clientPortOffset}, or an explicit /clientHost:port`,
      );
    }
    members.push({ nodeId, peerAddress, clientAddress });
  }
  members.sort((a, b) => a.nodeId - b.nodeId);
  const seenAddresses = new Set<string>();
  for (let index = 0; index < members.length; index++) {
    const member = members[index]!;
    if (index > 0 && members[index - 1]!.nodeId === member.nodeId) {
      throw new ConfigError('FLINT_CONFIG_INVALID', `--${flag}: node id ${member.nodeId} appears twice.`);
    }
    for (const address of [member.peerAddress, member.clientAddress]) {
      const text = formatHostAndPort(address);
      if (seenAddresses.has(text)) {
        throw new ConfigError('FLINT_CONFIG_INVALID', `--${flag}: address ${text} is used twice.`);
      }
      seenAddresses.add(text);
    }
  }
  return members;
}

/**
 * Split keys: UTF-8 text, or hex bytes after a `0x` prefix. They must be non-empty and
 * strictly ascending in byte order, because each one starts a region.
 */
export function parseSplitKeys(flag: string, entries: string[]): Uint8Array[] {
  const keys = entries.map((entry) => {
    if (entry.length === 0) throw invalid(flag, entry, 'non-empty keys');
    if (entry.startsWith('0x')) {
      const hex = entry.slice(2);
      if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw invalid(flag, entry, 'UTF-8 text or 0x followed by an even number of hex digits');
      }
      return new Uint8Array(Buffer.from(hex, 'hex'));
    }
    return new TextEncoder().encode(entry);
  });
  for (let index = 1; index < keys.length; index++) {
    if (compareBytes(keys[index - 1]!, keys[index]!) >= 0) {
      throw new ConfigError(
        'FLINT_CONFIG_INVALID',
        `--${flag}: keys must be strictly ascending in byte order ('${entries[index - 1]}' is not before '${entries[index]}').`,
      );
    }
  }
  return keys;
}
