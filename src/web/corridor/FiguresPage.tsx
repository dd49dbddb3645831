import { useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Select, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../core/api';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import { useChart, type ChartOption } from '../indicators/echarts';
import type { FiguresOut, MonthFiguresOut, nodeOut } from '../../contracts/corridor';
import type { Out } from '../../contracts/common';

type Node = Out<typeof nodeOut>;

const num = (x: number, d = 0) => x.toLocaleString('zh-CN', { maximumFractionDigits: d, minimumFractionDigits: d });
// Year-on-year only between complete years: a running year against a full one says nothing.
const pct = (x: number | null, complete = true) => (x === null || !complete ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(1)}%`);

export default function FiguresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [nodeId, setNodeId] = useState<string | undefined>();
  const figures = useRemote(() => api.get<FiguresOut>('/api/corridor/figures', { query: { nodeId } }), [nodeId]);
  const nodes = useRemote(() => api.get<{ nodes: Node[] }>('/api/corridor/nodes'), []);
  const data = figures.data;
  const drill = (q: Record<string, string>) => navigate(`/corridor/ledger?${new URLSearchParams({ ...q, ...(nodeId ? { nodeId } : {}) })}`);

  const volume: ChartOption | null = useMemo(() => {
    if (!data?.months.length) return null;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('corridor.figures.corridorTeu'), t('corridor.figures.corridorValue')] },
      grid: { left: 56, right: 56, top: 48, bottom: 28 },
      xAxis: { type: 'category', data: data.months.map((m) => m.month) },
      yAxis: [{ type: 'value', name: 'TEU' }, { type: 'value', name: t('corridor.figures.corridorValue') }],
      series: [
        { type: 'bar', name: t('corridor.figures.corridorTeu'), data: data.months.map((m) => m.corridor.teu) },
        { type: 'line', name: t('corridor.figures.corridorValue'), yAxisIndex: 1, data: data.months.map((m) => Math.round(m.corridor.valueCny / 1e6) / 100) },
      ],
    };
  }, [data, t]);
  const clearance: ChartOption | null = useMemo(() => {
    if (!data?.months.some((m) => m.freshClearance)) return null;
    const ms = data.months;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('corridor.figures.median'), t('corridor.figures.p90')] },
      grid: { left: 48, right: 40, top: 48, bottom: 28 },
      xAxis: { type: 'category', data: ms.map((m) => m.month) },
      yAxis: { type: 'value', name: 'min' },
      series: [
        { type: 'line', name: t('corridor.figures.median'), data: ms.map((m) => m.freshClearance?.medianMinutes ?? null) },
        {
          type: 'line',
          name: t('corridor.figures.p90'),
          data: ms.map((m) => m.freshClearance?.p90Minutes ?? null),
          markLine: { symbol: 'none', data: [{ yAxis: 60, name: t('corridor.figures.standard') }], lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: t('corridor.figures.standard') } },
        },
      ],
    };
  }, [data, t]);
  const volumeRef = useChart(volume, t('common.chartAlt', { title: `${t('corridor.figures.corridorTeu')} · ${t('corridor.figures.corridorValue')}` }));
  const clearanceRef = useChart(clearance, t('common.chartAlt', { title: t('corridor.figures.clearance') }));

  const columns: TableColumnsType<MonthFiguresOut> = [
    { title: t('corridor.figures.month'), dataIndex: 'month', render: (m: string) => <a onClick={() => drill({ month: m })}>{m}</a> },
    { title: t('corridor.figures.shipments'), dataIndex: 'shipments', align: 'right', render: (v: number) => num(v) },
    { title: t('corridor.figures.tonnes'), dataIndex: 'tonnes', align: 'right', render: (v: number) => num(v, 1) },
    { title: t('corridor.figures.teu'), dataIndex: 'teu', align: 'right', render: (v: number) => num(v) },
    { title: t('corridor.figures.corridorTeu'), key: 'cteu', align: 'right', render: (_, m) => <a onClick={() => drill({ month: m.month, corridor: '1' })}>{num(m.corridor.teu)}</a> },
    { title: t('corridor.figures.corridorValue'), key: 'cv', align: 'right', render: (_, m) => num(m.corridor.valueCny / 1e8, 2) },
    {
      title: t('corridor.figures.clearance'),
      key: 'fc',
      render: (_, m) =>
        m.freshClearance ? (
          <a onClick={() => drill({ month: m.month, freshClearance: '1' })}>
            {m.freshClearance.medianMinutes} / {m.freshClearance.p90Minutes} min · {(m.freshClearance.shareWithin60 * 100).toFixed(1)}%（{m.freshClearance.count}）
          </a>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('corridor.figures.title')}
        description={t('corridor.figures.description')}
        extra={
          <Space>
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('corridor.figures.allNodes')} aria-label={t('corridor.figures.allNodes')}
              value={nodeId}
              onChange={setNodeId}
              options={(nodes.data?.nodes ?? []).map((n) => ({ value: n.id, label: n.name }))}
              data-testid="node-filter"
            />
            <ExportButton list="/api/corridor/figures" query={{ nodeId }} />
          </Space>
        }
      />
      {data && !data.months.length ? <Empty description={t('corridor.figures.noData')} /> : null}
      <Row gutter={[16, 16]}>
        {(data?.years ?? []).slice(-2).map((y) => (
          <Col xs={24} lg={12} key={y.year}>
            <Card title={`${y.year} ${t('corridor.figures.year')}（${y.months}）`} size="small" data-testid={`year-${y.year}`}>
              <Space size={28} wrap>
                <Statistic title={t('corridor.figures.shipments')} value={y.shipments} />
                <Statistic title={t('corridor.figures.corridorTeu')} value={y.corridor.teu} suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('corridor.figures.yoy')} {pct(y.yoy.teu, y.months === 12)}</Typography.Text>} />
                <Statistic title={t('corridor.figures.corridorValue')} value={num(y.corridor.valueCny / 1e8, 2)} suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{pct(y.yoy.valueCny, y.months === 12)}</Typography.Text>} />
                <Statistic title={<a onClick={() => drill({ year: String(y.year), asean: '1' })}>{t('corridor.figures.asean')}</a>} value={num(y.aseanTradeCny / 1e8, 2)} />
                {y.freshClearance ? (
                  <Statistic
                    title={<a onClick={() => drill({ year: String(y.year), freshClearance: '1' })}>{`${t('corridor.figures.clearance')} P90`}</a>}
                    value={y.freshClearance.p90Minutes}
                    suffix="min"
                    valueStyle={{ color: y.freshClearance.p90Minutes <= 60 ? '#2a7a0c' : '#cf1322' }}
                  />
                ) : null}
              </Space>
            </Card>
          </Col>
        ))}
        <Col xs={24} xl={14}>
          <Card size="small" title={`${t('corridor.figures.corridorTeu')} · ${t('corridor.figures.corridorValue')}`}>
            <div ref={volumeRef} style={{ height: 300 }} data-testid="volume-chart" />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('corridor.figures.clearance')}>
            <div ref={clearanceRef} style={{ height: 300 }} />
          </Card>
        </Col>
        <Col span={24}>
          <Table size="small" rowKey="month" loading={figures.loading} columns={columns} dataSource={[...(data?.months ?? [])].reverse()} pagination={{ pageSize: 12 }} data-testid="months" />
        </Col>
      </Row>
    </>
  );
}
