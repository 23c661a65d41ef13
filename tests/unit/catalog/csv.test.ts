import { expect, test } from 'vitest';
import { parseCsv } from '../../../scripts/catalog/csv';

test.each([
  [
    'plain rows',
    'a,b\n1,2\n3,4\n',
    [
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ],
  ],
  ['quoted commas', 'a,b\n"x, y",2\n', [{ a: 'x, y', b: '2' }]],
  ['doubled quotes', 'a,b\n"say ""hi""",2\n', [{ a: 'say "hi"', b: '2' }]],
  ['newlines inside quotes', 'a,b\n"line 1\nline 2",2\n', [{ a: 'line 1\nline 2', b: '2' }]],
  [
    'CRLF and no final newline',
    'a,b\r\n1,2\r\n3,4',
    [
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ],
  ],
  ['a byte-order mark', '\uFEFFa,b\n1,2\n', [{ a: '1', b: '2' }]],
  ['empty cells and short rows', 'a,b,c\n,2\n', [{ a: '', b: '2', c: '' }]],
  ['blank lines', 'a\n1\n\n2\n', [{ a: '1' }, { a: '2' }]],
  ['only a header', 'a,b\n', []],
])('parses %s', (_, text, records) => {
  expect(parseCsv(text)).toEqual(records);
});
