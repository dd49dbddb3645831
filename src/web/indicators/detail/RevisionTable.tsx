// The history of values that were changed after they counted: old → new, why, by whom.
import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../core/format';
import { useIndicatorFormat } from '../format';
import type { Revision } from '../types';

export function RevisionTable({ list, unit }: { list: Revision[]; unit: string | null }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  if (!list.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.detail.noRevisions')} />;
  const columns: TableColumnsType<Revision> = [
    { title: t('indicators.entry.period'), dataIndex: 'period', width: 120, render: (p: string) => f.period(p) },
    {
      title: t('indicators.detail.change'),
      key: 'change',
      width: 260,
      render: (_, r) => (
        <span className="hl-ind-num">
          <span className="hl-ind-muted">{f.value(r.oldValue, unit)}</span> → <b>{f.value(r.newValue, unit)}</b>
        </span>
      ),
    },
    { title: t('indicators.detail.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
    { title: t('indicators.detail.changedBy'), dataIndex: 'changedBy', width: 120, render: (v: string | null) => v ?? t('indicators.detail.system') },
    { title: t('indicators.detail.changedAt'), dataIndex: 'changedAt', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  return <Table<Revision> rowKey="id" size="small" columns={columns} dataSource={list} pagination={{ pageSize: 12, hideOnSinglePage: true }} data-testid="revision-table" />;
}
