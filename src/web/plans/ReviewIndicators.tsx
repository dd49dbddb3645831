import { Button, Empty, Input, InputNumber, Select, Table, Tooltip, type TableColumnsType } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { targetKindOptions } from './labels';
import type { Pick } from './ReviewTasks';
import type { ExIndicator } from './types';

type Row = ExIndicator & { i: number };

/** Baseline and targets as extracted; a year the importer could not read must be filled in. */
export function ReviewIndicators({ indicators, selected, onChange, onPick }: { indicators: ExIndicator[]; selected: string | null; onChange: (i: number, p: Partial<ExIndicator>) => void; onPick: Pick }) {
  const { t } = useTranslation();
  if (!indicators.length) return <Empty description={t('plans.review.noIndicators')} />;
  const stop = { onClick: (e: React.MouseEvent) => e.stopPropagation() };
  const columns: TableColumnsType<Row> = [
    { title: t('plans.ind.number'), dataIndex: 'number', width: 48 },
    {
      title: t('plans.ind.name'),
      render: (_, r) => (
        <div className="hl-plans-ind-name">
          <Input size="small" value={r.name} status={r.name.trim() ? undefined : 'error'} onChange={(e) => onChange(r.i, { name: e.target.value })} aria-label={t('plans.ind.name')} />
          <div className="hl-plans-ind-sub">
            <Input size="small" value={r.category} placeholder={t('plans.ind.category')} onChange={(e) => onChange(r.i, { category: e.target.value })} aria-label={t('plans.ind.category')} />
            <Input size="small" value={r.unit} placeholder={t('plans.ind.unit')} onChange={(e) => onChange(r.i, { unit: e.target.value })} aria-label={t('plans.ind.unit')} />
          </div>
        </div>
      ),
    },
    {
      title: t('plans.ind.baseline'),
      width: 150,
      render: (_, r) =>
        r.baseline ? (
          <div className="hl-plans-ind-line">
            <InputNumber
              size="small"
              className="hl-plans-year"
              value={r.baseline.year}
              status={r.baseline.year === null ? 'error' : undefined}
              placeholder={t('plans.ind.year')}
              min={1990}
              max={2100}
              onChange={(v) => onChange(r.i, { baseline: { ...r.baseline!, year: v } })}
              {...stop}
            />
            <InputNumber size="small" style={{ width: 70 }} value={r.baseline.value} onChange={(v) => onChange(r.i, { baseline: v === null ? null : { ...r.baseline!, value: v } })} {...stop} />
            <Tooltip title={t('plans.ind.removeBaseline')}>
              <Button size="small" type="text" icon={<CloseOutlined />} onClick={(e) => (e.stopPropagation(), onChange(r.i, { baseline: null }))} />
            </Tooltip>
          </div>
        ) : (
          <Button size="small" type="link" onClick={(e) => (e.stopPropagation(), onChange(r.i, { baseline: { year: null, value: 0 } }))}>
            <PlusOutlined /> {t('plans.ind.addBaseline')}
          </Button>
        ),
    },
    {
      title: t('plans.ind.targets'),
      width: 290,
      render: (_, r) => {
        const setTargets = (targets: ExIndicator['targets']) => onChange(r.i, { targets });
        return (
          <div className="hl-plans-ind-targets">
            {r.targets.map((x, k) => (
              <div key={k} className="hl-plans-ind-line">
                <InputNumber
                  size="small"
                  className="hl-plans-year"
                  value={x.year}
                  status={x.year === null ? 'error' : undefined}
                  placeholder={t('plans.ind.year')}
                  min={1990}
                  max={2100}
                  onChange={(v) => setTargets(r.targets.map((y, j) => (j === k ? { ...y, year: v } : y)))}
                  {...stop}
                />
                <Select
                  size="small"
                  style={{ width: 86 }}
                  value={x.kind}
                  options={targetKindOptions(t)}
                  popupMatchSelectWidth={false}
                  onChange={(v) => setTargets(r.targets.map((y, j) => (j === k ? { ...y, kind: v, value: v === 'coverage' || v === 'pending' ? null : y.value } : y)))}
                  {...stop}
                />
                <InputNumber
                  size="small"
                  style={{ width: 74 }}
                  value={x.value}
                  disabled={x.kind === 'pending' || x.kind === 'coverage'}
                  onChange={(v) => setTargets(r.targets.map((y, j) => (j === k ? { ...y, value: v } : y)))}
                  {...stop}
                />
                <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('plans.ind.removeTarget')} onClick={(e) => (e.stopPropagation(), setTargets(r.targets.filter((_, j) => j !== k)))} />
              </div>
            ))}
            <Button
              size="small"
              type="link"
              onClick={(e) => {
                e.stopPropagation();
                const last = r.targets[r.targets.length - 1];
                setTargets([...r.targets, { year: last?.year ? last.year + 1 : null, kind: last?.kind ?? 'level', value: null, text: '' }]);
              }}
            >
              <PlusOutlined /> {t('plans.ind.addTarget')}
            </Button>
          </div>
        );
      },
    },
  ];
  return (
    <div className="hl-plans-review-list">
      <Table
        size="small"
        rowKey="i"
        pagination={false}
        columns={columns}
        dataSource={indicators.map((x, i) => ({ ...x, i }))}
        rowClassName={(r) => `hl-plans-pick-row${selected === `i${r.i}` ? ' hl-plans-row-selected' : ''}`}
        onRow={(r) => ({ onClick: () => onPick(`i${r.i}`, r.span), 'data-testid': 'review-indicator' }) as React.HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
