import { describe, expect, it } from 'vitest';
import { congressScore } from '../../../utils/detect/congress';

describe('congress news', () => {
  it.each([
    ['headline about 人大 work', '周勤第调研人大工作', '市委书记调研。', true],
    ['headline about the standing committee', '全国人民代表大会常务委员会关于批准的决议', '会议决定。', true],
    [
      'body dense with congress work',
      '会议召开',
      '人大代表联络站建设。人大常委会听取报告。人大代表提出建议。人大工作会议。',
      true,
    ],
    ['a passing mention', '33名退役军人被表彰', `人大副主任出席。${'拥军优属工作。'.repeat(60)}`, false],
    ['no mention', '长春的新经济之路', '直播带货。', false],
  ])('%s', (_, title, text, expected) => {
    const r = congressScore(title, text);
    expect(r.isCongressNews).toBe(expected);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});
