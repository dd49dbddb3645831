import { Card, Col, Descriptions, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { UnitDelivery } from '../../contracts/delivery';
import { punctualityRate } from '../../domain/delivery/board';
import { ReportTable } from './ReportsPage';

/** A unit's page: the tasks it carries, what it owes, its punctuality, its notices and alerts. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? user.unitId ?? undefined;
  const units = useRemote(() => api.get<{ id: string; name: string }[]>('/api/units'));
  const u = useRemote(() => (unitId ? api.get<UnitDelivery>(`/api/delivery/units/${unitId}`) : Promise.resolve(undefined)), [unitId]);
  const scoped = !user.roles.some((r) => ['office', 'admin', 'leader', 'evaluator'].includes(r));
  const d = u.data;
  const rate = d ? punctualityRate(d.punctuality.due, d.punctuality.onTime) : null;
  return (
    <>
      <PageHeader
        title={d?.name ?? t('delivery.units.title')}
        extra={!scoped && <Select showSearch optionFilterProp="label" style={{ width: 260 }} placeholder={t('delivery.units.pick')} aria-label={t('delivery.units.pick')} value={unitId} onChange={(v) => setParams({ unit: v })} options={(units.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />}
      />
      {d && (
        <>
          <Row gutter={16}>
            <Col span={6}><Card><Statistic title={t('delivery.units.punctuality')} value={rate ?? '—'} suffix={rate === null ? '' : '%'} /></Card></Col>
            <Col span={6}><Card><Statistic title={t('delivery.units.due')} value={d.punctuality.due} /></Card></Col>
            <Col span={6}><Card><Statistic title={t('delivery.units.late')} value={d.punctuality.late} valueStyle={{ color: '#cf1322' }} /></Card></Col>
            <Col span={6}><Card><Statistic title={t('delivery.units.returned')} value={d.punctuality.returned} /></Card></Col>
          </Row>
          <Card title={t('delivery.units.owed')} style={{ marginTop: 16 }}>
            <ReportTable reports={d.owed} onOpen={(id) => navigate(`/delivery/reports?report=${id}`)} />
          </Card>
          <Card title={t('delivery.units.tasks')} style={{ marginTop: 16 }}>
            <Table size="small" rowKey={(r) => `${r.id}${r.role}`} dataSource={d.tasks} pagination={false} columns={[
              { title: t('delivery.col.number'), dataIndex: 'number', width: 60 },
              { title: t('delivery.col.task'), dataIndex: 'title', render: (v: string, r) => <Typography.Link onClick={() => navigate(`/delivery/tasks?task=${r.id}`)}>{v}</Typography.Link> },
              { title: t('delivery.col.role'), dataIndex: 'role', width: 80, render: (v: string) => <Tag color={v === 'lead' ? 'blue' : undefined}>{t(`delivery.role.${v}`)}</Tag> },
              { title: t('delivery.plan'), dataIndex: 'planTitle', ellipsis: true },
            ]} />
          </Card>
          <Card title={t('delivery.task.notices')} style={{ marginTop: 16 }}>
            <Descriptions column={1} size="small">
              {d.notices.map((n) => (
                <Descriptions.Item key={n.id} label={<Typography.Link onClick={() => navigate(`/supervision/board?notice=${n.id}`)}>{n.number}</Typography.Link>}>
                  <Tag>{t(`supervision.level.${n.level}`)}</Tag><Tag>{t(`supervision.state.${n.status}`)}</Tag>{n.issue}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </>
      )}
    </>
  );
}
