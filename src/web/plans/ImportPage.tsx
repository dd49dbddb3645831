import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { InboxOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { SourceText } from './SourceText';
import { ROLE_COLOR, targetKinds } from './labels';
import { UNIT_TYPES, type ExIndicator, type ExTask, type Extraction, type ImportDraft, type PlanChange, type Unit, type UnitType } from './types';
import './plans.css';

const MAX_BYTES = 20 * 1024 * 1024;

interface Decision {
  name: string;
  action: 'create' | 'merge';
  type: UnitType;
  unitId?: string;
  collective: boolean;
}

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export default function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const step = done ? 2 : draft ? 1 : 0;
  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader title={t('plans.import.title')} description={t('plans.import.desc')} />
      <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: t('plans.import.step1') }, { title: t('plans.import.step2') }, { title: t('plans.import.step3') }]} />
      {step === 0 && <UploadStep onParsed={setDraft} />}
      {step === 1 && draft && <ReviewStep draft={draft} onCommitted={setDone} onDiscard={() => setDraft(null)} />}
      {step === 2 && done && (
        <Result
          status="success"
          title={t('plans.import.doneTitle')}
          subTitle={draft?.extraction.meta.title}
          extra={[
            <Button type="primary" key="open" onClick={() => navigate(`/plans/list?plan=${done}`)}>
              {t('plans.import.openPlan')}
            </Button>,
            <Button key="again" onClick={() => (setDone(null), setDraft(null))}>
              {t('plans.import.again')}
            </Button>,
          ]}
        />
      )}
    </Card>
  );
}

function UploadStep({ onParsed }: { onParsed: (d: ImportDraft) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (body: object) => {
    setBusy(true);
    setError(null);
    try {
      onParsed(await api.post<ImportDraft>('/api/plans/imports', body));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setError(t('plans.import.tooLarge'));
      return;
    }
    await send({ fileName: file.name, contentBase64: toBase64(await file.arrayBuffer()) });
  };
  return (
    <>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="import-error" />}
      <Tabs
        items={[
          {
            key: 'paste',
            label: t('plans.import.paste'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.TextArea rows={14} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('plans.import.pastePlaceholder')} data-testid="import-text" />
                <Button type="primary" loading={busy} disabled={!text.trim()} onClick={() => void send({ text })}>
                  {t('plans.import.parse')}
                </Button>
              </Space>
            ),
          },
          {
            key: 'file',
            label: t('plans.import.file'),
            children: (
              <Upload.Dragger accept=".txt,.docx" showUploadList={false} disabled={busy} beforeUpload={(f) => (void upload(f), false)}>
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('plans.import.drop')}</p>
                <p className="ant-upload-hint">{t('plans.import.dropHint')}</p>
              </Upload.Dragger>
            ),
          },
        ]}
      />
    </>
  );
}

