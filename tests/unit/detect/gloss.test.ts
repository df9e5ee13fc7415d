import { describe, expect, it } from 'vitest';
import { gloss } from '../../../utils/detect/gloss';

// gloss() is the detector's name for utils/english/posts.ts; tests/unit/english/posts.test.ts holds the
// parts builder to its cases. These are the posts the old table glossed, in their English now.
describe('gloss', () => {
  it.each([
    ['区委书记', 'Secretary, District Party Committee'],
    ['市人大常委会副主任', "Vice-Chair, Standing Committee of the Municipal People's Congress"],
    ['区人大常委会主任', "Chair, Standing Committee of the District People's Congress"],
    ['县委常委', 'Standing Committee Member, County Party Committee'],
    ['政法委书记', 'Secretary, Political and Legal Affairs Commission'],
    ['县人武部政委', "Political Commissar, County People's Armed Forces Department"],
    ['区政协主席', 'Chair, District CPPCC Committee'],
    ['河南省委副书记', 'Deputy Secretary, Henan Provincial Party Committee'],
    ['国家发展改革委主任', 'Director, National Development and Reform Commission'],
    ['中共中央总书记', 'General Secretary, CPC Central Committee'],
    ['国务院总理', 'Premier, State Council'],
    ['财政部部长', 'Minister, Ministry of Finance'],
    ['县应急管理局党组书记', 'Secretary, Party Leadership Group, County Emergency Management Bureau'],
    ['市金融局副局长', 'Deputy Director, Municipal Financial Affairs Bureau'],
    ['省长', 'Governor'],
    ['副县长', 'Deputy County Head'],
    ['常务副省长', 'Executive Vice-Governor'],
    ['美国总统', 'President of the United States'],
    ['教育部部长', 'Minister, Ministry of Education'],
    ['宣传部部长', 'Head, Publicity Department'],
    ['外交部副部长', 'Vice-Minister, Ministry of Foreign Affairs'],
    ['县人武部部长', "Head, County People's Armed Forces Department"],
    ['全国人大代表', "National People's Congress Deputy"],
    ['省政协委员', 'Provincial CPPCC Member'],
    ['国家主席', "President of the People's Republic of China"],
    ['中央军委主席', 'Chair, Central Military Commission'],
    ['村委会主任', "Director, Villagers' Committee"],
    ['县委办公室主任', 'Director, Office, County Party Committee'],
    ['區委書記', 'Secretary, District Party Committee'],
    ['没有职务', ''],
  ])('%s → %s', (title, expected) => {
    expect(gloss(title)).toBe(expected);
  });
});
