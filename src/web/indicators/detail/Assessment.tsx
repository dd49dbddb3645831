// The status in words and the method's numbers behind it: progress value, score, rates,
// distance covered, projections, covered members, gaps in the data.
import { Alert, Progress, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { countryZh } from '../../../domain/corridor/reference';
import { formatDateTime } from '../../core/format';
import { STATUS_COLORS, useIndicatorFormat } from '../format';
import type { IndicatorDetail as Detail, StatusResult } from '../types';

function Metric({ label, value, note, color }: { label: string; value: React.ReactNode; note?: React.ReactNode; color?: string }) {
  return (
    <div className="hl-ind-metric">
      <div className="hl-ind-metric-label">{label}</div>
      <div className="hl-ind-metric-value" style={color ? { color } : undefined}>
        {value}
      </div>
      {note && <div className="hl-ind-metric-note">{note}</div>}
    </div>
  );
}

/** The explanation paragraph and the method's numbers behind it. */
export function Assessment({ detail: d, result: r, computedAt, coverage }: { detail: Detail; result: StatusResult | null; computedAt: string | null; coverage: boolean }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  if (!r)
    return (
      <Alert className="hl-ind-section" type="info" showIcon title={t('indicators.detail.noStatus')} description={t('indicators.detail.noStatusHint')} />
    );
  const color = STATUS_COLORS[r.status];
  const slopes = (r.observedRate === null || r.observedRate === undefined) && r.observedSlope !== null && r.observedSlope !== undefined;
  const pv =
    r.progressValue === null
      ? '—'
      : r.method === 1
        ? f.rate(r.progressValue)
        : f.number(r.progressValue, 2);
  const pvNote = r.method === 1 ? t('indicators.detail.pvTrend') : r.method === 'relative' ? t('indicators.detail.pvRelative') : t('indicators.detail.pvPace');
  const members = d.referenceSet?.members ?? [];
  const covered = new Set(r.covered ?? []);
  const memberName = (code: string) => {
    const m = members.find((x) => x.code === code);
    // A member outside the set's list still reads as a country (文莱), never as its code (BN).
    return m ? (f.en && m.nameEn ? m.nameEn : m.name) : f.en ? code : countryZh(code);
  };
  return (
    <div className="hl-ind-section">
      <div className="hl-ind-explain" style={{ borderLeft: `4px solid ${color}` }} data-testid="explanation">
        {f.en ? r.explanation.en : r.explanation.zh}
        {computedAt && <div className="hl-ind-sub" style={{ marginTop: 4 }}>{t('indicators.detail.computedAt', { time: formatDateTime(computedAt) })}</div>}
      </div>
      {(r.progressValue !== null || r.distanceCovered !== null) && (
        <div className="hl-ind-metrics">
          <Metric label={t('indicators.detail.pv')} value={pv} note={pvNote} color={color} />
          <Metric
            label={t('indicators.detail.score')}
            value={r.score === null ? '—' : `${f.number(r.score, 2)}`}
            note={t('indicators.detail.scoreNote')}
          />
          <Metric
            label={t(slopes ? 'indicators.detail.slopes' : 'indicators.detail.rates')}
            value={
              // Once the target is met no further pace is required: a negative "required rate" would only confuse.
              `${slopes ? f.number(r.observedSlope ?? null) : f.rate(r.observedRate)} / ${
                r.status === 'achieved' ? t('indicators.detail.reached') : slopes ? f.number(r.requiredSlope ?? null) : f.rate(r.requiredRate)
              }`
            }
            note={t('indicators.detail.ratesNote')}
          />
          <Metric
            label={t('indicators.col.distance')}
            value={
              r.distanceCovered === null ? (
                '—'
              ) : (
                <Progress aria-label={t('indicators.distanceHint')} percent={Math.round(r.distanceCovered)} strokeColor={color} size="small" style={{ margin: '4px 0 0' }} />
              )
            }
            note={t('indicators.distanceHint')}
          />
        </div>
      )}
      {r.projected.some((p) => p.value !== null) && (
        <div style={{ marginTop: 12, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {r.projected
            .filter((p) => p.value !== null)
            .map((p) => (
              <Tag
                key={p.year}
                color={p.onCourse === null ? 'default' : p.onCourse ? 'success' : 'warning'}
                icon={p.onCourse === null ? undefined : p.onCourse ? <CheckCircleFilled /> : <CloseCircleFilled />}
                style={{ padding: '3px 10px', fontSize: 13 }}
              >
                {p.method === 'hold'
                  ? // Relative targets project the margin over the benchmark, in points, not the indicator's value.
                    t('indicators.detail.projectedMargin', { year: p.year, value: f.number(p.value), target: f.number(p.target) })
                  : p.method === 'actual'
                    ? t('indicators.detail.projectedActual', { year: p.year, value: f.value(p.value, d.unit) })
                    : t('indicators.detail.projectedTag', { year: p.year, value: f.value(p.value, d.unit) })}
                {p.target !== null && p.method !== 'hold' && t('indicators.detail.projectedTarget', { value: f.value(p.target, d.unit) })}
              </Tag>
            ))}
        </div>
      )}
      {coverage && members.length > 0 && (
        <div style={{ marginTop: 12 }} data-testid="coverage">
          <Typography.Text strong>
            {t('indicators.detail.coverage', { covered: members.filter((m) => covered.has(m.code)).length, total: members.length })}
          </Typography.Text>
          <div className="hl-ind-members" style={{ marginTop: 8 }}>
            {members.map((m) => (
              <Tag key={m.code} color={covered.has(m.code) ? 'success' : 'error'} icon={covered.has(m.code) ? <CheckCircleFilled /> : <CloseCircleFilled />}>
                {memberName(m.code)}
              </Tag>
            ))}
          </div>
          {(r.missing?.length ?? 0) > 0 && (
            <div className="hl-ind-sub" style={{ marginTop: 6 }}>
              {t('indicators.detail.missingMembers', { list: (r.missing ?? []).map(memberName).join(t('common.listSep')) })}
            </div>
          )}
        </div>
      )}
      {(r.gaps?.length ?? 0) > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('indicators.detail.gaps')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {r.gaps!.map((g) => (
                <li key={g.code}>{f.en ? g.en : g.zh}</li>
              ))}
            </ul>
          }
        />
      )}
      {(r.notes?.length ?? 0) > 0 && (
        <div className="hl-ind-sub" style={{ marginTop: 8 }}>
          {t('indicators.detail.notes')}
          {r.notes!.map((n) => (f.en ? n.en : n.zh)).join('；')}
        </div>
      )}
    </div>
  );
}
