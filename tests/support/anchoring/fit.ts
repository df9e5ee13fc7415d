// Fits the model's weights (utils/anchor/weights.ts) on the fit seeds' cases
// over the fit pages (seeds.ts): every case's candidates and features are
// computed once, then weights, threshold and margin are searched (random
// draws, then coordinate steps) for the least loss, where a highlight placed
// on the wrong words costs WRONG_COST and one orphaned while some of its
// quote survives costs 1.
//   npx tsx tests/support/anchoring/fit.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { TextQuoteSelector, TextPositionSelector } from '../../../utils/anchor/index';
import { ModelMatcher } from '../../../utils/anchor/model/matcher';
import { placeable, type Ranked } from '../../../utils/anchor/model/decision';
import { rankScore } from '../../../utils/anchor/model/score';
import { WEIGHTS, type Weights } from '../../../utils/anchor/model/weights';
import { rng } from '../../../scripts/bench-lib';
import { verdictOf, type Verdict } from './judge';
import { runCases, type CaseRecord } from './run';
import { FIT_SEEDS, isFitPage } from './seeds';

export const WRONG_COST = 50;

interface Prepared {
  kind: string;
  quote: string;
  /** Settled before scoring: its verdict. */
  settled: Verdict | null;
  candidates: { c: Ranked; verdict: Verdict; placeable: boolean }[];
  /** Some of the quote survives: an orphan costs. */
  placeableTruth: boolean;
}

function prepare(cases: CaseRecord[]): Prepared[] {
  let matcher: ModelMatcher | null = null;
  return cases.map((k) => {
    if (!matcher || matcher.text !== k.text) matcher = new ModelMatcher(k.text);
    const quote = k.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const pos = k.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    const e = quote ? matcher.explain({ ...quote, start: pos?.start }) : null;
    const placeableTruth = k.bounds !== null;
    const base = { kind: k.kind, quote: quote?.exact ?? '' };
    if (!e) return { ...base, settled: 'orphan', candidates: [], placeableTruth };
    if (e.settled)
      return { ...base, settled: verdictOf(k.bounds, e.settled), candidates: [], placeableTruth };
    return {
      ...base,
      settled: null,
      candidates: e.candidates.map((c) => ({ c, verdict: verdictOf(k.bounds, c), placeable: placeable(c) })),
      placeableTruth,
    };
  });
}

