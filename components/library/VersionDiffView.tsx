// Two saved versions compared: the newer text with what was removed in place (<del>) and what
// was added (<ins>), an edited passage by its changed characters; long runs of unchanged
// passages folded to one line that opens on demand.
import { useState } from 'preact/hooks';
import type { PassageDiff, VersionDiff } from '../../utils/archive/diff';
import { t, tn } from '../../utils/i18n';
import { changeSummary } from '../ArchiveNotes';

/** Unchanged passages shown around each change; longer runs fold. */
const CONTEXT = 1;

function Passage({ p }: { p: PassageDiff }) {
  switch (p.kind) {
    case 'same':
      return <p>{p.text}</p>;
    case 'removed':
      return (
        <p class="removed">
          <del>{p.text}</del>
        </p>
      );
    case 'added':
      return (
        <p class="added">
          <ins>{p.text}</ins>
        </p>
      );
    case 'edited':
      return (
        <p class="edited">
          {p.pieces.map((piece, i) =>
            piece.kind === 'removed' ? (
              <del key={i}>{piece.text}</del>
            ) : piece.kind === 'added' ? (
              <ins key={i}>{piece.text}</ins>
            ) : (
              piece.text
            ),
          )}
        </p>
      );
  }
}

function Folded({ passages }: { passages: PassageDiff[] }) {
  const [open, setOpen] = useState(false);
  if (open)
    return (
      <>
        {passages.map((p, i) => (
          <Passage key={i} p={p} />
        ))}
      </>
    );
  return (
    <button type="button" class="link unchanged" onClick={() => setOpen(true)}>
      {tn('libUnchangedPassages', passages.length, String(passages.length))}
    </button>
  );
}

/** Runs of unchanged passages longer than 2 × CONTEXT + 1, as [start, end) index pairs to fold. */
export function foldedRuns(passages: readonly PassageDiff[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < passages.length) {
    if (passages[i]?.kind !== 'same') {
      i++;
      continue;
    }
    let j = i;
    while (j < passages.length && passages[j]?.kind === 'same') j++;
    const from = i === 0 ? 0 : i + CONTEXT;
    const to = j === passages.length ? j : j - CONTEXT;
    if (to - from > 1) runs.push([from, to]);
    i = j;
  }
  return runs;
}

export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const runs = foldedRuns(diff.passages);
  const out: preact.ComponentChildren[] = [];
  let i = 0;
  for (const [from, to] of runs) {
    for (const [k, p] of diff.passages.slice(i, from).entries()) out.push(<Passage key={i + k} p={p} />);
    out.push(<Folded key={`f${from}`} passages={diff.passages.slice(from, to)} />);
    i = to;
  }
  for (const [k, p] of diff.passages.slice(i).entries()) out.push(<Passage key={i + k} p={p} />);
  const { edited, removed, added } = diff.summary;
  return (
    <section class="version-diff" lang="zh" aria-label={t('libCompareWith')}>
      <p class="summary" lang="">
        {edited + removed + added === 0 ? t('libNoChange') : changeSummary(diff.summary)}
      </p>
      {out}
    </section>
  );
}
