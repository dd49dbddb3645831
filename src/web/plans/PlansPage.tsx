import { lazy, Suspense } from 'react';
import { Badge, Button, Card, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ImportOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { PlanSummary } from './types';
import './plans.css';

const PlanDetail = lazy(() => import('./PlanDetail'));

export default function PlansPage() {
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  if (planId)
    return (
      <Suspense fallback={<Spin />}>
        <PlanDetail id={planId} onBack={() => setParams((p) => (p.delete('plan'), p))} />
      </Suspense>
    );
  return <PlanList onOpen={(id) => setParams({ plan: id })} />;
}

function PlanList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const plans = useRemote(() => api.get<PlanSummary[]>('/api/plans'));
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const unitScoped = !user.roles.some((r) => ['office', 'admin', 'leader', 'evaluator'].includes(r));

  const columns: TableColumnsType<PlanSummary> = [
    {
      title: t('plans.col.title'),
      dataIndex: 'title',
      render: (title: string, p) => (
        <Space direction="vertical" size={2}>
          <Typography.Link onClick={() => onOpen(p.id)} strong>
            {title}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('plans.col.docNumber'), dataIndex: 'docNumber', width: 190, render: (v: string | null) => v ?? '—' },
    { title: t('plans.col.issuer'), dataIndex: 'issuer', width: 200, render: (v: string | null) => v ?? '—' },
    { title: t('plans.col.issuedDate'), dataIndex: 'issuedDate', width: 110, render: (v: string | null) => v ?? '—' },
    {
      title: t('plans.col.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (k: string, p) => (
        <Space size={4} wrap>
          <Tag>{t(`plans.kind.${k}`)}</Tag>
          {p.status === 'draft' && <Tag color="orange">{t('plans.status.draft')}</Tag>}
          {p.status === 'archived' && <Tag>{t('plans.status.archived')}</Tag>}
        </Space>
      ),
    },
    {
      title: unitScoped ? t('plans.col.myTasks') : t('plans.col.tasks'),
      width: 120,
      render: (_, p) => (unitScoped ? <Badge color="blue" text={t('plans.myTasks', { n: p.myTaskCount })} /> : t('plans.taskCounts', { tasks: p.taskCount, indicators: p.indicatorCount })),
    },
  ];

  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t('plans.listTitle')}
        description={unitScoped ? t('plans.listDescUnit') : t('plans.listDesc')}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void plans.reload()}>
              {t('common.refresh')}
            </Button>
            {office && (
              <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/plans/import')}>
                {t('plans.import.button')}
              </Button>
            )}
          </Space>
        }
      />
      {plans.error ? <Typography.Text type="danger">{errorText(plans.error)}</Typography.Text> : null}
      <Table rowKey="id" loading={plans.loading} columns={columns} dataSource={plans.data ?? []} pagination={false} />
    </Card>
  );
}
