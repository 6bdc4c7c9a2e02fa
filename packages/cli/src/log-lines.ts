const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields every pino line has; not repeated in the readable form. */
const STANDARD_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'node', 'msg']);

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /[\s"]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/**
 * Renders one pino JSON line for a person: `12:00:01.123 INFO  message key=value ...`.
 * Anything that is not a pino line comes back unchanged.
 */
export function readableLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof record.time === 'number' ? new Date(record.time).toISOString().slice(11, 23) : '';
  const level = (LEVEL_NAMES[record.level as number] ?? String(record.level)).padEnd(5);
  const fields = Object.entries(record)
    .filter(([key]) => !STANDARD_FIELDS.has(key))
    .map(([key, value]) => `${key}=${formatValue(value)}`)
    .join(' ');
  return `${time} ${level} ${String(record.msg ?? '')}${fields ? ` ${fields}` : ''}`;
}