function ReviewStep({ draft, onCommitted, onDiscard }: { draft: ImportDraft; onCommitted: (planId: string) => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [ex, setEx] = useState<Extraction>(() => structuredClone(draft.extraction));
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const known = useRemote(() => api.get<Unit[]>('/api/units'));
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() =>
    Object.fromEntries(draft.extraction.units.filter((u) => !u.known).map((u) => [u.name, { name: u.name, action: 'create', type: u.type, collective: u.collective }])),
  );
  const [accept, setAccept] = useState<Set<string>>(() => new Set((draft.diff ?? []).filter((c) => c.kind !== 'unchanged').map((c) => c.key)));
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const revising = !!draft.existingPlan;

  // Units named in the (edited) tasks that the system does not know yet must be decided.
  const knownNames = useMemo(() => new Set((known.data ?? []).flatMap((u) => [u.name, ...u.aliases])), [known.data]);
  const unknownNames = useMemo(() => [...new Set(ex.tasks.flatMap((x) => x.units.map((u) => u.name)))].filter((n) => !knownNames.has(n) && !draft.extraction.units.some((u) => u.name === n && u.known)), [ex.tasks, knownNames, draft.extraction.units]);

  const setTask = (i: number, patch: Partial<ExTask>) => setEx((e) => ({ ...e, tasks: e.tasks.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const setIndicator = (i: number, patch: Partial<ExIndicator>) => setEx((e) => ({ ...e, indicators: e.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const pick = (key: string, s: [number, number]) => {
    setSelected(key);
    setSpan(s);
  };

  const missingYears = ex.indicators.filter((ind) => ind.targets.some((x) => x.year === null) || (ind.baseline && ind.baseline.year === null));

  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      const units = unknownNames.map((name) => {
        const d = decisions[name] ?? { name, action: 'create', type: 'department', collective: false };
        return d.action === 'merge' ? { name, action: 'merge', unitId: d.unitId } : { name, action: 'create', type: d.type, collective: d.collective };
      });
      const body = revising
        ? { extraction: ex, units, planId: draft.existingPlan!.id, accept: [...accept] }
        : { extraction: ex, units, ...(code.trim() ? { code: code.trim() } : {}) };
      const r = await api.post<{ planId: string }>(`/api/plans/imports/${draft.id}/commit`, body);
      message.success(t('plans.import.committed'));
      onCommitted(r.planId);
    } catch (e) {
      setError(e instanceof ApiError ? e : String(e));
    } finally {
      setBusy(false);
    }
  };
  const discard = () =>
    modal.confirm({
      title: t('plans.import.discardConfirm'),
      onOk: async () => {
        await api.post(`/api/plans/imports/${draft.id}/discard`).catch(() => undefined);
        onDiscard();
      },
    });

  const unitTypeOptions = UNIT_TYPES.map((u) => ({ value: u, label: t(`plans.unitType.${u}`) }));
  const tabs = [
    {
      key: 'meta',
      label: t('plans.review.meta'),
      children: (
        <Space direction="vertical" style={{ width: '100%' }} size={8}>
          <LabeledInput label={t('plans.col.title')} value={ex.meta.title} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, title: v } }))} />
          <Row gutter={8}>
            <Col span={12}>
              <LabeledInput label={t('plans.col.docNumber')} value={ex.meta.docNumber ?? ''} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, docNumber: v || null } }))} />
            </Col>
            <Col span={12}>
              <LabeledInput label={t('plans.col.issuedDate')} value={ex.meta.issuedDate ?? ''} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, issuedDate: v || null } }))} />
            </Col>
          </Row>
          <LabeledInput label={t('plans.col.issuer')} value={ex.meta.issuer ?? ''} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, issuer: v || null } }))} />
          <Space wrap>
            <Select value={ex.meta.kind} style={{ width: 140 }} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, kind: v } }))} options={(['plan', 'guidance'] as const).map((k) => ({ value: k, label: t(`plans.kind.${k}`) }))} />
            <span>
              {t('plans.public')} <Switch checked={ex.meta.public} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, public: v } }))} />
            </span>
            <span>
              {t('plans.status.draft')} <Switch checked={ex.meta.draft} onChange={(v) => setEx((e) => ({ ...e, meta: { ...e.meta, draft: v } }))} />
            </span>
          </Space>
          {!revising && <LabeledInput label={t('plans.review.code')} value={code} placeholder={t('plans.review.codeHint')} onChange={setCode} />}
          <Typography.Text type="secondary">
            {t('plans.horizons')}：{ex.meta.horizonYears.join('、') || '—'}　{t('plans.basis')}：{ex.meta.basis.map((b) => `《${b}》`).join('') || '—'}
          </Typography.Text>
          {ex.goals.length > 0 && (
            <>
              <Typography.Text strong>{t('plans.review.goals')}</Typography.Text>
              {ex.goals.map((g) => (
                <Typography.Paragraph key={g.span[0]} className={`hl-plans-pick${selected === `g${g.span[0]}` ? ' is-selected' : ''}`} onClick={() => pick(`g${g.span[0]}`, g.span)} style={{ marginBottom: 4 }}>
                  <Tag>{g.year}</Tag>
                  {g.text.slice(0, 120)}
                  {g.text.length > 120 ? '…' : ''}
                </Typography.Paragraph>
              ))}
            </>
          )}
        </Space>
      ),
    },
    {
      key: 'tasks',
      label: `${t('plans.review.tasks')}（${ex.tasks.length}）`,
      children: (
        <div className="hl-plans-review-list">
          {ex.tasks.length === 0 && <Empty description={t('plans.noTasks')} />}
          {ex.tasks.map((task, i) => (
            <div key={`${task.section}-${task.number}-${i}`} className={`hl-plans-task hl-plans-pick${selected === `t${i}` ? ' is-selected' : ''}`} onClick={() => pick(`t${i}`, task.span)} data-testid="review-task">
              <Space.Compact style={{ width: '100%' }}>
                <Input style={{ width: 64 }} value={task.number} onChange={(e) => setTask(i, { number: e.target.value })} aria-label={t('plans.field.number')} />
                <Select style={{ width: 112 }} value={task.kind} onChange={(v) => setTask(i, { kind: v })} options={(['task', 'safeguard', 'measure'] as const).map((k) => ({ value: k, label: t(`plans.taskKind.${k}`) }))} />
                <Input value={task.title} onChange={(e) => setTask(i, { title: e.target.value })} aria-label={t('plans.field.title')} />
                <Button danger icon={<MinusCircleOutlined />} onClick={(e) => (e.stopPropagation(), setEx((x) => ({ ...x, tasks: x.tasks.filter((_, j) => j !== i) })))} aria-label={t('plans.review.removeTask')} />
              </Space.Compact>
              {selected === `t${i}` && <Input.TextArea style={{ marginTop: 6 }} autoSize={{ minRows: 2, maxRows: 8 }} value={task.text} onChange={(e) => setTask(i, { text: e.target.value })} />}
              <Space size={[4, 4]} wrap style={{ marginTop: 6 }}>
                {task.units.map((u, k) => (
                  <Tag
                    key={u.name}
                    color={ROLE_COLOR[u.role]}
                    closable
                    onClose={(e) => (e.preventDefault(), setTask(i, { units: task.units.filter((_, j) => j !== k) }))}
                    onClick={(e) => (e.stopPropagation(), setTask(i, { units: task.units.map((x, j) => (j === k ? { ...x, role: x.role === 'lead' ? 'support' : 'lead' } : x)) }))}
                    style={{ cursor: 'pointer' }}
                    title={t('plans.review.toggleRole')}
                  >
                    {u.role === 'lead' ? `${t('plans.role.lead')}·` : ''}
                    {u.name}
                    {!knownNames.has(u.name) && !u.collective ? ' *' : ''}
                  </Tag>
                ))}
                <AddUnit onAdd={(name) => setTask(i, { units: [...task.units, { name, role: task.units.length ? 'support' : 'lead', collective: false }] })} />
                {task.deadlines.map((d) => (
                  <Tag key={d.text} color="gold">
                    {t('plans.deadline')}：{d.text}
                  </Tag>
                ))}
              </Space>
            </div>
          ))}
        </div>
      ),
    },
    {
      key: 'indicators',
      label: `${t('plans.review.indicators')}（${ex.indicators.length}）`,
      children: <IndicatorEditor indicators={ex.indicators} onChange={setIndicator} selected={selected} onPick={pick} />,
    },
    {
      key: 'units',
      label: (
        <Badge count={unknownNames.length} size="small" offset={[8, 0]}>
          {t('plans.review.units')}
        </Badge>
      ),
      children: unknownNames.length ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('plans.review.unitsHint')} />
          {unknownNames.map((name) => {
            const d = decisions[name] ?? { name, action: 'create', type: 'department', collective: false };
            const set = (patch: Partial<Decision>) => setDecisions((x) => ({ ...x, [name]: { ...d, ...patch } }));
            return (
              <Space key={name} wrap className="hl-plans-unit-row" data-testid="unit-decision">
                <Typography.Text strong style={{ minWidth: 180, display: 'inline-block' }}>
                  {name}
                </Typography.Text>
                <Select value={d.action} style={{ width: 150 }} onChange={(v) => set({ action: v })} options={[{ value: 'create', label: t('plans.review.createUnit') }, { value: 'merge', label: t('plans.review.mergeUnit') }]} />
                {d.action === 'create' ? (
                  <Select value={d.type} style={{ width: 150 }} onChange={(v) => set({ type: v })} options={unitTypeOptions} />
                ) : (
                  <Select showSearch optionFilterProp="label" style={{ width: 260 }} value={d.unitId} placeholder={t('plans.review.pickUnit')} onChange={(v) => set({ unitId: v })} options={(known.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
                )}
                {d.collective && <Tag>{t('plans.review.collective')}</Tag>}
              </Space>
            );
          })}
        </Space>
      ) : (
        <Alert type="success" showIcon message={t('plans.review.allKnown')} />
      ),
    },
    ...(draft.diff
      ? [
          {
            key: 'diff',
            label: t('plans.review.changes'),
            children: <ChangeList changes={draft.diff} accept={accept} setAccept={setAccept} />,
          },
        ]
      : []),
  ];

  return (
    <>
      {revising && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('plans.review.revising', { title: draft.existingPlan!.title })} description={t('plans.review.revisingHint')} />}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="commit-error"
          message={typeof error === 'string' ? error : error.text(i18n.language)}
          description={typeof error !== 'string' && error.details.length > 1 ? error.details.map((d) => (i18n.language.startsWith('zh') ? d.message : d.messageEn)).join('；') : undefined}
        />
      )}
      {missingYears.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('plans.review.missingYears', { names: missingYears.map((x) => x.name).join('、') })} />}
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <Typography.Text type="secondary">{t('plans.review.sourceHint')}</Typography.Text>
          <SourceText text={draft.text} span={span} height="68vh" />
        </Col>
        <Col xs={24} lg={13}>
          <Tabs items={tabs} defaultActiveKey={revising ? 'diff' : 'tasks'} />
        </Col>
      </Row>
      <div className="hl-plans-footer">
        <Space>
          <Button onClick={discard}>{t('plans.import.discard')}</Button>
          <Button type="primary" loading={busy} disabled={missingYears.length > 0} onClick={() => void commit()} data-testid="commit-import">
            {revising ? t('plans.import.applyChanges', { n: accept.size }) : t('plans.import.commit')}
          </Button>
        </Space>
      </div>
    </>
  );
}

