import { useState } from 'react';
import { App as AntApp, Button, Card, Descriptions, Form, Input, InputNumber, List, Popconfirm, Select, Space, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import type { Milestone, Report, ReportDetail } from '../../contracts/delivery';
import { versionChanges } from '../../domain/delivery/versions';
import { PROGRESS } from '../../domain/delivery/states';
import { LateTag, ProgressTag, StateTag, fileForm, when } from './parts';
import { TextPrompt } from '../core/TextPrompt';

const FIELD_LABEL: Record<string, string> = {
  progress: 'delivery.col.progress',
  percentDone: 'delivery.col.percent',
  text: 'delivery.report.text',
  problems: 'delivery.report.problems',
  nextSteps: 'delivery.report.nextSteps',
  coordination: 'delivery.report.coordination',
};

/** The reports list, or with `?report=ID` one report with its form, review actions and versions. */
export default function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('report');
  return id ? <ReportDetailView key={id} id={id} onBack={() => setParams({})} /> : <ReportList onOpen={(r) => setParams({ report: r })} />;
}

function ReportList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>();
  const list = useRemote(() => api.get<Report[]>(`/api/reports${status ? `?status=${status}` : ''}`), [status]);
  return (
    <>
      <PageHeader
        title={t('delivery.nav.reports')}
        extra={
          <Space>
            <Select allowClear placeholder={t('delivery.col.status')} aria-label={t('delivery.col.status')} style={{ width: 160 }} value={status} onChange={setStatus} options={['draft', 'submitted', 'approved', 'accepted', 'returned'].map((s) => ({ value: s, label: t(`delivery.state.${s}`) }))} />
            <ExportButton list="/api/reports" query={{ status }} />
          </Space>
        }
      />
      <Card>
        <ReportTable reports={list.data} loading={list.loading} onOpen={onOpen} />
      </Card>
    </>
  );
}

export function ReportTable({ reports, loading, onOpen }: { reports?: Report[]; loading?: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table<Report>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={reports}
      pagination={{ pageSize: 15 }}
      locale={{ emptyText: t('delivery.report.none') }}
      columns={[
        { title: t('delivery.col.period'), dataIndex: 'period', width: 90 },
        { title: t('delivery.col.task'), dataIndex: 'taskTitle', render: (v: string, r) => <Typography.Link onClick={() => onOpen(r.id)} data-testid="report-link">{`${r.taskNumber}. ${v}`}</Typography.Link> },
        { title: t('delivery.col.unit'), dataIndex: 'unitName', width: 160 },
        { title: t('delivery.col.role'), dataIndex: 'role', width: 70, render: (v: string) => t(`delivery.role.${v}`) },
        { title: t('delivery.col.progress'), dataIndex: 'progress', width: 90, render: (v: string) => <ProgressTag progress={v} /> },
        { title: t('delivery.col.percent'), dataIndex: 'percentDone', width: 70, render: (v: number | null) => (v === null ? '—' : `${v}%`) },
        { title: t('delivery.col.due'), dataIndex: 'dueOn', width: 105 },
        { title: t('delivery.col.status'), dataIndex: 'status', width: 140, render: (s: string, r) => (<Space size={2}><StateTag state={s} /><LateTag late={r.late} /></Space>) },
      ]}
    />
  );
}

