import {
  type CommandType,
  FRAME_HEADER_BYTES,
  FrameKind,
  type PeekedRequest,
  peekResponse,
  type ResponseErrorCode,
} from '@flintkv/proto';
import type { Counter, Histogram } from 'prom-client';
import { InFlightRequests } from './in-flight-requests.js';
import type { NodeMetrics } from './node-metrics.js';

/** The series of one command, resolved once: a labelled update hashes its labels every time. */
interface CommandSeries {
  requests: Counter.Internal;
  duration: Histogram.Internal<'command'>;
}

/** Byte 4 of a frame: its kind (after the u32 length). */
const FRAME_KIND_OFFSET = 4;

/**
 * Counts client requests by command, and times and judges their answers, on the main thread:
 * it sees every request arrive and every answer leave, whichever host or part of the main
 * thread (the auth gate, node-level requests) answered it. Requests and answers are peeked, not
 * decoded (this runs for every request), and matched by connection and request id.
 *
 * `flint_requests_total` counts at arrival; `flint_request_duration_seconds` and
 * `flint_request_errors_total` at the answer, so a request never answered (its connection
 * closed first) is counted but not timed.
 *
 * @example
 * const meter = new RequestMeter(metrics);
 * listener.onRequest = (connection, frame) => { meter.received(connection, frame.payload); route(connection, frame); };
 * listener.onReply = (connection, bytes) => meter.answered(connection, bytes);
 * listener.onClosed = (connection) => meter.closed(connection);
 */
export class RequestMeter {
  private readonly series = new Map<CommandType, CommandSeries>();

  constructor(
    private readonly metrics: NodeMetrics,
    /** Milliseconds. */
    private readonly now: () => number = () => performance.now(),
    private readonly inFlight: InFlightRequests = new InFlightRequests(),
  ) {}

  /**
   * A request arrived on `connection` (`tryPeekRequest` of its payload; `undefined`: not a
   * request, which the decoder downstream refuses and counts).
   */
  received(connection: number, peeked: PeekedRequest | undefined): void {
    if (peeked === undefined) return;
    this.seriesOf(peeked.command).requests.inc();
    this.inFlight.add(connection, peeked.requestId, peeked.command, this.now());
  }

  /** A whole response frame is leaving on `connection`. */
  answered(connection: number, frame: Uint8Array): void {
    if (frame[FRAME_KIND_OFFSET] !== FrameKind.CLIENT_RESPONSE || !this.inFlight.awaits(connection)) return;
    let requestId: number;
    let errorCode: ResponseErrorCode | undefined;
    try {
      ({ requestId, errorCode } = peekResponse(frame.subarray(FRAME_HEADER_BYTES)));
    } catch {
      // The client's decoder reports it; the request stays until its connection closes.
      return;
    }
    const request = this.inFlight.take(connection, requestId);
    if (request === undefined) return;
    this.seriesOf(request.command).duration.observe((this.now() - request.startedAt) / 1_000);
    if (errorCode !== undefined) this.metrics.requestErrors.inc({ command: request.command, code: errorCode });
  }

  /** `connection` closed: its unanswered requests are forgotten. */
  closed(connection: number): void {
    this.inFlight.forget(connection);
  }

  private seriesOf(command: CommandType): CommandSeries {
    let series = this.series.get(command);
    if (series === undefined) {
      series = {
        requests: this.metrics.requests.labels(command),
        duration: this.metrics.requestDuration.labels(command),
      };
      this.series.set(command, series);
    }
    return series;
  }
}
