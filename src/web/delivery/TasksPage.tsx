import { useState } from 'react';
import { App as AntApp, Button, Card, Col, DatePicker, Form, Input, List, Modal, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { ContactsInput, Measure, TaskDelivery } from '../../contracts/delivery';
import type { Out } from '../../contracts/common';
import type { User } from '../../contracts/org';
import type { planDetailOut } from '../../contracts/plans';
import { ReportTable } from './ReportsPage';
import { usePlanPicker } from './parts';
import { TextPrompt } from '../core/TextPrompt';

type PlanTasks = Out<typeof planDetailOut>;

/** Task list of a plan, or with `?task=ID` the task page. */
export default function TasksPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('task');
  return id ? <TaskView key={id} id={id} /> : <TaskList onOpen={(task) => setParams({ task })} />;
}

function TaskList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { planId, picker } = usePlanPicker();
  const plan = useRemote(() => (planId ? api.get<PlanTasks>(`/api/plans/${planId}`) : Promise.resolve(undefined)), [planId]);
  return (
    <>
      <PageHeader title={t('delivery.task.title')} extra={picker} />
      <Card>
        <Table size="small" rowKey="id" loading={plan.loading} dataSource={plan.data?.tasks} pagination={false} columns={[
          { title: t('delivery.col.number'), dataIndex: 'number', width: 70 },
          { title: t('delivery.col.task'), dataIndex: 'title', render: (v: string, r) => <Typography.Link onClick={() => onOpen(r.id)} data-testid="task-link">{v}</Typography.Link> },
          { title: t('delivery.col.lead'), key: 'lead', width: 260, render: (_, r) => r.units.filter((u) => u.role === 'lead').map((u) => <Tag color="blue" key={u.unitName}>{u.unitName}</Tag>) },
        ]} />
      </Card>
    </>
  );
}

