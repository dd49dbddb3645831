// 考核方案 in a form: peer groups (one per hub type), their indicators with weights, data source
// and scoring rule with its parameters; the weights of each group add up to 100 (shown as you
// type); problems are checked by checkSchemeDefinition (the server runs the same) and named in
// Chinese at the field; the AHP helper's weights can be applied to a group (not when CR ≥ 0.10).
// A new scheme starts from the chosen one; a draft scheme is edited in place (PATCH, versioned).
import { useMemo, useState } from 'react';
import { Alert, App, Badge, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../core/api';
import { useErrorText } from '../core/errors';
import { useRemote } from '../core/useRemote';
import { HUB_TYPES } from '../../contracts/org';
import { ALLOCATE_BY, EvaluationError, RANKING_METHODS, RANKING_NORMALIZATIONS, RULE_KINDS, checkSchemeDefinition, weightsFromResults, type EvaluationResult, type SchemeProblem } from '../../domain/evaluation/index';
import type { Scheme, ScoringRule } from '../../contracts/evaluation';
import { AhpHelper } from './AhpHelper';
import { RULE_FIELDS, applyAhp, applyWeights, changeRanking, changeRuleKind, newCriterion, parsePoints, type Criterion, type Group } from './scheme-form';
import type { SchemeRow } from './shared';

type Definition = Omit<Scheme, 'name' | 'year'>;
const SOURCES = ['rated', 'indicator', 'task_completion'] as const;

export function SchemeEditor({ scheme, template, onClose }: { scheme: SchemeRow | null; template: Scheme; onClose: (savedId?: string) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const nextYear = new Date().getFullYear() + 1;
  const [year, setYear] = useState<number | null>(scheme?.year ?? nextYear);
  const [name, setName] = useState(scheme?.name ?? t('evaluation.schemeForm.defaultName', { year: nextYear }));
  const [def, setDef] = useState<Definition>(() => {
    const { name: _n, year: _y, ...rest } = JSON.parse(JSON.stringify(scheme?.definition ?? template)) as Scheme;
    void _n;
    void _y;
    return rest;
  });
  const [tab, setTab] = useState('0');
  const [ahpFor, setAhpFor] = useState<number | null>(null);
  const [serverProblems, setServerProblems] = useState<SchemeProblem[]>([]);
  const [tried, setTried] = useState(false);
  const indicators = useRemote(() => api.get<{ id: string; name: string; code: string }[]>('/api/indicators?limit=5000'));
  // The latest final year other than this one: entropy / CRITIC weights are derived from its results.
  const allSchemes = useRemote(() => api.get<SchemeRow[]>('/api/evaluation/schemes'));
  const pastFinal = useMemo(() => (allSchemes.data ?? []).filter((x) => x.state === 'final' && x.roundId && x.id !== scheme?.id).sort((a, b) => b.year - a.year)[0], [allSchemes.data, scheme?.id]);
  const indicatorOptions = useMemo(() => [...new Map((indicators.data ?? []).map((x) => [x.id, { value: x.id, label: `${x.code} ${x.name}` }])).values()], [indicators.data]);

  const problems = useMemo(() => checkSchemeDefinition(def), [def]);
  const zh = i18n.language !== 'en';
  const msg = (p: SchemeProblem) => (zh ? p.messageZh : p.messageEn);
  const shown = tried ? [...problems, ...serverProblems] : [];
  const at = (path: string) => shown.filter((p) => p.path === path);
  const status = (path: string) => (at(path).length ? ('error' as const) : undefined);

  const setGroup = (gi: number, g: Group) => {
    setServerProblems([]);
    setDef({ ...def, groups: def.groups.map((x, i) => (i === gi ? g : x)) });
  };
  const setCriterion = (gi: number, ci: number, c: Partial<Criterion>) => {
    const g = def.groups[gi];
    setGroup(gi, { ...g, criteria: g.criteria.map((x, i) => (i === ci ? ({ ...x, ...c } as Criterion) : x)) });
  };
  const addGroup = () => {
    const used = new Set(def.groups.map((g) => g.id));
    const id = HUB_TYPES.find((h) => !used.has(h)) ?? '';
    setDef({ ...def, groups: [...def.groups, { id, name: id ? t(`evaluation.hub.${id}`) : '', criteria: [{ ...newCriterion(1), weight: 100 }] }] });
    setTab(String(def.groups.length));
  };
  const removeGroup = (gi: number) => {
    setDef({ ...def, groups: def.groups.filter((_, i) => i !== gi) });
    setTab('0');
    setAhpFor(null);
  };

  const weightsFromPast = async (gi: number, method: 'entropy' | 'critic') => {
    const g = def.groups[gi];
    if (!pastFinal) return void message.error(t('evaluation.schemeForm.noPastResults'));
    try {
      const res = await api.get<{ output: EvaluationResult | null }>(`/api/evaluation/rounds/${pastFinal.roundId}/results`);
      if (!res.output) return void message.error(t('evaluation.schemeForm.noPastResults'));
      const w = weightsFromResults(res.output, g.id, g.criteria.map((c) => c.code), method);
      const applied = applyWeights(g, w);
      if (!applied.ok) return void message.error(zh ? applied.messageZh : applied.messageEn);
      setGroup(gi, applied.group);
      message.success(t('evaluation.schemeForm.dataApplied', { group: g.name || g.id, method: t(`evaluation.schemeForm.method.${method}`), year: pastFinal.year, zones: w.zones }));
    } catch (e) {
      message.error(e instanceof EvaluationError ? (zh ? e.messageZh : e.messageEn) : errorText(e));
    }
  };

  const save = async () => {
    setTried(true);
    if (problems.length) {
      message.error(msg(problems[0]));
      const gi = problems[0].path.match(/^groups\[(\d+)\]/)?.[1];
      if (gi) setTab(gi);
      return;
    }
    if (!year) {
      message.error(t('evaluation.schemeForm.yearMissing'));
      return;
    }
    try {
      const saved = scheme
        ? await api.patch<{ id: string }>(`/api/evaluation/schemes/${scheme.id}`, { name, definition: def, version: scheme.version })
        : await api.post<{ id: string }>('/api/evaluation/schemes', { year, name, definition: def });
      message.success(t('evaluation.schemeForm.saved'));
      onClose(saved.id);
    } catch (e) {
      // The server names the field (definition.groups[0]…): mark it as the form's own check would.
      if (e instanceof ApiError && e.field?.startsWith('definition.')) {
        const list = e.details.length ? e.details : [{ field: e.field, message: e.messageZh, messageEn: e.messageEn }];
        setServerProblems(list.map((d) => ({ path: (d.field ?? '').replace(/^definition\./, ''), messageZh: d.message, messageEn: d.messageEn })));
      }
      message.error(errorText(e));
    }
  };

  const weightSum = (g: Group) => Math.round(g.criteria.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0) * 1e6) / 1e6;

  return (
    <Modal
      open
      width={1180}
      title={scheme ? `${t('evaluation.schemeForm.edit')} · ${scheme.year} · ${scheme.name}` : t('evaluation.newScheme')}
      onCancel={() => onClose()}
      onOk={save}
      okText={scheme ? t('evaluation.save') : t('evaluation.create')}
      okButtonProps={{ 'data-testid': 'scheme-save' } as Record<`data-${string}`, string>}
      data-testid="scheme-editor"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Form.Item label={t('evaluation.year')} style={{ margin: 0 }}>
            <InputNumber value={year} onChange={setYear} min={2000} max={2100} disabled={!!scheme} aria-label={t('evaluation.year')} data-testid="scheme-year" />
          </Form.Item>
          <Form.Item label={t('evaluation.schemeForm.name')} style={{ margin: 0 }}>
            <Input value={name} onChange={(e) => setName(e.target.value)} style={{ width: 360 }} aria-label={t('evaluation.schemeForm.name')} data-testid="scheme-name" />
          </Form.Item>
          <Form.Item label={t('evaluation.schemeForm.raterRule')} style={{ margin: 0 }}>
            <Select
              value={def.raterRule ?? 'mean'}
              onChange={(v) => setDef({ ...def, raterRule: v })}
              style={{ width: 150 }}
              aria-label={t('evaluation.schemeForm.raterRule')}
              options={(['mean', 'trimmed_mean', 'median'] as const).map((v) => ({ value: v, label: t(`evaluation.schemeForm.rater.${v}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('evaluation.schemeForm.ranking')} style={{ margin: 0 }}>
            <Select
              value={def.ranking?.method ?? 'weighted_sum'}
              onChange={(v) => setDef({ ...def, ranking: changeRanking(def.ranking, { method: v }) })}
              style={{ width: 170 }}
              aria-label={t('evaluation.schemeForm.ranking')}
              data-testid="scheme-ranking"
              options={RANKING_METHODS.map((v) => ({ value: v, label: t(`evaluation.schemeForm.rankingMethod.${v}`) }))}
            />
          </Form.Item>
          {def.ranking && def.ranking.method !== 'weighted_sum' && (
            <Form.Item label={t('evaluation.schemeForm.normalization')} style={{ margin: 0 }}>
              <Select
                value={def.ranking.normalization ?? 'minmax'}
                onChange={(v) => setDef({ ...def, ranking: changeRanking(def.ranking, { normalization: v }) })}
                style={{ width: 130 }}
                aria-label={t('evaluation.schemeForm.normalization')}
                data-testid="scheme-ranking-normalization"
                options={RANKING_NORMALIZATIONS.map((v) => ({ value: v, label: t(`evaluation.schemeForm.normalizationName.${v}`) }))}
              />
            </Form.Item>
          )}
          {def.ranking?.method === 'gra' && (
            <Form.Item label={t('evaluation.schemeForm.rho')} style={{ margin: 0 }}>
              <InputNumber value={def.ranking.rho ?? 0.5} min={0.01} max={1} step={0.1} onChange={(v) => setDef({ ...def, ranking: changeRanking(def.ranking, { rho: v ?? undefined }) })} aria-label={t('evaluation.schemeForm.rho')} data-testid="scheme-ranking-rho" />
            </Form.Item>
          )}
          <Form.Item label={t('evaluation.schemeForm.allocateBy')} style={{ margin: 0 }}>
            <Select
              value={def.ranking?.allocateBy ?? 'total'}
              onChange={(v) => setDef({ ...def, ranking: changeRanking(def.ranking, { allocateBy: v }) })}
              style={{ width: 150 }}
              aria-label={t('evaluation.schemeForm.allocateBy')}
              options={ALLOCATE_BY.map((v) => ({ value: v, label: t(`evaluation.schemeForm.allocateByName.${v}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('evaluation.schemeForm.maxBonus')} style={{ margin: 0 }}>
            <InputNumber value={def.maxBonus ?? null} min={0} onChange={(v) => setDef({ ...def, maxBonus: v ?? undefined })} aria-label={t('evaluation.schemeForm.maxBonus')} />
          </Form.Item>
        </Space>
        {shown.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="scheme-problems"
            title={t('evaluation.schemeForm.problems', { n: shown.length })}
            description={<ul style={{ margin: 0, paddingLeft: 18 }}>{shown.slice(0, 12).map((p, i) => <li key={i}>{msg(p)}</li>)}</ul>}
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={(k) => { setTab(k); setAhpFor(null); }}
          tabBarExtraContent={<Button size="small" onClick={addGroup} data-testid="group-add">{t('evaluation.schemeForm.addGroup')}</Button>}
          items={def.groups.map((g, gi) => {
            const sum = weightSum(g);
            const groupErrors = shown.filter((p) => p.path.startsWith(`groups[${gi}]`)).length;
            return {
              key: String(gi),
              label: (
                <Badge dot={groupErrors > 0} offset={[4, 0]}>
                  <span data-testid={`group-tab-${g.id}`}>{g.name || g.id || `#${gi + 1}`} <Tag color={Math.abs(sum - 100) < 1e-6 ? 'green' : 'red'}>{sum}</Tag></span>
                </Badge>
              ),
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Form.Item label={t('evaluation.schemeForm.groupType')} validateStatus={status(`groups[${gi}].id`)} help={at(`groups[${gi}].id`).map(msg)[0]} style={{ margin: 0 }}>
                      <Select
                        value={g.id || undefined}
                        style={{ width: 160 }}
                        aria-label={t('evaluation.schemeForm.groupType')}
                        onChange={(id: string) => setGroup(gi, { ...g, id, name: g.name || t(`evaluation.hub.${id}`) })}
                        options={HUB_TYPES.map((h) => ({ value: h, label: t(`evaluation.hub.${h}`) }))}
                      />
                    </Form.Item>
                    <Form.Item label={t('evaluation.schemeForm.groupName')} validateStatus={status(`groups[${gi}].name`)} help={at(`groups[${gi}].name`).map(msg)[0]} style={{ margin: 0 }}>
                      <Input value={g.name} onChange={(e) => setGroup(gi, { ...g, name: e.target.value })} style={{ width: 200 }} aria-label={t('evaluation.schemeForm.groupName')} />
                    </Form.Item>
                    <Typography.Text type={Math.abs(sum - 100) < 1e-6 ? 'success' : 'danger'} data-testid={`group-sum-${g.id}`}>
                      {t('evaluation.schemeForm.weightSum', { sum })}
                    </Typography.Text>
                    <Button size="small" onClick={() => setAhpFor(ahpFor === gi ? null : gi)} data-testid={`group-ahp-${g.id}`}>{t('evaluation.schemeForm.ahpOpen')}</Button>
                    {(['entropy', 'critic'] as const).map((m) => (
                      <Button key={m} size="small" disabled={!pastFinal} title={pastFinal ? t('evaluation.schemeForm.dataHint', { year: pastFinal.year }) : t('evaluation.schemeForm.noPastResults')} onClick={() => void weightsFromPast(gi, m)} data-testid={`group-${m}-${g.id}`}>
                        {t(`evaluation.schemeForm.dataOpen.${m}`)}
                      </Button>
                    ))}
                    <Button size="small" danger disabled={def.groups.length < 2} onClick={() => removeGroup(gi)} data-testid={`group-remove-${g.id}`}>{t('evaluation.schemeForm.removeGroup')}</Button>
                  </Space>
                  {at(`groups[${gi}].criteria`).map((p, i) => <Typography.Text key={i} type="danger" data-testid="group-sum-problem">{msg(p)}</Typography.Text>)}
                  <Table<Criterion>
                    rowKey={(_, i) => String(i)}
                    size="small"
                    pagination={false}
                    dataSource={g.criteria}
                    columns={[
                      {
                        title: t('evaluation.schemeForm.code'),
                        key: 'code',
                        width: 110,
                        render: (_, c, ci) => <Cell help={at(`groups[${gi}].criteria[${ci}].code`).map(msg)[0]}><Input size="small" status={status(`groups[${gi}].criteria[${ci}].code`)} value={c.code} onChange={(e) => setCriterion(gi, ci, { code: e.target.value })} aria-label={t('evaluation.schemeForm.code')} data-testid={`crit-code-${gi}-${ci}`} /></Cell>,
                      },
                      {
                        title: t('evaluation.criterion'),
                        key: 'name',
                        render: (_, c, ci) => <Cell help={at(`groups[${gi}].criteria[${ci}].name`).map(msg)[0]}><Input size="small" status={status(`groups[${gi}].criteria[${ci}].name`)} value={c.name} onChange={(e) => setCriterion(gi, ci, { name: e.target.value })} aria-label={t('evaluation.criterion')} data-testid={`crit-name-${gi}-${ci}`} /></Cell>,
                      },
                      {
                        title: t('evaluation.weight'),
                        key: 'weight',
                        width: 100,
                        render: (_, c, ci) => <Cell help={at(`groups[${gi}].criteria[${ci}].weight`).map(msg)[0]}><InputNumber size="small" status={status(`groups[${gi}].criteria[${ci}].weight`)} value={c.weight} onChange={(v) => setCriterion(gi, ci, { weight: v ?? Number.NaN })} style={{ width: 80 }} aria-label={t('evaluation.weight')} data-testid={`crit-weight-${gi}-${ci}`} /></Cell>,
                      },
                      {
                        title: t('evaluation.schemeForm.source'),
                        key: 'source',
                        width: 210,
                        render: (_, c, ci) => (
                          <Space direction="vertical" size={4}>
                            <Select size="small" style={{ width: 190 }} value={c.source ?? (c.indicatorId ? 'indicator' : 'rated')} onChange={(v) => setCriterion(gi, ci, { source: v, ...(v === 'indicator' ? {} : { indicatorId: undefined }) })} aria-label={t('evaluation.schemeForm.source')} options={SOURCES.map((v) => ({ value: v, label: t(`evaluation.source.${v}`) }))} />
                            {(c.source ?? (c.indicatorId ? 'indicator' : 'rated')) === 'indicator' && (
                              <Cell help={at(`groups[${gi}].criteria[${ci}].indicatorId`).map(msg)[0]}>
                                <Select size="small" showSearch optionFilterProp="label" style={{ width: 190 }} status={status(`groups[${gi}].criteria[${ci}].indicatorId`)} value={c.indicatorId} onChange={(v) => setCriterion(gi, ci, { indicatorId: v })} placeholder={t('evaluation.schemeForm.indicator')} aria-label={t('evaluation.schemeForm.indicator')} options={indicatorOptions} />
                              </Cell>
                            )}
                          </Space>
                        ),
                      },
                      {
                        title: t('evaluation.rules'),
                        key: 'rule',
                        width: 420,
                        render: (_, c, ci) => <RuleFields rule={c.rule} gi={gi} ci={ci} at={(p) => at(p).map(msg)[0]} onChange={(rule) => setCriterion(gi, ci, { rule })} />,
                      },
                      {
                        key: 'remove',
                        width: 40,
                        render: (_, _c, ci) => <Button size="small" disabled={g.criteria.length < 2} onClick={() => setGroup(gi, { ...g, criteria: g.criteria.filter((_, i) => i !== ci) })} aria-label={t('evaluation.schemeForm.removeCriterion')}>−</Button>,
                      },
                    ]}
                  />
                  <Button size="small" onClick={() => setGroup(gi, { ...g, criteria: [...g.criteria, newCriterion(g.criteria.length + 1)] })} data-testid={`crit-add-${g.id}`}>{t('evaluation.schemeForm.addCriterion')}</Button>
                  {ahpFor === gi && (
                    <AhpHelper
                      key={g.criteria.map((c) => c.code).join('|')}
                      names={g.criteria.map((c) => c.code)}
                      testPrefix="form-ahp-"
                      title={t('evaluation.schemeForm.ahpFor', { group: g.name || g.id })}
                      onApply={(r) => {
                        const applied = applyAhp(g, r);
                        if (!applied.ok) return void message.error(zh ? applied.messageZh : applied.messageEn);
                        setGroup(gi, applied.group);
                        message.success(t('evaluation.schemeForm.ahpApplied', { group: g.name || g.id, cr: r.consistencyRatio.toFixed(4) }));
                      }}
                    />
                  )}
                </Space>
              ),
            };
          })}
        />
      </Space>
    </Modal>
  );
}

function Cell({ help, children }: { help?: string; children: React.ReactNode }) {
  return (
    <div>
      {children}
      {help && <div className="ant-form-item-explain-error" style={{ fontSize: 12 }}>{help}</div>}
    </div>
  );
}

function RuleFields({ rule, gi, ci, at, onChange }: { rule: ScoringRule; gi: number; ci: number; at: (path: string) => string | undefined; onChange: (r: ScoringRule) => void }) {
  const { t } = useTranslation();
  const r = rule as Record<string, unknown>;
  const base = `groups[${gi}].criteria[${ci}].rule`;
  const set = (key: string, v: unknown) => onChange({ ...r, [key]: v === null || v === '' ? undefined : v } as ScoringRule);
  const kindHelp = at(`${base}.kind`);
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Select size="small" style={{ width: 170 }} value={rule.kind} onChange={(k) => onChange(changeRuleKind(r, k))} aria-label={t('evaluation.rules')} data-testid={`crit-rule-${gi}-${ci}`} options={RULE_KINDS.map((k) => ({ value: k, label: t(`evaluation.rule.${k}`) }))} />
      {kindHelp && <div className="ant-form-item-explain-error" style={{ fontSize: 12 }}>{kindHelp}</div>}
      <Space wrap size={4}>
        {RULE_FIELDS[rule.kind].map((f) => {
          const help = at(`${base}.${f.key}`);
          const label = t(`evaluation.ruleParam.${f.key}`);
          return (
            <Cell key={f.key} help={help}>
              {f.kind === 'number' ? (
                <InputNumber size="small" style={{ width: 120 }} prefix={<Typography.Text type="secondary" style={{ fontSize: 11 }}>{label}</Typography.Text>} status={help ? 'error' : undefined} value={r[f.key] as number | undefined} onChange={(v) => set(f.key, v)} aria-label={label} data-testid={`crit-${f.key}-${gi}-${ci}`} />
              ) : f.kind === 'better' ? (
                <Select size="small" style={{ width: 120 }} value={(r.better as string) ?? 'higher'} onChange={(v) => set('better', v)} aria-label={label} options={['higher', 'lower'].map((v) => ({ value: v, label: t(`evaluation.ruleParam.${v}`) }))} />
              ) : (
                <Input size="small" style={{ width: 180 }} prefix={<Typography.Text type="secondary" style={{ fontSize: 11 }}>{label}</Typography.Text>} status={help ? 'error' : undefined} defaultValue={Array.isArray(r.points) ? (r.points as unknown[]).join(', ') : ''} onChange={(e) => set('points', parsePoints(e.target.value))} aria-label={label} />
              )}
            </Cell>
          );
        })}
      </Space>
    </Space>
  );
}
