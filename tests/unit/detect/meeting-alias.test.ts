// One meeting written two ways (utils/detect/meeting-alias.ts): the parts of a name, and when two
// names are one meeting.
import { describe, expect, it } from 'vitest';
import { meetingParts } from '../../../utils/detect/meeting-alias';
import { sameMeeting } from '../../../utils/detect/meeting-list';
import { HEADS } from '../../../utils/detect/meetings';

describe('one meeting written two ways', () => {
  it.each([
    ['市政府第37次常务会议', '市十八届人民政府第37次常务会议'],
    ['渝中区政协十五届四次会议', '政协重庆市渝中区第十五届委员会第四次会议'],
    ['市五届人大三次会议', '市第五届人民代表大会第三次会议'],
    ['十二届省政协第二十次主席会议', '政协湖南省第十二届委员会第二十次主席会议'],
    ['区人大常委会第26次会议', '区十八届人大常委会第26次会议'],
    ['县委十四届九次全会', '中国共产党阜城县第十四届委员会第九次全体会议'],
    ['区委工作会', '区委工作会议'],
    ['县委常委(扩大)会', '县委常委扩大会议'],
    ['区人大常委会主任会议', '区人大常委会2020年第7次主任会议'],
    ['第三次全体会议', '金山区第六届人民代表大会第六次会议第三次全体会议'],
    ['元首会晤', '中美元首旧金山会晤'],
    ['庆祝中国共青团成立100周年大会', '庆祝中国共产主义青年团成立100周年大会'],
    ['全国政协十四届常委会第七次会议', '政协第十四届全国委员会常务委员会第七次会议'],
    ['全国政协主席会议', '政协第十四届全国委员会第十八次主席会议'],
    ['县人大十八届常委会第五次会议', '县十八届人大常委会第五次会议'],
  ])('%s = %s', (a, b) => {
    expect(sameMeeting(a, b)).toBe(true);
    expect(sameMeeting(b, a)).toBe(true);
  });

  it.each([
    // Another ordinal, kind, level or body.
    ['市十五届人大常委会第三十二次主任会议', '市十五届人大常委会第十六次会议'],
    ['市人大常委会第十六次会议', '市人大常委会第十七次会议'],
    ['区政协十三届二十次常委会会议', '区政协十三届五次会议'],
    ['十一届全国人大四次会议', '省十一届人大四次会议'],
    ['十三届全国人大五次会议', '全国政协十三届五次会议'],
    ['中共中央政治局会议', '中共中央政治局常务委员会会议'],
    ['市五届人大七次会议', '市五届人大七次会议预备会议'],
    ['县政协九届常委会第二十四次会议', '县政协十届一次会议'],
    // Another topic of a general kind, or a topic that is not a shortening of the other.
    ['区委工作会议', '区委人大工作会议'],
    ['专题会议', '十四届全国人大二次会议'],
    ['亚信峰会', '二十国集团领导人杭州峰会'],
    // A short form says which term and plenum; the other does not.
    ['十一届三中全会', '省委全会'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameMeeting(a, b)).toBe(false);
    expect(sameMeeting(b, a)).toBe(false);
  });

  it.each([
    [
      '政协重庆市渝中区第十五届委员会第四次会议',
      { place: '重庆市渝中区', level: '区', organs: '政协', term: 15, nums: [4], kind: '会议' },
    ],
    [
      '区十六届人大一次会议主席团第四次会议',
      { place: '区', organs: '人大', sub: '主席团', term: 16, nums: [1, 4], kind: '会议' },
    ],
    ['区人大常委会2020年第7次主任会议', { organs: '人大+常委会', year: 2020, nums: [7], kind: '主任会议' }],
    ['中美元首旧金山会晤', { place: '', organs: '', topic: '中美元首旧金山', kind: '会晤' }],
    ['二十国集团领导人杭州峰会', { place: '', level: '', topic: '二十国集团领导人杭州', kind: '峰会' }],
  ])('the parts of %s', (name, parts) => {
    expect(meetingParts(name, HEADS)).toMatchObject(parts);
  });
});

describe('short forms of a Party congress', () => {
  it('党的二十大 is the 20th National Congress of the CPC', () => {
    expect(sameMeeting('党的二十大', '中国共产党第二十次全国代表大会')).toBe(true);
    expect(sameMeeting('党的二十大', '中国共产党第十九次全国代表大会')).toBe(false);
  });
});
