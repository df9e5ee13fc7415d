export function isLikelyPoliticalNews(_doc: Document): boolean {
  return false;
}
