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
import { sensitivity } from '../../domain/evaluation/sensitivity';
import { rankingLabel, resolveRanking } from '../../domain/evaluation/ranking';
import type { EvaluationResult, ZoneResult, resultsOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';
import { useChart, type ChartOption } from './charts';
import { fmt, SchemePicker, useSchemeChoice } from './shared';

/** GET /api/evaluation/rounds/:id/results, as the contract declares it. */
type Results = Out<typeof resultsOut>;

export default function ResultsPage() {
  const { t, i18n } = useTranslation();
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
  const ranking = out?.ranking ?? resolveRanking();
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
          {/* Results computed before the method was published with the scheme were all weighted sums. */}
          <Typography.Paragraph data-testid="results-ranked-by">
            <Tag color={ranking.method === 'weighted_sum' ? 'default' : 'blue'}>{t('evaluation.rankedBy', { method: i18n.language !== 'en' ? rankingLabel(ranking).zh : rankingLabel(ranking).en })}</Tag>
          </Typography.Paragraph>
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
                      ...(ranking.method === 'weighted_sum' ? [] : [{ title: t('evaluation.rankScore'), dataIndex: 'rankScore', align: 'right' as const, render: (v: number) => fmt(v) }]),
                      { title: t('evaluation.gradeCol'), dataIndex: 'grade', render: (v: string, z: ZoneResult) => <>{t(`evaluation.grade.${v}`)}{z.veto && <Tag color="red" style={{ marginLeft: 6 }}>{t('evaluation.veto')}</Tag>}</> },
                      { title: t('evaluation.rankOverall'), dataIndex: 'rankOverall', align: 'right', render: (v: number | null) => v ?? '—' },
                    ]}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Sensitivity result={out} />
        </>
      )}
    </div>
  );
}

const PALETTE = ['#1677ff', '#13a8a8', '#fa8c16', '#722ed1', '#52c41a'];

/**
 * The domain's sensitivity(): each peer group (and the overall ranking, when the scheme ranks
 * across groups) re-ranked under other weight sets and normalisations, with a sentence per zone
 * whose rank would change. `hubline evaluate FILE.json --sensitivity` prints the same.
 */
function Sensitivity({ result }: { result: EvaluationResult }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const scopes = useMemo(() => sensitivity(result), [result]);
  if (!scopes.length) return null;
  return (
    <Card size="small" title={t('evaluation.sensitivity')} style={{ marginTop: 16 }} data-testid="sensitivity">
      <Typography.Paragraph type="secondary">{t('evaluation.sensitivityHint')}</Typography.Paragraph>
      {scopes.map((scope) => (
        <div key={scope.id} data-testid={`sensitivity-${scope.id}`} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{scope.id === 'overall' ? t('evaluation.rankOverall') : scope.name}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={scope.zones.map((z, i) => ({ ...z, i }))}
            columns={[
              { title: t('evaluation.zone'), dataIndex: 'name' },
              { title: t('evaluation.officialRank'), dataIndex: 'official', align: 'center' as const },
              ...scope.runs
                .filter((run) => run.method !== 'scheme')
                .map((run) => ({
                  title: zh ? run.labelZh : run.labelEn,
                  key: run.method,
                  align: 'center' as const,
                  render: (_: unknown, z: { i: number; official: number }) => {
                    const r = run.ranks[z.i];
                    return r === z.official ? r : <Tag color={r < z.official ? 'green' : 'volcano'}>{r}</Tag>;
                  },
                })),
            ]}
          />
          <div style={{ marginTop: 8 }} data-testid={`sensitivity-changes-${scope.id}`}>
            {scope.changes.length === 0 ? (
              <Alert type="success" showIcon title={t('evaluation.noChange')} />
            ) : (
              scope.changes.map((c) => <div key={`${c.method}-${c.zoneId}`}>· {zh ? c.zh : c.en}</div>)
            )}
            {scope.skipped.map((s) => (
              <Typography.Text key={s.method} type="secondary" style={{ display: 'block' }}>
                {zh ? `${s.labelZh}：${s.reasonZh}` : `${s.labelEn}: ${s.reasonEn}`}
              </Typography.Text>
            ))}
          </div>
        </div>
      ))}
    </Card>
  );
}
