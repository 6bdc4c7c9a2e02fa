/**
 * Keys are byte strings ordered lexicographically by unsigned byte value, the order LevelDB
 * uses on disk, so a region's range on disk and in the table agree.
 */

/** Negative if `a < b`, zero if equal, positive if `a > b`; a proper prefix sorts first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** True if both byte strings hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}
