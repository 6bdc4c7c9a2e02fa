/**
 * Whole client frames of many connections in one buffer, so that one message between the main
 * thread and a host carries every client frame of an event-loop turn instead of one message per
 * request or response. Layout: repeated `u32 connection | frame`, where each frame is a whole
 * wire frame whose own `u32 length` prefix (covering the bytes after it) says where it ends.
 */
export class ConnectionFrames {
  private connections: number[] = [];
  private frames: Uint8Array[] = [];
  private bytes = 0;

  /** Adds one whole frame (a view; it is copied by {@link take}). */
  add(connection: number, frame: Uint8Array): void {
    this.connections.push(connection);
    this.frames.push(frame);
    this.bytes += 4 + frame.byteLength;
  }

  get isEmpty(): boolean {
    return this.frames.length === 0;
  }

  /** Everything added so far in one buffer that owns its memory (fit for transfer); empties this. */
  take(): ArrayBuffer {
    const joined = new Uint8Array(this.bytes);
    const view = new DataView(joined.buffer);
    let offset = 0;
    for (let i = 0; i < this.frames.length; i++) {
      const frame = this.frames[i]!;
      view.setUint32(offset, this.connections[i]!);
      joined.set(frame, offset + 4);
      offset += 4 + frame.byteLength;
    }
    this.connections = [];
    this.frames = [];
    this.bytes = 0;
    return joined.buffer;
  }
}

/**
 * Calls `visit` with each connection id and frame (a view into `buffer`) of a buffer built by
 * {@link ConnectionFrames}. Throws on a buffer that does not end on a frame boundary: the two
 * sides of one process disagree, which is a bug, not bad input.
 */
export function forEachConnectionFrame(
  buffer: ArrayBuffer,
  visit: (connection: number, frame: Uint8Array) => void,
): void {
  const view = new DataView(buffer);
  let offset = 0;
  while (offset < buffer.byteLength) {
    if (offset + 8 > buffer.byteLength) throw new Error(`connection frames truncated at byte ${offset}`);
    const connection = view.getUint32(offset);
    const frameBytes = 4 + view.getUint32(offset + 4);
    if (offset + 4 + frameBytes > buffer.byteLength) throw new Error(`connection frame truncated at byte ${offset}`);
    visit(connection, new Uint8Array(buffer, offset + 4, frameBytes));
    offset += 4 + frameBytes;
  }
}
