// 推进情况报告: the office requests a monthly or quarterly briefing of a plan (Word, Excel or PDF),
// watches the background job and downloads the file; those who oversee the plan see and download
// them. Calls POST /api/briefings, GET /api/briefings and GET /api/briefings/:id/file only.
import { useEffect } from 'react';
import { App, Button, Card, Form, Input, Radio, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api } from '../core/api';
import { useAuth } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { allows } from '../../contracts/access';
import { BRIEFING_FORMATS, type Briefing, type BriefingFormat } from '../../contracts/briefings';
import type { Out } from '../../contracts/common';
import type { planListOut } from '../../contracts/plans';

type PlanItem = Out<typeof planListOut>[number];
interface RequestForm {
  planCode: string;
  kind: 'month' | 'quarter';
  month: string;
  quarter: string;
  format: BriefingFormat;
  addressee?: string;
}

const STATE_COLORS: Record<Briefing['status'], string> = { queued: 'default', running: 'processing', done: 'success', failed: 'error' };
/** While a job is queued or running the list polls this often. */
const POLL_MS = 3000;

/** The last 12 months and the last 8 quarters, newest first. */
function periodChoices(today = dayjs()) {
  const months = Array.from({ length: 12 }, (_, i) => today.subtract(i + 1, 'month').format('YYYY-MM'));
  const quarters: string[] = [];
  let y = today.year();
  let q = Math.floor(today.month() / 3); // the quarter before the current one
  for (let i = 0; i < 8; i++) {
    if (q === 0) {
      y -= 1;
      q = 4;
    }
    quarters.push(`${y}Q${q}`);
    q -= 1;
  }
  return { months, quarters };
}

export default function BriefingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { user } = useAuth();
  const office = !!user && allows('office', user.roles);
  const plans = useRemote(() => api.get<PlanItem[]>('/api/plans'));
  const list = useRemote(() => api.get<Briefing[]>('/api/briefings'));
  const [form] = Form.useForm<RequestForm>();
  const kind = Form.useWatch('kind', form) ?? 'month';
  const { months, quarters } = periodChoices();

  // Jobs still in the queue: look again until they finish.
  const pending = (list.data ?? []).some((b) => b.status === 'queued' || b.status === 'running');
  useEffect(() => {
    if (!pending) return;
    const id = window.setTimeout(() => void list.reload(), POLL_MS);
    return () => window.clearTimeout(id);
  }, [pending, list]);

  useEffect(() => {
    const yb = plans.data?.find((p) => p.code === 'YB-CORRIDOR-2023') ?? plans.data?.[0];
    if (yb && !form.getFieldValue('planCode')) form.setFieldValue('planCode', yb.code);
  }, [plans.data, form]);

  const submit = async (v: RequestForm) => {
    try {
      await api.post('/api/briefings', { planCode: v.planCode, period: v.kind === 'month' ? v.month : v.quarter, format: v.format, addressee: v.addressee?.trim() || undefined });
      message.success(t('briefings.requested'));
      await list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<Briefing> = [
    { title: t('briefings.col.plan'), dataIndex: 'planTitle', render: (v: string, b) => <Tooltip title={b.planCode}>{v}</Tooltip> },
    { title: t('briefings.col.period'), dataIndex: 'period', width: 100 },
    { title: t('briefings.col.format'), dataIndex: 'format', width: 80, render: (f: BriefingFormat) => t(`briefings.format.${f}`) },
    { title: t('briefings.col.cutOff'), dataIndex: 'cutOff', width: 120 },
    {
      title: t('briefings.col.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: Briefing['status'], b) => (
        <Tooltip title={b.error ?? undefined}>
          <Tag color={STATE_COLORS[s]} data-testid={`briefing-status-${b.id}`}>{t(`briefings.state.${s}`)}</Tag>
        </Tooltip>
      ),
    },
    { title: t('briefings.col.version'), dataIndex: 'inputVersion', width: 160, render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : '—') },
    { title: t('briefings.col.requested'), dataIndex: 'createdAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: t('briefings.col.file'),
      key: 'file',
      width: 150,
      render: (_, b) =>
        b.status === 'done' ? (
          <Button size="small" icon={<DownloadOutlined />} href={`/api/briefings/${b.id}/file`} download data-testid={`briefing-download-${b.id}`}>
            {b.size ? t('briefings.downloadSize', { kb: Math.max(1, Math.round(b.size / 1024)) }) : t('briefings.download')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('briefings.title')}
        description={t('briefings.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void list.reload()}>
            {t('common.refresh')}
          </Button>
        }
      />
      {office && (
        <Card title={t('briefings.request')} style={{ marginBottom: 16 }}>
          <Form form={form} layout="inline" onFinish={(v) => void submit(v)} initialValues={{ kind: 'month', month: months[0], quarter: quarters[0], format: 'docx' }} data-testid="briefing-form">
            <Form.Item name="planCode" label={t('briefings.col.plan')} rules={[{ required: true, message: t('common.selectRequired', { field: t('briefings.col.plan') }) }]}>
              <Select style={{ width: 280 }} aria-label={t('briefings.col.plan')} options={(plans.data ?? []).map((p) => ({ value: p.code, label: p.title }))} loading={plans.loading} />
            </Form.Item>
            <Form.Item name="kind" label={t('briefings.kind')}>
              <Radio.Group optionType="button" options={[{ value: 'month', label: t('briefings.monthly') }, { value: 'quarter', label: t('briefings.quarterly') }]} />
            </Form.Item>
            {kind === 'month' ? (
              <Form.Item name="month" label={t('briefings.col.period')}>
                <Select style={{ width: 120 }} aria-label={t('briefings.col.period')} options={months.map((m) => ({ value: m, label: m }))} data-testid="briefing-month" />
              </Form.Item>
            ) : (
              <Form.Item name="quarter" label={t('briefings.col.period')}>
                <Select style={{ width: 120 }} aria-label={t('briefings.col.period')} options={quarters.map((q) => ({ value: q, label: q }))} data-testid="briefing-quarter" />
              </Form.Item>
            )}
            <Form.Item name="format" label={t('briefings.col.format')}>
              <Radio.Group optionType="button" options={BRIEFING_FORMATS.map((f) => ({ value: f, label: t(`briefings.format.${f}`) }))} />
            </Form.Item>
            <Form.Item name="addressee" label={t('briefings.addressee')}>
              <Input style={{ width: 220 }} maxLength={200} placeholder={t('briefings.addresseeHint')} />
            </Form.Item>
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" icon={<FileTextOutlined />} data-testid="briefing-submit">
                  {t('briefings.generate')}
                </Button>
              </Space>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('briefings.approvedOnly')}
          </Typography.Paragraph>
        </Card>
      )}
      <Card title={t('briefings.list')}>
        <Table<Briefing> rowKey="id" size="middle" columns={columns} dataSource={list.data ?? []} loading={list.loading && !list.data} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 1000 }} data-testid="briefing-list" />
      </Card>
    </>
  );
}
