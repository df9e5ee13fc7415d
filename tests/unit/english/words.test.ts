import { describe, expect, it } from 'vitest';
import { camel, readTable, readTableFiles } from '../../../utils/english/words/generate';
import * as tables from '../../../utils/english/words/tables';

const HAN = /[\u3400-\u9fff]/;

describe('English tables (utils/english/words/*.tsv)', () => {
  const files = readTableFiles();

  it('exist', () => {
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'ranks.tsv',
        'bodies.tsv',
        'topics.tsv',
        'levels.tsv',
        'places.tsv',
        'countries.tsv',
      ]),
    );
  });

  it.each(files.map((f) => [f.name, f.text]))(
    '%s: a header, sources declared, rows sorted, unique, every cell filled',
    (name, text) => {
      expect(readTable(name, text).problems).toEqual([]);
    },
  );

  it.each(files.map((f) => [f.name, f.text]))('%s: English with no Chinese in it', (name, text) => {
    const { table } = readTable(name, text);
    for (const row of table.rows) for (const cell of row.slice(1)) expect(cell, row[0]).not.toMatch(HAN);
  });

  it.each(files.map((f) => [f.name, f.text]))(
    '%s: compiled into tables.ts (run generate.ts)',
    (name, text) => {
      const { table } = readTable(name, text);
      const compiled = (tables as Record<string, readonly (readonly string[])[]>)[camel(name)];
      expect(compiled).toEqual(table.rows.map((r) => r.slice(0, -1)));
    },
  );

  const good = '# source x: somewhere\nzh\ten\tsource\n';
  it.each([
    ['unsorted', `${good}b\tB\tx\na\tA\tx\n`, /not sorted/],
    ['duplicate', `${good}a\tA\tx\na\tA\tx\n`, /duplicate/],
    ['missing cell', `${good}a\tA\n`, /2 cells/],
    ['empty cell', `${good}a\t\tx\n`, /empty or padded/],
    ['padded cell', `${good}a\t A\tx\n`, /empty or padded/],
    ['undeclared source', `${good}a\tA\ty\n`, /not declared/],
    ['no final newline', `${good}a\tA\tx`, /final newline/],
    ['no header', '# source x: somewhere\na\tA\tx\n', /header/],
    ['a comment among the rows', `${good}a\tA\tx\n# late\n`, /comments belong at the top/],
    ['no rows', good, /no rows/],
  ])('the format check catches %s', (_, text, re) => {
    expect(readTable('x.tsv', text).problems.join('\n')).toMatch(re);
  });
});
