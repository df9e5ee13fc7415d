// The officials of the exported pages as a CSV, in the shape researchers load into a career
// database (a person, a post, where, when, the evidence): one row per person and post on each
// page. The post is kept as the page writes it; pinyin, the English post, the place and its level
// come from the detection when the caller has them (ExportGroup.extras) and are empty otherwise.
import { csvFile } from './csv';
import type { ExportGroup } from './types';

export const OFFICIALS_CSV_COLUMNS = [
  'name',
  'pinyin',
  'post',
  'post_en',
  'place',
  'level',
  'date',
  'url',
] as const;

/**
 * `date` is the page's publication date, the day the page shows the person in the post; empty when
 * it is not known, never the day the page was saved, which says nothing about the post.
 */
export function buildOfficialsCsv(groups: readonly Pick<ExportGroup, 'page' | 'extras'>[]): string {
  const rows: string[][] = [[...OFFICIALS_CSV_COLUMNS]];
  for (const { page, extras } of groups) {
    for (const { name, titles } of page.officials) {
      const more = extras?.officials?.[name];
      const pinyin = more?.pinyin ?? '';
      // A person named without a post is still a row: the page shows them, in no post it names.
      const posts = titles.length > 0 ? titles : [''];
      posts.forEach((post, i) => {
        const place = more?.places?.[i];
        rows.push([
          name,
          pinyin,
          post,
          more?.glosses?.[i] ?? '',
          place?.place ?? '',
          place?.level ?? '',
          page.published ?? '',
          page.url,
        ]);
      });
    }
  }
  return csvFile(rows);
}
