/**
 * A plain `Uint8Array` over the same memory as `bytes` (LevelDB hands back Node `Buffer`s;
 * callers get the portable type, without a copy).
 */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
