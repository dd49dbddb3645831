import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Pick } from './ReviewTasks';
import type { Extraction } from './types';

/** The tables the importer found, shown as tables; a row highlights its source like a paragraph does. */
export function ReviewTables({ tables, selected, onPick }: { tables: NonNullable<Extraction['tables']>; selected: string | null; onPick: Pick }) {
  const { t } = useTranslation();
  if (!tables.length) return <Empty description={t('plans.review.noTables')} />;
  return (
    <div className="hl-plans-review-list" data-testid="review-tables">
      <div className="hl-plans-sub">{t('plans.review.tablesHint')}</div>
      {tables.map((tb, ti) => (
        <div key={ti} className="hl-plans-table-block">
          <div className="hl-plans-review-subtitle">
            <Tag color={tb.kind === 'task' ? 'blue' : 'green'}>{t(`plans.review.tableKind.${tb.kind}`)}</Tag>
            {tb.title} <span className="hl-plans-sub">{t('plans.review.tableRows', { n: tb.rows.length })}</span>
          </div>
          <div className="hl-plans-table-scroll">
            <table className="hl-plans-found-table">
              <thead>
                <tr>
                  {tb.header.map((h, k) => (
                    <th key={k}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tb.rows.map((r, ri) => {
                  const key = `t${ti}-${ri}`;
                  return (
                    <tr key={ri} className={selected === key ? 'is-selected' : undefined} onClick={() => onPick(key, r.span)} data-testid="review-table-row">
                      {tb.header.map((_, k) => (
                        <td key={k}>{r.cells[k] ?? ''}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </div>
  );
}
