import { describe, expect, it } from 'vitest';
import { InFlightRequests } from './in-flight-requests.js';

describe('InFlightRequests', () => {
  it('matches an answer to its request by connection and request id, once', () => {
    const requests = new InFlightRequests();
    requests.add(1, 7, 'put', 100);
    requests.add(2, 7, 'get', 110);
    expect(requests.size).toBe(2);
    expect(requests.take(2, 7)).toEqual({ command: 'get', startedAt: 110 });
    expect(requests.take(2, 7)).toBeUndefined();
    expect(requests.take(1, 8)).toBeUndefined();
    expect(requests.take(1, 7)).toEqual({ command: 'put', startedAt: 100 });
    expect(requests.size).toBe(0);
    expect(requests.awaits(1)).toBe(false);
  });

  it('replaces a request id already waiting without counting it twice', () => {
    const requests = new InFlightRequests();
    requests.add(1, 7, 'put', 100);
    requests.add(1, 7, 'get', 120);
    expect(requests.size).toBe(1);
    expect(requests.take(1, 7)).toEqual({ command: 'get', startedAt: 120 });
  });

  it('forgets the requests of a closed connection', () => {
    const requests = new InFlightRequests();
    requests.add(1, 1, 'put', 0);
    requests.add(1, 2, 'put', 0);
    requests.add(2, 1, 'get', 0);
    requests.forget(1);
    requests.forget(9);
    expect(requests.size).toBe(1);
    expect(requests.awaits(1)).toBe(false);
    expect(requests.take(1, 1)).toBeUndefined();
    expect(requests.awaits(2)).toBe(true);
  });

  it('keeps a connection that is never answered to its bound, dropping its oldest requests', () => {
    const requests = new InFlightRequests({ perConnection: 3, total: 100 });
    for (let id = 1; id <= 1_000; id++) requests.add(1, id, 'get', id);
    expect(requests.size).toBe(3);
    expect(requests.take(1, 997)).toBeUndefined();
    expect(requests.take(1, 998)).toEqual({ command: 'get', startedAt: 998 });
  });

  it('keeps no more than its node-wide bound, and takes new requests again once some are answered', () => {
    const requests = new InFlightRequests({ perConnection: 10, total: 4 });
    for (let connection = 1; connection <= 5; connection++) {
      expect(requests.add(connection, 1, 'put', 0)).toBe(connection <= 4);
    }
    expect(requests.size).toBe(4);
    expect(requests.take(5, 1)).toBeUndefined();
    requests.take(1, 1);
    expect(requests.add(5, 2, 'put', 0)).toBe(true);
    expect(requests.size).toBe(4);
  });
});
