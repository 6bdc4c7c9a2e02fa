import {
  type Command,
  encodeFrame,
  encodeRequest,
  encodeResponseFrame,
  FrameKind,
  makeRequest,
  makeResponseError,
  type Response,
  tryPeekRequest,
} from '@flintkv/proto';
import { describe, expect, it } from 'vitest';
import { InFlightRequests } from './in-flight-requests.js';
import { NodeMetrics } from './node-metrics.js';
import { RequestMeter } from './request-meter.js';

const GET: Command = { type: 'get', key: Uint8Array.of(1), consistency: 'linearizable' };
const PUT: Command = { type: 'put', key: Uint8Array.of(1), value: Uint8Array.of(2) };

const request = (requestId: number, command: Command) =>
  tryPeekRequest(encodeRequest(makeRequest({ requestId, command })));
const answer = (requestId: number, result: Response['result']) => encodeResponseFrame(3, { requestId, result });
const notLeader = makeResponseError({ code: 'NOT_LEADER', message: 'ask node 2', leaderId: 2 });

/** A meter on a clock the test moves, and the figures it recorded. */
function meterOnClock(inFlight = new InFlightRequests()) {
  const metrics = new NodeMetrics(1);
  const clock = { ms: 0 };
  const meter = new RequestMeter(metrics, () => clock.ms, inFlight);
  const values = async (name: string) => (await metrics.registry.getSingleMetric(name)?.get())?.values ?? [];
  const value = async (name: string, labels: Record<string, string | number>, metricName = name) =>
    (await values(name)).find(
      (each) =>
        ((each as { metricName?: string }).metricName ?? name) === metricName &&
        Object.entries(labels).every(([label, wanted]) => each.labels[label] === wanted),
    )?.value;
  return { meter, clock, value };
}

describe('RequestMeter', () => {
  it('counts requests by command and times each answer by the command of its request', async () => {
    const { meter, clock, value } = meterOnClock();
    meter.received(1, request(1, PUT));
    meter.received(1, request(2, GET));
    meter.received(2, request(1, GET));
    clock.ms = 0.3;
    meter.answered(1, answer(2, { type: 'get', found: false, value: new Uint8Array() }));
    clock.ms = 40;
    meter.answered(1, answer(1, { type: 'put' }));
    meter.answered(2, answer(1, { type: 'get', found: true, value: Uint8Array.of(2) }));

    expect(await value('flint_requests_total', { command: 'put' })).toBe(1);
    expect(await value('flint_requests_total', { command: 'get' })).toBe(2);
    const duration = 'flint_request_duration_seconds';
    expect(await value(duration, { command: 'get' }, `${duration}_count`)).toBe(2);
    expect(await value(duration, { command: 'get', le: 0.0005 }, `${duration}_bucket`)).toBe(1);
    expect(await value(duration, { command: 'get', le: 0.05 }, `${duration}_bucket`)).toBe(2);
    expect(await value(duration, { command: 'put' }, `${duration}_sum`)).toBeCloseTo(0.04);
    expect(await value('flint_request_errors_total', { command: 'get' })).toBeUndefined();
  });

  it('counts an error answer by the command asked and the error code', async () => {
    const { meter, value } = meterOnClock();
    meter.received(1, request(5, PUT));
    meter.received(1, request(6, PUT));
    meter.answered(1, answer(5, notLeader));
    meter.answered(1, answer(6, makeResponseError({ code: 'UNAUTHENTICATED', message: 'authenticate first' })));
    expect(await value('flint_request_errors_total', { command: 'put', code: 'NOT_LEADER' })).toBe(1);
    expect(await value('flint_request_errors_total', { command: 'put', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(
      await value('flint_request_duration_seconds', { command: 'put' }, 'flint_request_duration_seconds_count'),
    ).toBe(2);
  });

  it('ignores answers it has no request for, frames that are no response, and bytes that are no request', async () => {
    const inFlight = new InFlightRequests();
    const { meter, value } = meterOnClock(inFlight);
    meter.received(1, tryPeekRequest(Uint8Array.of(0xff, 0xff)));
    meter.received(1, request(1, GET));
    meter.answered(2, answer(1, notLeader));
    meter.answered(1, answer(9, notLeader));
    meter.answered(1, encodeFrame(FrameKind.GOAWAY, 0, Uint8Array.of(1)));
    meter.answered(1, encodeFrame(FrameKind.CLIENT_RESPONSE, 0, Uint8Array.of(0x08)));
    expect(await value('flint_request_errors_total', {})).toBeUndefined();
    expect(await value('flint_request_duration_seconds', {}, 'flint_request_duration_seconds_count')).toBeUndefined();
    expect(inFlight.size).toBe(1);
  });

  it('forgets the requests of a closed connection: a late answer is not matched', async () => {
    const inFlight = new InFlightRequests();
    const { meter, value } = meterOnClock(inFlight);
    meter.received(1, request(1, GET));
    meter.closed(1);
    meter.answered(1, answer(1, notLeader));
    expect(inFlight.size).toBe(0);
    expect(await value('flint_requests_total', { command: 'get' })).toBe(1);
    expect(await value('flint_request_errors_total', {})).toBeUndefined();
  });
});
