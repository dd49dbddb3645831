// The yearly chart (counted values, path, targets, projection) and, below it, the periods of the year.
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndicatorChart, PeriodChart } from '../IndicatorChart';
import type { LoadedDetail } from './useIndicatorDetail';

export function ChartSection({ data }: { data: LoadedDetail }) {
  const { t } = useTranslation();
  const { d, rows, zoneObs, relative, benchmarkName } = data;
  return (
    <div className="hl-ind-section">
      <Typography.Title level={5}>{t('indicators.detail.chartTitle')}</Typography.Title>
      {rows.some((r) => r.actual !== null || r.baseline !== null || r.path !== null || r.benchmark !== null) ? (
        <IndicatorChart rows={rows} unit={d.unit} benchmarkName={benchmarkName} />
      ) : (
        <Empty description={t('indicators.detail.noSeries')} />
      )}
      <div className="hl-ind-legend-note">{t(relative ? 'indicators.detail.chartNoteRelative' : 'indicators.detail.chartNote')}</div>
      {d.frequency !== 'yearly' && zoneObs.some((o) => o.period.length > 4) && (
        <div className="hl-ind-section">
          <Typography.Title level={5}>{t(d.frequency === 'monthly' ? 'indicators.detail.monthly' : 'indicators.detail.quarterly')}</Typography.Title>
          <PeriodChart observations={zoneObs} unit={d.unit} />
        </div>
      )}
    </div>
  );
}
