import { memo, useEffect, useRef } from 'react';
import { Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { headingNumber } from './labels';

/**
 * The document as imported, with one span highlighted and scrolled into view. A new span
 * changes three text nodes, not the whole document, so clicking through a long plan stays quick.
 */
export const SourceText = memo(function SourceText({ text, span, height }: { text: string; span: [number, number] | null; height?: number | string }) {
  const mark = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [a, b] = span && span[0] <= span[1] && span[1] <= text.length ? span : [0, 0];
  useEffect(() => {
    // Scroll the text box only: scrollIntoView would also move the page under the fixed header.
    const m = mark.current;
    const bx = box.current;
    if (m && bx) bx.scrollTop = Math.max(0, m.offsetTop - 48); // the box is the offset parent
  }, [a, b]);
  return (
    <div ref={box} className="hl-plans-source" style={{ height: height ?? '70vh' }} data-testid="source-text">
      {text.slice(0, a)}
      {b > a && (
        <mark ref={mark} className="hl-plans-mark" data-testid="source-highlight">
          {text.slice(a, b)}
        </mark>
      )}
      {text.slice(b)}
    </div>
  );
});

export interface OutlineItem {
  key: string;
  level: number;
  number: string | null;
  title: string;
  span: [number, number] | null;
}

/** The heading tree beside the text: a long document is found by its headings. */
export const Outline = memo(function Outline({ items, selected, onPick }: { items: OutlineItem[]; selected: string | null; onPick: (key: string, span: [number, number]) => void }) {
  return (
    <nav className="hl-plans-outline">
      {items.map((s) => (
        <button
          type="button"
          key={s.key}
          disabled={!s.span}
          className={`hl-plans-outline-item${selected === s.key ? ' is-selected' : ''}`}
          style={{ paddingLeft: 8 + (s.level - 1) * 14 }}
          onClick={() => s.span && onPick(s.key, s.span)}
          title={s.title}
          data-testid="outline-item"
        >
          {headingNumber(s.number)}
          {s.title}
        </button>
      ))}
    </nav>
  );
});

/** The 原文 tab of a plan: outline on the left, the text on the right. */
export function SourceView({
  text,
  fileName,
  sections,
  span,
  onSpan,
}: {
  text: string;
  fileName: string | null;
  sections: { id: string; level: number; number: string | null; title: string; spanStart: number | null; spanEnd: number | null }[];
  span: [number, number] | null;
  onSpan: (s: [number, number]) => void;
}) {
  const { t } = useTranslation();
  const items: OutlineItem[] = sections.map((s) => ({ key: s.id, level: s.level, number: s.number, title: s.title, span: s.spanStart !== null && s.spanEnd !== null ? [s.spanStart, s.spanEnd] : null }));
  const selected = span ? (items.find((i) => i.span && i.span[0] === span[0] && i.span[1] === span[1])?.key ?? null) : null;
  return (
    <div className="hl-plans-sourceview">
      <div className="hl-plans-sourceview-side">
        <Typography.Text type="secondary" className="hl-plans-sub">
          <FileTextOutlined /> {fileName ?? t('plans.pastedText')} · {t('plans.chars', { n: text.length.toLocaleString() })}
        </Typography.Text>
        <Outline items={items} selected={selected} onPick={(_, s) => onSpan(s)} />
      </div>
      <SourceText text={text} span={span} height="calc(100vh - 260px)" />
    </div>
  );
}