function TaskView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const task = useRemote(() => api.get<TaskDelivery>(`/api/tasks/${id}/delivery`), [id]);
  const [drafting, setDrafting] = useState(false);
  const [editingContacts, setEditingContacts] = useState(false);
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const [form] = Form.useForm();
  const [returning, setReturning] = useState<Measure | null>(null);
  const [commenting, setCommenting] = useState<Measure | null>(null);
  const d = task.data;
  if (!d) return <Card loading />;
  const leadUnits = d.assignments.filter((a) => a.role === 'lead').map((a) => a.unitId);
  const canDraft = user.roles.some((r) => r === 'office' || r === 'admin') || (user.unitId !== null && leadUnits.includes(user.unitId) && user.roles.includes('liaison'));
  // Who may comment is what the server allows: the office, or a liaison / unit leader of a unit on the task.
  const canComment = office || (user.unitId !== null && d.assignments.some((a) => a.unitId === user.unitId) && user.roles.some((r) => r === 'liaison' || r === 'unit_leader'));
  const run = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
    message.success(t('delivery.done'));
    await task.reload();
    return true;
  };
  const draft = async () => {
    const v = await form.validateFields();
    await run(() =>
      api.post('/api/measures', {
        taskId: id,
        year: Number(v.year),
        title: v.title,
        text: v.text ?? '',
        milestones: (v.milestones ?? []).filter((m: { deliverable?: string; dueDate?: unknown }) => m?.deliverable && m?.dueDate).map((m: { deliverable: string; dueDate: { format: (f: string) => string } }) => ({ deliverable: m.deliverable, dueDate: m.dueDate.format('YYYY-MM-DD') })),
      }),
    );
    setDrafting(false);
  };
  // Returning a breakdown says why, in the office's own words: the unit reads it beside the measure.
  // The server lists actions by role; a breakdown is another unit's own unless this unit drafted it
  // (the server refuses a supporting unit's submit or revise), so a supporting unit is offered only 提意见.
  const measureActions = (m: Measure) => [
    ...(office || m.unitId === user.unitId ? m.actions : []).map((a) =>
      a === 'return' ? (
        <Button key={a} size="small" danger onClick={() => setReturning(m)} data-testid="measure-return">
          {t('delivery.action.return')}
        </Button>
      ) : (
        <Popconfirm key={a} title={t(`delivery.confirm.measure`, { action: t(`delivery.action.${a}`), title: m.title })} okText={t(`delivery.action.${a}`)} cancelText={t('common.cancel')} onConfirm={() => run(() => api.post(`/api/measures/${m.id}/${a}`, { version: m.version }))}>
          <Button size="small">{t(`delivery.action.${a}`)}</Button>
        </Popconfirm>
      ),
    ),
    ...(canComment && m.status !== 'superseded'
      ? [
          <Button key="comment" size="small" onClick={() => setCommenting(m)} data-testid="measure-comment">
            {t('delivery.action.comment')}
          </Button>,
        ]
      : []),
  ];
  const live = d.measures.filter((m) => m.status !== 'superseded');
  return (
    <>
      <PageHeader title={`${d.number}. ${d.title}`} description={d.planTitle} extra={<Button onClick={() => navigate('/delivery/tasks')}>{t('delivery.report.back')}</Button>} />
      <Row gutter={16}>
        <Col span={14}>
          <Card title={t('delivery.task.text')} size="small">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.text}</Typography.Paragraph>
            {d.deadlines.length > 0 && <div>{t('common.labelled', { label: t('delivery.col.deadline'), value: d.deadlines.map((x) => x.text).join(t('common.listSep')) })}</div>}
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('delivery.task.assignments')} size="small" data-testid="task-assignments" extra={office && <Button size="small" onClick={() => setEditingContacts(true)} data-testid="edit-contacts">{t('delivery.contacts.edit')}</Button>}>
            <Table size="small" rowKey="unitId" dataSource={d.assignments} pagination={false} columns={[
              { title: t('delivery.col.unit'), dataIndex: 'unitName', render: (v: string, r) => <Typography.Link onClick={() => navigate(`/delivery/units?unit=${r.unitId}`)}>{v}</Typography.Link> },
              { title: t('delivery.col.role'), dataIndex: 'role', width: 70, render: (v: string) => <Tag color={v === 'lead' ? 'blue' : undefined}>{t(`delivery.role.${v}`)}</Tag> },
              { title: t('delivery.task.liaison'), dataIndex: 'liaisonName', width: 90, render: (v: string | null) => v ?? '—' },
              { title: t('delivery.task.leader'), dataIndex: 'leaderName', width: 90, render: (v: string | null) => v ?? '—' },
            ]} />
          </Card>
        </Col>
      </Row>
      <Card title={t('delivery.task.measures')} style={{ marginTop: 16 }} extra={canDraft && <Button onClick={() => setDrafting(true)}>{t('delivery.task.newMeasure')}</Button>}>
        <List
          dataSource={live}
          locale={{ emptyText: t('delivery.task.noMeasures') }}
          renderItem={(m) => (
            <List.Item actions={measureActions(m)}>
              <List.Item.Meta
                title={<Space><Tag>{m.year}</Tag>{m.title}<Tag color={m.status === 'approved' ? 'success' : m.status === 'submitted' ? 'processing' : 'default'}>{t(`delivery.measureState.${m.status}`)}</Tag>{m.revision > 1 && <Tag>{t('delivery.task.revision', { n: m.revision })}</Tag>}</Space>}
                description={
                  <>
                    {m.status === 'draft' && m.returnReason && (
                      <Typography.Paragraph type="danger" style={{ marginBottom: 4 }} data-testid="measure-return-reason">
                        {t('common.labelled', { label: t('delivery.returnReason'), value: m.returnReason })}
                      </Typography.Paragraph>
                    )}
                    {m.milestones.map((x) => (
                      <Tag key={x.id} color={x.doneAt ? 'green' : x.dueDate < new Date().toISOString().slice(0, 10) ? 'red' : undefined}>{x.dueDate} {x.deliverable} {x.percentDone}%</Tag>
                    ))}
                    {m.comments.length > 0 && (
                      <div className="hl-measure-comments" data-testid="measure-comments" style={{ marginTop: 8 }}>
                        <Typography.Text type="secondary">{t('delivery.task.comments', { n: m.comments.length })}</Typography.Text>
                        {m.comments.map((c) => (
                          <div key={c.id}>
                            <Typography.Text strong>{c.unitName ?? t('delivery.task.office')}</Typography.Text>
                            {c.userName && <Typography.Text type="secondary">{t('delivery.task.commentBy', { user: c.userName, date: c.createdAt.slice(0, 10) })}</Typography.Text>}
                            {t('common.colon')}
                            {c.text}
                          </div>
                        ))}
                      </div>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('delivery.task.reports')} style={{ marginTop: 16 }}>
        <ReportTable reports={d.reports} onOpen={(r) => navigate(`/delivery/reports?report=${r}`)} />
      </Card>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={8}>
          <Card title={t('delivery.task.alerts')} size="small">
            {d.alerts.map((a) => (<div key={a.id}><Tag color={a.level === 'red' ? 'red' : 'gold'}>{t(`supervision.alertLevel.${a.level}`)}</Tag>{a.reason}</div>))}
          </Card>
        </Col>
        <Col span={8}>
          <Card title={t('delivery.task.notices')} size="small">
            {d.notices.map((n) => (<div key={n.id}><Typography.Link onClick={() => navigate(`/supervision/board?notice=${n.id}`)}>{n.number}</Typography.Link> <Tag>{t(`supervision.state.${n.status}`)}</Tag></div>))}
          </Card>
        </Col>
        <Col span={8}>
          <Card title={t('delivery.task.indicators')} size="small">
            {d.indicators.map((i) => (<div key={i.id}><Typography.Link onClick={() => navigate(`/indicators/overview?indicator=${i.id}`)}>{i.name}</Typography.Link> {i.status && <Tag>{t(`indicators.status.${i.status}`, i.status)}</Tag>}</div>))}
          </Card>
        </Col>
      </Row>
      {editingContacts && <ContactsEditor taskId={id} version={d.version} assignments={d.assignments} onClose={async (saved) => { setEditingContacts(false); if (saved) { message.success(t('delivery.done')); await task.reload(); } }} />}
      <TextPrompt
        open={returning !== null}
        title={returning ? t('delivery.task.returnTitle', { title: returning.title }) : ''}
        okText={t('delivery.action.return')}
        danger
        label={t('delivery.returnReason')}
        requiredMessage={t('delivery.reasonRequired')}
        placeholder={t('delivery.task.returnHint')}
        okTestId="measure-return-ok"
        inputTestId="measure-return-reason-input"
        onCancel={() => setReturning(null)}
        onSubmit={(reason) => run(() => api.post(`/api/measures/${returning!.id}/return`, { version: returning!.version, reason }))}
      />
      <TextPrompt
        open={commenting !== null}
        title={commenting ? t('delivery.task.commentTitle', { title: commenting.title }) : ''}
        okText={t('delivery.action.comment')}
        label={t('delivery.task.comment')}
        requiredMessage={t('delivery.task.commentRequired')}
        placeholder={t('delivery.task.commentHint')}
        okTestId="measure-comment-ok"
        inputTestId="measure-comment-input"
        onCancel={() => setCommenting(null)}
        onSubmit={(text) => run(() => api.post(`/api/measures/${commenting!.id}/comments`, { text }))}
      />
      <Modal open={drafting} title={t('delivery.task.newMeasure')} onCancel={() => setDrafting(false)} onOk={draft} width={640}>
        <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear(), milestones: [{}, {}] }}>
          <Form.Item name="year" label={t('delivery.matrix.year')} rules={[{ required: true }]}><Input style={{ width: 120 }} /></Form.Item>
          <Form.Item name="title" label={t('delivery.col.measures')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="text" label={t('delivery.task.text')}><Input.TextArea rows={2} /></Form.Item>
          <Form.List name="milestones">
            {(fields) => fields.map((f) => (
              <Space key={f.key}>
                <Form.Item name={[f.name, 'dueDate']} label={t('delivery.col.due')}><DatePicker /></Form.Item>
                <Form.Item name={[f.name, 'deliverable']} label={t('delivery.task.milestone')}><Input style={{ width: 340 }} /></Form.Item>
              </Space>
            ))}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}

/** The office picks, per unit on the task, its liaison (an account of that unit) and its leader in charge. */
function ContactsEditor({ taskId, version, assignments, onClose }: { taskId: string; version: number; assignments: TaskDelivery['assignments']; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const people = useRemote(() => api.get<User[]>('/api/users'), []);
  const [rows, setRows] = useState<ContactsInput['contacts']>(assignments.filter((a) => !a.collective).map((a) => ({ unitId: a.unitId, liaisonId: a.liaisonId, leaderId: a.leaderId })));
  const set = (unitId: string, patch: Partial<ContactsInput['contacts'][number]>) => setRows(rows.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)));
  const active = (people.data ?? []).filter((p) => p.active);
  const label = (p: User) => p.displayName + t('common.aside', { text: p.unitName ?? t('delivery.contacts.noUnit') });
  const save = async () => {
    try {
      await api.put(`/api/tasks/${taskId}/contacts`, { contacts: rows, version });
      onClose(true);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal open width={720} title={t('delivery.contacts.title')} onCancel={() => onClose(false)} onOk={save} okText={t('delivery.contacts.save')} okButtonProps={{ 'data-testid': 'save-contacts' } as Record<string, string>}>
      <Typography.Paragraph type="secondary">{t('delivery.contacts.hint')}</Typography.Paragraph>
      <Table size="small" rowKey="unitId" pagination={false} loading={people.loading} dataSource={rows} columns={[
        { title: t('delivery.col.unit'), key: 'unit', render: (_, r) => assignments.find((a) => a.unitId === r.unitId)?.unitName },
        {
          title: t('delivery.task.liaison'),
          key: 'liaison',
          width: 220,
          render: (_, r, i) => (
            <Select allowClear showSearch optionFilterProp="label" style={{ width: 200 }} value={r.liaisonId ?? undefined} onChange={(v) => set(r.unitId, { liaisonId: v ?? null })} data-testid={`liaison-${i}`}
              options={active.filter((p) => p.unitId === r.unitId).map((p) => ({ value: p.id, label: label(p) }))} />
          ),
        },
        {
          title: t('delivery.task.leader'),
          key: 'leader',
          width: 220,
          render: (_, r, i) => (
            <Select allowClear showSearch optionFilterProp="label" style={{ width: 200 }} value={r.leaderId ?? undefined} onChange={(v) => set(r.unitId, { leaderId: v ?? null })} data-testid={`leader-${i}`}
              options={active.filter((p) => p.unitId === r.unitId || p.roles.includes('leader') || p.roles.includes('unit_leader')).map((p) => ({ value: p.id, label: label(p) }))} />
          ),
        },
      ]} />
    </Modal>
  );
}
