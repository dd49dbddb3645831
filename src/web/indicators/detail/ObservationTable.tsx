// Every value entered for the zone on screen, with its state, source and who entered it.
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../core/format';
import { useIndicatorFormat } from '../format';
import { StateTag } from '../parts';
import type { Observation } from '../types';

export function ObservationTable({ list, unit, coverage }: { list: Observation[]; unit: string | null; coverage: boolean }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const columns: TableColumnsType<Observation> = [
    { title: t('indicators.entry.period'), dataIndex: 'period', width: 120, render: (p: string) => f.period(p), sorter: (a, b) => a.period.localeCompare(b.period), defaultSortOrder: 'descend' },
    { title: t('indicators.entry.value'), dataIndex: 'value', align: 'right', width: 140, render: (v: number | null) => <span className="hl-ind-num">{f.value(v, unit)}</span> },
    ...(coverage ? [{ title: t('indicators.entry.covered'), dataIndex: 'covered', render: (c: string[] | null) => (c ? c.join(t('common.listSep')) : '—') }] : []),
    { title: t('common.status'), dataIndex: 'status', width: 110, render: (s: Observation['status']) => <StateTag state={s} /> },
    { title: t('indicators.detail.source'), dataIndex: 'source', width: 90, render: (s: string) => t(`indicators.source.${s}`) },
    {
      title: t('indicators.entry.comment'),
      key: 'comment',
      render: (_, o) => (
        <div>
          {o.comment && <div>{o.comment}</div>}
          {o.returnReason && <Typography.Text type="danger">{t('indicators.review.returnReasonShow', { reason: o.returnReason })}</Typography.Text>}
        </div>
      ),
    },
    { title: t('indicators.detail.enteredBy'), dataIndex: 'enteredBy', width: 110, render: (v: string | null) => v ?? t('indicators.detail.system') },
    { title: t('indicators.detail.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  return <Table<Observation> rowKey="id" size="small" columns={columns} dataSource={list} pagination={{ pageSize: 12, hideOnSinglePage: true }} data-testid="observation-table" />;
}