function ReportDetailView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const rep = useRemote(() => api.get<ReportDetail>(`/api/reports/${id}`), [id]);
  // The task's milestones of the report's year: the lead unit reports a percentage for each.
  // From the report already loaded, not a second fetch of it.
  const lead = rep.data?.role === 'lead' ? rep.data : undefined;
  const ms = useRemote(
    async () => (lead ? (await api.get<Milestone[]>(`/api/milestones?taskId=${lead.taskId}`)).filter((m) => m.dueDate.slice(0, 4) === lead.period.slice(0, 4)) : []),
    [lead?.taskId, lead?.period],
  );
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const r = rep.data;
  if (!r) return <Card loading />;
  const editable = (r.status === 'draft' || r.status === 'returned') && user.roles.includes('liaison');
  const office = user.roles.some((x) => x === 'office' || x === 'admin');

  const run = async (fn: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await fn();
      message.success(t('delivery.done'));
      await rep.reload();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const { milestonePercent, ...v } = await form.validateFields();
    const milestoneProgress = Object.entries((milestonePercent ?? {}) as Record<string, number | null>)
      .filter(([, p]) => typeof p === 'number')
      .map(([milestoneId, percent]) => ({ milestoneId, percent: percent as number }));
    await api.patch(`/api/reports/${id}`, { ...v, milestoneProgress, version: r.version });
  };
  const milestoneName = (mid: string) => ms.data?.find((m) => m.id === mid)?.deliverable ?? t('delivery.task.milestone');
  const shown = (v: string | number | null, field: string) => (v === null ? '—' : field === 'progress' ? t(`delivery.progress.${v}`) : field === 'percentDone' || field === 'milestone' ? `${v}%` : String(v));
  const act = (action: string, body: Record<string, unknown> = {}) =>
    run(async () => {
      if (editable && action === 'submit') await save();
      const fresh = await api.get<ReportDetail>(`/api/reports/${id}`);
      await api.post(`/api/reports/${id}/${action}`, { version: fresh.version, ...body });
    });

  return (
    <>
      <PageHeader
        title={`${r.taskNumber}. ${r.taskTitle}`}
        description={`${r.unitName} · ${r.period} · ${t(`delivery.role.${r.role}`)}`}
        extra={<Space><Button onClick={onBack}>{t('delivery.report.back')}</Button><Button onClick={() => navigate(`/delivery/tasks?task=${r.taskId}`)}>{t('delivery.task.title')}</Button></Space>}
      />
      <Card
        title={<Space><StateTag state={r.status} /><LateTag late={r.late} />{r.dueOn && <Typography.Text type="secondary">{t('delivery.col.due')} {r.dueOn}</Typography.Text>}</Space>}
        extra={
          <Space data-testid="report-actions">
            {editable && <Button onClick={() => run(save)} loading={busy}>{t('delivery.action.save')}</Button>}
            {/* Every state change asks first, as on the data review pages (issue 17). */}
            {(['submit', 'approve', 'accept'] as const)
              .filter((a) => r.actions.includes(a) && (a !== 'submit' || user.roles.includes('liaison')))
              .map((a) => (
                <Popconfirm key={a} title={t(`delivery.confirm.${a}`, { task: `${r.taskNumber}. ${r.taskTitle}`, period: r.period })} okText={t(`delivery.action.${a}`)} cancelText={t('common.cancel')} onConfirm={() => act(a)}>
                  <Button type="primary" loading={busy} data-testid={`act-${a}`}>
                    {t(`delivery.action.${a}`)}
                  </Button>
                </Popconfirm>
              ))}
            {r.actions.includes('return') && <Button danger onClick={() => setReturning(true)} data-testid="act-return">{t('delivery.action.return')}</Button>}
            {office && r.coordination.trim() && <Button onClick={() => navigate(`/supervision/alerts?fromReport=${r.id}&unit=${r.unitId}`)}>{t('delivery.action.toNotice')}</Button>}
          </Space>
        }
      >
        {r.returnReason && <Typography.Paragraph type="danger" data-testid="return-reason">{t('common.labelled', { label: t('delivery.returnReason'), value: r.returnReason })}</Typography.Paragraph>}
        {editable ? (
          <Form form={form} layout="vertical" initialValues={{ progress: r.progress, percentDone: r.percentDone, text: r.text, problems: r.problems, nextSteps: r.nextSteps, coordination: r.coordination, milestonePercent: Object.fromEntries(r.milestoneProgress.map((m) => [m.milestoneId, m.percent])) }}>
            <Space size="large">
              <Form.Item name="progress" label={t('delivery.col.progress')}><Select style={{ width: 140 }} options={PROGRESS.map((p) => ({ value: p, label: t(`delivery.progress.${p}`) }))} /></Form.Item>
              <Form.Item name="percentDone" label={t('delivery.col.percent')}><InputNumber min={0} max={100} addonAfter="%" /></Form.Item>
            </Space>
            <Form.Item name="text" label={t('delivery.report.text')} rules={[{ required: true }]}><Input.TextArea rows={4} data-testid="report-text" /></Form.Item>
            <Form.Item name="problems" label={t('delivery.report.problems')}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="nextSteps" label={t('delivery.report.nextSteps')}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="coordination" label={t('delivery.report.coordination')}><Input.TextArea rows={2} /></Form.Item>
            {(ms.data ?? []).length > 0 && (
              <Form.Item label={t('delivery.report.milestones')} data-testid="report-milestones">
                {ms.data!.map((m) => (
                  <Space key={m.id} style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item name={['milestonePercent', m.id]} noStyle><InputNumber min={0} max={100} addonAfter="%" aria-label={m.deliverable} data-testid="milestone-percent" /></Form.Item>
                    <Typography.Text>{m.dueDate} {m.deliverable}</Typography.Text>
                  </Space>
                ))}
              </Form.Item>
            )}
          </Form>
        ) : (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('delivery.col.progress')}><ProgressTag progress={r.progress} /> {r.percentDone !== null && `${r.percentDone}%`}</Descriptions.Item>
            <Descriptions.Item label={t('delivery.report.text')}>{r.text || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('delivery.report.problems')}>{r.problems || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('delivery.report.nextSteps')}>{r.nextSteps || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('delivery.report.coordination')}>{r.coordination || '—'}</Descriptions.Item>
            {r.milestoneProgress.length > 0 && (
              <Descriptions.Item label={t('delivery.report.milestones')}>
                {r.milestoneProgress.map((m) => (<div key={m.milestoneId}>{t('common.labelled', { label: milestoneName(m.milestoneId), value: `${m.percent}%` })}</div>))}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
      <Card title={t('delivery.report.evidence')} style={{ marginTop: 16 }} extra={<Typography.Text type="secondary">{t('delivery.report.evidenceHint')}</Typography.Text>}>
        <List
          dataSource={r.evidence}
          locale={{ emptyText: '—' }}
          renderItem={(e) => (
            <List.Item actions={editable ? [<a key="d" onClick={() => run(() => api.del(`/api/reports/${id}/evidence/${e.id}`))}>×</a>] : []}>
              <a href={`/api/evidence/${e.id}`} data-testid="evidence-link"><DownloadOutlined /> {e.fileName}</a> <Typography.Text type="secondary">{(e.size / 1024).toFixed(0)} KB</Typography.Text>
            </List.Item>
          )}
        />
        {editable && (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void run(async () => api.upload(`/api/reports/${id}/evidence`, fileForm(file)));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="evidence-upload">{t('delivery.action.upload')}</Button>
          </Upload>
        )}
      </Card>
      {r.contributions.length > 0 && (
        <Card title={t('delivery.report.contributions')} style={{ marginTop: 16 }}>
          {r.contributions.map((c) => (
            <Typography.Paragraph key={c.id}><Tag>{c.unitName}</Tag>{c.text}</Typography.Paragraph>
          ))}
        </Card>
      )}
      <Card title={t('delivery.report.versions')} style={{ marginTop: 16 }}>
        <Timeline
          items={r.versions.map((v, i) => {
            // A resubmission is compared with the version submitted before it, field by field.
            const prev = r.versions.slice(0, i).reverse().find((p) => p.action === 'submit');
            const changes = v.action === 'submit' && prev ? versionChanges(prev.content, v.content) : [];
            return {
              color: v.action === 'return' ? 'red' : v.action === 'accept' ? 'green' : 'blue',
              children: (
                <div>
                  <b>{t(`delivery.action.${v.action}`)}</b> · {v.actorName ?? '—'} · {when(v.at)}
                  {v.comment && <div>{t('common.labelled', { label: t('delivery.returnReason'), value: v.comment })}</div>}
                  {changes.length > 0 && (
                    <div className="hl-delivery-diff" data-testid="version-diff">
                      <Typography.Text type="secondary">{t('delivery.report.compare')}</Typography.Text>
                      {changes.map((c) => (
                        <div key={`${c.field}${c.milestoneId ?? ''}`}>
                          <Typography.Text strong>{c.field === 'milestone' ? milestoneName(c.milestoneId!) : t(FIELD_LABEL[c.field])}</Typography.Text>
                          {t('common.colon')}
                          <Typography.Text delete type="secondary">{shown(c.before, c.field)}</Typography.Text> → <Typography.Text>{shown(c.after, c.field)}</Typography.Text>
                        </div>
                      ))}
                    </div>
                  )}
                </div>
              ),
            };
          })}
        />
      </Card>
      <TextPrompt
        open={returning}
        title={t('delivery.action.return')}
        okText={t('delivery.action.return')}
        danger
        label={t('delivery.returnReason')}
        requiredMessage={t('delivery.reasonRequired')}
        placeholder={t('delivery.reasonRequired')}
        okTestId="return-ok"
        inputTestId="return-reason-input"
        onCancel={() => setReturning(false)}
        onSubmit={(reason) => act('return', { reason })}
      />
    </>
  );
}
