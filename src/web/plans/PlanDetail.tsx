import { useMemo, useState } from 'react';
import { App, Button, Card, Descriptions, Drawer, Empty, Form, Input, Segmented, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, EditOutlined, FileTextOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText, useSaveFailure } from '../core/errors';
import { useRemote } from '../core/useRemote';
import { SourceText } from './SourceText';
import { ROLE_COLOR, targetText } from './labels';
import type { PlanDetail as Plan, PlanIndicator, PlanTask, Role, Unit } from './types';

export default function PlanDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const errorText = useErrorText();
  const plan = useRemote(() => api.get<Plan>(`/api/plans/${id}`), [id]);
  const source = useRemote(() => api.get<{ text: string }>(`/api/plans/${id}/source`), [id]);
  const [tab, setTab] = useState('tasks');
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [editing, setEditing] = useState<PlanTask | null>(null);
  const office = user.roles.some((r) => r === 'office' || r === 'admin');

  if (plan.error) return <Card className="hl-page-card">{errorText(plan.error)}</Card>;
  const p = plan.data;
  const locate = (task: PlanTask) => {
    if (task.spanStart === null || task.spanEnd === null) return;
    setSpan([task.spanStart, task.spanEnd]);
    setTab('source');
  };

  return (
    <Card variant="borderless" className="hl-page-card" loading={!p}>
      {p && (
        <>
          <Space align="start" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
            <Space direction="vertical" size={4}>
              <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingLeft: 0 }}>
                {t('plans.backToList')}
              </Button>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="plan-title">
                {p.title}
              </Typography.Title>
              <Space size={4} wrap>
                <Tag>{t(`plans.kind.${p.kind}`)}</Tag>
                {p.status === 'draft' && <Tag color="orange">{t('plans.status.draft')}</Tag>}
                {p.public && <Tag color="green">{t('plans.public')}</Tag>}
                <Tag color="blue">{p.code}</Tag>
              </Space>
            </Space>
          </Space>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('plans.col.docNumber')}>{p.docNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.col.issuer')}>{p.issuer ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.col.issuedDate')}>{p.issuedDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.horizons')}>{p.horizonYears.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.basis')} span={2}>
              {p.basis.length ? p.basis.map((b) => `《${b}》`).join('') : '—'}
            </Descriptions.Item>
            {p.hubTypes.length > 0 && (
              <Descriptions.Item label={t('plans.hubTypes')} span={3}>
                {p.hubTypes.map((h) => (
                  <Tag key={h}>{t(`plans.hubType.${h}`)}</Tag>
                ))}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'tasks', label: `${t('plans.tab.tasks')}（${p.tasks.length}）`, children: <TaskList plan={p} office={office} onLocate={locate} onEdit={setEditing} /> },
              { key: 'indicators', label: `${t('plans.tab.indicators')}（${p.indicators.length}）`, children: <IndicatorTable indicators={p.indicators} /> },
              {
                key: 'source',
                label: (
                  <span>
                    <FileTextOutlined /> {t('plans.tab.source')}
                  </span>
                ),
                children: source.data?.text ? <SourceText text={source.data.text} span={span} /> : <Empty description={t('plans.noSource')} />,
              },
            ]}
          />
          {editing && <TaskEditor task={editing} onClose={() => setEditing(null)} onSaved={() => void plan.reload()} />}
        </>
      )}
    </Card>
  );
}

