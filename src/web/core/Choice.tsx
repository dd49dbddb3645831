// One of a few options, with antd Segmented's look, as plain elements: Segmented (with its
// sliding thumb and motion) cost the login page and the plans list ≈ 4 KB gzipped each (issue 10).
// A radio group (WAI-ARIA): Tab reaches the chosen option, Left/Right (Up/Down) choose the next.
import type { KeyboardEvent, ReactNode } from 'react';

interface Props<V extends string> {
  value: V;
  options: Array<{ value: V; label: ReactNode }>;
  onChange(value: V): void;
  /** The group's accessible name. */
  label: string;
  size?: 'small' | 'middle';
}

export function Choice<V extends string>({ value, options, onChange, label, size = 'middle' }: Props<V>) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const i = options.findIndex((o) => o.value === value);
    const next = options[(i + step + options.length) % options.length];
    onChange(next.value);
    const buttons = e.currentTarget.querySelectorAll<HTMLButtonElement>('button');
    buttons[options.indexOf(next)]?.focus();
  };
  return (
    <div role="radiogroup" aria-label={label} className={`hl-choice${size === 'small' ? ' hl-choice-small' : ''}`} onKeyDown={onKeyDown}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          tabIndex={o.value === value ? 0 : -1}
          className={`hl-choice-item${o.value === value ? ' hl-choice-selected' : ''}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
