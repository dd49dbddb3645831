import type { ReactNode } from 'react';

/**
 * The white panel a page sits on, drawn like antd's borderless Card without loading Card
 * (which carries Tabs, ≈ 13 KB gzipped): for pages on the first-page budget (issue 10).
 */
export function PageCard({ children }: { children: ReactNode }) {
  return <div className="hl-page-card hl-page-card-plain">{children}</div>;
}