function LabeledInput({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <label className="hl-plans-label">
      <span>{label}</span>
      <Input value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

function AddUnit({ onAdd }: { onAdd: (name: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  if (!editing)
    return (
      <Tag className="hl-plans-add" onClick={(e) => (e.stopPropagation(), setEditing(true))}>
        <PlusOutlined /> {t('plans.addUnit')}
      </Tag>
    );
  const done = () => {
    if (name.trim()) onAdd(name.trim());
    setName('');
    setEditing(false);
  };
  return <Input size="small" autoFocus style={{ width: 160 }} value={name} onClick={(e) => e.stopPropagation()} onChange={(e) => setName(e.target.value)} onBlur={done} onPressEnter={done} />;
}

function IndicatorEditor({ indicators, onChange, selected, onPick }: { indicators: ExIndicator[]; onChange: (i: number, p: Partial<ExIndicator>) => void; selected: string | null; onPick: (k: string, s: [number, number]) => void }) {
  const { t } = useTranslation();
  if (!indicators.length) return <Empty description={t('plans.review.noIndicators')} />;
  const columns: TableColumnsType<ExIndicator & { i: number }> = [
    { title: t('plans.ind.number'), dataIndex: 'number', width: 56 },
    {
      title: t('plans.ind.name'),
      render: (_, r) => (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Input size="small" value={r.name} onChange={(e) => onChange(r.i, { name: e.target.value })} />
          <Space.Compact size="small">
            <Input size="small" style={{ width: 90 }} value={r.category} placeholder={t('plans.ind.category')} onChange={(e) => onChange(r.i, { category: e.target.value })} />
            <Input size="small" style={{ width: 80 }} value={r.unit} placeholder={t('plans.ind.unit')} onChange={(e) => onChange(r.i, { unit: e.target.value })} />
          </Space.Compact>
        </Space>
      ),
    },
    {
      title: t('plans.ind.baseline'),
      width: 150,
      render: (_, r) =>
        r.baseline ? (
          <Space.Compact size="small">
            <InputNumber size="small" style={{ width: 66 }} value={r.baseline.year} placeholder={t('plans.ind.year')} onChange={(v) => onChange(r.i, { baseline: { ...r.baseline!, year: v } })} />
            <InputNumber size="small" style={{ width: 80 }} value={r.baseline.value} onChange={(v) => onChange(r.i, { baseline: v === null ? null : { ...r.baseline!, value: v } })} />
          </Space.Compact>
        ) : (
          <Button size="small" type="link" onClick={() => onChange(r.i, { baseline: { year: null, value: 0 } })}>
            {t('plans.ind.addBaseline')}
          </Button>
        ),
    },
    {
      title: t('plans.ind.targets'),
      render: (_, r) => (
        <Space direction="vertical" size={4}>
          {r.targets.map((x, k) => (
            <Space.Compact key={k} size="small">
              <InputNumber size="small" style={{ width: 66 }} value={x.year} status={x.year === null ? 'error' : undefined} placeholder={t('plans.ind.year')} onChange={(v) => onChange(r.i, { targets: r.targets.map((y, j) => (j === k ? { ...y, year: v } : y)) })} />
              <Select size="small" style={{ width: 96 }} value={x.kind} options={targetKinds(t)} onChange={(v) => onChange(r.i, { targets: r.targets.map((y, j) => (j === k ? { ...y, kind: v } : y)) })} />
              <InputNumber size="small" style={{ width: 80 }} value={x.value} disabled={x.kind === 'pending' || x.kind === 'coverage'} onChange={(v) => onChange(r.i, { targets: r.targets.map((y, j) => (j === k ? { ...y, value: v } : y)) })} />
            </Space.Compact>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="i"
      pagination={false}
      columns={columns}
      dataSource={indicators.map((x, i) => ({ ...x, i }))}
      rowClassName={(r) => (selected === `i${r.i}` ? 'hl-plans-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onPick(`i${r.i}`, r.span) })}
    />
  );
}

function ChangeList({ changes, accept, setAccept }: { changes: PlanChange[]; accept: Set<string>; setAccept: (s: Set<string>) => void }) {
  const { t } = useTranslation();
  const real = changes.filter((c) => c.kind !== 'unchanged');
  const unchanged = changes.length - real.length;
  if (!real.length) return <Alert type="success" showIcon message={t('plans.review.noChanges', { n: unchanged })} />;
  const toggle = (key: string, on: boolean) => {
    const next = new Set(accept);
    if (on) next.add(key);
    else next.delete(key);
    setAccept(next);
  };
  const color = { meta: 'purple', added: 'green', removed: 'red', reworded: 'blue', units_changed: 'orange', unchanged: 'default' } as const;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('plans.review.unchangedCount', { n: unchanged })}</Typography.Text>
      {real.map((c) => (
        <div key={c.key} className="hl-plans-change" data-testid="plan-change">
          <Checkbox checked={accept.has(c.key)} onChange={(e) => toggle(c.key, e.target.checked)}>
            <Tag color={color[c.kind]}>{t(`plans.change.${c.kind}`)}</Tag>
            <Typography.Text strong>
              {c.number} {c.title}
            </Typography.Text>
          </Checkbox>
          {c.kind === 'meta' && c.meta && (
            <div className="hl-plans-change-body">
              {Object.entries(c.meta).map(([k, v]) => (
                <div key={k}>
                  {k}：<del>{String(v.from ?? '—')}</del> → <ins>{String(v.to ?? '—')}</ins>
                </div>
              ))}
            </div>
          )}
          {c.kind === 'reworded' && (
            <Row gutter={8} className="hl-plans-change-body">
              <Col span={12}>
                <Typography.Text type="secondary">{t('plans.review.before')}</Typography.Text>
                <div className="hl-plans-diff-old">{c.oldText}</div>
              </Col>
              <Col span={12}>
                <Typography.Text type="secondary">{t('plans.review.after')}</Typography.Text>
                <div className="hl-plans-diff-new">{c.newText}</div>
              </Col>
            </Row>
          )}
          {(c.unitsAdded?.length || c.unitsRemoved?.length) && (
            <div className="hl-plans-change-body">
              {c.unitsAdded?.map((u) => (
                <Tag key={`+${u}`} color="green">
                  +{u}
                </Tag>
              ))}
              {c.unitsRemoved?.map((u) => (
                <Tag key={`-${u}`} color="red">
                  −{u}
                </Tag>
              ))}
            </div>
          )}
        </div>
      ))}
    </Space>
  );
}
