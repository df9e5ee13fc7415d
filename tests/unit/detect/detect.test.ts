import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

describe('detect', () => {
  it.each([
    ['no object', null, /input must be an object/],
    ['no title', { text: '', published: null }, /title must be a string/],
    ['text not a string', { title: '', text: 5, published: null }, /text must be a string/],
    ['bad published', { title: '', text: '', published: 20220701 }, /published/],
  ])('rejects bad input clearly: %s', (_, input, message) => {
    expect(() => detect(input as never)).toThrow(message);
  });

  it('handles empty text', () => {
    const d = detect({ title: '', text: '', published: null });
    expect(d).toEqual({
      congress: { isCongressNews: false, score: 0 },
      officials: [],
      meetings: [],
      slogans: [],
    });
  });

  it('keeps every offset true on random mixtures of posts, names, quotes and meeting words', () => {
    const pool = [
      '书记',
      '主任',
      '王',
      '李',
      '小',
      '波',
      '“',
      '”',
      '‘',
      '’',
      '、',
      '，',
      '。',
      '会议',
      '座谈会',
      '召开',
      '7月1日',
      '昨天',
      '区委',
      '人大',
      '常委会',
      '副',
      '四个',
      '意识',
      '高质量发展',
      '（',
      '）',
      ' ',
      '😀',
      '第',
      '次',
      '全会',
      '和',
      '·',
      '克林顿',
      '总统',
      '\n',
    ];
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      let text = '';
      for (let j = rand(50); j > 0; j--) text += pool[rand(pool.length)];
      const d = detect({
        title: i % 3 ? '' : text.slice(0, 10),
        text,
        published: i % 2 ? '2024-02-29' : null,
      });
      for (const o of d.officials) {
        expect(o.glosses).toHaveLength(o.titles.length);
        for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(o.name);
      }
      for (const o of d.meetings) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(o.name);
      for (const o of d.slogans) {
        expect(o.count).toBeGreaterThanOrEqual(o.mentions.length);
        for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(o.text);
      }
    }
  });

  it('every offset points into the body at the text it names', () => {
    const title = '区委召开人大工作会议:书写“人大答卷”';
    const text =
      '7月1日上午,天宁区委召开人大工作会议。区委书记许小波出席会议，强调发展全过程人民民主，书写“人大答卷”。';
    const d = detect({ title, text, published: '2022-07-01' });
    const all = [
      ...d.officials.map((o) => [o.name, o.mentions] as const),
      ...d.meetings.map((m) => [m.name, m.mentions] as const),
      ...d.slogans.map((s) => [s.text, s.mentions] as const),
    ];
    expect(all.length).toBeGreaterThan(3);
    for (const [name, mentions] of all)
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(name);
  });
});
