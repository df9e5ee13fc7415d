import type { Detection } from '../types';

export interface DetectInput {
  title: string;
  text: string;
  published: string | null;
}

// Placeholder until the detector lands; keeps the pipeline wired end to end.
export function detect(_input: DetectInput): Detection {
  return { congress: { isCongressNews: false, score: 0 }, officials: [], meetings: [], slogans: [] };
}
