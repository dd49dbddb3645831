import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Badge, Button, DatePicker, Input, Segmented, Space, Switch, Tabs, Tag, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../core/api';
import { useErrorText } from '../core/errors';
import { useRemote } from '../core/useRemote';
import { useUnsavedGuard } from '../core/useUnsavedGuard';
import { ChangeList } from './ChangeList';
import { ReviewIndicators, type OwnerHint } from './ReviewIndicators';
import { ReviewTables } from './ReviewTables';
import { ReviewTasks } from './ReviewTasks';
import { ReviewUnits, type Decision, type UnknownUnit } from './ReviewUnits';
import { Outline, SourceText } from './SourceText';
import type { ExIndicator, ExTask, Extraction, ImportDraft, PlanChange, Unit } from './types';
import type { Zone } from '../../contracts/org';
import { mergeIndicators, suggestOwners, suggestZones } from '../../domain/document/owners';

/** An indicator with its responsible units suggested from the tasks that name it (kept where the office set them), and where they came from. */
function owned(ind: ExIndicator, tasks: ExTask[], zoneIds: string[]): { ind: ExIndicator; hint: OwnerHint } {
  const s = suggestOwners(ind, tasks);
  return {
    ind: { ...ind, owners: ind.owners ?? s.units, zoneIds: ind.zoneIds ?? zoneIds, ownerless: ind.ownerless ?? false },
    hint: { tasks: s.tasks, zoneFromIssuer: zoneIds.length > 0 },
  };
}

/** The importer's reading, with each indicator's responsible units suggested from the tasks that name it. */
function withOwners(extraction: Extraction): { ex: Extraction; hints: Record<string, OwnerHint> } {
  const ex = structuredClone(extraction);
  const hints: Record<string, OwnerHint> = {};
  ex.indicators = ex.indicators.map((ind) => {
    const o = owned(ind, ex.tasks, []);
    hints[ind.number] = o.hint;
    return o.ind;
  });
  return { ex, hints };
}

export interface Committed {
  planId: string;
  title: string;
  tasks: number;
  indicators: number;
  newUnits: number;
  revised: boolean;
  accepted: number;
}

