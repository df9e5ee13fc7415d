// What changed between two versions: passages edited, removed and added, an edit shown by the
// characters that changed (never by space-separated words).
import { describe, expect, it } from 'vitest';
import { diffVersions, similarity } from '../../../utils/archive/diff';

const P1 = '6月18日，青山区人大常委会召开第十二次会议，区人大常委会主任王建国主持会议。';
const P2 = '会议听取和审议了区人民政府关于审计工作情况的报告。';
const P3 = '会议审议通过了关于批准区级决算的决议，为新任命人员颁发了任命书。';
const P4 = '会议要求，全体组成人员要增强“四个意识”、坚定“四个自信”。';
const base = [P1, P2, P3, P4].join('\n');

describe('diffVersions', () => {
  it.each<[string, string, { edited: number; removed: number; added: number }]>([
    ['identical texts', base, { edited: 0, removed: 0, added: 0 }],
    ['whitespace only', `${base.replace(/\n/g, '\n\n  ')}\n`, { edited: 0, removed: 0, added: 0 }],
    [
      'one passage edited, another deleted',
      [P1.replace('主持会议', '主持会议并讲话'), P2, P4].join('\n'),
      { edited: 1, removed: 1, added: 0 },
    ],
    [
      'one passage added',
      [P1, P2, '会议还听取了代表建议办理情况的报告。', P3, P4].join('\n'),
      { edited: 0, removed: 0, added: 1 },
    ],
    [
      'a passage rewritten entirely',
      [P1, '本次会议共审议五项议程，全部获得通过。', P3, P4].join('\n'),
      { edited: 0, removed: 1, added: 1 },
    ],
    ['two passages swapped', [P1, P3, P2, P4].join('\n'), { edited: 0, removed: 1, added: 1 }],
    ['everything deleted', '', { edited: 0, removed: 4, added: 0 }],
    ['from nothing', '', { edited: 0, removed: 0, added: 0 }],
  ])('counts %s', (name, newer, summary) => {
    const older = name === 'from nothing' ? '' : base;
    expect(diffVersions(older, newer).summary).toEqual(summary);
  });

  it('shows an edit inside a sentence by its characters', () => {
    const { passages } = diffVersions(base, base.replace('王建国主持会议', '王建华主持会议'));
    const edited = passages.find((p) => p.kind === 'edited');
    if (edited?.kind !== 'edited') throw new Error('no edited passage');
    expect(edited.pieces.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '国' },
      { kind: 'added', text: '华' },
    ]);
    // The pieces rebuild both versions.
    expect(
      edited.pieces
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(edited.old);
    expect(
      edited.pieces
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(edited.new);
  });

  it('keeps unchanged sentences of an edited passage whole', () => {
    const older = '第一句不变。第二句要改。第三句不变。';
    const newer = '第一句不变。第二句改了。第三句不变。';
    const [p] = diffVersions(older, newer).passages;
    if (p?.kind !== 'edited') throw new Error('not edited');
    expect(p.pieces[0]).toEqual({ kind: 'same', text: '第一句不变。第二句' });
    expect(p.pieces[p.pieces.length - 1]).toEqual({ kind: 'same', text: '。第三句不变。' });
  });

  it('lists the passages of the newer version with the removed ones in place', () => {
    const { passages } = diffVersions(base, [P1, P2, P4].join('\n'));
    expect(passages.map((p) => p.kind)).toEqual(['same', 'same', 'removed', 'same']);
  });
});

describe('similarity', () => {
  it.each([
    ['甲乙丙丁', '甲乙丙丁', 1],
    ['甲乙丙丁', '戊己庚辛', 0],
    ['甲乙丙丁', '甲乙', 4 / 6],
    ['', '', 1],
  ])('%s ~ %s = %d', (a, b, s) => expect(similarity(a, b)).toBeCloseTo(s));
});
