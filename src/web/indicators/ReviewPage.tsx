import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckOutlined, LockOutlined, ReloadOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../core/api';
import { useAuth } from '../core/auth';
import { useErrorText } from '../core/errors';
import { formatDateTime } from '../core/format';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { todoChanged } from '../core/TodoBadge';
import { TextPrompt } from '../core/TextPrompt';
import { useIndicatorFormat } from './format';
import { StateTag } from './parts';
import type { Plan, QueueRow } from './types';
import './indicators.css';
import { useNames } from '../org/names';

type Queue = 'submitted' | 'approved' | 'returned';

export default function ReviewPage() {
  const { t } = useTranslation();
  const name = useNames();
  const f = useIndicatorFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { hasRole } = useAuth();
  const office = hasRole('office', 'admin');
  // The unit leader approves what the liaison submitted; the office accepts what the leader approved.
  const actionable: Queue = office ? 'approved' : 'submitted';
  const action = office ? 'accept' : 'approve';
  const undoAction = office ? 'unaccept' : 'unapprove';
  // The leader also sees what they approved and the office has not accepted yet: an approval can be taken back until then.
  const tabs: Queue[] = office ? ['approved', 'submitted', 'returned'] : ['submitted', 'approved', 'returned'];
  const [tab, setTab] = useState<Queue>(actionable);
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const queues = useRemote(async () => {
    const lists = await Promise.all(tabs.map((s) => api.get<QueueRow[]>('/api/observations/queue', { query: { status: s } })));
    return Object.fromEntries(tabs.map((s, i) => [s, lists[i]])) as Record<Queue, QueueRow[]>;
  }, [office]);
  const rows = queues.data?.[tab] ?? [];
  const canAct = tab === actionable;

  // Every state change is confirmed first (Popconfirm) and can be undone from the message that
  // reports it, while the next step has not happened (the server refuses otherwise).
  const undo = async (ids: string[], key: string, how: 'unapprove' | 'unaccept' = undoAction) => {
    message.destroy(key);
    setBusy(true);
    try {
      await api.post(`/api/observations/${how}`, { ids });
      message.success(t('indicators.review.undone', { count: ids.length }));
      await queues.reload();
      todoChanged();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const act = async (ids: string[]) => {
    setBusy(true);
    try {
      await api.post(`/api/observations/${action}`, { ids });
      const key = `review-${Date.now()}`;
      message.success({
        key,
        duration: 10,
        content: (
          <span data-testid="review-done">
            {t(office ? 'indicators.review.accepted' : 'indicators.review.approved', { count: ids.length })}
            <Button type="link" size="small" icon={<UndoOutlined />} onClick={() => void undo(ids, key)} data-testid="review-undo">
              {t('indicators.review.undo')}
            </Button>
          </span>
        ),
      });
      setSelected([]);
      await queues.reload();
      todoChanged();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const sendBack = async (reason: string): Promise<boolean> => {
    if (!returning) return false;
    setBusy(true);
    try {
      await api.post('/api/observations/return', { ids: returning, reason });
    } catch (e) {
      message.error(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
    message.success(t('indicators.review.returned', { count: returning.length }));
    setSelected([]);
    await queues.reload();
    todoChanged();
    return true;
  };

  const columns: TableColumnsType<QueueRow> = useMemo(
    () => [
      {
        title: t('indicators.col.indicator'),
        key: 'indicator',
        width: 220,
        render: (_, r) => (
          <div>
            <Link className="hl-ind-name" to={`/indicators/overview?indicator=${r.indicatorId}`}>
              {r.name}
            </Link>
            <div className="hl-ind-sub">
              <span className="hl-mono">{r.code}</span> · {name(r.zoneName, r.zoneId)}
            </div>
          </div>
        ),
      },
      ...(office ? [{ title: t('indicators.review.unit'), dataIndex: 'unitName', width: 140, render: (v: string | null) => name(v) ?? '—' }] : []),
      { title: t('indicators.entry.period'), dataIndex: 'period', width: 120, render: (p: string) => f.period(p) },
      { title: t('indicators.entry.value'), key: 'value', width: 150, align: 'right' as const, render: (_: unknown, r: QueueRow) => <b className="hl-ind-num">{f.value(r.value, r.unit)}</b> },
      {
        title: t('indicators.review.compare'),
        key: 'compare',
        width: 220,
        render: (_: unknown, r: QueueRow) => {
          const outside = r.value !== null && r.bandLow !== null && r.bandHigh !== null && (r.value < r.bandLow || r.value > r.bandHigh);
          return (
            <div className="hl-ind-compare" data-testid="review-compare">
              <div>
                {t('indicators.review.previous')}：{r.previousValue === null ? '—' : `${f.value(r.previousValue, r.unit)}（${f.period(r.previousPeriod!)}）`}
              </div>
              <div>
                {t(/^\d{4}$/.test(r.period) ? 'indicators.review.path' : 'indicators.review.pathYear', { year: r.period.slice(0, 4) })}：{r.pathValue === null ? '—' : f.value(r.pathValue, r.unit)}
              </div>
              <div>
                {t('indicators.review.band')}：{r.bandLow === null || r.bandHigh === null ? '—' : `${f.value(r.bandLow, null)} – ${f.value(r.bandHigh, r.unit)}`}
                {outside && (
                  <Tag color="orange" style={{ marginLeft: 6 }}>
                    {t('indicators.review.outside')}
                  </Tag>
                )}
              </div>
            </div>
          );
        },
      },
      {
        title: t('indicators.entry.comment'),
        key: 'comment',
        width: 150,
        render: (_: unknown, r: QueueRow) => (
          <div>
            {r.comment ?? <span className="hl-ind-muted">—</span>}
            {r.returnReason && <div className="hl-ind-cell-error">{t('indicators.review.returnReasonShow', { reason: r.returnReason })}</div>}
          </div>
        ),
      },
      { title: t('common.status'), dataIndex: 'status', width: 110, render: (s: QueueRow['status']) => <StateTag state={s} /> },
      { title: t('indicators.detail.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
      ...(!office && tab === 'approved'
        ? [
            {
              title: t('common.actions'),
              key: 'actions',
              width: 130,
              render: (_: unknown, r: QueueRow) => (
                <Popconfirm
                  title={t('indicators.review.confirmUnapprove', { period: f.period(r.period), value: f.value(r.value, r.unit) })}
                  okText={t('indicators.review.undoApprove')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => undo([r.id], 'row', 'unapprove')}
                >
                  <Button type="link" size="small" icon={<UndoOutlined />} disabled={busy} data-testid="review-unapprove">
                    {t('indicators.review.undoApprove')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]
        : []),
      ...(tab === actionable
        ? [
            {
              title: t('common.actions'),
              key: 'actions',
              width: 130,
              render: (_: unknown, r: QueueRow) => (
                <Space size={0}>
                  <Popconfirm
                    title={t(office ? 'indicators.review.confirmAccept' : 'indicators.review.confirmApprove', { count: 1, what: `${r.name} ${f.period(r.period)}：${f.value(r.value, r.unit)}` })}
                    description={t(office ? 'indicators.review.confirmAcceptHint' : 'indicators.review.confirmApproveHint')}
                    okText={t(office ? 'indicators.review.accept' : 'indicators.review.approve')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => act([r.id])}
                  >
                    <Button type="link" size="small" disabled={busy} data-testid="review-approve">
                      {t(office ? 'indicators.review.accept' : 'indicators.review.approve')}
                    </Button>
                  </Popconfirm>
                  <Button type="link" size="small" danger onClick={() => setReturning([r.id])} disabled={busy}>
                    {t('indicators.review.return')}
                  </Button>
                </Space>
              ),
            },
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, f, office, tab, busy],
  );

  const label = (q: Queue) => t(`indicators.review.tab.${office ? 'office' : 'leader'}.${q}`);
  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t(office ? 'indicators.review.titleOffice' : 'indicators.review.titleLeader')}
        description={t(office ? 'indicators.review.descriptionOffice' : 'indicators.review.descriptionLeader')}
        extra={
          <Space>
            {office && <LockPeriods />}
            <Button icon={<ReloadOutlined />} onClick={() => void queues.reload()}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      <div className="hl-ind-summary" style={{ gridTemplateColumns: `repeat(${tabs.length}, minmax(0, 200px))` }} data-testid="review-counts">
        {tabs.map((q) => (
          <button
            type="button"
            key={q}
            className={`hl-ind-tile ${tab === q ? 'hl-ind-tile-active' : ''}`}
            style={{ ['--tile-color' as string]: q === 'returned' ? '#cf1322' : q === actionable ? '#1659b8' : '#8c8c8c' }}
            onClick={() => (setTab(q), setSelected([]))}
          >
            <div className="hl-ind-tile-label">{label(q)}</div>
            <div className="hl-ind-tile-count">
              {queues.data?.[q].length ?? '–'}
              <span className="hl-ind-tile-unit">{t('indicators.review.countUnit')}</span>
            </div>
          </button>
        ))}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => (setTab(k as Queue), setSelected([]))}
        items={tabs.map((q) => ({ key: q, label: `${label(q)}（${queues.data?.[q].length ?? 0}）` }))}
      />
      {!canAct && tab !== 'returned' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(!office && tab === 'approved' ? 'indicators.review.readOnlyApproved' : 'indicators.review.readOnlySubmitted')} />}
      {canAct && (
        <div className="hl-toolbar">
          <Popconfirm
            title={t(office ? 'indicators.review.confirmAccept' : 'indicators.review.confirmApprove', { count: selected.length, what: t('indicators.review.selectedRows', { count: selected.length }) })}
            description={t(office ? 'indicators.review.confirmAcceptHint' : 'indicators.review.confirmApproveHint')}
            okText={t(office ? 'indicators.review.accept' : 'indicators.review.approve')}
            // Keyboard users land on the confirmation (Enter confirms, Esc cancels).
            okButtonProps={{ autoFocus: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => act(selected)}
            disabled={!selected.length || busy}
          >
            <Button type="primary" icon={<CheckOutlined />} disabled={!selected.length || busy} loading={busy} data-testid="approve-selected">
              {t(office ? 'indicators.review.acceptSelected' : 'indicators.review.approveSelected', { count: selected.length })}
            </Button>
          </Popconfirm>
          <Button danger icon={<RollbackOutlined />} disabled={!selected.length || busy} onClick={() => setReturning(selected)}>
            {t('indicators.review.returnSelected', { count: selected.length })}
          </Button>
          <Typography.Text type="secondary">{t(office ? 'indicators.review.hintOffice' : 'indicators.review.hintLeader')}</Typography.Text>
        </div>
      )}
      <Table<QueueRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={queues.loading}
        rowSelection={canAct ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]), getCheckboxProps: (r) => ({ 'aria-label': t('indicators.entry.selectRow', { code: r.code, period: r.period }) }) } : undefined}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.review.empty')} /> }}
        data-testid="review-table"
      />
      <TextPrompt
        open={!!returning}
        title={t('indicators.review.returnTitle', { count: returning?.length ?? 0 })}
        okText={t('indicators.review.return')}
        danger
        label={t('indicators.review.reason')}
        requiredMessage={t('indicators.review.reasonRequired')}
        placeholder={t('indicators.review.reasonPlaceholder')}
        maxLength={1000}
        onCancel={() => setReturning(null)}
        onSubmit={sendBack}
      />
    </Card>
  );
}

/** The office closes a period once its figures are final: no value of it can be saved after that. */
function LockPeriods() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<'lock' | 'unlock' | null>(null);
  const [form] = Form.useForm<{ planId: string; period: string }>();
  const plans = useRemote(() => (open ? api.get<Plan[]>('/api/plans') : Promise.resolve([] as Plan[])), [open]);

  const apply = async (locked: boolean) => {
    let v: { planId: string; period: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(locked ? 'lock' : 'unlock');
    try {
      await api.post(`/api/plans/${v.planId}/locks`, { period: v.period.trim(), locked });
      message.success(t(locked ? 'indicators.lock.locked' : 'indicators.lock.unlocked', { period: v.period.trim() }));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button icon={<LockOutlined />} onClick={() => (form.setFieldsValue({ period: String(new Date().getFullYear() - 1) }), setOpen(true))}>
        {t('indicators.lock.button')}
      </Button>
      <Modal
        open={open}
        title={t('indicators.lock.title')}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>,
          <Button key="unlock" onClick={() => void apply(false)} loading={busy === 'unlock'}>
            {t('indicators.lock.unlock')}
          </Button>,
          <Button key="lock" type="primary" icon={<LockOutlined />} onClick={() => void apply(true)} loading={busy === 'lock'}>
            {t('indicators.lock.lock')}
          </Button>,
        ]}
        forceRender
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('indicators.lock.hint')}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="planId" label={t('indicators.lock.plan')} rules={[{ required: true, message: t('common.selectRequired', { field: t('indicators.lock.plan') }) }]}>
            <Select loading={plans.loading} options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))} />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('indicators.lock.period')}
            extra={t('indicators.lock.periodHint')}
            rules={[{ required: true, pattern: /^\d{4}(-(0[1-9]|1[0-2])|[Qq][1-4])?$/, message: t('indicators.lock.periodInvalid') }]}
          >
            <Input style={{ width: 160 }} placeholder="2025" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
