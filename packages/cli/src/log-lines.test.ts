import { describe, expect, it } from 'vitest';
import { readableLogLine } from './log-lines.js';

describe('readableLogLine', () => {
  it('renders a pino line as time, level, message and the remaining fields', () => {
    const line = JSON.stringify({
      level: 40,
      time: Date.UTC(2026, 10, 25, 12, 0, 1, 123),
      pid: 1,
      hostname: 'h',
      node: 2,
      port: 'client',
      code: 'FLINT_BAD_MAGIC',
      reason: 'not a FlintKV peer',
      groups: [1, 2],
      msg: 'connection refused',
    });
    expect(readableLogLine(line)).toBe(
      '12:00:01.123 WARN  connection refused port=client code=FLINT_BAD_MAGIC reason="not a FlintKV peer" groups=[1,2]',
    );
  });

  it('passes anything else through unchanged', () => {
    expect(readableLogLine('Error: boom')).toBe('Error: boom');
    expect(readableLogLine('{not json')).toBe('{not json');
  });
});
