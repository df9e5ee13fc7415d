// The English that `npm run analyze` adds, over every page it is tested on: the corpus pages, the
// labelled pages, and the labelled pages written in traditional characters. glosses stay aligned
// with titles and no English keeps a Chinese character.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/analyze';
import { documentFromBytes } from '../../../utils/article/load';
import { toSimplified } from '../../../utils/core/script';
import type { Analysis } from '../../../utils/types';
import { inTraditional, labelledPages, ROOT } from '../../support/labelled-pages';

const HAN = /[\u3400-\u9fff]/;
const corpusPages = path.resolve(ROOT, '../shared/corpus/pages');

describe('English in the analysis of every test page', () => {
  const analyses: [string, Analysis][] = [];

  beforeAll(() => {
    for (const f of readdirSync(corpusPages)
      .filter((x) => x.endsWith('.html'))
      .sort()) {
      const doc = documentFromBytes(readFileSync(path.join(corpusPages, f)));
      analyses.push([f, analyzeDocument(doc, `file:///corpus/${f}`)]);
    }
    for (const p of labelledPages()) {
      analyses.push([p.slug, analyzeDocument(documentFromBytes(p.html), p.source.url)]);
      const t = inTraditional(p);
      analyses.push([`${p.slug} (traditional)`, analyzeDocument(documentFromBytes(t.html), p.source.url)]);
    }
  }, 120_000);

  it('reads the pages', () => {
    expect(analyses.length).toBeGreaterThan(200);
    expect(analyses.flatMap(([, a]) => a.officials).length).toBeGreaterThan(500);
  });

  it('glosses every post, in the order of the titles, in English only', () => {
    for (const [page, a] of analyses)
      for (const o of a.officials) {
        expect(o.glosses?.length, `${page}: ${o.name}`).toBe(o.titles.length);
        for (const [i, g] of (o.glosses ?? []).entries()) {
          expect(g, `${page}: ${o.titles[i]}`).not.toMatch(HAN);
          expect(g, `${page}: ${o.titles[i]}`).not.toBe('');
        }
      }
  });

  it('writes names in pinyin or not at all', () => {
    for (const [page, a] of analyses)
      for (const o of a.officials) {
        expect(
          o.pinyin === null || /^[A-Z][a-zü']+ [A-Z][a-zü']+$/.test(o.pinyin ?? ''),
          `${page}: ${o.name} → ${o.pinyin}`,
        ).toBe(true);
      }
  });

  it('gives meetings English with no Chinese, or null', () => {
    for (const [page, a] of analyses)
      for (const m of a.meetings) {
        expect(
          m.en === null || (typeof m.en === 'string' && !HAN.test(m.en)),
          `${page}: ${m.name} → ${m.en}`,
        ).toBe(true);
      }
  });

  it('gives a post, a name and a meeting the same English in either script', () => {
    const bySlug = new Map(analyses);
    let compared = 0;
    for (const p of labelledPages()) {
      const english = new Map<string, unknown>();
      for (const o of bySlug.get(p.slug)?.officials ?? [])
        o.titles.forEach((t, i) => english.set(`${o.name} ${t}`, [o.pinyin, o.glosses?.[i]]));
      for (const m of bySlug.get(p.slug)?.meetings ?? []) english.set(m.name, m.en);
      // Detection may find a little more or less in one script; what both find must read alike.
      for (const o of bySlug.get(`${p.slug} (traditional)`)?.officials ?? [])
        o.titles.forEach((t, i) => {
          const key = `${toSimplified(o.name)} ${toSimplified(t)}`;
          if (!english.has(key)) return;
          compared++;
          expect([o.pinyin, o.glosses?.[i]], `${p.slug}: ${key}`).toEqual(english.get(key));
        });
      for (const m of bySlug.get(`${p.slug} (traditional)`)?.meetings ?? []) {
        const key = toSimplified(m.name);
        if (!english.has(key)) continue;
        compared++;
        expect(m.en, `${p.slug}: ${key}`).toEqual(english.get(key));
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
