import { describe, expect, it } from 'vitest';
import { renderTable } from './table.js';

describe('renderTable', () => {
  it('pads every column to its widest cell and right-aligns numeric columns', () => {
    const text = renderTable(
      [{ header: 'ID', align: 'right' }, { header: 'NAME' }],
      [
        ['1', 'alpha'],
        ['100', 'b'],
      ],
    );
    expect(text.split('\n')).toEqual([' ID  NAME', '  1  alpha', '100  b']);
  });

  it('never leaves trailing spaces on a line', () => {
    const text = renderTable([{ header: 'A' }, { header: 'B' }], [['long cell', '']]);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
  });
});
