// Highlight colours: translucent so that the page's own text colour stays readable.
import { HIGHLIGHT_COLORS as COLOR_IDS, type HighlightColor } from '../db/model';

export type { HighlightColor };

export const HIGHLIGHT_COLORS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 221, 0, 0.4)',
  green: 'rgba(76, 217, 100, 0.35)',
  blue: 'rgba(90, 170, 255, 0.35)',
  pink: 'rgba(255, 105, 180, 0.3)',
  purple: 'rgba(175, 130, 255, 0.35)',
};

export const DEFAULT_COLOR: HighlightColor = 'yellow';

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (COLOR_IDS as readonly unknown[]).includes(value);
}

/** Name in the CSS highlight registry for a colour; prefixed so as not to meet the page's own names. */
export function registryName(color: HighlightColor): string {
  return `renda-hl-${color}`;
}

/** The stylesheet the custom-highlight renderer needs: background only, nothing that moves text. */
export function highlightStyles(): string {
  return COLOR_IDS.map(
    (c) => `::highlight(${registryName(c)}) { background-color: ${HIGHLIGHT_COLORS[c]}; }`,
  ).join('\n');
}
