// English glosses of Chinese posts: built from their parts by utils/english/posts.ts (rank and
// qualifiers, then each body with its place in pinyin and its level). Kept here because detection
// and the library call it by this name.
import { postEnglish } from '../english/posts';

/** English gloss of a post as written (区委书记 → "Secretary, District Party Committee"), with no Chinese left. */
export function gloss(title: string): string {
  return postEnglish(title);
}
