// The parts of citation-js 0.7 that cite.ts, ris.ts and bibtex.ts use (the packages ship no types).
declare module '@citation-js/core' {
  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  export interface CslConfig {
    templates: Register<string>;
    locales: Register<string>;
  }
  export interface BibtexConfig {
    format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
  }
  export interface FormatOptions {
    format?: string;
    template?: string;
    lang?: string;
    spec?: 'new' | 'old' | 'mixed';
    entry?: string | string[];
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(name: string, options?: FormatOptions): unknown;
  }
  export const plugins: {
    config: { get(name: '@csl'): CslConfig; get(name: '@bibtex'): BibtexConfig };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
