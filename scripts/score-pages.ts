// `npm run score -- [dev|heldout|all] [--prefix f-] [--misses] [--simplified|--traditional]`: the detector on the labelled development set
// (tests/fixtures/detect-pages), scored by ../shared/tools/score.mjs. Rules are written against
// the dev split only; the held-out split is for reporting.
import {
  inTraditional,
  isTraditional,
  labelledPages,
  scorePages,
  SPLITS,
  type Split,
} from '../tests/support/labelled-pages';

const args = process.argv.slice(2);
// --prefix <p>: only the pages whose slug starts with p (a batch added together, scored on its own
// before any rule is written against it).
const prefixAt = args.indexOf('--prefix');
const prefix = prefixAt >= 0 ? (args[prefixAt + 1] ?? '') : '';
const which = args.find((a, i) => !a.startsWith('--') && (prefixAt < 0 || i !== prefixAt + 1)) ?? 'dev';
if (which !== 'all' && !(SPLITS as readonly string[]).includes(which)) {
  console.error(
    `usage: npm run score -- [${SPLITS.join('|')}|all] [--prefix p] [--misses] [--simplified|--traditional]`,
  );
  process.exit(2);
}
const all = labelledPages(which === 'all' ? undefined : (which as Split)).filter((p) =>
  p.slug.startsWith(prefix),
);
// --traditional: the simplified pages of the split written in traditional characters, to compare
// with the same pages as they are (--simplified).
const pages = args.includes('--traditional')
  ? all.filter((p) => !isTraditional(p)).map(inTraditional)
  : args.includes('--simplified')
    ? all.filter((p) => !isTraditional(p))
    : all;
const s = scorePages(pages);
if (args.includes('--misses')) for (const m of s.misses) console.log(`  ${m}`);
const f = (x: number) => x.toFixed(3);
console.log(`${which}${prefix ? ` ${prefix}*` : ''}: ${s.pages} pages`);
for (const k of ['officials', 'titles', 'meetings', 'slogans'] as const) {
  const p = s[k];
  console.log(
    `${k.padEnd(10)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}  (tp ${p.tp} fp ${p.fp} fn ${p.fn})`,
  );
}
console.log(
  'fields    ' +
    Object.entries(s.fields)
      .map(([k, v]) => `${k} ${v === null ? '–' : f(v)}`)
      .join('  '),
);
