import { useState } from 'react';
import { Alert, Button, Card, Input, Progress, Select, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../core/api';
import { useAuth } from '../core/auth';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { formatDateTime } from '../core/format';
import { allows } from '../../contracts/access';
import { DIRECTIONS, MODES, type ImportOut, type ShipmentRow, type ShipmentsOut } from '../../contracts/corridor';
import { uploadShipments } from './upload';
import ShipmentDetail from './ShipmentDetail';

interface Node {
  id: string;
  name: string;
}
const FILTERS = ['month', 'year', 'nodeId', 'mode', 'direction', 'corridor', 'fresh', 'freshClearance', 'asean', 'q'] as const;

export default function LedgerPage() {
  const [params, setParams] = useSearchParams();
  const shipment = params.get('shipment');
  if (shipment) return <ShipmentDetail id={shipment} onBack={() => setParams((p) => (p.delete('shipment'), p))} />;
  return <Ledger />;
}

function Ledger() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
  const key = FILTERS.map((k) => params.get(k)).join('|');
  const list = useRemote(() => api.get<ShipmentsOut>('/api/corridor/shipments', { query: { ...filter, page, pageSize: 50 } }), [key, page]);
  const nodes = useRemote(() => api.get<{ nodes: Node[] }>('/api/corridor/nodes'), []);
  const set = (k: string, v: string | undefined | null) => {
    setPage(1);
    setParams((p) => {
      if (v) p.set(k, v);
      else p.delete(k);
      return p;
    });
  };
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportOut | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const canUpload = !!user && allows('dataDesk', user.roles);
  const zh = i18n.language.startsWith('zh');

  const upload = async (file: File) => {
    setResult(null);
    setFailure(null);
    setProgress(0);
    try {
      const r = await uploadShipments(file, (sent, total) => setProgress(Math.min(99, Math.round((sent / total) * 100))));
      setResult(r);
      await list.reload();
    } catch (e) {
      if (e instanceof ApiError) setFailure(e);
      else throw e;
    } finally {
      setProgress(null);
    }
  };

  const yesNo = [
    { value: '1', label: t('corridor.ledger.yes') },
    { value: '0', label: t('corridor.ledger.no') },
  ];
  const columns: TableColumnsType<ShipmentRow> = [
    { title: t('corridor.ledger.reference'), dataIndex: 'reference', render: (v: string, r) => <a onClick={() => set('shipment', r.id)}>{v}</a> },
    { title: t('corridor.ledger.operator'), dataIndex: 'operatorName', ellipsis: true },
    { title: t('corridor.ledger.legs'), dataIndex: 'mode', render: (m: string) => m.split('>').map((x) => t(`corridor.modes.${x}`)).join(' → ') },
    { title: t('corridor.ledger.route'), key: 'route', render: (_, r) => `${r.origin} → ${r.destination}` },
    { title: t('corridor.figures.node'), dataIndex: 'nodeName' },
    { title: t('corridor.ledger.direction'), dataIndex: 'direction', render: (d: string) => t(`corridor.directions.${d}`) },
    { title: t('corridor.ledger.weight'), dataIndex: 'weightKg', align: 'right', render: (v: number) => v?.toLocaleString('zh-CN') },
    { title: 'TEU', dataIndex: 'teu', align: 'right' },
    { title: t('corridor.shipment.value'), dataIndex: 'valueCny', align: 'right', render: (v: number) => v?.toLocaleString('zh-CN') },
    { title: t('corridor.ledger.passedAt'), dataIndex: 'passedAt', render: (v: string) => formatDateTime(v) },
    {
      title: '',
      key: 'tags',
      render: (_, r) => (
        <Space size={2}>
          {r.viaCorridor ? <Tag color="blue">{t('corridor.ledger.filters.corridor')}</Tag> : null}
          {r.fresh ? <Tag color="green">{t('corridor.ledger.filters.fresh')}</Tag> : null}
          {r.clearanceMinutes !== null ? <Tag color={r.clearanceMinutes <= 60 ? 'success' : 'error'}>{Math.round(r.clearanceMinutes)} min</Tag> : null}
          {r.version > 1 ? <Tag>v{r.version}</Tag> : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('corridor.ledger.title')} description={t('corridor.ledger.description')} />
      {canUpload ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={(f) => (void upload(f), false)} disabled={progress !== null}>
                <Button type="primary" icon={<UploadOutlined />} loading={progress !== null} data-testid="upload">
                  {t('corridor.ledger.upload')}
                </Button>
              </Upload>
              <Typography.Text type="secondary">{t('corridor.ledger.uploadHint')}</Typography.Text>
            </Space>
            {progress !== null ? <Progress aria-label={t('corridor.ledger.uploading')} percent={progress} status="active" format={(p) => (p! >= 99 ? t('corridor.ledger.applying') : `${t('corridor.ledger.uploading')} ${p}%`)} /> : null}
            {result ? <Alert type="success" showIcon data-testid="import-result" message={t('corridor.ledger.done', result)} /> : null}
            {failure ? (
              <Alert
                type="error"
                showIcon
                data-testid="import-errors"
                message={zh ? failure.messageZh : failure.messageEn}
                description={
                  failure.details.length ? (
                    <Table
                      size="small"
                      rowKey={(d) => `${d.row}-${d.field}-${d.message}`}
                      pagination={failure.details.length > 10 ? { pageSize: 10 } : false}
                      dataSource={failure.details}
                      columns={[
                        { title: t('corridor.ledger.line'), dataIndex: 'row', width: 70 },
                        { title: t('corridor.ledger.column'), dataIndex: 'field', width: 130 },
                        { title: t('corridor.ledger.reason'), key: 'm', render: (_, d) => (zh ? d.message : d.messageEn) },
                      ]}
                    />
                  ) : null
                }
              />
            ) : null}
          </Space>
        </Card>
      ) : null}
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input allowClear style={{ width: 120 }} placeholder={t('corridor.ledger.filters.month')} defaultValue={filter.month} onBlur={(e) => set('month', e.target.value.trim() || null)} onPressEnter={(e) => set('month', (e.target as HTMLInputElement).value.trim() || null)} data-testid="filter-month" />
          <Select allowClear style={{ width: 150 }} placeholder={t('corridor.ledger.filters.node')} aria-label={t('corridor.ledger.filters.node')} value={filter.nodeId} onChange={(v) => set('nodeId', v)} options={(nodes.data?.nodes ?? []).map((n) => ({ value: n.id, label: n.name }))} />
          <Select allowClear style={{ width: 130 }} placeholder={t('corridor.ledger.filters.mode')} aria-label={t('corridor.ledger.filters.mode')} value={filter.mode} onChange={(v) => set('mode', v)} options={[...MODES, 'rail>sea', 'river>sea'].map((m) => ({ value: m, label: m.split('>').map((x) => t(`corridor.modes.${x}`)).join('→') }))} />
          <Select allowClear style={{ width: 110 }} placeholder={t('corridor.ledger.filters.direction')} aria-label={t('corridor.ledger.filters.direction')} value={filter.direction} onChange={(v) => set('direction', v)} options={DIRECTIONS.map((d) => ({ value: d, label: t(`corridor.directions.${d}`) }))} />
          <Select allowClear style={{ width: 110 }} placeholder={t('corridor.ledger.filters.corridor')} aria-label={t('corridor.ledger.filters.corridor')} value={filter.corridor} onChange={(v) => set('corridor', v)} options={yesNo} />
          <Select allowClear style={{ width: 100 }} placeholder={t('corridor.ledger.filters.fresh')} aria-label={t('corridor.ledger.filters.fresh')} value={filter.fresh} onChange={(v) => set('fresh', v)} options={yesNo} />
          <Input.Search allowClear style={{ width: 200 }} placeholder={t('corridor.ledger.filters.q')} defaultValue={filter.q} onSearch={(v) => set('q', v.trim() || null)} />
          {filter.year ? <Tag closable onClose={() => set('year', null)}>{filter.year}</Tag> : null}
          {filter.freshClearance ? <Tag color="green" closable onClose={() => set('freshClearance', null)}>{t('corridor.ledger.filters.clearance')}</Tag> : null}
          {filter.asean ? <Tag color="purple" closable onClose={() => set('asean', null)}>{t('corridor.ledger.filters.asean')}</Tag> : null}
          <Button type="link" onClick={() => setParams(new URLSearchParams())}>
            {t('corridor.ledger.clear')}
          </Button>
        </Space>
        {list.data ? (
          <Typography.Paragraph type="secondary" data-testid="ledger-total">
            {t('corridor.ledger.total', { total: list.data.total.toLocaleString('zh-CN'), tonnes: list.data.totals.tonnes.toLocaleString('zh-CN'), teu: list.data.totals.teu.toLocaleString('zh-CN'), value: list.data.totals.valueCny.toLocaleString('zh-CN') })}
          </Typography.Paragraph>
        ) : null}
        <Table
          size="small"
          rowKey="id"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1200 }}
          pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
          data-testid="ledger"
        />
      </Card>
    </>
  );
}
