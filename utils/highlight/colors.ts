// Highlight colours: translucent so that the page's own text colour stays readable.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/records';

export const FILLS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 221, 0, 0.4)',
  green: 'rgba(76, 217, 100, 0.35)',
  blue: 'rgba(90, 170, 255, 0.35)',
  pink: 'rgba(255, 105, 180, 0.3)',
  purple: 'rgba(175, 130, 255, 0.35)',
};

/** Name in the CSS highlight registry for a colour; prefixed so as not to meet the page's own names. */
export function registryName(color: HighlightColor): string {
  return `renda-hl-${color}`;
}

/** The stylesheet the custom-highlight renderer needs: background only, nothing that moves text. */
export function highlightStyles(): string {
  return HIGHLIGHT_COLORS.map(
    (c) => `::highlight(${registryName(c)}) { background-color: ${FILLS[c]}; }`,
  ).join('\n');
}
