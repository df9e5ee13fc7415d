// Highlight colours: translucent so that the page's own text colour stays readable.
export const HIGHLIGHT_COLORS = {
  yellow: 'rgba(255, 221, 0, 0.4)',
  green: 'rgba(76, 217, 100, 0.35)',
  blue: 'rgba(90, 170, 255, 0.35)',
  pink: 'rgba(255, 105, 180, 0.3)',
  purple: 'rgba(175, 130, 255, 0.35)',
} as const;

export type HighlightColor = keyof typeof HIGHLIGHT_COLORS;

export const DEFAULT_COLOR: HighlightColor = 'yellow';

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(HIGHLIGHT_COLORS, value);
}

/** Name in the CSS highlight registry for a colour; prefixed so as not to meet the page's own names. */
export function registryName(color: HighlightColor): string {
  return `renda-hl-${color}`;
}

/** The stylesheet the custom-highlight renderer needs: background only, nothing that moves text. */
export function highlightStyles(): string {
  return (Object.keys(HIGHLIGHT_COLORS) as HighlightColor[])
    .map((c) => `::highlight(${registryName(c)}) { background-color: ${HIGHLIGHT_COLORS[c]}; }`)
    .join('\n');
}
