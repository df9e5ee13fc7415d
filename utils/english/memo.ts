// Pages name the same posts, people and meetings again and again (five 副主任 on one page, 区委书记
// on most): the English of each is worked out once and remembered.

/** `f`, a pure function of a string, remembering its answers for up to `size` strings. */
export function memo<T>(f: (s: string) => T, size = 2000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s) as T;
    if (seen.size >= size) seen.clear();
    const value = f(s);
    seen.set(s, value);
    return value;
  };
}
