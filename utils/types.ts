// Shared shapes of the analyze contract (../shared/DESIGN.md) and of saved data.
// Pure types: safe to import from anywhere, including the content script and Node.

/** Offsets into ArticleFields.text, as JavaScript string indices. */
export interface Span {
  start: number;
  end: number;
}

export interface ArticleFields {
  /** Headline without the site name. */
  title: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
  /** 来源, or null. */
  source: string | null;
  byline: string | null;
  /** The article's plain text, headline excluded. */
  text: string;
}

export interface Official {
  name: string;
  /** Every written form of every post, as in the text (区委书记, 市人大常委会副主任). */
  titles: string[];
  /** English gloss per title, same order as titles. */
  glosses?: string[];
  /** The name in pinyin as English texts write it (Xu Xiaobo); null for a name that is not Chinese (拜登). */
  pinyin?: string | null;
  mentions: Span[];
}

export type MeetingRole = 'reported' | 'referenced';

export interface Meeting {
  name: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  role: MeetingRole;
  /** The meeting's name in English, built from its parts; null where a part has no English. */
  en?: string | null;
  mentions: Span[];
}

export type SloganKind = 'quoted' | 'numbered' | 'known';

export interface Slogan {
  text: string;
  kind: SloganKind;
  /** Occurrences in headline and body. */
  count: number;
  /** Occurrences in the body (article.text). */
  mentions: Span[];
  /** Standard English of a national formulation (utils/english/formulations.tsv); null where none exists. */
  en?: string | null;
}

export interface CongressScore {
  isCongressNews: boolean;
  score: number;
}

export interface Detection {
  congress: CongressScore;
  officials: Official[];
  meetings: Meeting[];
  slogans: Slogan[];
}

export interface Analysis extends Detection {
  article: ArticleFields;
  timings: { extractMs: number; detectMs: number };
}
