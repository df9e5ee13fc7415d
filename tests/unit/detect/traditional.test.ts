import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';
import { pageForm } from '../../../utils/detect/page-form';

const run = (title: string, text: string, published: string | null = '2023-03-14') =>
  detect({ title, text, published });

describe('detection on pages in traditional characters', () => {
  it('finds officials, meetings and formulations, written as the page writes them', () => {
    const d = run(
      '區人大常委會召開第十二次會議',
      '3月14日上午，區十七屆人大常委會第十二次會議召開。區人大常委會主任許小波主持會議。會議強調，要踐行全過程人民民主，增強“四個意識”。',
    );
    expect(d.officials.map((o) => [o.name, o.titles])).toContainEqual(['許小波', ['區人大常委會主任']]);
    // The headline's form comes first, and the session is listed once under it.
    expect(d.meetings.map((m) => m.name)).toContain('區人大常委會第十二次會議');
    expect(d.slogans.map((s) => s.text)).toEqual(expect.arrayContaining(['全過程人民民主', '四個意識']));
    expect(d.congress.isCongressNews).toBe(true);
  });

  it('gives the same results as the simplified page, but for the writing', () => {
    const simp = run('习近平总书记考察', '习近平总书记在区委书记许小波陪同下考察，强调高质量发展。');
    const trad = run('習近平總書記考察', '習近平總書記在區委書記許小波陪同下考察，強調高質量發展。');
    expect(trad.officials.map((o) => o.mentions)).toEqual(simp.officials.map((o) => o.mentions));
    expect(trad.officials.map((o) => o.name)).toEqual(['習近平', '許小波']);
    expect(trad.slogans.map((s) => [s.text, s.count])).toEqual([['高質量發展', 1]]);
  });

  it('leaves simplified pages exactly as they were', () => {
    const text = '区委书记许小波出席会议。';
    expect(run('标题', text).officials.map((o) => o.name)).toEqual(['许小波']);
  });
});

describe('pageForm: a simplified string back in the page’s writing', () => {
  const original = '區委召開人大工作會議，會議由區委書記主持';
  const simplified = '区委召开人大工作会议，会议由区委书记主持';
  const form = pageForm(original, simplified);
  it.each([
    ['区委书记', '區委書記'],
    // Joined from two places (区委 … 人大工作会议): character by character, as the page writes each.
    ['区委人大工作会议', '區委人大工作會議'],
    // Characters the page never wrote stay simplified.
    ['县委', '县委'],
  ])('%s → %s', (s, expected) => expect(form(s)).toBe(expected));
});
