/** A bare TCP connection for protocol tests: write raw bytes, read what comes back, see it close. */
import { connect, type Socket } from 'node:net';
import {
  ConnectionRole,
  decodeHelloReply,
  encodeHello,
  type FrameKind,
  HELLO_REPLY_BYTES,
  NO_INCARNATION,
  type HelloReply,
  PROTOCOL_VERSION,
} from '@flintkv/proto';
import { eventually } from './cluster.js';

export class RawConnection {
  private received = Buffer.alloc(0);
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      this.closed = true;
    });
  }

  static async open(address: string): Promise<RawConnection> {
    const separator = address.lastIndexOf(':');
    const socket = connect({ host: address.slice(0, separator), port: Number(address.slice(separator + 1)) });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    return new RawConnection(socket);
  }

  /** Opens a connection and completes a hello; returns the connection and the server's reply. */
  static async handshake(
    address: string,
    hello: { role?: ConnectionRole; clusterId: number; senderId?: number; targetNodeId?: number; incarnation?: string },
  ): Promise<{ connection: RawConnection; reply: HelloReply }> {
    const connection = await RawConnection.open(address);
    connection.write(
      encodeHello({
        version: PROTOCOL_VERSION,
        role: hello.role ?? ConnectionRole.CLIENT,
        clusterId: hello.clusterId,
        senderId: hello.senderId ?? 77,
        targetNodeId: hello.targetNodeId ?? 0,
        incarnation: hello.incarnation ?? NO_INCARNATION,
      }),
    );
    const reply = await connection.readHelloReply();
    return { connection, reply };
  }

  write(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** Everything received so far, from the start of the connection. */
  get bytes(): Buffer {
    return this.received;
  }

  async readHelloReply(): Promise<HelloReply> {
    await eventually('a hello reply', () => this.received.byteLength >= HELLO_REPLY_BYTES || this.closed, 10_000);
    return decodeHelloReply(this.received.subarray(0, HELLO_REPLY_BYTES));
  }

  /** Waits until the server has closed the connection. */
  async waitClosed(timeoutMs = 10_000): Promise<void> {
    await eventually('the server to close the connection', () => this.closed, timeoutMs);
  }

  /** The frames received after the hello reply, as `{kind, group, payload}`. */
  frames(): { kind: FrameKind; group: number; payload: Buffer }[] {
    const frames: { kind: FrameKind; group: number; payload: Buffer }[] = [];
    let offset = HELLO_REPLY_BYTES;
    while (offset + 9 <= this.received.byteLength) {
      const length = this.received.readUInt32BE(offset);
      if (offset + 4 + length > this.received.byteLength) break;
      frames.push({
        kind: this.received.readUInt8(offset + 4) as FrameKind,
        group: this.received.readUInt32BE(offset + 5),
        payload: this.received.subarray(offset + 9, offset + 4 + length),
      });
      offset += 4 + length;
    }
    return frames;
  }

  close(): void {
    this.socket.destroy();
  }
}
