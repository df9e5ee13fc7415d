import { markSegments } from '../../utils/library/marks';

interface Props {
  text: string;
  ranges?: readonly { start: number; end: number }[];
}

/** Text with its matches in <mark>: text nodes only, never HTML. */
export function Marked({ text, ranges }: Props) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return <>{markSegments(text, ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
