import { useState } from 'react';
import { App as AntApp, Button, Card, Col, DatePicker, Form, Input, List, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { Measure, TaskDelivery } from '../../contracts/delivery';
import { ReportTable } from './ReportsPage';
import { usePlanPicker } from './parts';

interface PlanTasks {
  tasks: { id: string; number: string; title: string; kind: string; units: { unitName: string; role: string }[] }[];
}

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
  const [form] = Form.useForm();
  const d = task.data;
  if (!d) return <Card loading />;
  const leadUnits = d.assignments.filter((a) => a.role === 'lead').map((a) => a.unitId);
  const canDraft = user.roles.some((r) => r === 'office' || r === 'admin') || (user.unitId !== null && leadUnits.includes(user.unitId) && user.roles.includes('liaison'));
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('delivery.done'));
      await task.reload();
    } catch (e) {
      message.error(errorText(e));
    }
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
  const measureActions = (m: Measure) =>
    m.actions.map((a) => (
      <Button key={a} size="small" danger={a === 'return'} onClick={() => run(() => api.post(`/api/measures/${m.id}/${a}`, { version: m.version, reason: a === 'return' ? '请细化节点' : undefined }))}>
        {t(`delivery.action.${a}`)}
      </Button>
    ));
  const live = d.measures.filter((m) => m.status !== 'superseded');
  return (
    <>
      <PageHeader title={`${d.number}. ${d.title}`} description={d.planTitle} extra={<Button onClick={() => navigate('/delivery/tasks')}>{t('delivery.report.back')}</Button>} />
      <Row gutter={16}>
        <Col span={14}>
          <Card title={t('delivery.task.text')} size="small">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.text}</Typography.Paragraph>
            {d.deadlines.length > 0 && <div>{t('delivery.col.deadline')}：{d.deadlines.map((x) => x.text).join('、')}</div>}
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('delivery.task.assignments')} size="small">
            <Table size="small" rowKey="unitId" dataSource={d.assignments} pagination={false} columns={[
              { title: t('delivery.col.unit'), dataIndex: 'unitName', render: (v: string, r) => <Typography.Link onClick={() => navigate(`/delivery/units?unit=${r.unitId}`)}>{v}</Typography.Link> },
              { title: t('delivery.col.role'), dataIndex: 'role', width: 70, render: (v: string) => <Tag color={v === 'lead' ? 'blue' : undefined}>{t(`delivery.role.${v}`)}</Tag> },
              { title: t('delivery.task.liaison'), dataIndex: 'liaisonId', width: 70, render: (v: string | null) => (v ? '✓' : '—') },
              { title: t('delivery.task.leader'), dataIndex: 'leaderId', width: 80, render: (v: string | null) => (v ? '✓' : '—') },
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
                description={m.milestones.map((x) => (
                  <Tag key={x.id} color={x.doneAt ? 'green' : x.dueDate < new Date().toISOString().slice(0, 10) ? 'red' : undefined}>{x.dueDate} {x.deliverable} {x.percentDone}%</Tag>
                ))}
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
