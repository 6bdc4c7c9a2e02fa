import { FRAME_LENGTH_BYTES } from '@flintkv/proto';

/**
 * Counts the whole frames laid end to end in `bytes` (a host's `peer-send` buffer), by
 * following the length fields; for metrics only, so a malformed tail just ends the count.
 */
export function countFrames(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  let offset = 0;
  while (offset + FRAME_LENGTH_BYTES <= bytes.byteLength) {
    offset += FRAME_LENGTH_BYTES + view.getUint32(offset);
    if (offset > bytes.byteLength) break;
    count++;
  }
  return count;
}
