// The status history of an indicator in a zone (issue 17): what the status was, what it became,
// when, and the inputs that changed since the computation before.
import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../core/api';
import { formatDateTime } from '../../core/format';
import { useRemote } from '../../core/useRemote';
import { useIndicatorFormat } from '../format';
import { StatusBadge } from '../parts';
import type { Out } from '../../../contracts/common';
import type { statusChangeOut } from '../../../contracts/indicators';
import type { InputChange } from '../../../domain/progress/history';
import type { Status } from '../types';

type StatusChange = Out<typeof statusChangeOut>;

export function useStatusHistory(indicatorId: string) {
  return useRemote(() => api.get<StatusChange[]>(`/api/indicators/${indicatorId}/status-history`), [indicatorId]);
}

/** One input change in words: "2026年3月：31,000 → 36,500 万吨", "2027年目标：level 120 → level 130". */
function ChangeLine({ c, unit }: { c: InputChange; unit: string | null }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const v = (x: number | null) => (x === null ? t('indicators.history.none') : f.value(x, unit));
  const s = (x: string | null) => x ?? t('indicators.history.none');
  // A target as stored in the change ("level 355", "growth 15 annual") in the page's words.
  const target = (x: string | null) => {
    if (!x) return t('indicators.history.none');
    const [kind, value, basis] = x.split(' ');
    const n = value === undefined ? '' : ` ${f.value(Number(value), kind === 'growth' || kind === 'reduction' ? '%' : unit)}`;
    return `${t(`indicators.kind.${kind}`, kind)}${n}${basis === 'annual' ? t('indicators.history.annual') : ''}`;
  };
  switch (c.kind) {
    case 'value':
      return <>{t('indicators.history.value', { period: f.period(c.period), from: v(c.from), to: v(c.to) })}</>;
    case 'benchmark':
      return <>{t('indicators.history.benchmark', { period: f.period(c.period), from: v(c.from), to: v(c.to) })}</>;
    case 'target':
      return <>{t('indicators.history.target', { year: c.year, from: target(c.from), to: target(c.to) })}</>;
    case 'milestone':
      return <>{t('indicators.history.milestone', { year: c.year, from: v(c.from), to: v(c.to) })}</>;
    case 'baseline':
      return <>{t('indicators.history.baseline', { from: s(c.from), to: s(c.to) })}</>;
    case 'direction':
      return <>{t('indicators.history.direction', { from: t(`indicators.direction.${c.from}`), to: t(`indicators.direction.${c.to}`) })}</>;
    case 'covered':
      return <>{t('indicators.history.covered', { from: c.from, to: c.to })}</>;
    case 'asOf':
      return <>{t('indicators.history.asOf', { from: s(c.from), to: s(c.to) })}</>;
  }
}

export function StatusHistory({ list, zoneId, unit }: { list: StatusChange[]; zoneId: string | null; unit: string | null }) {
  const { t } = useTranslation();
  const rows = list.filter((r) => !zoneId || r.zoneId === zoneId);
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.history.empty')} />;
  const columns: TableColumnsType<StatusChange> = [
    { title: t('indicators.history.when'), dataIndex: 'changedAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('indicators.history.change'),
      key: 'status',
      width: 260,
      render: (_, r) => (
        <span className="hl-ind-history-status">
          {r.previousStatus ? <StatusBadge status={r.previousStatus as Status} /> : <span className="hl-ind-muted">{t('indicators.history.first')}</span>}
          <span aria-hidden> → </span>
          <StatusBadge status={r.status as Status} />
        </span>
      ),
    },
    {
      title: t('indicators.history.why'),
      key: 'why',
      render: (_, r) => {
        const changes = (r.changes ?? []) as InputChange[];
        if (!r.previousStatus) return <span className="hl-ind-muted">{t('indicators.history.firstWhy')}</span>;
        if (!changes.length) return <span className="hl-ind-muted">{t('indicators.history.noInputChange')}</span>;
        return (
          <ul className="hl-ind-history-why">
            {changes.slice(0, 8).map((c, i) => (
              <li key={i}>
                <ChangeLine c={c} unit={unit} />
              </li>
            ))}
            {changes.length > 8 && <li className="hl-ind-muted">{t('indicators.history.more', { count: changes.length - 8 })}</li>}
          </ul>
        );
      },
    },
  ];
  return <Table<StatusChange> rowKey="id" size="small" columns={columns} dataSource={rows} pagination={{ pageSize: 12, hideOnSinglePage: true }} data-testid="status-history" />;
}
