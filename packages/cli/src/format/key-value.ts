import type { KeyValue } from '@flintkv/client';
import { type ByteEncoding, encodeBytes, jsonBytes } from './bytes.js';

/**
 * One scanned pair as one output line: `key<TAB>value` in the display form (quoted text or
 * `0x…`; plain hex with 'hex'), or with `json` an object per line (`key`/`value` for text,
 * `keyHex`/`valueHex` otherwise), so a long scan streams.
 */
export function formatPair(pair: KeyValue, encoding: ByteEncoding, json: boolean): string {
  if (json)
    return JSON.stringify({ ...jsonBytes('key', pair.key, encoding), ...jsonBytes('value', pair.value, encoding) });
  return `${encodeBytes(pair.key, encoding)}\t${encodeBytes(pair.value, encoding)}`;
}
