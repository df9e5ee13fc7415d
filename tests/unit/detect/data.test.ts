import { describe, expect, it } from 'vitest';
import * as lists from '../../../utils/detect/data/lists';
import { listProblems, readListFiles } from '../../../utils/detect/data/generate';

const camel = (file: string): string =>
  file.replace(/\.txt$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('word lists', () => {
  const files = readListFiles();

  it('exist', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.name, f.text]))(
    '%s: one entry a line, sorted, unique, no blanks',
    (name, text) => {
      expect(listProblems(name, text)).toEqual([]);
    },
  );

  it.each(files.map((f) => [f.name, f.text]))(
    '%s: compiled into lists.ts (run generate.ts)',
    (name, text) => {
      const compiled = (lists as Record<string, readonly string[]>)[camel(name)];
      expect(compiled).toEqual(text.replace(/\n$/, '').split('\n'));
    },
  );

  it.each([
    ['unsorted', 'b\na\n', /not sorted/],
    ['duplicate', 'a\na\n', /duplicate/],
    ['blank', 'a\n\nb\n', /blank/],
    ['no final newline', 'a\nb', /final newline/],
    ['padded', 'a\n b\n', /whitespace/],
  ])('the format check catches %s', (_, text, re) => {
    expect(listProblems('x.txt', text).join('\n')).toMatch(re);
  });
});
