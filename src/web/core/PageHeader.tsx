import type { ReactNode } from 'react';
import { Typography } from 'antd';

export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="hl-page-head">
      <div>
        {/* The page's one level-one heading (WCAG 1.3.1, 2.4.6); styled at the old level-4 size. */}
        <Typography.Title level={1} className="hl-page-title">
          {title}
        </Typography.Title>
        {description && (
          <Typography.Paragraph type="secondary" className="hl-page-desc">
            {description}
          </Typography.Paragraph>
        )}
      </div>
      {extra && <div style={{ flex: 'none' }}>{extra}</div>}
    </div>
  );
}
