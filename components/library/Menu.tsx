import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  label: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A small drop-down on <details> (keyboard-usable as it is): it also closes after a choice,
 * on Escape (focus back on its button) and on a click elsewhere.
 */
export function Menu({ label, class: cls, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      const d = ref.current;
      if (d?.open && !d.contains(e.target as Node)) d.open = false;
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);
  return (
    <details
      ref={ref}
      class={`menu${cls ? ` ${cls}` : ''}`}
      onKeyDown={(e) => {
        const d = ref.current;
        if (e.key === 'Escape' && d?.open) {
          e.preventDefault();
          e.stopPropagation();
          d.open = false;
          d.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>{label}</summary>
      <div
        class="menu-body"
        onClick={(e) => {
          if ((e.target as Element).closest('button') && ref.current) ref.current.open = false;
        }}
      >
        {children}
      </div>
    </details>
  );
}
