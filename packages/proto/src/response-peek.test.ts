import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadError } from './errors.js';
import { encodeResponse, encodeResponseFrame } from './kv-codec.js';
import { makeResponseError, RESPONSE_ERROR_CODES, type Result } from './kv-types.js';
import { peekResponse } from './response-peek.js';
import * as arbitrary from './test-support/arbitraries.js';
import { decodeFrameForTest } from './test-support/frames.js';

describe('peekResponse', () => {
  it('reads the request id of a response of every kind, and the code of an error', () => {
    for (const [type, result] of Object.entries(arbitrary.resultsByType)) {
      fc.assert(
        fc.property(arbitrary.response(result as fc.Arbitrary<Result>), (response) => {
          const frame = decodeFrameForTest(encodeResponseFrame(7, response));
          const errorCode = response.result.type === 'error' ? response.result.error.code : undefined;
          expect(peekResponse(frame.payload), type).toEqual({ requestId: response.requestId, errorCode });
        }),
        { numRuns: 20 },
      );
    }
  });

  it('names every error code', () => {
    for (const code of RESPONSE_ERROR_CODES) {
      const bytes = encodeResponse({
        requestId: 2 ** 40 + 3,
        result: makeResponseError({ code, message: 'why', leaderId: 2, leaderAddress: 'a:1', retryAfterMs: 5 }),
      });
      expect(peekResponse(bytes)).toEqual({ requestId: 2 ** 40 + 3, errorCode: code });
    }
  });

  it('reads fields in any order; an error without a code is INTERNAL, as the decoder reads it', () => {
    // error { message "x" } then request_id 5: the code left unset, the id after the result.
    expect(peekResponse(Uint8Array.of(0xf2, 0x01, 0x03, 0x12, 0x01, 0x78, 0x08, 0x05))).toEqual({
      requestId: 5,
      errorCode: 'INTERNAL',
    });
    // An unknown field before a put result (field 11, empty).
    expect(peekResponse(Uint8Array.of(0x08, 0x09, 0x28, 0x01, 0x5a, 0x00))).toEqual({
      requestId: 9,
      errorCode: undefined,
    });
  });

  it('refuses bytes that are not a response', () => {
    expect(() => peekResponse(Uint8Array.of(0x08))).toThrow(PayloadError);
    expect(() => peekResponse(Uint8Array.of(0x08, 0x01))).toThrow(/no result/);
    expect(() => peekResponse(Uint8Array.of(0x5a, 0x20, 0x00))).toThrow(/past the end/);
    expect(() => peekResponse(Uint8Array.of(0x0b))).toThrow(/wire type/);
    // error { code 99 }
    expect(() => peekResponse(Uint8Array.of(0xf2, 0x01, 0x02, 0x08, 0x63))).toThrow(/unknown error code 99/);
    // error { code … } whose varint runs past the error's own length
    expect(() => peekResponse(Uint8Array.of(0xf2, 0x01, 0x01, 0x08, 0x01))).toThrow(/truncated varint/);
  });
});