function TaskList({ plan, office, onLocate, onEdit }: { plan: Plan; office: boolean; onLocate: (t: PlanTask) => void; onEdit: (t: PlanTask) => void }) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<string | null>(null);
  const [kind, setKind] = useState<string>('all');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const unitOptions = useMemo(() => {
    const names = new Map<string, string>();
    for (const task of plan.tasks) for (const u of task.units) names.set(u.unitId, u.unitName);
    return [...names].map(([value, label]) => ({ value, label }));
  }, [plan.tasks]);
  const sections = new Map(plan.sections.map((s) => [s.id, s]));
  const shown = plan.tasks.filter((task) => (kind === 'all' || task.kind === kind) && (!unit || task.units.some((u) => u.unitId === unit)));
  const groups: { key: string; title: string; tasks: PlanTask[] }[] = [];
  for (const task of shown) {
    const s = task.sectionId ? sections.get(task.sectionId) : undefined;
    const key = s?.id ?? 'none';
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push((g = { key, title: s ? `${s.number ?? ''}${s.number && !/[、.．]$/.test(s.number) && !s.number.startsWith('（') ? '、' : ''}${s.title}` : t('plans.noSection'), tasks: [] }));
    g.tasks.push(task);
  }
  const kinds = [...new Set(plan.tasks.map((x) => x.kind))];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        {kinds.length > 1 && (
          <Segmented value={kind} onChange={(v) => setKind(String(v))} options={[{ value: 'all', label: t('common.all') }, ...kinds.map((k) => ({ value: k, label: t(`plans.taskKind.${k}`) }))]} />
        )}
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('plans.filterUnit')} style={{ width: 240 }} options={unitOptions} value={unit} onChange={(v) => setUnit(v ?? null)} />
        <Typography.Text type="secondary">{t('plans.shownCount', { n: shown.length })}</Typography.Text>
      </Space>
      {groups.length === 0 && <Empty description={t('plans.noTasks')} />}
      {groups.map((g) => (
        <div key={g.key} className="hl-plans-group">
          <Typography.Title level={5} className="hl-plans-group-title">
            {g.title}
          </Typography.Title>
          {g.tasks.map((task) => (
            <div key={task.id} className={`hl-plans-task${task.status === 'cancelled' ? ' hl-plans-task-cancelled' : ''}`} data-testid="plan-task">
              <div className="hl-plans-task-head">
                <Typography.Text strong>
                  {task.kind === 'task' ? `${task.number}. ` : `${task.number} `}
                  {task.title}
                </Typography.Text>
                <Space size={4}>
                  {task.status !== 'open' && <Tag>{t(`plans.taskStatus.${task.status}`)}</Tag>}
                  <Button size="small" type="link" onClick={() => setOpen((s) => new Set(s.has(task.id) ? [...s].filter((x) => x !== task.id) : [...s, task.id]))}>
                    {open.has(task.id) ? t('plans.collapse') : t('plans.fullText')}
                  </Button>
                  {task.spanStart !== null && (
                    <Button size="small" type="link" onClick={() => onLocate(task)}>
                      {t('plans.locate')}
                    </Button>
                  )}
                  {office && (
                    <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(task)}>
                      {t('common.edit')}
                    </Button>
                  )}
                </Space>
              </div>
              {open.has(task.id) && <Typography.Paragraph className="hl-plans-task-text">{task.text}</Typography.Paragraph>}
              <Space size={[4, 4]} wrap>
                {task.units.map((u) => (
                  <Tag key={u.unitId} color={ROLE_COLOR[u.role]} bordered={false}>
                    {u.role === 'lead' ? `${t('plans.role.lead')}·` : ''}
                    {u.unitName}
                  </Tag>
                ))}
                {task.deadlines.map((d) => (
                  <Tag key={d.text} color="gold">
                    {t('plans.deadline')}：{d.text}
                  </Tag>
                ))}
              </Space>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

function IndicatorTable({ indicators }: { indicators: PlanIndicator[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PlanIndicator> = [
    { title: t('plans.ind.number'), dataIndex: 'number', width: 70 },
    { title: t('plans.ind.category'), dataIndex: 'category', width: 110, render: (v) => v ?? '—' },
    { title: t('plans.ind.name'), dataIndex: 'name', render: (v: string, i) => `${v}${i.unit ? `（${i.unit}）` : ''}` },
    { title: t('plans.ind.baseline'), width: 140, render: (_, i) => (i.baselineValue !== null ? `${i.baselineYear ?? ''}：${i.baselineValue}` : '—') },
    {
      title: t('plans.ind.targets'),
      render: (_, i) => (
        <Space size={4} wrap>
          {i.targets.map((x) => (
            <Tag key={x.year} color={x.kind === 'pending' ? 'orange' : 'geekblue'}>
              {x.year}：{targetText(t, x, i.unit)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  return <Table rowKey="id" size="middle" columns={columns} dataSource={indicators} pagination={false} />;
}

interface TaskForm {
  title: string;
  text: string;
  status: PlanTask['status'];
  units: { unitId: string; role: Role }[];
}

function TaskEditor({ task, onClose, onSaved }: { task: PlanTask; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  const [form] = Form.useForm<TaskForm>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    let v: TaskForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const after = await api.patch<{ version: number }>(`/api/tasks/${task.id}`, { title: v.title, text: v.text, status: v.status, version: task.version });
      const same = JSON.stringify(v.units) === JSON.stringify(task.units.map((u) => ({ unitId: u.unitId, role: u.role })));
      if (!same) await api.put(`/api/tasks/${task.id}/assignments`, { units: v.units, version: after.version });
      message.success(t('common.saved'));
      onSaved();
      onClose();
    } catch (e) {
      await saveFailed(e, { onConflict: async () => onSaved() });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open
      width={640}
      title={`${t('plans.editTask')} ${task.number}`}
      onClose={onClose}
      extra={
        <Button type="primary" loading={saving} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ title: task.title, text: task.text, status: task.status, units: task.units.map((u) => ({ unitId: u.unitId, role: u.role })) }}>
        <Form.Item name="title" label={t('plans.field.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="text" label={t('plans.field.text')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <Form.Item name="status" label={t('plans.field.status')}>
          <Select options={(['open', 'in_progress', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))} />
        </Form.Item>
        <Typography.Text strong>{t('plans.field.units')}</Typography.Text>
        <Form.List name="units" rules={[{ validator: async (_, list) => (list?.length ? undefined : Promise.reject(new Error(t('plans.needUnit')))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item name={[f.name, 'unitId']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                    <Select showSearch optionFilterProp="label" style={{ width: 320 }} options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']} style={{ marginBottom: 0 }}>
                    <Select style={{ width: 110 }} options={(['lead', 'support'] as const).map((r) => ({ value: r, label: t(`plans.role.${r}`) }))} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'support' })} style={{ marginTop: 8 }}>
                {t('plans.addUnit')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
