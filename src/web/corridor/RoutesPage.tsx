import { useState } from 'react';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Popconfirm, Progress, Row, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../core/api';
import { useAuth } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { allows } from '../../contracts/access';
import type { RouteOut, RoutesOut } from '../../contracts/corridor';
import { RCEP_COVERAGE_SET, countryZh } from '../../domain/corridor/reference';

export default function RoutesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { user } = useAuth();
  const office = !!user && allows('office', user.roles);
  const data = useRemote(() => api.get<RoutesOut>('/api/corridor/routes'), []);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  const zh = i18n.language.startsWith('zh');
  const country = (c: string | null) => (c ? (zh ? countryZh(c) : c) : '—');
  const cov = data.data?.coverage;

  const add = async (v: { airline: string; origin: string; destination: string; destinationCountry: string; kind: string[]; weeklyFrequency: number | null; openedOn?: Dayjs; closedOn?: Dayjs }) => {
    try {
      await api.post('/api/corridor/routes', {
        airline: v.airline,
        origin: v.origin,
        destination: v.destination,
        destinationCountry: v.destinationCountry,
        cargo: v.kind.includes('cargo'),
        passenger: v.kind.includes('passenger'),
        weeklyFrequency: v.weeklyFrequency ?? null,
        openedOn: v.openedOn ? v.openedOn.format('YYYY-MM-DD') : null,
        closedOn: v.closedOn ? v.closedOn.format('YYYY-MM-DD') : null,
      });
      message.success(t('corridor.routes.saved'));
      form.resetFields();
      setAdding(false);
      await data.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<RouteOut> = [
    { title: t('corridor.routes.airline'), dataIndex: 'airline' },
    { title: t('corridor.routes.origin'), dataIndex: 'origin' },
    { title: t('corridor.routes.destination'), dataIndex: 'destination' },
    { title: t('corridor.routes.country'), dataIndex: 'destinationCountry', render: country },
    { title: t('corridor.routes.kind'), key: 'kind', render: (_, r) => <Space size={2}>{r.cargo ? <Tag color="orange">{t('corridor.routes.cargo')}</Tag> : null}{r.passenger ? <Tag color="blue">{t('corridor.routes.passenger')}</Tag> : null}</Space> },
    { title: t('corridor.routes.frequency'), dataIndex: 'weeklyFrequency', align: 'right' },
    { title: t('corridor.routes.validFrom'), dataIndex: 'openedOn' },
    { title: t('corridor.routes.validTo'), dataIndex: 'closedOn' },
    ...(office
      ? [
          {
            title: '',
            key: 'del',
            render: (_: unknown, r: RouteOut) => (
              <Popconfirm
                title={t('corridor.routes.delete')}
                onConfirm={async () => {
                  try {
                    await api.del(`/api/corridor/routes/${r.id}`);
                    message.success(t('corridor.routes.deleted'));
                    await data.reload();
                  } catch (e) {
                    message.error(errorText(e));
                  }
                }}
              >
                <Button type="link" danger size="small">
                  {t('corridor.routes.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('corridor.routes.title')}
        description={t('corridor.routes.description')}
        extra={office ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding((a) => !a)}>{t('corridor.routes.add')}</Button> : null}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" data-testid="coverage">
            <Progress aria-label={cov ? `${cov.count}/${cov.total}` : '—'} type="dashboard" percent={cov ? Math.round((cov.count / cov.total) * 100) : 0} format={() => (cov ? `${cov.count}/${cov.total}` : '')} />
            <Typography.Paragraph strong>{cov ? t('corridor.routes.coverage', cov) : ''}</Typography.Paragraph>
            <Typography.Text type="secondary">{t('corridor.routes.covered')}：</Typography.Text>
            <div style={{ margin: '4px 0 12px' }}>
              {(cov?.covered ?? []).map((m) => (
                <Tag key={m.code} color="success">{zh ? m.zh : RCEP_COVERAGE_SET.find((x) => x.code === m.code)?.en}</Tag>
              ))}
            </div>
            <Typography.Text type="secondary">{t('corridor.routes.missing')}：</Typography.Text>
            <div style={{ marginTop: 4 }} data-testid="missing">
              {cov && !cov.missing.length ? t('corridor.routes.none') : null}
              {(cov?.missing ?? []).map((m) => (
                <Tag key={m.code} color="error">{zh ? m.zh : RCEP_COVERAGE_SET.find((x) => x.code === m.code)?.en}</Tag>
              ))}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {adding ? (
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form form={form} layout="inline" onFinish={add} initialValues={{ origin: 'CKG', kind: ['cargo'] }} style={{ rowGap: 8 }}>
                <Form.Item name="airline" rules={[{ required: true }]}><Input placeholder={t('corridor.routes.airline')} style={{ width: 140 }} /></Form.Item>
                <Form.Item name="origin" rules={[{ required: true, pattern: /^[A-Z]{3}$/ }]}><Input placeholder={t('corridor.routes.origin')} style={{ width: 80 }} /></Form.Item>
                <Form.Item name="destination" rules={[{ required: true, pattern: /^[A-Z]{3}$/ }]}><Input placeholder={t('corridor.routes.destination')} style={{ width: 80 }} /></Form.Item>
                <Form.Item name="destinationCountry" rules={[{ required: true }]}>
                  <Select showSearch style={{ width: 140 }} placeholder={t('corridor.routes.country')} aria-label={t('corridor.routes.country')} options={RCEP_COVERAGE_SET.map((m) => ({ value: m.code, label: zh ? m.zh : m.en }))} />
                </Form.Item>
                <Form.Item name="kind" rules={[{ required: true }]}><Checkbox.Group options={[{ value: 'cargo', label: t('corridor.routes.cargo') }, { value: 'passenger', label: t('corridor.routes.passenger') }]} /></Form.Item>
                <Form.Item name="weeklyFrequency"><InputNumber min={0} max={200} placeholder={t('corridor.routes.frequency')} style={{ width: 110 }} /></Form.Item>
                <Form.Item name="openedOn"><DatePicker placeholder={t('corridor.routes.validFrom')} /></Form.Item>
                <Form.Item name="closedOn"><DatePicker placeholder={t('corridor.routes.validTo')} /></Form.Item>
                <Button type="primary" htmlType="submit">{t('corridor.routes.add')}</Button>
              </Form>
            </Card>
          ) : null}
          <Table size="small" rowKey="id" loading={data.loading} columns={columns} dataSource={data.data?.routes ?? []} pagination={false} data-testid="routes" />
        </Col>
      </Row>
    </>
  );
}
