import { useEffect, useState } from 'react';
import { App as AntApp, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import type { Alert, NoticeDetail } from '../../contracts/delivery';
import { ALERT_KINDS } from '../../domain/supervision/alerts';
import { NOTICE_LEVELS } from '../../domain/supervision/notice';

interface Draft {
  unitId: string;
  alertId?: string;
  reportId?: string;
  issue: string;
}

/** Computed alerts; the office turns one (or a coordination request) into a supervision notice. */
export default function AlertsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<string>();
  const [level, setLevel] = useState<string>();
  // `?unit=ID` narrows to one unit (links from the unit page and the supervision board).
  const unitId = params.get('unit') && !params.get('fromReport') ? params.get('unit')! : undefined;
  const alerts = useRemote(() => api.get<Alert[]>(`/api/alerts?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(level ? { level } : {}), ...(unitId ? { unitId } : {}) })}`), [kind, level, unitId]);
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const [draft, setDraft] = useState<Draft>();
  const [form] = Form.useForm();
  useEffect(() => {
    const fromReport = params.get('fromReport');
    const unit = params.get('unit');
    if (fromReport && unit)
      void api.get<{ coordination: string; taskTitle: string }>(`/api/reports/${fromReport}`).then((r) => setDraft({ unitId: unit, reportId: fromReport, issue: t('common.labelled', { label: r.taskTitle, value: r.coordination }) }));
  }, [params]);
  useEffect(() => {
    if (draft) form.setFieldsValue({ issue: draft.issue, requirement: t('supervision.notice.defaultRequirement'), dueOn: dayjs().add(14, 'day'), level: 'reminder' });
  }, [draft, form]);

  const issue = async () => {
    const v = await form.validateFields();
    try {
      const n = await api.post<NoticeDetail>('/api/supervision/notices', { unitId: draft!.unitId, alertId: draft!.alertId, reportId: draft!.reportId, issue: v.issue, requirement: v.requirement, dueOn: v.dueOn.format('YYYY-MM-DD'), level: v.level });
      setDraft(undefined);
      navigate(`/supervision/board?notice=${n.id}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <PageHeader
        title={t('supervision.alerts.title')}
        description={t('supervision.alerts.desc')}
        extra={
          <Space>
            <Select allowClear placeholder={t('supervision.alerts.kindLabel')} aria-label={t('supervision.alerts.kindLabel')} style={{ width: 160 }} value={kind} onChange={setKind} options={ALERT_KINDS.map((k) => ({ value: k, label: t(`supervision.kind.${k}`) }))} />
            <Select allowClear aria-label={t('supervision.notice.level')} style={{ width: 100 }} value={level} onChange={setLevel} options={['yellow', 'red'].map((l) => ({ value: l, label: t(`supervision.alertLevel.${l}`) }))} />
            {office && <Button onClick={async () => { await api.post('/api/alerts/refresh'); await alerts.reload(); }}>{t('supervision.action.refresh')}</Button>}
            <ExportButton list="/api/alerts" query={{ kind, level, unitId }} />
          </Space>
        }
      />
      <Card>
        <Table<Alert> size="small" rowKey="id" loading={alerts.loading} dataSource={alerts.data} pagination={{ pageSize: 15 }} data-testid="alert-table" columns={[
          { title: '', dataIndex: 'level', width: 70, render: (l: string) => <Tag color={l === 'red' ? 'red' : 'gold'}>{t(`supervision.alertLevel.${l}`)}</Tag> },
          { title: t('supervision.alerts.kindLabel'), dataIndex: 'kind', width: 120, render: (k: string) => t(`supervision.kind.${k}`) },
          { title: t('supervision.notice.unit'), dataIndex: 'unitName', width: 150 },
          { title: t('supervision.alerts.reason'), dataIndex: 'reason', render: (v: string, a) => (a.taskId ? <Typography.Link onClick={() => navigate(`/delivery/tasks?task=${a.taskId}`)}>{v}</Typography.Link> : v) },
          { title: t('supervision.alerts.since'), dataIndex: 'since', width: 110 },
          {
            title: '',
            key: 'act',
            width: 120,
            render: (_, a) =>
              a.noticeId ? (
                <Typography.Link onClick={() => navigate(`/supervision/board?notice=${a.noticeId}`)}>{t('supervision.alerts.noticed')}</Typography.Link>
              ) : office && a.unitId ? (
                <Button size="small" onClick={() => setDraft({ unitId: a.unitId!, alertId: a.id, issue: a.reason })} data-testid="issue-from-alert">{t('supervision.action.issue')}</Button>
              ) : null,
          },
        ]} />
      </Card>
      <Modal open={!!draft} title={t('supervision.action.issue')} onCancel={() => setDraft(undefined)} onOk={issue} okButtonProps={{ 'data-testid': 'issue-ok' } as never} width={600}>
        <Form form={form} layout="vertical">
          <Form.Item name="issue" label={t('supervision.notice.issue')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="requirement" label={t('supervision.notice.requirement')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
          <Space>
            <Form.Item name="dueOn" label={t('supervision.notice.dueOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
            <Form.Item name="level" label={t('supervision.notice.level')}><Select style={{ width: 140 }} options={NOTICE_LEVELS.map((l) => ({ value: l, label: t(`supervision.level.${l}`) }))} /></Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
