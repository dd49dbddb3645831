import { memo, useEffect, useRef } from 'react';

/**
 * The document as imported, with one span highlighted and scrolled into view. Only the
 * three slices around the span re-render when the selection changes, not the whole text.
 */
export const SourceText = memo(function SourceText({ text, span, height }: { text: string; span: [number, number] | null; height?: number | string }) {
  const mark = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Scroll the text box only: scrollIntoView would also move the page under the fixed header.
    const m = mark.current;
    const b = box.current;
    if (m && b) b.scrollTop = Math.max(0, m.offsetTop - b.clientHeight / 3); // the box is the offset parent
  }, [span?.[0], span?.[1]]);
  const [a, b] = span && span[0] <= span[1] && span[1] <= text.length ? span : [0, 0];
  return (
    <div ref={box} className="hl-plans-source" style={{ maxHeight: height ?? '70vh' }} data-testid="source-text">
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
