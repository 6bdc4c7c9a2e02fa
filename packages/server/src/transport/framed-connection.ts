import type { Socket } from 'node:net';
import { encodeFrame, FlintProtocolError, type Frame, FrameDecoder, FrameKind } from '@flintkv/proto';
import { SendQueue } from './send-queue.js';

/** Why a connection ended; `code` is stable (FLINT_...), absent for an orderly close. */
export interface CloseReason {
  code: string;
  message: string;
}

/** What a {@link FramedConnection} does when its send queue passes its bound. */
export type OverflowPolicy =
  /** Drop the oldest queued buffers (peer links: Raft retries lost messages). */
  | 'drop-oldest'
  /** Close the connection (clients: a reply must never be silently lost). */
  | 'close';

export interface FramedConnectionOptions {
  maxFrameBytes: number;
  maxQueuedBytes: number;
  overflow: OverflowPolicy;
  /** Bytes that followed the handshake in its last chunk. */
  rest: Uint8Array;
  /** Every frame completed by one socket chunk, in order. Throw a FlintProtocolError to close. */
  onFrames(frames: Frame[], chunkBytes: number): void;
  onClose(reason: CloseReason | undefined): void;
  /** Buffers dropped by the 'drop-oldest' policy. */
  onDrop?(entries: number, bytes: number): void;
  /** Bytes handed to the socket by one flush. */
  onWritten?(bytes: number): void;
}

/**
 * One TCP connection after its handshake: frames in through a {@link FrameDecoder}, buffers out
 * in one batch per event-loop turn (everything queued during a turn is written under
 * cork/uncork, i.e. one writev). A decode error closes this connection only.
 */
export class FramedConnection {
  private readonly decoder: FrameDecoder;
  private readonly queue: SendQueue;
  private flushScheduled = false;
  private closed = false;

  constructor(
    readonly socket: Socket,
    private readonly options: FramedConnectionOptions,
  ) {
    this.decoder = new FrameDecoder({ maxFrameBytes: options.maxFrameBytes });
    this.queue = new SendQueue(options.maxQueuedBytes);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('drain', () => this.flush());
    socket.on('error', (error: NodeJS.ErrnoException) =>
      this.close({ code: error.code ?? 'FLINT_SOCKET_ERROR', message: error.message }),
    );
    socket.on('end', () => {
      try {
        this.decoder.end();
        this.close(undefined);
      } catch (error) {
        this.closeWithError(error);
      }
    });
    socket.on('close', () => this.close({ code: 'FLINT_CONNECTION_CLOSED', message: 'connection closed' }));
  }

  /**
   * Starts reading: first the bytes that followed the handshake, then the socket. Separate from
   * the constructor because reading may call back (frames, even a close) into an owner that
   * must already hold this connection.
   */
  start(): void {
    if (this.options.rest.byteLength > 0) this.receive(this.options.rest);
    if (!this.closed) this.socket.resume();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Bytes queued and not yet handed to the socket. */
  get queuedBytes(): number {
    return this.queue.bytes;
  }

  /** Queues whole frames for the next flush (at the end of this event-loop turn). */
  send(bytes: Uint8Array): void {
    if (this.closed) return;
    const droppedBytesBefore = this.queue.droppedBytes;
    const dropped = this.queue.push(bytes);
    if (dropped > 0) {
      if (this.options.overflow === 'close') {
        this.close({
          code: 'FLINT_SLOW_CONSUMER',
          message: `more than ${this.options.maxQueuedBytes} bytes of replies are waiting for the reader`,
        });
        return;
      }
      this.options.onDrop?.(dropped, this.queue.droppedBytes - droppedBytesBefore);
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  /**
   * Ends the connection; the reason is reported once through `onClose`. When this side decided
   * to close for a reason, a GOAWAY frame carrying it is the last thing written, so the other
   * side can log why.
   */
  close(reason: CloseReason | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.clear();
    const remoteClosed = reason !== undefined && reason.code === 'FLINT_CONNECTION_CLOSED';
    if (!this.socket.destroyed && !remoteClosed) {
      if (reason === undefined) this.socket.end();
      else this.socket.end(goawayFrame(`${reason.code}: ${reason.message}`));
      // Do not wait on a peer that never reads: the close must not depend on it.
      setTimeout(() => this.socket.destroy(), 1_000).unref();
    } else {
      this.socket.destroy();
    }
    this.options.onClose(reason);
  }

  private flush(): void {
    if (this.closed || this.queue.length === 0 || this.socket.writableNeedDrain) return;
    const buffers = this.queue.drain();
    let bytes = 0;
    this.socket.cork();
    for (const buffer of buffers) {
      bytes += buffer.byteLength;
      this.socket.write(buffer);
    }
    this.socket.uncork();
    this.options.onWritten?.(bytes);
  }

  private receive(chunk: Uint8Array): void {
    if (this.closed) return;
    try {
      const frames = this.decoder.push(chunk);
      if (frames.length > 0) this.options.onFrames(frames, chunk.byteLength);
    } catch (error) {
      this.closeWithError(error);
    }
  }

  private closeWithError(error: unknown): void {
    if (error instanceof FlintProtocolError) this.close({ code: error.code, message: error.message });
    else this.close({ code: 'FLINT_INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
}

/** A GOAWAY frame with a UTF-8 reason, cut to stay small. */
export function goawayFrame(reason: string): Uint8Array {
  return encodeFrame(FrameKind.GOAWAY, 0, new TextEncoder().encode(reason.slice(0, 512)));
}
