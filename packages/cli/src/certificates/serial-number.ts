import { randomBytes } from 'node:crypto';

/** Bytes of a serial number: well over the 64 random bits a CA should put in one. */
const SERIAL_NUMBER_BYTES = 16;

/**
 * A new random serial number, as hex. A serial is a DER INTEGER, so its top bit is cleared
 * to keep it positive; the next bit is set so that it never starts with a zero byte and
 * always encodes to the same length.
 */
export function randomSerialNumber(): string {
  const bytes = randomBytes(SERIAL_NUMBER_BYTES);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return bytes.toString('hex');
}
