/**
 * Whole frames, each with a tag saying where it came from or goes to — the client connection
 * for client frames, the sending node for peer frames — in one buffer, so that one message
 * between the main thread and a host carries every frame of an event-loop turn instead of one
 * message per frame. Layout: repeated `u32 tag | frame`, where each frame is a whole wire frame
 * whose own `u32 length` prefix (covering the bytes after it) says where it ends.
 */
export class TaggedFrames {
  private tags: number[] = [];
  private frames: Uint8Array[] = [];
  private bytes = 0;

  /** Adds one whole frame (a view; it is copied by {@link take}). */
  add(tag: number, frame: Uint8Array): void {
    this.tags.push(tag);
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
      view.setUint32(offset, this.tags[i]!);
      joined.set(frame, offset + 4);
      offset += 4 + frame.byteLength;
    }
    this.tags = [];
    this.frames = [];
    this.bytes = 0;
    return joined.buffer;
  }
}

/**
 * Calls `visit` with each tag and frame (a view into `buffer`) of a buffer built by
 * {@link TaggedFrames}. Throws on a buffer that does not end on a frame boundary: the two
 * sides of one process disagree, which is a bug, not bad input.
 */
export function forEachTaggedFrame(buffer: ArrayBuffer, visit: (tag: number, frame: Uint8Array) => void): void {
  const view = new DataView(buffer);
  let offset = 0;
  while (offset < buffer.byteLength) {
    if (offset + 8 > buffer.byteLength) throw new Error(`tagged frames truncated at byte ${offset}`);
    const tag = view.getUint32(offset);
    const frameBytes = 4 + view.getUint32(offset + 4);
    if (offset + 4 + frameBytes > buffer.byteLength) throw new Error(`tagged frame truncated at byte ${offset}`);
    visit(tag, new Uint8Array(buffer, offset + 4, frameBytes));
    offset += 4 + frameBytes;
  }
}
