/**
 * Reads a response's request id and, when it failed, its error code from its protobuf bytes
 * without decoding it: the node's main thread counts every answer it sends by outcome, and
 * most of them pass through it as raw bytes from the hosts. Walks the top-level fields; of the
 * result, only an error's code is read.
 */
import { FieldCursor, WireType } from './field-cursor.js';
import { RESPONSE_ERROR_CODES, type ResponseErrorCode } from './kv-types.js';

/**
 * `Response`'s `oneof result` (proto/kv.proto): every field from 10 on is one, the error (30)
 * among them — answers added after it (`exportRegion`, 31) are numbered past it.
 */
const FIRST_RESULT_FIELD = 10;
const ERROR_FIELD = 30;
/** `Error.code`. */
const ERROR_CODE_FIELD = 1;

/** What {@link peekResponse} found. */
export interface PeekedResponse {
  requestId: number;
  /** The error's code when the request failed; `undefined` when it succeeded. */
  errorCode: ResponseErrorCode | undefined;
}

/**
 * The request id of an encoded `Response`, and its error code if it is an error.
 *
 * @throws PayloadError (FLINT_PAYLOAD_INVALID) when the bytes are not a response with a result,
 *   or name an error code this version does not know.
 * @example
 * peekResponse(frame.payload); // { requestId: 7, errorCode: 'NOT_LEADER' }
 */
export function peekResponse(payload: Uint8Array): PeekedResponse {
  const cursor = new FieldCursor(payload, 'response');
  let requestId = 0;
  let answered = false;
  let errorCode: ResponseErrorCode | undefined;
  // To the end, not to the result: protobuf lets fields come in any order, and the last of a oneof wins.
  while (cursor.more) {
    const tag = cursor.tag();
    if (tag.field === 1 && tag.wireType === WireType.VARINT) {
      requestId = cursor.varint();
    } else if (tag.field === ERROR_FIELD && tag.wireType === WireType.LENGTH_DELIMITED) {
      answered = true;
      errorCode = errorCodeOf(cursor.enter(tag));
    } else if (tag.field >= FIRST_RESULT_FIELD) {
      answered = true;
      errorCode = undefined;
      cursor.skip(tag);
    } else {
      cursor.skip(tag);
    }
  }
  if (!answered) throw cursor.malformed('no result');
  return { requestId, errorCode };
}

/** An `Error` message's code; unset (0) reads as INTERNAL, as `decodeResponse` reads it. */
function errorCodeOf(error: FieldCursor): ResponseErrorCode {
  let number = 0;
  while (error.more) {
    const tag = error.tag();
    if (tag.field === ERROR_CODE_FIELD && tag.wireType === WireType.VARINT) number = error.varint();
    else error.skip(tag);
  }
  if (number === 0) return 'INTERNAL';
  const code = RESPONSE_ERROR_CODES[number - 1];
  if (code === undefined) throw error.malformed(`unknown error code ${number}`);
  return code;
}
