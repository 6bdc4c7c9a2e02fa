import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readValueArgument } from './value-argument.js';

describe('readValueArgument', () => {
  it('takes the argument as the value', async () => {
    expect(await readValueArgument('ada', Readable.from([]))).toBe('ada');
  });

  it('reads every byte of standard input for -', async () => {
    const stdin = Readable.from([Buffer.from([0x00, 0xff]), Buffer.from('tail')]);
    expect(await readValueArgument('-', stdin)).toEqual(new Uint8Array([0x00, 0xff, ...Buffer.from('tail')]));
  });
});
