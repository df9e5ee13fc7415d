// What changed between two saved versions of an article, through jsdiff: passages aligned as
// units; a removed passage and an added one that are mostly the same text are one edited
// passage, whose changes are found by sentence and then by character. Chinese is never compared
// by space-separated words: a sentence is a unit, a character the smallest change.
import { diffArrays, diffChars } from 'diff';
import { splitPassages, splitSentences } from './passages';

export type DiffPiece = { kind: 'same' | 'removed' | 'added'; text: string };
export type PassageDiff =
  | { kind: 'same'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'edited'; old: string; new: string; pieces: DiffPiece[] };
export interface VersionDiff {
  passages: PassageDiff[];
  summary: { edited: number; removed: number; added: number };
}

/**
 * Share of characters two passages have in common (Dice: 2 × common / both lengths) from which a
 * removed and an added passage are one passage edited: at a half, an edit that rewrote most of a
 * paragraph is still shown as removed and added, one that touched a clause as edited.
 */
export const EDIT_SIMILARITY = 0.5;

/** Dice similarity of two texts by the characters a character diff leaves unchanged. */
export function similarity(a: string, b: string): number {
  if (a === '' && b === '') return 1;
  let common = 0;
  for (const part of diffChars(a, b)) if (!part.added && !part.removed) common += part.value.length;
  return (2 * common) / (a.length + b.length);
}

function push(pieces: DiffPiece[], kind: DiffPiece['kind'], text: string): void {
  if (text === '') return;
  const last = pieces[pieces.length - 1];
  if (last?.kind === kind) last.text += text;
  else pieces.push({ kind, text });
}

/** The changes inside one edited passage: sentences aligned, changed sentences by character. */
export function passagePieces(oldText: string, newText: string): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  const parts = diffArrays(splitSentences(oldText), splitSentences(newText));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as (typeof parts)[number];
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      for (const c of diffChars(part.value.join(''), next.value.join('')))
        push(pieces, c.added ? 'added' : c.removed ? 'removed' : 'same', c.value);
      i++;
    } else push(pieces, part.added ? 'added' : part.removed ? 'removed' : 'same', part.value.join(''));
  }
  return pieces;
}

/** Pairs each removed passage with the first later-unpaired added one similar enough, in order. */
function pairRun(removed: readonly string[], added: readonly string[], out: PassageDiff[]): void {
  let j = 0;
  for (const r of removed) {
    let match = -1;
    for (let k = j; k < added.length; k++) {
      if (similarity(r, added[k] as string) >= EDIT_SIMILARITY) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      out.push({ kind: 'removed', text: r });
      continue;
    }
    for (; j < match; j++) out.push({ kind: 'added', text: added[j] as string });
    const paired = added[match] as string;
    out.push({ kind: 'edited', old: r, new: paired, pieces: passagePieces(r, paired) });
    j = match + 1;
  }
  for (; j < added.length; j++) out.push({ kind: 'added', text: added[j] as string });
}

/** The passages of the newer version with what was removed in place, and how many of each kind. */
export function diffVersions(oldText: string, newText: string): VersionDiff {
  const parts = diffArrays(splitPassages(oldText), splitPassages(newText));
  const passages: PassageDiff[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as (typeof parts)[number];
    if (part.removed) {
      const next = parts[i + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) i++;
      pairRun(part.value, added, passages);
    } else if (part.added) {
      for (const text of part.value) passages.push({ kind: 'added', text });
    } else {
      for (const text of part.value) passages.push({ kind: 'same', text });
    }
  }
  const count = (k: PassageDiff['kind']) => passages.filter((p) => p.kind === k).length;
  return { passages, summary: { edited: count('edited'), removed: count('removed'), added: count('added') } };
}
