import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  class?: string;
  summary: ComponentChildren;
  children: () => ComponentChildren;
}

/** <details> whose body is built only once opened: an index of hundreds of entries stays light. */
export function LazyDetails({ class: cls, summary, children }: Props) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  // By hand: whether Preact's onToggle reaches "toggle" depends on the DOM having an ontoggle property.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onToggle = () => setOpen(el.open);
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, []);
  return (
    <details ref={ref} class={cls}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
