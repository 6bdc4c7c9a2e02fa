import type { KeyValue } from '@flintkv/client';
import { type ByteEncoding, encodeBytes } from './bytes.js';

/**
 * One scanned pair as one output line: `key<TAB>value`, or with `json` an object
 * `{"key":…,"value":…}` (one per line, so a long scan streams). Keys and values are in
 * `encoding`; in text form unprintable bytes come out as `0x…` hex, never raw.
 */
export function formatPair(pair: KeyValue, encoding: ByteEncoding, json: boolean): string {
  const key = encodeBytes(pair.key, encoding);
  const value = encodeBytes(pair.value, encoding);
  return json ? JSON.stringify({ key, value }) : `${key}\t${value}`;
}
