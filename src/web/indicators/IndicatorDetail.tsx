// The indicator page: the page is its layout; what it shows is worked out in detail/useIndicatorDetail.ts.
import { useEffect } from 'react';
import { Alert, Button, Card, Segmented, Skeleton, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../core/errors';
import { ExportButton } from '../core/ExportButton';
import { MetaModal, MilestonesModal, TargetsModal } from './EditIndicator';
import { Assessment } from './detail/Assessment';
import { ChartSection } from './detail/ChartSection';
import { DetailHeader } from './detail/DetailHeader';
import { MetaView } from './detail/MetaView';
import { ObservationTable } from './detail/ObservationTable';
import { RevisionTable } from './detail/RevisionTable';
import { StatusHistory, useStatusHistory } from './detail/StatusHistory';
import { useIndicatorDetail } from './detail/useIndicatorDetail';
import { YearTable } from './detail/YearTable';
import './indicators.css';
import { useNames } from '../org/names';

export default function IndicatorDetail({ id, zoneId, onBack }: { id: string; zoneId: string | null; onBack: () => void }) {
  const { t } = useTranslation();
  const name = useNames();
  const errorText = useErrorText();
  const data = useIndicatorDetail(id, zoneId);
  const { d, detail } = data;
  // Reloaded with the indicator: an edit that changes the status adds a line.
  const history = useStatusHistory(id);
  const computedAt = data.st?.computedAt;
  useEffect(() => {
    if (computedAt) void history.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [computedAt]);

  if (!d) {
    return (
      <Card variant="borderless" className="hl-page-card">
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingInline: 0 }}>
          {t('indicators.detail.back')}
        </Button>
        {detail.error != null ? <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(detail.error) })} /> : <Skeleton active paragraph={{ rows: 10 }} />}
      </Card>
    );
  }

  const loaded = { ...data, d };
  const { office, zone, setZonePick, st, result, rows, zoneObs, zoneRevisions, unitName, relative, coverage, editor, setEditor } = loaded;

  return (
    <Card variant="borderless" className="hl-page-card" data-testid="indicator-detail">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('indicators.detail.back')}
      </Button>
      <DetailHeader data={loaded} />

      {d.zones.length > 1 && (
        <Segmented
          style={{ marginTop: 16 }}
          value={zone?.zoneId}
          onChange={(v) => setZonePick(String(v))}
          options={d.zones.map((z) => ({ value: z.zoneId, label: name(z.zoneName, z.zoneId) }))}
        />
      )}

      <Assessment detail={d} result={result} computedAt={st?.computedAt ?? null} coverage={coverage} />

      <ChartSection data={loaded} />

      <Tabs
        className="hl-ind-section"
        items={[
          { key: 'years', label: t('indicators.detail.tabYears'), children: <YearTable rows={rows} detail={d} result={result} benchmark={relative} /> },
          { key: 'obs', label: t('indicators.detail.tabObservations', { count: zoneObs.length }), children: (
              // The export sits with the table it exports, not in the tab bar: a button among the
              // tabs breaks the tablist's ARIA structure (axe aria-required-children).
              <>
                <div className="hl-ind-tab-tools">
                  <ExportButton list="/api/observations" query={{ indicatorId: d.id, zoneId: zone?.zoneId }} />
                </div>
                <ObservationTable list={zoneObs} unit={d.unit} coverage={coverage} />
              </>
            ),
          },
          {
            key: 'revisions',
            label: t('indicators.detail.tabRevisions', { count: zoneRevisions.length }),
            children: <RevisionTable list={zoneRevisions} unit={d.unit} />,
          },
          {
            key: 'history',
            label: t('indicators.detail.tabHistory', { count: (history.data ?? []).filter((h) => !zone || h.zoneId === zone.zoneId).length }),
            children: <StatusHistory list={history.data ?? []} zoneId={zone?.zoneId ?? null} unit={d.unit} />,
          },
          { key: 'meta', label: t('indicators.detail.tabMeta'), children: <MetaView detail={d} unitName={unitName} /> },
        ]}
      />

      {office && (
        <>
          <MetaModal open={editor === 'meta'} detail={d} onClose={() => setEditor(null)} onSaved={() => detail.reload()} />
          <TargetsModal open={editor === 'targets'} detail={d} onClose={() => setEditor(null)} onSaved={() => detail.reload()} />
          <MilestonesModal open={editor === 'milestones'} detail={d} result={result} onClose={() => setEditor(null)} onSaved={() => detail.reload()} />
        </>
      )}
    </Card>
  );
}
