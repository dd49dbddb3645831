// Year by year: counted or provisional value, path, milestone, target, projection, benchmark.
import { Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from '../format';
import { StateTag } from '../parts';
import type { YearRow } from '../series';
import type { IndicatorDetail as Detail, StatusResult } from '../types';

export function YearTable({ rows, detail, result, benchmark }: { rows: YearRow[]; detail: Detail; result: StatusResult | null; benchmark: boolean }) {
  const { t } = useTranslation();
  const unit = detail.unit;
  const targetOf = (year: number) => detail.targets.find((x) => x.year === year);
  const f = useIndicatorFormat();
  const has = (k: keyof YearRow) => rows.some((r) => r[k] !== null);
  const num = (v: number | null) => <span className="hl-ind-num">{v === null ? '—' : f.number(v)}</span>;
  const columns: TableColumnsType<YearRow> = [
    { title: t('indicators.detail.year'), dataIndex: 'year', width: 90, render: (y: number) => f.period(String(y)) },
    {
      title: t('indicators.detail.actual'),
      key: 'actual',
      align: 'right',
      render: (_, r) =>
        r.actual === null ? (
          r.baseline !== null ? (
            <Space size={6}>
              <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                {t('indicators.chart.baseline')}
              </Tag>
              <span className="hl-ind-num">{f.number(r.baseline)}</span>
            </Space>
          ) : (
            <span className="hl-ind-muted">—</span>
          )
        ) : (
          <Space size={6}>
            {r.actualKind === 'provisional' && <StateTag state={r.actualState} />}
            <span className="hl-ind-num" style={r.actualKind === 'provisional' ? { fontStyle: 'italic', color: '#595959' } : { fontWeight: 500 }}>
              {f.number(r.actual)}
            </span>
          </Space>
        ),
    },
    ...(has('path') ? [{ title: t('indicators.chart.path'), dataIndex: 'path', align: 'right' as const, render: num }] : []),
    ...(has('milestone') ? [{ title: t('indicators.chart.milestone'), dataIndex: 'milestone', align: 'right' as const, render: num }] : []),
    {
      title: t('indicators.chart.target'),
      key: 'target',
      align: 'right',
      render: (_, r) =>
        r.target ? (
          <Space size={6}>
            <Tag bordered={false} color="red" style={{ marginInlineEnd: 0 }}>
              {t(`indicators.kind.${r.target.kind}`)}
            </Tag>
            {r.target.value !== null ? num(r.target.value) : <span>{f.target(targetOf(r.year)!, unit, result?.targets?.find((x) => x.year === r.year))}</span>}
          </Space>
        ) : null,
    },
    ...(has('projected')
      ? [
          {
            title: t('indicators.chart.projected'),
            key: 'projected',
            align: 'right' as const,
            render: (_: unknown, r: YearRow) =>
              r.actualKind || r.projected === null ? null : (
                <Tooltip title={r.bandLow !== null && r.bandHigh !== null ? `${t('indicators.chart.band')}：${f.number(r.bandLow)} – ${f.number(r.bandHigh)}` : undefined}>
                  <span className="hl-ind-num" style={{ color: r.onCourse === false ? '#d4380d' : undefined }}>
                    {f.number(r.projected)}
                  </span>
                </Tooltip>
              ),
          },
        ]
      : []),
    ...(benchmark && has('benchmark') ? [{ title: t('indicators.chart.benchmark'), dataIndex: 'benchmark', align: 'right' as const, render: num }] : []),
    ...(benchmark && has('relativeTarget') ? [{ title: t('indicators.chart.relativeTarget'), dataIndex: 'relativeTarget', align: 'right' as const, render: num }] : []),
  ];
  return (
    <>
      <div className="hl-ind-sub" style={{ marginBottom: 8 }}>
        {t('indicators.detail.valuesIn', { unit: unit ?? '—' })}
      </div>
      <Table<YearRow> rowKey="year" size="small" columns={columns} dataSource={rows} pagination={false} data-testid="year-table" />
    </>
  );
}
