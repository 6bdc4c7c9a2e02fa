import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENDPOINTS,
  parseCasArguments,
  parseConsistency,
  parseDecimal,
  parseEndpoints,
  parseInteger,
} from './arguments.js';
import { UsageError } from './usage-error.js';

describe('parseEndpoints', () => {
  it('prefers --endpoints over FLINT_ENDPOINTS over the default', () => {
    expect(parseEndpoints('a:1,b:2', 'c:3')).toEqual(['a:1', 'b:2']);
    expect(parseEndpoints(undefined, 'c:3, d:4')).toEqual(['c:3', 'd:4']);
    expect(parseEndpoints(undefined, undefined)).toEqual(DEFAULT_ENDPOINTS.split(','));
    expect(parseEndpoints(undefined, '  ')).toEqual(DEFAULT_ENDPOINTS.split(','));
  });

  it('refuses an entry that is not host:port, naming where it came from', () => {
    expect(() => parseEndpoints('localhost', undefined)).toThrow(UsageError);
    expect(() => parseEndpoints('localhost', undefined)).toThrow(/--endpoints: 'localhost' is not host:port/);
    expect(() => parseEndpoints(undefined, 'h:99999')).toThrow(/FLINT_ENDPOINTS/);
    expect(() => parseEndpoints(',', undefined)).toThrow(UsageError);
  });
});

describe('parseInteger and parseDecimal', () => {
  it('accept values inside the range', () => {
    expect(parseInteger('--limit', '10', 0)).toBe(10);
    expect(parseDecimal('--ratio', '0.9', 0, 1)).toBe(0.9);
  });

  it('refuse garbage and out-of-range values with the flag name', () => {
    expect(() => parseInteger('--limit', '-1', 0)).toThrow(/--limit: invalid value '-1'/);
    expect(() => parseInteger('--clients', '1.5', 1)).toThrow(UsageError);
    expect(() => parseInteger('--clients', '0', 1, 10)).toThrow(/from 1 to 10/);
    expect(() => parseDecimal('--ratio', '1.1', 0, 1)).toThrow(/--ratio/);
    expect(() => parseDecimal('--ratio', '', 0, 1)).toThrow(UsageError);
  });
});

describe('parseConsistency', () => {
  it('accepts the three read levels and nothing else', () => {
    expect(parseConsistency('stale')).toBe('stale');
    expect(() => parseConsistency('strong')).toThrow(/linearizable, lease, stale/);
  });
});

describe('parseCasArguments', () => {
  it('reads <expected> <next> without flags', () => {
    expect(parseCasArguments(['41', '42'], { absent: false, delete: false })).toEqual({ expected: '41', next: '42' });
  });

  it('lets --absent stand in for <expected> and --delete for <next>', () => {
    expect(parseCasArguments(['me'], { absent: true, delete: false })).toEqual({ expected: undefined, next: 'me' });
    expect(parseCasArguments(['me'], { absent: false, delete: true })).toEqual({ expected: 'me', next: undefined });
    expect(parseCasArguments([], { absent: true, delete: true })).toEqual({ expected: undefined, next: undefined });
  });

  it('refuses a value count that does not match the flags', () => {
    expect(() => parseCasArguments(['41'], { absent: false, delete: false })).toThrow(/expected 2 value\(s\)/);
    expect(() => parseCasArguments(['a', 'b'], { absent: true, delete: false })).toThrow(UsageError);
  });
});
