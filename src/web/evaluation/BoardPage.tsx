// 年度考核: where each zone stands in the year's workflow; the office moves the round on and
// computes results; a zone's evaluation opens beside the board (summary, self and unified
// scores side by side, deductions with their notices).
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Input, InputNumber, Popconfirm, Space, Steps, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useUser } from '../core/auth';
// The stages from the domain, where they are defined: contracts/evaluation builds zod schemas when loaded.
import { ROUND_STATES } from '../../domain/evaluation/workflow';
import type { boardOut, RoundAction, zoneEvaluationOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';
import { fmt, SchemePicker, useSchemeChoice } from './shared';

/** GET /api/evaluation/rounds/:id, as the contract declares it. */
type Board = Out<typeof boardOut>;
type BoardZone = Board['zones'][number];

export default function BoardPage() {
  const { t } = useTranslation();
  const choice = useSchemeChoice();
  const roundId = choice.chosen?.roundId;
  const board = useRemote(() => (roundId ? api.get<Board>(`/api/evaluation/rounds/${roundId}`) : Promise.resolve(undefined)), [roundId]);
  const [zoneId, setZoneId] = useState<string | null>(null);
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const b = board.data;

  const act = async (action: RoundAction) => {
    let reason: string | undefined;
    if (action === 'correct') {
      reason = await new Promise<string | undefined>((resolve) => {
        let text = '';
        modal.confirm({ title: t('evaluation.reason'), content: <Input.TextArea aria-label={t('evaluation.reason')} onChange={(e) => (text = e.target.value)} />, onOk: () => resolve(text), onCancel: () => resolve(undefined) });
      });
      if (!reason) return;
    }
    try {
      await api.post(`/api/evaluation/rounds/${b!.round.id}/transition`, { action, version: b!.round.version, reason });
      await Promise.all([board.reload(), choice.schemes.reload()]);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const compute = async () => {
    try {
      await api.post(`/api/evaluation/rounds/${b!.round.id}/results`, {});
      message.success(t('evaluation.compute'));
      await board.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const stateIndex = b ? ROUND_STATES.indexOf(b.round.state as (typeof ROUND_STATES)[number]) : 0;

  return (
    <div>
      <PageHeader title={t('evaluation.nav.board')} extra={<SchemePicker {...choice} />} />
      {!choice.schemes.loading && !choice.chosen && <Empty description={t('evaluation.noRound')} />}
      {b && (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Steps size="small" current={stateIndex} status={b.round.state === 'final' ? 'finish' : 'process'} items={ROUND_STATES.map((s) => ({ title: t(`evaluation.state.${s}`) }))} />
            <Space style={{ marginTop: 16 }} wrap>
              <Tag color={b.round.state === 'final' ? 'green' : 'blue'} data-testid="round-state">
                {t(`evaluation.state.${b.round.state}`)}
                {b.round.correction ? ` · v${b.round.correction + 1}` : ''}
              </Tag>
              {b.actions.map((a) => (
                <Popconfirm key={a} title={t(`evaluation.action.${a}`)} onConfirm={() => act(a)} disabled={a === 'correct'}>
                  <Button type="primary" onClick={a === 'correct' ? () => act(a) : undefined} data-testid={`action-${a}`}>
                    {t(`evaluation.action.${a}`)}
                  </Button>
                </Popconfirm>
              ))}
              {b.actions.length > 0 && (b.round.state === 'unified_evaluation' || b.round.state === 'appeal_window') && (
                <Button onClick={compute} data-testid="compute">
                  {t('evaluation.compute')}
                </Button>
              )}
            </Space>
          </Card>
          <Table<BoardZone>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={b.zones}
            columns={[
              { title: t('evaluation.zone'), dataIndex: 'name', render: (v, z) => <a onClick={() => setZoneId(z.id)} data-testid={`zone-${z.code}`}>{v}</a> },
              { title: t('evaluation.group'), dataIndex: 'hubType', render: (v: string) => t(`evaluation.hub.${v}`) },
              { title: t('evaluation.selfState'), dataIndex: 'selfState', render: (v: string | null) => (v ? <Tag color={v === 'approved' ? 'green' : v === 'submitted' ? 'gold' : 'default'}>{t(`evaluation.self.${v}`)}</Tag> : '—') },
              { title: t('evaluation.total'), dataIndex: 'total', align: 'right', render: (v: number | null) => fmt(v) },
              { title: t('evaluation.rank'), dataIndex: 'rankInGroup', align: 'right', render: (v: number | null) => v ?? '—' },
              { title: t('evaluation.gradeCol'), dataIndex: 'grade', render: (v: string | null) => (v ? t(`evaluation.grade.${v}`) : '—') },
              {
                title: t('evaluation.gap'),
                dataIndex: 'selfGap',
                align: 'right',
                render: (g: BoardZone['selfGap'], z) =>
                  g ? (
                    <Typography.Text type={g.gap > 0 ? 'warning' : undefined} title={t('evaluation.zoneGapHint', { criteria: g.criteria, self: fmt(g.self), unified: fmt(g.unified) })} data-testid={`zone-gap-${z.code}`}>
                      {g.gap > 0 ? '+' : ''}
                      {fmt(g.gap)}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </>
      )}
      <Drawer width={980} open={!!zoneId && !!b} onClose={() => setZoneId(null)} destroyOnHidden title={b?.zones.find((z) => z.id === zoneId)?.name}>
        {zoneId && b && <ZoneEvaluation roundId={b.round.id} zoneId={zoneId} state={b.round.state} version={b.zones.find((z) => z.id === zoneId)?.submissionVersion ?? 1} onChange={board.reload} />}
      </Drawer>
    </div>
  );
}

// The route's response contract, type only (a zod value would put zod in this page's chunk).
type ZoneData = Out<typeof zoneEvaluationOut>;

function ZoneEvaluation({ roundId, zoneId, state, version, onChange }: { roundId: string; zoneId: string; state: string; version: number; onChange: () => unknown }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const data = useRemote(() => api.get<ZoneData>(`/api/evaluation/rounds/${roundId}/zones/${zoneId}`), [roundId, zoneId]);
  const [self, setSelf] = useState<Record<string, number | null>>({});
  const [rating, setRating] = useState<Record<string, number | null>>({});
  const [narrative, setNarrative] = useState<string | null>(null);
  // While a write and the reload after it are under way, the buttons wait: a save bumps the
  // submission's version, and a submit clicked before the reload would name the old one (409).
  const [busy, setBusy] = useState(false);
  const d = data.data;
  if (data.error) return <Alert type="warning" showIcon title={errorText(data.error)} />;
  if (!d) return null;
  const own = user.roles.some((r) => r === 'liaison' || r === 'unit_leader');
  // The summary (总结) is written while the summary or self-evaluation stage is open, by the office or the zone.
  const canEditSummary = !!d.submission && (state === 'summary' || state === 'self_evaluation') && user.roles.some((x) => x === 'office' || x === 'admin' || x === 'liaison' || x === 'unit_leader');
  const rater = user.roles.some((r) => r === 'office' || r === 'admin' || r === 'evaluator') && (state === 'unified_evaluation' || state === 'appeal_window');
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      await Promise.all([data.reload(), onChange()]);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const r = d.result;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions size="small" column={3} bordered items={[
        { label: t('evaluation.group'), children: t(`evaluation.hub.${d.zone.hubType}`) },
        { label: t('evaluation.selfState'), children: d.submission ? t(`evaluation.self.${d.submission.selfState}`) : '—' },
        { label: t('evaluation.total'), children: r ? <Typography.Text strong data-testid="zone-total">{fmt(r.total)}</Typography.Text> : '—' },
      ]} />
      <SummaryCard d={d} narrative={narrative} setNarrative={setNarrative} editable={canEditSummary} onSave={(text) => run(async () => {
        await api.put(`/api/evaluation/rounds/${roundId}/zones/${zoneId}/summary`, { narrative: text, version: d.submission?.version ?? version });
        setNarrative(null);
        message.success(t('evaluation.summaryForm.saved'));
      })} />
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={d.criteria}
        columns={[
          { title: t('evaluation.criterion'), dataIndex: 'name', render: (v: string, c) => <div><div>{v}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`evaluation.source.${c.source}`)} · {t(`evaluation.rule.${c.rule.kind}`)}</Typography.Text></div> },
          { title: t('evaluation.weight'), dataIndex: 'weight', align: 'right', width: 110 },
          { title: t('evaluation.data'), key: 'data', align: 'right', width: 90, render: (_, c) => (c.data ? fmt(c.data.value) : c.source === 'rated' ? '' : 'N/A') },
          {
            title: t('evaluation.selfScore'),
            key: 'self',
            width: 120,
            render: (_, c) =>
              own && state === 'self_evaluation' && d.submission?.selfState !== 'submitted' && d.submission?.selfState !== 'approved' ? (
                <InputNumber size="small" min={0} max={c.weight * 2} value={self[c.code] ?? c.self?.score ?? null} onChange={(v) => setSelf({ ...self, [c.code]: v })} data-testid={`self-${c.code}`} />
              ) : (
                fmt(c.self?.score)
              ),
          },
          {
            title: t('evaluation.unified'),
            key: 'unified',
            align: 'right',
            width: 120,
            render: (_, c) =>
              rater && c.source === 'rated' ? (
                <InputNumber size="small" min={0} max={c.weight} value={rating[c.code] ?? null} placeholder={fmt(c.unified)} onChange={(v) => setRating({ ...rating, [c.code]: v })} data-testid={`rate-${c.code}`} />
              ) : (
                <span title={c.ratings.map((x) => `${x.rater}: ${x.score}`).join('\n')}>{fmt(c.unified)}</span>
              ),
          },
          { title: t('evaluation.result'), key: 'result', align: 'right', width: 90, render: (_, c) => <span title={c.result ? (i18n.language === 'en' ? c.result.explainEn : c.result.explainZh) : ''}>{c.result ? (c.result.applicable ? fmt(c.result.points) : 'N/A') : '—'}</span> },
          { title: t('evaluation.gap'), key: 'gap', align: 'right', width: 90, render: (_, c) => { const g = d.gap.find((x) => x.code === c.code)?.gap; return g === null || g === undefined ? '—' : <Typography.Text type={g > 0 ? 'warning' : undefined}>{g > 0 ? '+' : ''}{fmt(g)}</Typography.Text>; } },
        ]}
      />
      {own && state === 'self_evaluation' && (
        <Space>
          {Object.keys(self).length > 0 && (
            <Button data-testid="save-self" loading={busy} onClick={() => run(async () => { await api.put(`/api/evaluation/rounds/${roundId}/zones/${zoneId}/self`, { scores: Object.entries(self).map(([code, score]) => ({ code, score })), version: d.submission!.version }); setSelf({}); })}>
              {t('evaluation.save')}
            </Button>
          )}
          {(d.submission?.selfState === 'draft' || d.submission?.selfState === 'returned') && (
            <Button type="primary" data-testid="submit-self" disabled={busy} onClick={() => run(() => api.post(`/api/evaluation/rounds/${roundId}/zones/${zoneId}/self`, { action: 'submit', version: d.submission!.version }))}>{t('evaluation.submit')}</Button>
          )}
          {d.submission?.selfState === 'submitted' && user.roles.includes('unit_leader') && (
            <>
              <Button type="primary" data-testid="approve-self" disabled={busy} onClick={() => run(() => api.post(`/api/evaluation/rounds/${roundId}/zones/${zoneId}/self`, { action: 'approve', version: d.submission!.version }))}>{t('evaluation.approve')}</Button>
              <Button disabled={busy} onClick={() => run(() => api.post(`/api/evaluation/rounds/${roundId}/zones/${zoneId}/self`, { action: 'return', version: d.submission!.version }))}>{t('evaluation.return')}</Button>
            </>
          )}
        </Space>
      )}
      {rater && Object.values(rating).some((v) => v !== null && v !== undefined) && (
        <Button type="primary" data-testid="save-rating" onClick={() => run(async () => { await api.post(`/api/evaluation/rounds/${roundId}/scores`, { zoneId, scores: Object.entries(rating).filter(([, v]) => v !== null && v !== undefined).map(([code, score]) => ({ code, score })) }); setRating({}); })}>
          {t('evaluation.save')} · {t('evaluation.unified')}
        </Button>
      )}
      {!r && <Alert type="info" showIcon title={t('evaluation.hidden')} />}
      {r && r.rescaleFactor !== 1 && r.rescaleFactor !== 0 && <Alert type="info" showIcon title={t('evaluation.rescale', { na: r.totalWeight - r.applicableWeight, w: r.applicableWeight, f: fmt(r.rescaleFactor, 4) })} />}
      <Card size="small" title={t('evaluation.deductions')}>
        {d.notices.length === 0 ? (
          <Typography.Text type="secondary">{t('evaluation.noNotices')}</Typography.Text>
        ) : (
          <Space direction="vertical">
            {d.notices.map((n) => (
              <span key={n.id}>
                <Tag color={n.level === 'red' ? 'red' : n.level === 'yellow' ? 'gold' : 'orange'}>{t(`evaluation.level.${n.level}`)}</Tag>
                {/* Notices open on the supervision board; yellow / red alerts are on the alerts page. */}
                <a href={n.level === 'yellow' || n.level === 'red' ? '/supervision/alerts' : `/supervision/board?notice=${n.id}`} data-testid={`notice-link-${n.id}`}>{n.number ?? n.title}</a> {n.number ? n.title : ''}
              </span>
            ))}
            {r && r.supervision.map((s) => <Typography.Text key={s.level}>{t(`evaluation.level.${s.level}`)} × {s.count}: −{fmt(s.points)}</Typography.Text>)}
          </Space>
        )}
        {r && (r.bonusItems.length > 0 || r.deductionItems.length > 0 || r.veto) && (
          <div style={{ marginTop: 8 }}>
            {r.bonusItems.map((x, i) => <div key={`b${i}`}>{t('evaluation.bonus')} +{x.points}: {x.reason}</div>)}
            {r.deductionItems.map((x, i) => <div key={`d${i}`}>{t('evaluation.deduction')} −{x.points}: {x.reason}</div>)}
            {r.veto && <div>{t('evaluation.veto')}: {r.veto.reason}</div>}
          </div>
        )}
      </Card>
    </Space>
  );
}

/**
 * 总结: the saved narrative, or — while nothing is saved — the draft the server wrote from the
 * approved reports, indicator values and supervision record, to be edited and saved.
 */
function SummaryCard({ d, narrative, setNarrative, editable, onSave }: { d: ZoneData; narrative: string | null; setNarrative: (v: string | null) => void; editable: boolean; onSave: (text: string) => void }) {
  const { t } = useTranslation();
  const saved = d.submission?.narrative ?? '';
  const prefilled = !saved && narrative === null;
  const shown = narrative ?? (saved || d.draft.text);
  return (
    <Card
      size="small"
      title={t('evaluation.summary')}
      data-testid="summary-card"
      extra={editable && <Button size="small" onClick={() => setNarrative(d.draft.text)} data-testid="summary-refill">{t('evaluation.summaryForm.refill')}</Button>}
    >
      {prefilled && editable && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('evaluation.summaryForm.prefilled')} data-testid="summary-prefilled" />}
      <Input.TextArea
        autoSize={{ minRows: 6, maxRows: 18 }}
        aria-label={t('evaluation.summary')}
        value={shown}
        readOnly={!editable}
        maxLength={20_000}
        onChange={(e) => setNarrative(e.target.value)}
        data-testid="summary-text"
      />
      <Space style={{ marginTop: 8 }} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('evaluation.summaryForm.sources', { reports: d.draft.sources.reports.length, notices: d.draft.sources.notices.length })}
        </Typography.Text>
        {d.draft.omitted > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('evaluation.summaryForm.omitted', { n: d.draft.omitted })}</Typography.Text>}
        {editable && (prefilled || (narrative !== null && narrative !== saved)) && (
          <Button size="small" type="primary" onClick={() => onSave(shown)} data-testid="save-summary">
            {t('evaluation.summaryForm.save')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