export function ReviewStep({ draft, onCommitted, onDiscarded }: { draft: ImportDraft; onCommitted: (c: Committed) => void; onDiscarded: () => void }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const revising = !!draft.existingPlan;
  const [initial] = useState(() => withOwners(draft.extraction));
  const [ex, setEx] = useState<Extraction>(initial.ex);
  const [hints, setHints] = useState<Record<string, OwnerHint>>(initial.hints);
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // The tab lives in the URL: the back button and a reload keep the one being worked on.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? (revising ? 'changes' : 'tasks');
  const setTab = useCallback((k: string) => setParams((p) => (p.set('tab', k), p), { replace: true }), [setParams]);
  const known = useRemote(() => api.get<Unit[]>('/api/units'));
  const zones = useRemote(() => api.get<Zone[]>('/api/zones'));
  const zoneOptions = useMemo(() => (zones.data ?? []).map((z) => ({ value: z.id, label: i18n.language === 'en' && z.nameEn ? z.nameEn : z.name })), [zones.data, i18n.language]);
  // Once the zones are known: the zone the issuer speaks for (渝北区人民政府办公室 → 渝北区) on every indicator without one.
  const issuerZones = useMemo(() => (zones.data ? suggestZones(draft.extraction.meta, zones.data).map((z) => z.id) : []), [zones.data, draft.extraction.meta]);
  const [zonesSuggested, setZonesSuggested] = useState(false);
  useEffect(() => {
    if (zonesSuggested || !zones.data) return;
    setZonesSuggested(true);
    if (!issuerZones.length) return;
    setEx((e) => ({ ...e, indicators: e.indicators.map((ind) => (ind.zoneIds?.length ? ind : { ...ind, zoneIds: issuerZones })) }));
    setHints((h) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, { ...v, zoneFromIssuer: true }])));
  }, [zones.data, zonesSuggested, issuerZones]);
  // Targets the importer did not take (可能遗漏的指标): the office adds one, or dismisses it.
  const [suggestions, setSuggestions] = useState<ExIndicator[]>(() => draft.extraction.suggestions ?? []);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [accept, setAccept] = useState<ReadonlySet<string>>(() => new Set((draft.diff ?? []).filter((c) => c.kind !== 'unchanged' && !c.undoesManualFix).map((c) => c.key)));
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Leaving mid-review loses the edits: another menu item, the back button, closing the tab all ask first.
  useUnsavedGuard(true, t('common.unsaved.review'));

  // Names the importer matched (exactly, by alias or by abbreviation) plus every name and alias on file.
  const knownByName = useMemo(() => {
    const m = new Map<string, string>();
    for (const u of known.data ?? []) for (const n of [u.name, ...u.aliases]) m.set(n, u.name);
    const byId = new Map((known.data ?? []).map((u) => [u.id, u.name]));
    for (const u of draft.extraction.units) if (u.known) m.set(u.name, (u.matchedId && byId.get(u.matchedId)) || u.name);
    return m;
  }, [known.data, draft.extraction.units]);

  const { unknown, matched } = useMemo(() => {
    const guessed = new Map(draft.extraction.units.map((u) => [u.name, u]));
    const found = new Map<string, UnknownUnit>();
    const ok = new Map<string, string>();
    ex.tasks.forEach((task, i) =>
      task.units.forEach((u) => {
        const unitName = knownByName.get(u.name);
        if (unitName) {
          ok.set(u.name, unitName);
          return;
        }
        const e = found.get(u.name) ?? { name: u.name, guessedType: guessed.get(u.name)?.type ?? 'department', collective: u.collective, tasks: [] };
        e.tasks.push({ i, number: task.number });
        found.set(u.name, e);
      }),
    );
    return { unknown: [...found.values()], matched: [...ok].map(([name, unitName]) => ({ name, unitName })) };
  }, [ex.tasks, knownByName, draft.extraction.units]);
  // Keyed by the names, not the list: a keystroke in a title must not re-render every task row.
  const unknownKey = unknown.map((u) => u.name).join('\n');
  const unknownSet = useMemo(() => new Set(unknownKey ? unknownKey.split('\n') : []), [unknownKey]);
  const unitNames = useMemo(
    () => [...new Set([...(known.data ?? []).filter((u) => u.active).map((u) => u.name), ...unknownSet])].map((value) => ({ value })),
    [known.data, unknownSet],
  );
  const decisionOf = useCallback((u: UnknownUnit): Decision => decisions[u.name] ?? { action: 'create', type: u.guessedType, collective: u.collective }, [decisions]);

  const pick = useCallback((key: string, s: [number, number]) => {
    setSelected(key);
    setSpan(s);
  }, []);
  const setTask = useCallback((i: number, patch: Partial<ExTask>) => setEx((e) => ({ ...e, tasks: e.tasks.map((x, j) => (j === i ? { ...x, ...patch } : x)) })), []);
  const removeTask = useCallback((i: number) => {
    setEx((e) => ({ ...e, tasks: e.tasks.filter((_, j) => j !== i) }));
    setSelected(null);
  }, []);
  const setIndicator = useCallback((i: number, patch: Partial<ExIndicator>) => setEx((e) => ({ ...e, indicators: e.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) })), []);
  // The callbacks read the current list through a ref: new callbacks on every keystroke would re-render every row.
  const exRef = useRef(ex);
  exRef.current = ex;
  const removeIndicator = useCallback(
    (i: number) => {
      const gone = exRef.current.indicators[i];
      if (!gone) return;
      setEx((e) => ({ ...e, indicators: e.indicators.filter((_, j) => j !== i) }));
      setSelected(null);
      message.info(t('plans.ind.removed', { number: gone.number }));
    },
    [message, t],
  );
  const mergeIndicator = useCallback(
    (from: number, into: number) => {
      const a = exRef.current.indicators[into];
      const b = exRef.current.indicators[from];
      if (!a || !b) return;
      const merged = { ...mergeIndicators(a, b), owners: [...new Set([...(a.owners ?? []), ...(b.owners ?? [])])], zoneIds: [...new Set([...(a.zoneIds ?? []), ...(b.zoneIds ?? [])])] };
      setEx((e) => ({ ...e, indicators: e.indicators.map((x, j) => (j === into ? merged : x)).filter((_, j) => j !== from) }));
      setSelected(null);
      message.info(t('plans.ind.merged', { from: b.number, into: a.number }));
    },
    [message, t],
  );
  const dismissSuggestion = useCallback((s: ExIndicator) => setSuggestions((list) => list.filter((x) => x.number !== s.number)), []);
  const addSuggestion = useCallback(
    (s: ExIndicator) => {
      const o = owned(s, exRef.current.tasks, issuerZones);
      const at = exRef.current.indicators.length;
      setHints((h) => ({ ...h, [s.number]: o.hint }));
      setEx((e) => ({ ...e, indicators: [...e.indicators, o.ind] }));
      setSuggestions((list) => list.filter((x) => x.number !== s.number));
      // The added card is the one to check now: selected, its sentence highlighted, scrolled to.
      pick(`i${at}`, s.span);
      window.setTimeout(() => document.querySelector(`[data-review-index="${at}"]`)?.scrollIntoView({ block: 'nearest' }), 60);
      message.success(t('plans.sugg.added', { number: s.number, name: s.name }));
    },
    [issuerZones, pick, message, t],
  );
  const setMeta = (patch: Partial<Extraction['meta']>) => setEx((e) => ({ ...e, meta: { ...e.meta, ...patch } }));
  const pickTask = useCallback(
    (i: number) => {
      const task = ex.tasks[i];
      if (!task) return;
      setTab('tasks');
      pick(`t${i}`, task.span);
    },
    [ex.tasks, pick],
  );

  const locateChange = useCallback(
    (c: PlanChange) => {
      const i = ex.tasks.findIndex((x) => x.number === c.number && x.title === c.title);
      if (i >= 0) pick(`t${i}`, ex.tasks[i].span);
    },
    [ex.tasks, pick],
  );

  // What stops the commit, said before the server has to.
  const problems: string[] = [];
  if (!ex.meta.title.trim()) problems.push(t('plans.review.problem.title'));
  if (ex.meta.issuedDate && !/^\d{4}-\d{2}-\d{2}$/.test(ex.meta.issuedDate)) problems.push(t('plans.review.problem.date'));
  const badTasks = ex.tasks.filter((x) => !x.title.trim() || !x.number.trim());
  if (badTasks.length) problems.push(t('plans.review.problem.tasks', { n: badTasks.length }));
  const badIndicators = ex.indicators.filter((ind) => !ind.name.trim() || ind.targets.some((x) => x.year === null) || (ind.baseline && ind.baseline.year === null));
  if (badIndicators.length) problems.push(t('plans.review.problem.indicators', { names: badIndicators.map((x) => x.name || x.number).join(t('common.listSep')) }));
  const undecided = unknown.filter((u) => decisionOf(u).action !== 'create' && !decisionOf(u).unitId);
  const unowned = revising ? [] : ex.indicators.filter((ind) => !(ind.owners ?? []).length && !ind.ownerless);
  // The indicators nobody owns are named as links: a click opens the 指标 tab at that card (at
  // 1366×768 the pane shows one card at a time, and scrolling for 6 and 7 was the hesitation).
  const ownersProblem = unowned.length ? t('plans.review.problem.owners', { n: unowned.length, names: unowned.map((x) => `${x.number} ${x.name}`).join(t('common.listSep')) }) : null;
  if (ownersProblem) problems.push(ownersProblem);
  const showIndicator = (i: number) => {
    setTab('indicators');
    const at = ex.indicators[i]?.span;
    if (at) pick(`i${i}`, at);
    window.setTimeout(() => document.querySelector(`[data-review-index="${i}"]`)?.scrollIntoView({ block: 'start' }), 60);
  };
  if (undecided.length) problems.push(t('plans.review.problem.units', { names: undecided.map((u) => u.name).join(t('common.listSep')) }));
  if (!ex.tasks.length && !ex.indicators.length) problems.push(t('plans.review.problem.empty'));

  const commit = async () => {
    setBusy(true);
    setError(null);
    setCodeError(null);
    try {
      const units = unknown.map((u) => {
        const d = decisionOf(u);
        return d.action === 'create' ? { name: u.name, action: 'create', type: d.type, collective: d.collective } : { name: u.name, action: d.action, unitId: d.unitId };
      });
      const body = revising ? { extraction: ex, units, planId: draft.existingPlan!.id, accept: [...accept] } : { extraction: ex, units, ...(code.trim() ? { code: code.trim() } : {}) };
      const r = await api.post<{ planId: string }>(`/api/plans/imports/${draft.id}/commit`, body);
      message.success(t('plans.import.committed'));
      onCommitted({
        planId: r.planId,
        title: ex.meta.title,
        tasks: ex.tasks.length,
        indicators: ex.indicators.length,
        newUnits: units.filter((u) => u.action === 'create').length,
        revised: revising,
        accepted: accept.size,
      });
    } catch (e) {
      if (e instanceof ApiError && e.field === 'code') {
        setCodeError(e.text(i18n.language));
        setTab('meta');
      } else if (e instanceof ApiError && e.field?.startsWith('units.')) {
        setTab('units');
        setError(e);
      } else if (e instanceof ApiError && e.field?.startsWith('indicators.')) {
        setTab('indicators');
        setError(e);
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const discard = () =>
    modal.confirm({
      title: t('plans.import.discardConfirm'),
      content: t('plans.import.discardHint'),
      okText: t('plans.import.discard'),
      okButtonProps: { danger: true },
      onOk: async () => {
        await api.post(`/api/plans/imports/${draft.id}/discard`).catch(() => undefined);
        onDiscarded();
      },
    });

  const outline = useMemo(() => ex.sections.map((s) => ({ key: `s:${s.id}`, level: s.level, number: s.number, title: s.title, span: s.span })), [ex.sections]);
  const details = error instanceof ApiError ? error.details : [];

  const tabs = [
    {
      key: 'meta',
      label: t('plans.review.meta'),
      children: (
        <div className="hl-plans-review-list hl-plans-meta-form">
          <Field label={t('plans.col.title')}>
            <Input value={ex.meta.title} status={ex.meta.title.trim() ? undefined : 'error'} onChange={(e) => setMeta({ title: e.target.value })} />
          </Field>
          <div className="hl-plans-grid2">
            <Field label={t('plans.col.docNumber')}>
              <Input value={ex.meta.docNumber ?? ''} placeholder={t('plans.noDocNumber')} onChange={(e) => setMeta({ docNumber: e.target.value || null })} />
            </Field>
            <Field label={t('plans.col.issuedDate')}>
              <DatePicker style={{ width: '100%' }} value={ex.meta.issuedDate ? dayjs(ex.meta.issuedDate) : null} onChange={(d) => setMeta({ issuedDate: d ? d.format('YYYY-MM-DD') : null })} />
            </Field>
          </div>
          <Field label={t('plans.col.issuer')}>
            <Input value={ex.meta.issuer ?? ''} onChange={(e) => setMeta({ issuer: e.target.value || null })} />
          </Field>
          <div className="hl-plans-grid2">
            <Field label={t('plans.col.kind')}>
              <Segmented value={ex.meta.kind} onChange={(v) => setMeta({ kind: v as 'plan' | 'guidance' })} options={(['plan', 'guidance'] as const).map((k) => ({ value: k, label: t(`plans.kind.${k}`) }))} />
            </Field>
            <Field label={t('plans.review.docState')}>
              <Space size={16}>
                <span>
                  <Switch size="small" checked={ex.meta.public} onChange={(v) => setMeta({ public: v })} /> {t('plans.public')}
                </span>
                <span>
                  <Switch size="small" checked={ex.meta.draft} onChange={(v) => setMeta({ draft: v })} /> {t('plans.status.draft')}
                </span>
              </Space>
            </Field>
          </div>
          {!revising && (
            <Field label={t('plans.review.code')} error={codeError}>
              <Input value={code} placeholder={t('plans.review.codeHint')} status={codeError ? 'error' : undefined} onChange={(e) => (setCode(e.target.value), setCodeError(null))} />
            </Field>
          )}
          <dl className="hl-plans-facts">
            <dt>{t('plans.horizons')}</dt>
            <dd>{ex.meta.horizonYears.join(t('common.listSep')) || '—'}</dd>
            <dt>{t('plans.basis')}</dt>
            <dd>{ex.meta.basis.map((b) => `《${b}》`).join('') || '—'}</dd>
            {ex.meta.hubTypes.length > 0 && (
              <>
                <dt>{t('plans.hubTypes')}</dt>
                <dd>{ex.meta.hubTypes.map((h) => t(`plans.hubType.${h}`)).join(t('common.listSep'))}</dd>
              </>
            )}
            {ex.meta.addressees.length > 0 && (
              <>
                <dt>{t('plans.addressees')}</dt>
                <dd>{ex.meta.addressees.join(t('common.listSep'))}</dd>
              </>
            )}
          </dl>
          {ex.goals.length > 0 && (
            <>
              <div className="hl-plans-review-subtitle">{t('plans.review.goals')}</div>
              {ex.goals.map((g, k) => (
                <button type="button" key={k} className={`hl-plans-goal${selected === `g${k}` ? ' is-selected' : ''}`} onClick={() => pick(`g${k}`, g.span)}>
                  {g.year !== null && <Tag color="blue">{g.year}</Tag>}
                  {g.text.length > 110 ? `${g.text.slice(0, 110)}…` : g.text}
                </button>
              ))}
            </>
          )}
          {outline.length > 0 && (
            <>
              <div className="hl-plans-review-subtitle">{t('plans.review.outline', { n: outline.length })}</div>
              <Outline items={outline} selected={selected} onPick={pick} />
            </>
          )}
        </div>
      ),
    },
    {
      key: 'tasks',
      label: `${t('plans.review.tasks')}（${ex.tasks.length}）`,
      children: <ReviewTasks tasks={ex.tasks} sections={ex.sections} selected={selected} unknown={unknownSet} unitNames={unitNames} onChange={setTask} onRemove={removeTask} onPick={pick} />,
    },
    {
      key: 'indicators',
      label: (
        <Badge count={unowned.length} size="small" offset={[8, -2]} color="#cf1322">
          <span>{`${t('plans.review.indicators')}（${ex.indicators.length}）`}</span>
        </Badge>
      ),
      children: (
        <ReviewIndicators
          indicators={ex.indicators}
          selected={selected}
          revising={revising}
          unitNames={unitNames}
          zones={zoneOptions}
          hints={hints}
          officeUnit={ex.meta.leadingGroup?.officeUnit ?? null}
          onChange={setIndicator}
          onRemove={removeIndicator}
          onMerge={mergeIndicator}
          onPick={pick}
          suggestions={suggestions}
          onAddSuggestion={addSuggestion}
          onDismissSuggestion={dismissSuggestion}
        />
      ),
    },
    {
      key: 'tables',
      label: `${t('plans.review.tables')}（${(ex.tables ?? []).length}）`,
      children: <ReviewTables tables={ex.tables ?? []} selected={selected} onPick={pick} />,
    },
    {
      key: 'units',
      label: (
        <Badge count={unknown.length} size="small" offset={[8, -2]} color="#fa8c16">
          <span>{t('plans.review.units')}</span>
        </Badge>
      ),
      children: <ReviewUnits unknown={unknown} matched={matched} decisions={decisions} known={known.data ?? []} onDecide={(name, d) => setDecisions((x) => ({ ...x, [name]: d }))} onPickTask={pickTask} />,
    },
    ...(draft.diff
      ? [
          {
            key: 'changes',
            label: (
              <Badge count={accept.size} size="small" offset={[8, -2]} color="#1659b8">
                <span>{t('plans.review.changes')}</span>
              </Badge>
            ),
            children: <ChangeList changes={draft.diff} accept={accept} onAccept={setAccept} onLocate={locateChange} />,
          },
        ]
      : []),
  ];

  return (
    <>
      {revising && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('plans.review.revising', { title: draft.existingPlan!.title, code: draft.existingPlan!.code })}
          description={t('plans.review.revisingHint')}
        />
      )}
      {error != null && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 12 }}
          data-testid="commit-error"
          title={errorText(error)}
          description={details.length > 1 ? details.map((d) => (i18n.language.startsWith('zh') ? d.message : d.messageEn)).join('；') : undefined}
        />
      )}
      <div className="hl-plans-split">
        <section className="hl-plans-split-source">
          <div className="hl-plans-split-head">
            <span>
              <FileTextOutlined /> {draft.fileName ?? t('plans.pastedText')}
              <span className="hl-plans-sub"> · {t('plans.chars', { n: draft.text.length.toLocaleString() })}</span>
            </span>
            <span className="hl-plans-sub">{t('plans.review.sourceHint')}</span>
          </div>
          <SourceText text={draft.text} span={span} height="calc(100vh - 400px)" />
        </section>
        <section className="hl-plans-split-extract">
          <Tabs activeKey={tabs.some((x) => x.key === tab) ? tab : revising ? 'changes' : 'tasks'} onChange={setTab} items={tabs} size="middle" />
        </section>
      </div>
      <div className="hl-plans-footer">
        <div className="hl-plans-footer-summary">
          {problems.length ? (
            <Typography.Text type="warning" data-testid="review-problems">
              {problems.filter((x) => x !== ownersProblem).join('；')}
              {ownersProblem && (
                <>
                  {problems.length > 1 && '；'}
                  {t('plans.review.problem.owners', { n: unowned.length, names: '' })}
                  {unowned.map((x, k) => (
                    <Fragment key={k}>
                      {k > 0 && '、'}
                      <Typography.Link onClick={() => showIndicator(ex.indicators.indexOf(x))} data-testid="problem-owner-link">
                        {x.number} {x.name}
                      </Typography.Link>
                    </Fragment>
                  ))}
                </>
              )}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">
              {t('plans.review.summary', { tasks: ex.tasks.length, indicators: ex.indicators.length, units: matched.length + unknown.length, unknown: unknown.length })}
            </Typography.Text>
          )}
        </div>
        <Space>
          <Button onClick={discard} data-testid="discard-import">
            {t('plans.import.discard')}
          </Button>
          <Button type="primary" loading={busy} disabled={problems.length > 0} onClick={() => void commit()} data-testid="commit-import">
            {revising ? t('plans.import.applyChanges', { n: accept.size }) : t('plans.import.commit')}
          </Button>
        </Space>
      </div>
    </>
  );
}

function Field({ label, error, children }: { label: string; error?: string | null; children: React.ReactNode }) {
  return (
    // A div, not a label: a label would pass clicks on its text to the first switch inside.
    <div className="hl-plans-field">
      <span className="hl-plans-field-label">{label}</span>
      {children}
      {error && <span className="hl-plans-field-error">{error}</span>}
    </div>
  );
}
