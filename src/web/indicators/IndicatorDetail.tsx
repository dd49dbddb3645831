import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Dropdown, Empty, Popover, Progress, Segmented, Skeleton, Space, Table, Tabs, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled, CodeOutlined, DownOutlined, EditOutlined, FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useAuth } from '../core/auth';
import { useErrorText } from '../core/errors';
import { formatDateTime } from '../core/format';
import { useRemote } from '../core/useRemote';
import type { Unit } from '../org/types';
import { MetaModal, MilestonesModal, TargetsModal } from './EditIndicator';
import { STATUS_COLORS, useIndicatorFormat } from './format';
import { IndicatorChart, PeriodChart } from './IndicatorChart';
import { StateTag, StatusBadge } from './parts';
import { yearRows, type YearRow } from './series';
import type { IndicatorDetail as Detail, Observation, Revision, StatusResult } from './types';
import './indicators.css';

type Editor = 'meta' | 'targets' | 'milestones' | null;

function saveBlob(data: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function IndicatorDetail({ id, zoneId, onBack }: { id: string; zoneId: string | null; onBack: () => void }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const office = hasRole('office', 'admin');
  const detail = useRemote(() => api.get<Detail>(`/api/indicators/${id}`), [id]);
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  const [zonePick, setZonePick] = useState<string | null>(zoneId);
  const [editor, setEditor] = useState<Editor>(null);

  const d = detail.data;
  const zone = d ? (d.zones.find((z) => z.zoneId === zonePick) ?? d.zones[0] ?? null) : null;
  const st = d && zone ? (d.statuses.find((s) => s.zoneId === zone.zoneId) ?? null) : null;
  const result: StatusResult | null = st?.result ?? null;
  const rows = useMemo(() => (d ? yearRows(d, zone?.zoneId ?? null, result) : []), [d, zone?.zoneId, result]);
  const zoneObs = useMemo(() => (d ? d.observations.filter((o) => !zone || o.zoneId === zone.zoneId) : []), [d, zone]);

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

  const downloadInput = async () => {
    if (!zone) return;
    try {
      const input = await api.get<unknown>(`/api/indicators/${d.id}/status-input`, { query: { zoneId: zone.zoneId } });
      saveBlob(JSON.stringify(input, null, 2), 'application/json', `${d.code}-status-input.json`);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const name = f.en && d.nameEn ? d.nameEn : d.name;
  const status = st?.status ?? null;
  // Who owes the data: the zone's own unit, else the indicator's owner (as the server decides).
  const owner = units.data?.find((u) => u.id === d.ownerUnitId);
  const unitName = zone?.unitName ?? (owner ? (f.en && owner.nameEn ? owner.nameEn : owner.name) : null);
  const relative = d.targets.some((x) => x.kind === 'relative');
  const coverage = d.targets.some((x) => x.kind === 'coverage');
  const benchmarkName = relative ? (result?.target?.benchmark ?? t('indicators.targetText.city')) : null;

  return (
    <Card variant="borderless" className="hl-page-card" data-testid="indicator-detail">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('indicators.detail.back')}
      </Button>
      <div className="hl-ind-head">
        <div style={{ minWidth: 0 }}>
          <div className="hl-ind-head-title">
            {/* The detail view replaces the overview: its title is the page's one level-one heading. */}
            <Typography.Title level={1} className="hl-page-title">
              {d.number ? `${d.number}. ` : ''}
              {name}
            </Typography.Title>
            <span data-testid="indicator-status">
              <StatusBadge status={status} size="large" />
            </span>
          </div>
          <div className="hl-ind-sub" style={{ marginTop: 6, fontSize: 13 }}>
            <span className="hl-mono">{d.code}</span>
            {d.plan && <span> · {d.plan.title}</span>}
            {d.category && <span> · {d.category}</span>}
            <span> · {t(`indicators.frequency.${d.frequency}`)}</span>
            {d.unit && <span> · {t('indicators.detail.unitOf', { unit: d.unit })}</span>}
            <span> · {unitName ? t('indicators.detail.owner', { unit: unitName }) : t('indicators.noOwner')}</span>
          </div>
        </div>
        <Space wrap style={{ flex: 'none' }}>
          <Button icon={<ReloadOutlined />} onClick={() => void detail.reload()} aria-label={t('common.refresh')} />
          <Button icon={<FileExcelOutlined />} href={`/api/indicators/${d.id}/export.xlsx`} download>
            {t('indicators.detail.export')}
          </Button>
          <Popover
            title={t('indicators.detail.inputTitle')}
            content={
              <div style={{ maxWidth: 340 }}>
                <Typography.Paragraph style={{ marginBottom: 8 }}>{t('indicators.detail.inputNote')}</Typography.Paragraph>
                <Typography.Text code copyable>{`npx hubline indicator-status ${d.code}-status-input.json`}</Typography.Text>
              </div>
            }
          >
            <Button icon={<CodeOutlined />} onClick={() => void downloadInput()} disabled={!zone} data-testid="download-input">
              {t('indicators.detail.input')}
            </Button>
          </Popover>
          {office && (
            <Dropdown
              menu={{
                items: [
                  { key: 'meta', label: t('indicators.edit.meta') },
                  { key: 'targets', label: t('indicators.edit.targets') },
                  { key: 'milestones', label: t('indicators.edit.milestones') },
                ],
                onClick: ({ key }) => setEditor(key as Editor),
              }}
            >
              <Button type="primary" icon={<EditOutlined />}>
                {t('common.edit')} <DownOutlined />
              </Button>
            </Dropdown>
          )}
        </Space>
      </div>

      {d.zones.length > 1 && (
        <Segmented
          style={{ marginTop: 16 }}
          value={zone?.zoneId}
          onChange={(v) => setZonePick(String(v))}
          options={d.zones.map((z) => ({ value: z.zoneId, label: z.zoneName }))}
        />
      )}

      <Assessment detail={d} result={result} computedAt={st?.computedAt ?? null} coverage={coverage} />

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

      <Tabs
        className="hl-ind-section"
        items={[
          { key: 'years', label: t('indicators.detail.tabYears'), children: <YearTable rows={rows} detail={d} result={result} benchmark={relative} /> },
          { key: 'obs', label: t('indicators.detail.tabObservations', { count: zoneObs.length }), children: <ObservationTable list={zoneObs} unit={d.unit} coverage={coverage} /> },
          {
            key: 'revisions',
            label: t('indicators.detail.tabRevisions', { count: d.revisions.filter((r) => !zone || r.zoneId === zone.zoneId).length }),
            children: <RevisionTable list={d.revisions.filter((r) => !zone || r.zoneId === zone.zoneId)} unit={d.unit} />,
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
function Assessment({ detail: d, result: r, computedAt, coverage }: { detail: Detail; result: StatusResult | null; computedAt: string | null; coverage: boolean }) {
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
    return m ? (f.en && m.nameEn ? m.nameEn : m.name) : code;
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
              {t('indicators.detail.missingMembers', { list: (r.missing ?? []).map(memberName).join('、') })}
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

function YearTable({ rows, detail, result, benchmark }: { rows: YearRow[]; detail: Detail; result: StatusResult | null; benchmark: boolean }) {
  const { t } = useTranslation();
  const unit = detail.unit;
  const targetOf = (year: number) => detail.targets.find((x) => x.year === year);
  const f = useIndicatorFormat();
  const has = (k: keyof YearRow) => rows.some((r) => r[k] !== null);
  const num = (v: number | null) => <span className="hl-ind-num">{v === null ? '—' : f.number(v)}</span>;
  const columns: TableColumnsType<YearRow> = [
    { title: t('indicators.detail.year'), dataIndex: 'year', width: 90, render: (y: number) => f.period(String(y)) },
    {
      title: t('indicators.detail.actual'),
      key: 'actual',
      align: 'right',
      render: (_, r) =>
        r.actual === null ? (
          r.baseline !== null ? (
            <Space size={6}>
              <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                {t('indicators.chart.baseline')}
              </Tag>
              <span className="hl-ind-num">{f.number(r.baseline)}</span>
            </Space>
          ) : (
            <span className="hl-ind-muted">—</span>
          )
        ) : (
          <Space size={6}>
            {r.actualKind === 'provisional' && <StateTag state={r.actualState} />}
            <span className="hl-ind-num" style={r.actualKind === 'provisional' ? { fontStyle: 'italic', color: '#595959' } : { fontWeight: 500 }}>
              {f.number(r.actual)}
            </span>
          </Space>
        ),
    },
    ...(has('path') ? [{ title: t('indicators.chart.path'), dataIndex: 'path', align: 'right' as const, render: num }] : []),
    ...(has('milestone') ? [{ title: t('indicators.chart.milestone'), dataIndex: 'milestone', align: 'right' as const, render: num }] : []),
    {
      title: t('indicators.chart.target'),
      key: 'target',
      align: 'right',
      render: (_, r) =>
        r.target ? (
          <Space size={6}>
            <Tag bordered={false} color="red" style={{ marginInlineEnd: 0 }}>
              {t(`indicators.kind.${r.target.kind}`)}
            </Tag>
            {r.target.value !== null ? num(r.target.value) : <span>{f.target(targetOf(r.year)!, unit, result?.targets?.find((x) => x.year === r.year))}</span>}
          </Space>
        ) : null,
    },
    ...(has('projected')
      ? [
          {
            title: t('indicators.chart.projected'),
            key: 'projected',
            align: 'right' as const,
            render: (_: unknown, r: YearRow) =>
              r.actualKind || r.projected === null ? null : (
                <Tooltip title={r.bandLow !== null && r.bandHigh !== null ? `${t('indicators.chart.band')}：${f.number(r.bandLow)} – ${f.number(r.bandHigh)}` : undefined}>
                  <span className="hl-ind-num" style={{ color: r.onCourse === false ? '#d4380d' : undefined }}>
                    {f.number(r.projected)}
                  </span>
                </Tooltip>
              ),
          },
        ]
      : []),
    ...(benchmark && has('benchmark') ? [{ title: t('indicators.chart.benchmark'), dataIndex: 'benchmark', align: 'right' as const, render: num }] : []),
    ...(benchmark && has('relativeTarget') ? [{ title: t('indicators.chart.relativeTarget'), dataIndex: 'relativeTarget', align: 'right' as const, render: num }] : []),
  ];
  return (
    <>
      <div className="hl-ind-sub" style={{ marginBottom: 8 }}>
        {t('indicators.detail.valuesIn', { unit: unit ?? '—' })}
      </div>
      <Table<YearRow> rowKey="year" size="small" columns={columns} dataSource={rows} pagination={false} data-testid="year-table" />
    </>
  );
}

function ObservationTable({ list, unit, coverage }: { list: Observation[]; unit: string | null; coverage: boolean }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const columns: TableColumnsType<Observation> = [
    { title: t('indicators.entry.period'), dataIndex: 'period', width: 120, render: (p: string) => f.period(p), sorter: (a, b) => a.period.localeCompare(b.period), defaultSortOrder: 'descend' },
    { title: t('indicators.entry.value'), dataIndex: 'value', align: 'right', width: 140, render: (v: number | null) => <span className="hl-ind-num">{f.value(v, unit)}</span> },
    ...(coverage ? [{ title: t('indicators.entry.covered'), dataIndex: 'covered', render: (c: string[] | null) => (c ? c.join('、') : '—') }] : []),
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

function RevisionTable({ list, unit }: { list: Revision[]; unit: string | null }) {
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

function MetaView({ detail: d, unitName }: { detail: Detail; unitName: string | null }) {
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
