import { describe, expect, it } from 'vitest';
import { exportFileName, sanitizeFileName } from '../../../utils/export/filename';

const NOW = new Date(2026, 10, 23, 10, 0, 0);

describe('exportFileName', () => {
  it.each([
    ['md', { title: '区委召开人大工作会议', date: '2022-07-01' }, '区委召开人大工作会议-2022-07-01.md'],
    ['md', { title: '区委召开人大工作会议', date: null }, '区委召开人大工作会议.md'],
    ['csv', {}, 'renda-reader-2026-11-23.csv'],
    ['jsonld', { title: '  ' }, 'renda-reader-2026-11-23.jsonld'],
    ['csv', { title: '///' }, 'renda-reader-2026-11-23.csv'],
    ['backup', { title: '不用标题' }, 'renda-reader-backup-2026-11-23.json'],
    ['ris', { title: '区委召开人大工作会议', date: '2022-07-01' }, '区委召开人大工作会议-2022-07-01.ris'],
    ['bib', {}, 'renda-reader-2026-11-23.bib'],
    ['csljson', {}, 'renda-reader-2026-11-23.json'],
    ['officials', {}, 'renda-reader-officials-2026-11-23.csv'],
    [
      'officials',
      { title: '区委召开人大工作会议', date: '2022-07-01' },
      '区委召开人大工作会议-2022-07-01-officials.csv',
    ],
    ['officials', { title: '区委召开人大工作会议', date: null }, '区委召开人大工作会议-officials.csv'],
    [
      'md',
      { title: '关于"十四五"规划: 意见/建议?', date: '2021-03-12' },
      '关于 十四五 规划 意见 建议-2021-03-12.md',
    ],
  ] as const)('%s %j → %s', (kind, options, expected) => {
    expect(exportFileName(kind, { ...options, now: NOW })).toBe(expected);
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['区委召开人大工作会议', '区委召开人大工作会议'],
    ['a\\b/c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['ends with dots...', 'ends with dots'],
    ['.hidden', 'hidden'],
    ['CON', '_CON'],
    ['com1', '_com1'],
    ['𠮷'.repeat(100), '𠮷'.repeat(80)],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(sanitizeFileName(input)).toBe(expected));
});