/** The verdict of the decision (decision.ts) under weights `w`, on precomputed features. */
function verdictUnder(p: Prepared, w: Weights): Verdict {
  if (p.settled) return p.settled;
  let best = -1;
  let bestScore = -Infinity;
  const scores = p.candidates.map((x) => rankScore(x.c.features, x.placeable, w));
  scores.forEach((s, i) => {
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  const top = p.candidates[best];
  if (!top || !top.placeable || bestScore < w.threshold) return 'orphan';
  let runnerUp = -Infinity;
  p.candidates.forEach((x, i) => {
    if (i !== best && !(x.c.vs <= top.c.ve && top.c.vs <= x.c.ve))
      runnerUp = Math.max(runnerUp, scores[i] as number);
  });
  return bestScore - runnerUp >= w.margin ? top.verdict : 'orphan';
}

export function loss(
  prepared: readonly Prepared[],
  w: Weights,
): { loss: number; wrong: number; orphan: number; right: number } {
  let wrong = 0;
  let orphan = 0;
  let right = 0;
  for (const p of prepared) {
    const v = verdictUnder(p, w);
    if (v === 'wrong') wrong++;
    else if (v === 'right') right++;
    else if (p.placeableTruth) orphan++;
  }
  return { loss: WRONG_COST * wrong + orphan, wrong, orphan, right };
}

const KEYS: (keyof Weights)[] = [
  'quote',
  'prefix',
  'suffix',
  'distance',
  'uniqueness',
  'threshold',
  'margin',
];
const RANGES: Record<keyof Weights, [number, number]> = {
  quote: [0, 5],
  prefix: [0, 5],
  suffix: [0, 5],
  distance: [0, 3],
  uniqueness: [0, 3],
  threshold: [0.4, 0.95],
  margin: [0, 0.3],
};

function search(prepared: readonly Prepared[]): Weights {
  const r = rng(1);
  let best: Weights = { ...WEIGHTS };
  let bestLoss = loss(prepared, best).loss;
  for (let i = 0; i < 300; i++) {
    const w = Object.fromEntries(
      KEYS.map((k) => [k, RANGES[k][0] + r() * (RANGES[k][1] - RANGES[k][0])]),
    ) as unknown as Weights;
    const l = loss(prepared, w).loss;
    if (l < bestLoss) [best, bestLoss] = [w, l];
  }
  for (let step = 0.5; step > 0.004; step /= 2) {
    for (let improved = true; improved;) {
      improved = false;
      for (const k of KEYS) {
        const span = RANGES[k][1] - RANGES[k][0];
        for (const dir of [-1, 1]) {
          const v = Math.min(RANGES[k][1], Math.max(RANGES[k][0], best[k] + dir * step * span * 0.2));
          const w = { ...best, [k]: v };
          const l = loss(prepared, w).loss;
          if (l < bestLoss) {
            [best, bestLoss] = [w, l];
            improved = true;
          }
        }
      }
    }
  }
  return best;
}

/**
 * The fit seeds' cases over the fit pages. ANCHOR_FIT_CACHE=file keeps them
 * (texts once each) so that a refit after a change to the model skips the
 * page changes.
 */
function collectCases(): CaseRecord[] {
  const cache = process.env.ANCHOR_FIT_CACHE;
  if (cache && existsSync(cache)) {
    const { texts, cases } = JSON.parse(readFileSync(cache, 'utf8')) as {
      texts: string[];
      cases: (Omit<CaseRecord, 'text'> & { text: number })[];
    };
    return cases.map((c) => ({ ...c, text: texts[c.text] as string }));
  }
  const cases: CaseRecord[] = [];
  runCases(
    FIT_SEEDS.map((seed) => ({ seed, only: null })),
    { compare: false, cases: true, pageFilter: isFitPage, collect: (c) => cases.push(c), skipOurs: true },
  );
  if (cache) {
    const texts: string[] = [];
    const ids = new Map<string, number>();
    const stored = cases.map((c) => {
      let id = ids.get(c.text);
      if (id === undefined) {
        id = texts.push(c.text) - 1;
        ids.set(c.text, id);
      }
      return { ...c, text: id };
    });
    writeFileSync(cache, JSON.stringify({ texts, cases: stored }));
  }
  return cases;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const cases = collectCases();
  const prepared = prepare(cases.filter((c) => !c.twin));
  console.log(
    `${prepared.length} fit cases (seeds ${FIT_SEEDS.join(', ')}), prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  console.log('current', WEIGHTS, loss(prepared, { ...WEIGHTS }));
  const w = search(prepared);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const rounded = Object.fromEntries(KEYS.map((k) => [k, round(w[k])])) as unknown as Weights;
  console.log('fitted', JSON.stringify(rounded), loss(prepared, rounded));
  // Where the fitted model still goes wrong or orphans, by kind: what to look at next.
  const byKind = new Map<string, { wrong: number; orphan: number }>();
  let shown = 0;
  for (const p of prepared) {
    const v = verdictUnder(p, rounded);
    const e = byKind.get(p.kind) ?? { wrong: 0, orphan: 0 };
    if (v === 'wrong') e.wrong++;
    if (v === 'orphan' && p.placeableTruth) e.orphan++;
    byKind.set(p.kind, e);
    if (v === 'wrong' && shown++ < 15) {
      const fmt = (x: Prepared['candidates'][number]): string =>
        `${x.verdict}${x.placeable ? '' : '(hole)'} ${rankScore(x.c.features, x.placeable, rounded).toFixed(3)} ${JSON.stringify(x.c.features, (_k, n: unknown) => (typeof n === 'number' ? Math.round(n * 100) / 100 : n))}`;
      console.log(`wrong [${p.kind}] «${p.quote}» settled=${p.settled ?? '-'}`);
      for (const x of [...p.candidates]
        .sort(
          (a, b) =>
            rankScore(b.c.features, b.placeable, rounded) - rankScore(a.c.features, a.placeable, rounded),
        )
        .slice(0, 2))
        console.log(`   ${fmt(x)}`);
    }
  }
  console.log(JSON.stringify([...byKind]));
}

await main();
