import { useEffect, useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, InputNumber, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import type { Cycle, LateUnit } from '../../contracts/delivery';
import type { CycleBoardRow } from '../../domain/delivery/board';
import { usePlanPicker } from './parts';

/** The office's cycle board: open a cycle, then see per unit what is submitted, approved, returned and late. */
export default function CyclesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { planId, picker } = usePlanPicker();
  const cycles = useRemote(() => (planId ? api.get<Cycle[]>(`/api/cycles?planId=${planId}`) : Promise.resolve([])), [planId]);
  const [cycleId, setCycleId] = useState<string>();
  useEffect(() => {
    if (cycles.data?.length && !cycles.data.some((c) => c.id === cycleId)) setCycleId(cycles.data[0].id);
  }, [cycles.data, cycleId]);
  // Counted by the server (GET /api/cycles/:id/board), not rolled up here from every report row.
  const board = useRemote(() => (cycleId ? api.get<CycleBoardRow[]>(`/api/cycles/${cycleId}/board`) : Promise.resolve([])), [cycleId]);
  // Late and missing across every cycle of the plan, per unit: who keeps the office waiting.
  const late = useRemote(() => (planId ? api.get<LateUnit[]>(`/api/reports/late?planId=${planId}`) : Promise.resolve([])), [planId, cycles.data]);
  const [form] = Form.useForm();
  const cycle = cycles.data?.find((c) => c.id === cycleId);

  const open = async () => {
    const v = await form.validateFields();
    try {
      const c = await api.post<Cycle>('/api/cycles', { planId, period: v.period.trim(), dueDay: v.dueDay });
      message.success(t('delivery.done'));
      await cycles.reload();
      setCycleId(c.id);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <PageHeader title={t('delivery.cycles.title')} description={t('delivery.cycles.desc')} extra={<Space>{picker}<ExportButton list="/api/cycles" query={{ planId }} disabled={!planId} /></Space>} />
      <Card>
        <Form form={form} layout="inline" initialValues={{ dueDay: 25 }}>
          <Form.Item name="period" label={t('delivery.cycles.period')} rules={[{ required: true, pattern: /^\d{4}(-\d{2}|Q[1-4])$/ }]}>
            <Input style={{ width: 140 }} placeholder="2026-12" data-testid="cycle-period" />
          </Form.Item>
          <Form.Item name="dueDay" label={t('delivery.cycles.dueDay')}>
            <InputNumber min={1} max={31} />
          </Form.Item>
          <Button type="primary" onClick={open} data-testid="open-cycle">{t('delivery.action.open')}</Button>
        </Form>
      </Card>
      <Card style={{ marginTop: 16 }}>
        <Space wrap>
          {(cycles.data ?? []).map((c) => (
            <Tag.CheckableTag key={c.id} checked={c.id === cycleId} onChange={() => setCycleId(c.id)} style={{ padding: '4px 10px', border: '1px solid #d9d9d9' }}>
              {c.period} {c.counts.late > 0 && <Typography.Text type="danger">· {c.counts.late}</Typography.Text>}
            </Tag.CheckableTag>
          ))}
        </Space>
      </Card>
      {cycle && (
        <Card style={{ marginTop: 16 }} title={`${cycle.name} · ${t('delivery.col.due')} ${cycle.dueOn}`} data-testid="cycle-board">
          <Space size={40} style={{ marginBottom: 16 }}>
            <Statistic title={t('delivery.col.total')} value={cycle.counts.total} />
            <Statistic title={t('delivery.state.submitted')} value={cycle.counts.submitted} />
            <Statistic title={t('delivery.state.approved')} value={cycle.counts.approved} />
            <Statistic title={t('delivery.state.accepted')} value={cycle.counts.accepted} valueStyle={{ color: '#2a7a0c' }} />
            <Statistic title={t('delivery.state.returned')} value={cycle.counts.returned} valueStyle={{ color: '#cf1322' }} />
            <Statistic title={t('delivery.late')} value={cycle.counts.late} valueStyle={{ color: '#cf1322' }} />
          </Space>
          <Table<CycleBoardRow>
            rowKey="unitId"
            size="small"
            loading={board.loading}
            dataSource={board.data ?? []}
            pagination={false}
            columns={[
              { title: t('delivery.col.unit'), dataIndex: 'unitName', render: (v: string, r) => <Typography.Link onClick={() => navigate(`/delivery/units?unit=${r.unitId}`)}>{v}</Typography.Link> },
              { title: t('delivery.col.total'), dataIndex: 'total', width: 80 },
              ...(['draft', 'submitted', 'approved', 'accepted', 'returned'] as const).map((s) => ({ title: t(`delivery.state.${s}`), key: s, width: 100, render: (_: unknown, r: CycleBoardRow) => r.byStatus[s] || '' })),
              { title: t('delivery.late'), dataIndex: 'late', width: 80, render: (v: number) => (v ? <Tag color="red">{v}</Tag> : '') },
            ]}
          />
        </Card>
      )}
      <Card style={{ marginTop: 16 }} title={t('delivery.cycles.lateList')} data-testid="late-by-unit">
        <Table<LateUnit>
          rowKey="unitId"
          size="small"
          loading={late.loading}
          dataSource={late.data}
          pagination={false}
          locale={{ emptyText: t('delivery.cycles.noneLate') }}
          columns={[
            { title: t('delivery.col.unit'), dataIndex: 'unitName', width: 200, render: (v: string, r) => <Typography.Link onClick={() => navigate(`/delivery/units?unit=${r.unitId}`)}>{v}</Typography.Link> },
            { title: t('delivery.late'), dataIndex: 'count', width: 80, render: (v: number) => <Tag color="red">{v}</Tag> },
            {
              title: t('delivery.col.title'),
              key: 'reports',
              render: (_, r) => (
                <Space size={[4, 4]} wrap>
                  {r.reports.map((x) => (
                    <Tag key={x.id} color={x.status === 'returned' ? 'orange' : undefined}>
                      <Typography.Link onClick={() => navigate(`/delivery/reports?report=${x.id}`)}>
                        {x.period} {x.taskNumber}. {x.taskTitle.length > 14 ? `${x.taskTitle.slice(0, 14)}…` : x.taskTitle}
                        {x.role === 'support' ? t('delivery.cycles.supportMark') : ''} · {t(`delivery.state.${x.status}`)}
                      </Typography.Link>
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
