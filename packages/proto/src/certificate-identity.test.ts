import { describe, expect, it } from 'vitest';
import { nodeCertificateUri, nodeIdFromCertificateUris, parseSubjectAltNameUris } from './certificate-identity.js';

describe('nodeCertificateUri', () => {
  it('names a node by its id', () => {
    expect(nodeCertificateUri(1)).toBe('flint://node/1');
    expect(nodeCertificateUri(42)).toBe('flint://node/42');
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('refuses %s', (nodeId) => {
    expect(() => nodeCertificateUri(nodeId)).toThrow(RangeError);
  });
});

describe('nodeIdFromCertificateUris', () => {
  it('reads the id of the one node URI, ignoring other schemes', () => {
    expect(nodeIdFromCertificateUris(['flint://node/7'])).toBe(7);
    expect(nodeIdFromCertificateUris(['https://example.test/', 'flint://node/3', 'urn:x'])).toBe(3);
    expect(nodeIdFromCertificateUris(['flint://node/3', 'flint://node/3'])).toBe(3);
  });

  it('round-trips nodeCertificateUri', () => {
    for (const nodeId of [1, 2, 99, Number.MAX_SAFE_INTEGER]) {
      expect(nodeIdFromCertificateUris([nodeCertificateUri(nodeId)])).toBe(nodeId);
    }
  });

  it('is undefined without a node URI, or with two different ids', () => {
    expect(nodeIdFromCertificateUris([])).toBeUndefined();
    expect(nodeIdFromCertificateUris(['spiffe://cluster/node/1'])).toBeUndefined();
    expect(nodeIdFromCertificateUris(['flint://node/1', 'flint://node/2'])).toBeUndefined();
  });

  it.each([
    'flint://node/0',
    'flint://node/01',
    'flint://node/-1',
    'flint://node/1.0',
    'flint://node/1/',
    'flint://node/ 1',
    'flint://node/',
    'flint://node/9007199254740993',
  ])('is undefined when a node URI is malformed: %s', (malformed) => {
    expect(nodeIdFromCertificateUris([malformed])).toBeUndefined();
    expect(nodeIdFromCertificateUris(['flint://node/1', malformed])).toBeUndefined();
  });

  it('does not read node URIs of another case or host', () => {
    expect(nodeIdFromCertificateUris(['FLINT://node/1'])).toBeUndefined();
    expect(nodeIdFromCertificateUris(['flint://nodes/1'])).toBeUndefined();
  });
});

describe('parseSubjectAltNameUris', () => {
  it('picks the URIs out of Node’s subjectaltname string', () => {
    expect(parseSubjectAltNameUris('DNS:localhost, IP Address:127.0.0.1, URI:flint://node/2')).toEqual([
      'flint://node/2',
    ]);
    expect(parseSubjectAltNameUris('URI:flint://node/1, DNS:a.example, URI:urn:x:y')).toEqual([
      'flint://node/1',
      'urn:x:y',
    ]);
    expect(parseSubjectAltNameUris('IP Address:::1, DNS:localhost')).toEqual([]);
  });

  it('is empty for no names', () => {
    expect(parseSubjectAltNameUris(undefined)).toEqual([]);
    expect(parseSubjectAltNameUris('')).toEqual([]);
  });

  it('decodes quoted values, so a comma inside one never makes a second entry', () => {
    const list = 'DNS:localhost, URI:"flint://node/1, URI:flint://node/2", URI:"a\\"b\\\\c"';
    expect(parseSubjectAltNameUris(list)).toEqual(['flint://node/1, URI:flint://node/2', 'a"b\\c']);
    expect(nodeIdFromCertificateUris(parseSubjectAltNameUris(list))).toBeUndefined();
  });

  it('stops at an entry it cannot read, keeping the URIs before it', () => {
    expect(parseSubjectAltNameUris('URI:flint://node/1, URI:"unterminated')).toEqual(['flint://node/1']);
    expect(parseSubjectAltNameUris('URI:flint://node/1, no colon here')).toEqual(['flint://node/1']);
    expect(parseSubjectAltNameUris('URI:"a"b, URI:flint://node/2')).toEqual(['a']);
  });
});
