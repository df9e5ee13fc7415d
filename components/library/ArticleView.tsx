// A saved version read as an article: its title, date and source, its passages, and the reader's
// highlights drawn on it (an orphan — no longer on the page — marked as such). Text only.
import type { HighlightColor } from '../../utils/core/records';
import { t } from '../../utils/i18n';
import { paintLines } from '../../utils/library/paint';
import { colorName } from '../colors';

export interface ViewHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  orphan?: boolean;
}

interface Props {
  title: string;
  published: string | null;
  source: string | null;
  text: string;
  highlights: readonly ViewHighlight[];
}

export function ArticleView({ title, published, source, text, highlights }: Props) {
  const lines = paintLines(text, highlights);
  return (
    <article class="article-view" lang="zh">
      <h3 class="article-title">{title}</h3>
      <p class="meta">{[published, source].filter(Boolean).join(' · ')}</p>
      {lines.map((line) => (
        <p key={line.start}>
          {line.pieces.map((p, i) =>
            p.span ? (
              <mark
                key={i}
                class={`color-${p.span.color}${p.span.orphan ? ' orphan' : ''}`}
                data-id={p.span.id}
                title={p.span.orphan ? t('libOrphanHere') : colorName(p.span.color)}
              >
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </p>
      ))}
    </article>
  );
}
