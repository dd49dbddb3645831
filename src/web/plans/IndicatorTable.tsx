import { Empty, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { TargetTag } from './parts';
import type { PlanIndicator } from './types';

/** Baseline and targets as the plan sets them; progress against them lives in 指标监测. */
export function IndicatorTable({ indicators }: { indicators: PlanIndicator[] }) {
  const { t } = useTranslation();
  if (!indicators.length) return <Empty description={t('plans.noIndicators')} />;
  // Several rows under one category read as one block, as in the document's table.
  const firstOfCategory = new Set<string>();
  const seen = new Set<string | null>();
  for (const i of indicators)
    if (!seen.has(i.category)) {
      seen.add(i.category);
      firstOfCategory.add(i.id);
    }
  const span = (i: PlanIndicator, idx: number) => {
    if (!firstOfCategory.has(i.id)) return 0;
    let n = 1;
    while (idx + n < indicators.length && indicators[idx + n].category === i.category) n++;
    return n;
  };
  const contiguous = indicators.every((i, idx) => idx === 0 || i.category === indicators[idx - 1].category || !indicators.slice(0, idx).some((x) => x.category === i.category));

  const columns: TableColumnsType<PlanIndicator> = [
    { title: t('plans.ind.number'), dataIndex: 'number', width: 64, render: (v: string | null) => v ?? '—' },
    {
      title: t('plans.ind.category'),
      dataIndex: 'category',
      width: 120,
      onCell: contiguous ? (i, idx) => ({ rowSpan: span(i, idx ?? 0) }) : undefined,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('plans.ind.name'),
      dataIndex: 'name',
      render: (v: string, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{v}</Typography.Text>
          <span className="hl-plans-sub">
            {i.unit ? t('plans.ind.unitIs', { unit: i.unit }) : t('plans.ind.noUnit')} · {i.code}
          </span>
        </Space>
      ),
    },
    {
      title: t('plans.ind.baseline'),
      width: 170,
      render: (_, i) =>
        i.baselineValue !== null ? (
          <span>
            <span className="hl-plans-sub">{i.baselineYear ? t('plans.yearN', { y: i.baselineYear }) : t('plans.ind.baseYearUnknown')}</span>{' '}
            <Typography.Text strong>{i.baselineValue}</Typography.Text>
            {i.unit && i.unit !== '%' ? ` ${i.unit}` : i.unit}
          </span>
        ) : (
          <Tooltip title={t('plans.ind.noBaselineHint')}>
            <span className="hl-plans-none">{t('plans.ind.noBaseline')}</span>
          </Tooltip>
        ),
    },
    {
      title: t('plans.ind.targets'),
      width: 360,
      render: (_, i) =>
        i.targets.length ? (
          <Space size={[4, 4]} wrap>
            {[...i.targets]
              .sort((a, b) => a.year - b.year)
              .map((x) => (
                <TargetTag key={`${x.year}-${x.kind}`} year={x.year} kind={x.kind} value={x.value} unit={i.unit} text={x.text} />
              ))}
          </Space>
        ) : (
          <span className="hl-plans-none">{t('plans.ind.noTargets')}</span>
        ),
    },
  ];
  return <Table rowKey="id" size="middle" bordered columns={columns} dataSource={indicators} pagination={false} data-testid="plan-indicators" />;
}
