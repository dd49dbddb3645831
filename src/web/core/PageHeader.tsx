import type { ReactNode } from 'react';
import { Typography } from 'antd';

export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="hl-page-head">
      <div>
        <Typography.Title level={4} className="hl-page-title">
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
