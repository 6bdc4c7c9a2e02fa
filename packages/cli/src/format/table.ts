/** How a column's cells line up. */
export type ColumnAlignment = 'left' | 'right';

/** One column of a {@link renderTable}: its header and how its cells line up. */
export interface TableColumn {
  header: string;
  align?: ColumnAlignment;
}

/**
 * Renders rows as a plain-text table: a header line, then one line per row, columns separated
 * by two spaces and padded to their widest cell. Trailing spaces are trimmed so the output
 * diffs cleanly. Width counts UTF-16 code units, which is right for the ASCII we print.
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index]!;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)].join('\n');
}
