// The indicator's definition as set by the office: source, owner, method, targets, milestones.
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../core/format';
import { useIndicatorFormat } from '../format';
import type { IndicatorDetail as Detail } from '../types';

export function MetaView({ detail: d, unitName }: { detail: Detail; unitName: string | null }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const none = <span className="hl-ind-muted">{t('indicators.detail.notSet')}</span>;
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      styles={{ label: { width: 140 } }}
      items={[
        { key: 'definition', label: t('indicators.meta.definition'), span: 2, children: d.definition || none },
        { key: 'dataSource', label: t('indicators.meta.dataSource'), children: d.dataSource || none },
        { key: 'owner', label: t('indicators.meta.owner'), children: unitName || none },
        { key: 'frequency', label: t('indicators.meta.frequency'), children: t(`indicators.frequency.${d.frequency}`) },
        { key: 'aggregation', label: t('indicators.meta.aggregation'), children: t(`indicators.aggregation.${d.aggregation}`) },
        { key: 'direction', label: t('indicators.meta.direction'), children: t(`indicators.direction.${d.direction}`) },
        { key: 'limit', label: t('indicators.meta.naturalLimit'), children: d.naturalLimit === null ? none : f.value(d.naturalLimit, d.unit) },
        { key: 'baseline', label: t('indicators.meta.baseline'), children: d.baselineYear !== null && d.baselineValue !== null ? `${f.period(String(d.baselineYear))} ${f.value(d.baselineValue, d.unit)}` : none },
        {
          key: 'targets',
          label: t('indicators.meta.targets'),
          children: d.targets.length
            ? d.targets.map((x) => (
                <div key={x.year}>
                  {f.period(String(x.year))}：{f.target(x, d.unit)}
                  {x.text && x.text !== String(x.value) && <span className="hl-ind-muted">（{t('indicators.meta.planText', { text: x.text })}）</span>}
                </div>
              ))
            : none,
        },
        { key: 'milestones', label: t('indicators.meta.milestones'), children: d.milestones.length ? d.milestones.map((m) => `${f.period(String(m.year))} ${f.value(m.value, d.unit)}`).join('；') : t('indicators.meta.milestonesPath') },
        { key: 'set', label: t('indicators.meta.referenceSet'), children: d.referenceSet ? `${d.referenceSet.name}（${d.referenceSet.members.length}）` : none },
        { key: 'version', label: t('indicators.meta.version'), children: `v${d.version} · ${formatDateTime(d.updatedAt)}` },
      ]}
    />
  );
}
