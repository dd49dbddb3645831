import type { ReactNode } from 'react';

// Plain heading and paragraph with antd Typography's look (core/app.css): every page has this
// header, and Typography would cost the plans list ≈ 8 KB gzipped of its first load (issue 10).
export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="hl-page-head">
      <div>
        {/* The page's one level-one heading (WCAG 1.3.1, 2.4.6); styled at the old level-4 size. */}
        <h1 className="hl-page-title">{title}</h1>
        {description && <div className="hl-page-desc hl-text-secondary">{description}</div>}
      </div>
      {extra && <div style={{ flex: 'none' }}>{extra}</div>}
    </div>
  );
}
