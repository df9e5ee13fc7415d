// The labelled development set is data under a format test: every folder complete, every
// label of the gold shape, every name, post and slogan count true to the page's own text.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { KINDS, labelledPages, SPLITS } from '../../support/labelled-pages';

const pages = labelledPages();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function pageText(html: Buffer): string {
  const { document } = parseHTML(html.toString('utf8'));
  return [...document.querySelectorAll('h1, p')].map((e) => e.textContent ?? '').join('\n');
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

describe('the labelled development set', () => {
  it('has at least 80 pages, a third held out, of every kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(80);
    const held = pages.filter((p) => p.source.split === 'heldout').length;
    expect(held / pages.length).toBeGreaterThan(0.25);
    expect(new Set(pages.map((p) => p.source.kind))).toEqual(new Set(KINDS));
  });

  it.each(pages.map((p) => [p.slug, p] as const))('%s', (slug, p) => {
    expect(slug).toMatch(/^[a-z]-[a-z0-9-]+$/);
    expect(p.source.url).toMatch(/^https?:\/\//);
    expect(SPLITS).toContain(p.source.split);
    expect(KINDS).toContain(p.source.kind);
    const e = p.expected as unknown as {
      page: string;
      title: string;
      published: string | null;
      source: string | null;
      congress: boolean;
      officials: { name: string; titles: string[] }[];
      meetings: { name: string; date: string | null; role: string }[];
      slogans: { text: string; kind: string; count: number }[];
    };
    expect(e.page).toBe(`${slug}.html`);
    expect(typeof e.title).toBe('string');
    expect(typeof e.congress).toBe('boolean');
    if (e.published !== null) expect(e.published).toMatch(DAY);
    const text = pageText(p.html);
    for (const o of e.officials) {
      expect(text, `official ${o.name}`).toContain(o.name);
      expect(o.titles.length, `titles of ${o.name}`).toBeGreaterThan(0);
    }
    for (const m of e.meetings) {
      expect(['reported', 'referenced']).toContain(m.role);
      if (m.date !== null) expect(m.date).toMatch(DAY);
    }
    for (const s of e.slogans) {
      expect(['quoted', 'numbered', 'known']).toContain(s.kind);
      expect(occurrences(text, s.text), `count of ${s.text}`).toBe(s.count);
    }
  });
});
