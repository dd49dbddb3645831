import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PlainButton } from './plain';

export interface PlainColumn<T> {
  key: string;
  title: ReactNode;
  width?: number;
  align?: 'left' | 'right';
  render: (row: T) => ReactNode;
}

/**
 * A short list drawn as a plain HTML table in antd's table look, without antd Table (which with
 * its Pagination, Select and virtual list is ≈ 80 KB gzipped): for pages on the first-page budget
 * (issue 10) whose lists stay short, such as the plans list. Long lists keep antd Table.
 */
export function PlainTable<T>({
  columns,
  rows,
  rowKey,
  loading,
  emptyText,
  pageSize = 20,
  onRowDoubleClick,
  testId,
}: {
  columns: PlainColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  loading?: boolean;
  emptyText: ReactNode;
  pageSize?: number;
  onRowDoubleClick?: (row: T) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  // A filter that leaves fewer rows brings the page back into range.
  useEffect(() => {
    if (page > pages) setPage(pages);
  }, [page, pages]);
  const shown = rows.length > pageSize ? rows.slice((page - 1) * pageSize, page * pageSize) : rows;
  const cell = (c: PlainColumn<T>): CSSProperties => ({ width: c.width, textAlign: c.align ?? 'left' });
  return (
    <div className={`hl-plain-table${loading ? ' hl-plain-table-loading' : ''}`} data-testid={testId} aria-busy={loading || undefined}>
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={cell(c)}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={rowKey(r)} className="hl-plain-table-row" onDoubleClick={onRowDoubleClick ? () => onRowDoubleClick(r) : undefined}>
              {columns.map((c) => (
                <td key={c.key} style={cell(c)}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          ))}
          {!shown.length && (
            <tr>
              <td colSpan={columns.length} className="hl-plain-table-empty">
                {loading ? t('common.loading') : emptyText}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {rows.length > pageSize && (
        <nav className="hl-plain-table-pager" aria-label={t('common.pages')}>
          <span>{t('common.total', { count: rows.length })}</span>
          <PlainButton size="small" icon={<LeftOutlined />} aria-label={t('common.prevPage')} disabled={page <= 1} onClick={() => setPage(page - 1)} />
          <span aria-live="polite">{t('common.pageOf', { page, pages })}</span>
          <PlainButton size="small" icon={<RightOutlined />} aria-label={t('common.nextPage')} disabled={page >= pages} onClick={() => setPage(page + 1)} />
        </nav>
      )}
    </div>
  );
}
