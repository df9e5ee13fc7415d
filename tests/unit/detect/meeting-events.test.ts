// Meetings written without a meeting word (utils/detect/meeting-events.ts): visits and inspections that
// are the reported event, and the short forms of congresses, plenums and sessions.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';
import { headlineEvents, leadVisit, shortForms } from '../../../utils/detect/meeting-events';

describe('visits and inspections', () => {
  it.each([
    ['周勤第调研人大工作', ['调研人大工作']],
    ['市人大教科文卫委调研桃源县漆河镇人大工作', ['调研桃源县漆河镇人大工作']],
    ['潘卓辉一行到众创金融街开展调研工作', ['到众创金融街开展调研工作']],
    ['王五到城关镇调研人大代表履职工作', ['到城关镇调研人大代表履职工作']],
    ['市人大代表对我县进行年末集中视察', ['年末集中视察']],
    ['积石山县人大常委会开展“千名代表调研视察千项工程行动”集中调研视察活动', ['集中调研视察活动']],
    ['市人大常委会开展食品安全法执法检查', ['食品安全法执法检查']],
    ['韩启德主席率执法检查组检查北京食品安全法贯彻情况', ['检查北京食品安全法贯彻情况']],
    ['陈华深入洛河等镇督导检查疫情防控工作', ['督导检查疫情防控工作']],
    ['县人大常委会开展专题询问', ['专题询问']],
    ['行政长官崔世安会见澳区省级政协委员联谊会', ['会见澳区省级政协委员联谊会']],
  ])('headline %s', (title, expected) => {
    expect(headlineEvents(title)).toEqual(expected);
  });

  it.each([
    // A group, a report or the time of a visit, not the visit.
    ['省人大常委会检查组到我市开展检查'],
    ['市人大常委会三项重点工作第四组开展检查工作'],
    ['关于全市养老服务工作的调研报告'],
    ['县人大常委会视察组成员名单'],
    ['区委召开人大工作会议'],
  ])('headline %s names no visit', (title) => {
    expect(headlineEvents(title)).toEqual([]);
  });

  it.each([
    [
      '省人大常委会检查组到我市开展检查',
      '5月3日至4日，执法检查组到我市就《食品安全法》贯彻实施情况进行执法检查。',
      '执法检查',
    ],
    [
      '市人大常委会三项重点工作第四组开展检查工作',
      '5月20日，第四组深入大瑶镇开展执法检查，并召开座谈会。',
      '执法检查',
    ],
  ])('the lead names the visit a headline only speaks of: %s', (title, lead, name) => {
    const v = leadVisit(title, lead);
    expect(v?.name).toBe(name);
    expect(v && lead.slice(v.start, v.end)).toBe(name);
  });

  it.each([
    // The headline names the visit itself, or speaks of no visit at all.
    ['韩启德主席率执法检查组检查北京食品安全法贯彻情况', '10月20日，执法检查组进行了执法检查。'],
    ['县政府召开常务会议', '会议要求，各部门要深入基层开展调研。'],
  ])('no visit taken from the lead under %s', (title, lead) => {
    expect(leadVisit(title, lead)).toBeNull();
  });

  it('a visit told in the lead is the reported meeting, dated there', () => {
    const d = detect({
      title: '省人大常委会检查组到我市开展检查',
      text: '5月3日至4日，执法检查组到我市就《食品安全法》贯彻实施情况进行执法检查。',
      published: '2016-05-06',
    });
    expect(d.meetings.map((m) => [m.name, m.date, m.role])).toEqual([['执法检查', '2016-05-03', 'reported']]);
  });
});

describe('short forms', () => {
  it.each([
    ['以优异成绩迎接党的十九大胜利召开', ['党的十九大']],
    ['学习十七届四中全会精神', ['十七届四中全会']],
    ['即将召开的市两会', ['市两会']],
    ['【两会进行时】蒋崇华当选县长', ['两会']],
    ['实现市第七次党代会确定的各项任务，党代会、人代会期间', ['市第七次党代会', '党代会', '人代会']],
    ['全国两会精神', ['全国两会']],
  ])('%s', (text, expected) => {
    expect(shortForms(text).map((h) => h.name)).toEqual(expected);
  });

  it.each([['召开两次会议'], ['两会议室'], ['二十大寿'], ['十九届中央委员会']])('%s: none', (text) => {
    expect(shortForms(text)).toEqual([]);
  });
});
