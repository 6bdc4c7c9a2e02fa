/**
 * Every way bytes from a socket can be wrong has a typed error with a stable `code`, so a
 * connection handler can log the reason, close that one connection and keep serving the rest.
 * Nothing in this package lets an error of another class escape from decoding input.
 */

/** Codes of {@link FrameError}. */
export type FrameErrorCode =
  | 'FLINT_FRAME_TOO_LARGE'
  | 'FLINT_FRAME_UNKNOWN_KIND'
  | 'FLINT_FRAME_MALFORMED'
  | 'FLINT_FRAME_TRUNCATED'
  | 'FLINT_FRAME_INVALID_ARGUMENT';

/** Codes of {@link PayloadError}. */
export type PayloadErrorCode = 'FLINT_PAYLOAD_INVALID' | 'FLINT_PAYLOAD_UNENCODABLE';

/** Codes of {@link HandshakeError}. */
export type HandshakeErrorCode =
  | 'FLINT_BAD_MAGIC'
  | 'FLINT_PROTOCOL_VERSION'
  | 'FLINT_CLUSTER_MISMATCH'
  | 'FLINT_UNKNOWN_NODE'
  | 'FLINT_NODE_MISMATCH'
  | 'FLINT_HANDSHAKE_ROLE'
  | 'FLINT_HANDSHAKE_MALFORMED'
  | 'FLINT_HANDSHAKE_REFUSED'
  | 'FLINT_PEER_INCARNATION_MISMATCH'
  | 'FLINT_TLS';

/** Any code a {@link FlintProtocolError} can carry. */
export type FlintProtocolErrorCode = FrameErrorCode | PayloadErrorCode | HandshakeErrorCode;

/** Base class of every error this package raises about bytes on the wire. */
export class FlintProtocolError extends Error {
  readonly code: FlintProtocolErrorCode;

  constructor(code: FlintProtocolErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The framing layer was violated: the connection's byte stream cannot be trusted any more. */
export class FrameError extends FlintProtocolError {
  declare readonly code: FrameErrorCode;

  constructor(code: FrameErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** A frame's payload is not a valid message of the kind the frame claims. */
export class PayloadError extends FlintProtocolError {
  declare readonly code: PayloadErrorCode;

  constructor(code: PayloadErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** The connection's opening handshake was malformed, or names the wrong cluster, node or version. */
export class HandshakeError extends FlintProtocolError {
  declare readonly code: HandshakeErrorCode;

  constructor(code: HandshakeErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
