// js-yaml (installed with ESLint) reads the Markdown export's front matter back in the tests; it ships no types.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
