// 结果与排名: ranks per peer group with a chart, the input anyone can re-run, and the
// sensitivity view — what other normalisations or weight sets would do to the ranks.
import { useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import { entropyWeights, ranksOf, topsis, weightedSum } from '../../domain/evaluation/mcdm';
import type { ZoneResult, resultsOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';
import { useChart, type ChartOption } from './charts';
import { fmt, SchemePicker, useSchemeChoice } from './shared';

/** GET /api/evaluation/rounds/:id/results, as the contract declares it. */
type Results = Out<typeof resultsOut>;

export default function ResultsPage() {
  const { t } = useTranslation();
  const choice = useSchemeChoice();
  const roundId = choice.chosen?.roundId;
  const results = useRemote(() => (roundId ? api.get<Results>(`/api/evaluation/rounds/${roundId}/results`) : Promise.resolve(undefined)), [roundId]);
  const out = results.data?.output;
  const option = useMemo<ChartOption | null>(() => {
    if (!out) return null;
    const zones = [...out.zones].sort((a, b) => a.group.localeCompare(b.group) || b.total - a.total);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 72 },
      xAxis: { type: 'category', data: zones.map((z) => z.name), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', min: 0, max: 110 },
      series: [
        {
          type: 'bar',
          data: zones.map((z) => ({ value: Math.round(z.total * 100) / 100, itemStyle: { color: z.eligible ? PALETTE[out.groups.findIndex((g) => g.id === z.group) % PALETTE.length] : '#bfbfbf' } })),
          label: { show: true, position: 'top', formatter: (p: { value: unknown }) => String(p.value) },
        },
      ],
    } as ChartOption;
  }, [out]);
  const chartRef = useChart(option, t('common.chartAlt', { title: t('evaluation.chartTitle') }));

  const download = async () => {
    const input = await api.get<unknown>(`/api/evaluation/rounds/${roundId}/results/input`);
    const blob = new Blob([JSON.stringify(input, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `evaluation-${choice.chosen?.year}.json`;
    a.click();
  };

  return (
    <div>
      <PageHeader title={t('evaluation.nav.results')} extra={<Space><SchemePicker {...choice} /><ExportButton list={`/api/evaluation/rounds/${roundId}/results`} disabled={!roundId || !out} /></Space>} />
      {!out && !results.loading && <Empty description={t('evaluation.hidden')} />}
      {/* Always mounted: the chart binds to this element once and redraws when the results arrive. */}
      <Card size="small" title={t('evaluation.chartTitle')} extra={out && <Button icon={<DownloadOutlined />} onClick={download} title={t('evaluation.inputHint')}>{t('evaluation.input')}</Button>} style={{ marginBottom: 16, display: out ? undefined : 'none' }}>
        <div ref={chartRef} style={{ height: 300 }} data-testid="results-chart" />
      </Card>
      {out && (
        <>
          <Row gutter={[16, 16]}>
            {out.groups.map((g) => (
              <Col key={g.id} xs={24} lg={12}>
                <Card size="small" title={`${g.name}`} data-testid={`group-${g.id}`}>
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={g.ranking.map((r) => out.zones.find((z) => z.id === r.id)!)}
                    columns={[
                      { title: t('evaluation.rank'), dataIndex: 'rankInGroup', width: 70 },
                      { title: t('evaluation.zone'), dataIndex: 'name' },
                      { title: t('evaluation.total'), dataIndex: 'total', align: 'right', render: (v: number) => fmt(v) },
                      { title: t('evaluation.gradeCol'), dataIndex: 'grade', render: (v: string, z: ZoneResult) => <>{t(`evaluation.grade.${v}`)}{z.veto && <Tag color="red" style={{ marginLeft: 6 }}>{t('evaluation.veto')}</Tag>}</> },
                      { title: t('evaluation.rankOverall'), dataIndex: 'rankOverall', align: 'right', render: (v: number | null) => v ?? '—' },
                    ]}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Sensitivity zones={out.zones} />
        </>
      )}
    </div>
  );
}

const PALETTE = ['#1677ff', '#13a8a8', '#fa8c16', '#722ed1', '#52c41a'];

/** Re-ranks every zone across groups by criterion attainment (points ÷ full marks) with other methods. */
function Sensitivity({ zones }: { zones: ZoneResult[] }) {
  const { t } = useTranslation();
  const table = useMemo(() => {
    if (zones.length < 2) return null;
    const codes = [...new Set(zones.flatMap((z) => z.criteria.map((c) => c.code)))];
    const weightOf = (code: string) => {
      const ws = zones.flatMap((z) => z.criteria.filter((c) => c.code === code).map((c) => c.weight));
      return ws.reduce((a, b) => a + b, 0) / Math.max(1, ws.length);
    };
    const matrix = zones.map((z) => {
      const shares = z.criteria.filter((c) => c.applicable && c.weight > 0).map((c) => (c.points ?? 0) / c.weight);
      const mean = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0;
      // An N/A criterion counts as the zone's own mean attainment, as the rescaling to 100 does.
      return codes.map((code) => {
        const c = z.criteria.find((x) => x.code === code);
        return c && c.applicable && c.weight > 0 ? (c.points ?? 0) / c.weight : mean;
      });
    });
    const dirs = codes.map(() => 'benefit' as const);
    const scheme = codes.map(weightOf);
    const official = ranksOf(zones.map((z) => z.total));
    const methods: { key: string; ranks: number[] }[] = [];
    const safe = (key: string, f: () => number[]) => {
      try {
        methods.push({ key, ranks: ranksOf(f()) });
      } catch {
        /* a method that cannot run on these data (e.g. constant columns) is left out */
      }
    };
    safe('schemeWeights', () => weightedSum(matrix, dirs, scheme, 'minmax'));
    safe('equalWeights', () => weightedSum(matrix, dirs, codes.map(() => 1), 'minmax'));
    safe('entropyWeights', () => weightedSum(matrix, dirs, entropyWeights(matrix).weights, 'minmax'));
    safe('topsisMinmax', () => topsis(matrix, dirs, scheme, 'minmax').scores);
    safe('topsisVector', () => topsis(matrix, dirs, scheme, 'vector').scores);
    return { official, methods };
  }, [zones]);
  if (!table) return null;
  const changes = table.methods.flatMap((m) => zones.map((z, i) => ({ z, m, rank: m.ranks[i], was: table.official[i] })).filter((x) => x.rank !== x.was));
  return (
    <Card size="small" title={t('evaluation.sensitivity')} style={{ marginTop: 16 }} data-testid="sensitivity">
      <Typography.Paragraph type="secondary">{t('evaluation.sensitivityHint')}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={zones.map((z, i) => ({ ...z, i }))}
        columns={[
          { title: t('evaluation.zone'), dataIndex: 'name' },
          { title: t('evaluation.rankOverall'), key: 'official', align: 'center', render: (_, z) => table.official[z.i] },
          ...table.methods.map((m) => ({
            title: t(`evaluation.${m.key}`),
            key: m.key,
            align: 'center' as const,
            render: (_: unknown, z: { i: number }) => {
              const r = m.ranks[z.i];
              const was = table.official[z.i];
              return r === was ? r : <Tag color={r < was ? 'green' : 'volcano'}>{r}</Tag>;
            },
          })),
        ]}
      />
      <div style={{ marginTop: 8 }}>
        {changes.length === 0 ? (
          <Alert type="success" showIcon title={t('evaluation.noChange')} />
        ) : (
          changes.slice(0, 6).map((c) => <div key={`${c.m.key}-${c.z.id}`}>· {t('evaluation.rankChange', { zone: c.z.name, method: t(`evaluation.${c.m.key}`), rank: c.rank })}</div>)
        )}
      </div>
    </Card>
  );
}
