import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChart, type ChartOption } from './echarts';
import { useIndicatorFormat } from './format';
import type { YearRow } from './series';
import { COUNTED, type Observation } from './types';

const C = {
  actual: '#1659b8',
  baseline: '#595959',
  path: '#98a2b3',
  milestone: '#d48806',
  target: '#cf1322',
  onCourse: '#389e0d',
  offCourse: '#fa541c',
  benchmark: '#8c8c8c',
};

/**
 * A value axis on round numbers with a little room below the data, so the lowest point (often
 * the baseline) does not sit on the axis; never below zero for data that is not.
 */
function valueAxis(values: number[]): { min: number; max: number; interval: number } | null {
  const v = values.filter((x) => Number.isFinite(x));
  if (!v.length) return null;
  const lo0 = Math.min(...v);
  const hi0 = Math.max(...v);
  const span = hi0 - lo0 || Math.abs(hi0) * 0.2 || 1;
  const lo = lo0 - span * 0.15;
  const hi = hi0 + span * 0.12;
  const raw = (hi - lo) / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const interval = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  let min = Math.floor(lo / interval) * interval;
  if (lo0 >= 0) min = Math.max(0, min);
  return { min, max: Math.ceil(hi / interval) * interval, interval };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Actuals, baseline, target path, milestones, targets, projection band and benchmark, by year. */
export function IndicatorChart({ rows, unit, benchmarkName }: { rows: YearRow[]; unit: string | null; benchmarkName?: string | null }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const option = useMemo<ChartOption | null>(() => {
    if (!rows.length) return null;
    const years = rows.map((r) => String(r.year));
    const counted = rows.map((r) => (r.actualKind === 'counted' ? r.actual : null));
    // The provisional line starts at the last counted value before it, so it reads as a continuation.
    const provisional = rows.map((r, i) => {
      if (r.actualKind === 'provisional') return r.actual;
      const next = rows.slice(i + 1).find((x) => x.actual !== null);
      return r.actualKind === 'counted' && next?.actualKind === 'provisional' ? r.actual : null;
    });
    const hasProvisional = rows.some((r) => r.actualKind === 'provisional');
    const lastHorizon = [...rows].reverse().find((r) => r.onCourse !== null);
    const projColor = lastHorizon?.onCourse === false ? C.offCourse : C.onCourse;
    const hasProjection = rows.some((r) => r.projected !== null);
    const hasBand = rows.some((r) => r.bandLow !== null && r.bandHigh !== null && r.bandHigh - r.bandLow > 1e-9);
    const hasPath = rows.some((r) => r.path !== null);
    const hasMilestones = rows.some((r) => r.milestone !== null);
    const hasBenchmark = rows.some((r) => r.benchmark !== null);
    const hasRelTarget = rows.some((r) => r.relativeTarget !== null);
    const hasTarget = rows.some((r) => r.target?.value !== null && r.target?.value !== undefined);
    const L = {
      actual: t('indicators.chart.actual'),
      provisional: t('indicators.chart.provisional'),
      baseline: t('indicators.chart.baseline'),
      path: t('indicators.chart.path'),
      milestone: t('indicators.chart.milestone'),
      target: t('indicators.chart.target'),
      projected: t('indicators.chart.projected'),
      band: t('indicators.chart.band'),
      benchmark: benchmarkName ? t('indicators.chart.benchmarkNamed', { name: benchmarkName }) : t('indicators.chart.benchmark'),
      relTarget: t('indicators.chart.relativeTarget'),
    };
    const series: ChartOption['series'] = [];
    if (hasBand) {
      series.push(
        { name: L.band, type: 'line', stack: 'band', data: rows.map((r) => r.bandLow), symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: { color: projColor, opacity: 0.35 }, silent: true, tooltip: { show: false }, z: 1 },
        {
          name: L.band,
          type: 'line',
          stack: 'band',
          data: rows.map((r) => (r.bandLow !== null && r.bandHigh !== null ? r.bandHigh - r.bandLow : null)),
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: projColor, opacity: 0.14 },
          itemStyle: { color: projColor, opacity: 0.35 },
          silent: true,
          z: 1,
        },
      );
    }
    if (hasPath)
      series.push({ name: L.path, type: 'line', data: rows.map((r) => r.path), connectNulls: true, symbol: 'circle', symbolSize: 4, lineStyle: { color: C.path, type: 'dashed', width: 1.5 }, itemStyle: { color: C.path }, z: 2 });
    if (hasBenchmark)
      series.push({ name: L.benchmark, type: 'line', data: rows.map((r) => r.benchmark), connectNulls: true, symbol: 'rect', symbolSize: 6, lineStyle: { color: C.benchmark, width: 1.5 }, itemStyle: { color: C.benchmark }, z: 2 });
    if (hasRelTarget)
      series.push({ name: L.relTarget, type: 'line', data: rows.map((r) => r.relativeTarget), connectNulls: true, symbol: 'none', lineStyle: { color: C.target, type: 'dashed', width: 1.5 }, itemStyle: { color: C.target }, z: 2 });
    if (hasProjection)
      series.push({ name: L.projected, type: 'line', data: rows.map((r) => r.projected), connectNulls: true, symbol: 'none', lineStyle: { color: projColor, type: [6, 4], width: 2 }, itemStyle: { color: projColor }, z: 3 });
    series.push({
      name: L.actual,
      type: 'line',
      data: counted,
      symbol: 'circle',
      symbolSize: 8,
      lineStyle: { color: C.actual, width: 2.5 },
      itemStyle: { color: C.actual },
      label: { show: true, position: 'top', color: C.actual, fontSize: 11, formatter: (p) => f.number(p.value as number) },
      z: 5,
    });
    if (hasProvisional)
      series.push({
        name: L.provisional,
        type: 'line',
        data: provisional.map((v, i) => (rows[i].actualKind === 'provisional' ? { value: v } : { value: v, symbol: 'none' })),
        symbol: 'emptyCircle',
        symbolSize: 11,
        lineStyle: { color: C.actual, type: 'dashed', width: 2 },
        // An empty circle takes its outline from `color` and fills itself white.
        itemStyle: { color: C.actual, borderWidth: 2 },
        label: {
          show: true,
          position: 'top',
          color: C.actual,
          fontSize: 11,
          formatter: (p) => (rows[p.dataIndex].actualKind === 'provisional' ? t('indicators.chart.provisionalLabel', { value: f.number(p.value as number) }) : ''),
        },
        z: 6,
      });
    series.push({
      name: L.baseline,
      type: 'scatter',
      data: rows.map((r) => r.baseline),
      symbol: 'diamond',
      symbolSize: 13,
      itemStyle: { color: C.baseline },
      label: { show: true, position: 'bottom', color: C.baseline, fontSize: 11, formatter: () => L.baseline },
      z: 6,
    });
    if (hasMilestones) series.push({ name: L.milestone, type: 'scatter', data: rows.map((r) => r.milestone), symbol: 'triangle', symbolSize: 11, itemStyle: { color: C.milestone }, z: 6 });
    if (hasTarget) series.push({
      name: L.target,
      type: 'scatter',
      data: rows.map((r) => r.target?.value ?? null),
      symbol: 'pin',
      symbolSize: 30,
      symbolOffset: [0, '-40%'],
      itemStyle: { color: C.target },
      label: { show: true, position: 'right', color: C.target, fontWeight: 'bold', fontSize: 12, formatter: (p) => t('indicators.chart.targetLabel', { value: f.number(p.value as number) }) },
      z: 7,
    });

    return {
      grid: { left: 16, right: 96, top: 56, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemGap: 16, textStyle: { fontSize: 12 }, data: [L.actual, ...(hasProvisional ? [L.provisional] : []), L.baseline, ...(hasPath ? [L.path] : []), ...(hasMilestones ? [L.milestone] : []), ...(hasTarget ? [L.target] : []), ...(hasProjection ? [L.projected] : []), ...(hasBand ? [L.band] : []), ...(hasBenchmark ? [L.benchmark] : []), ...(hasRelTarget ? [L.relTarget] : [])] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line' },
        formatter: (ps) => {
          const list = Array.isArray(ps) ? ps : [ps];
          const r = rows[list[0]?.dataIndex ?? 0];
          if (!r) return '';
          const line = (label: string, v: number | null, color: string, extra = '') =>
            v === null ? '' : `<div style="display:flex;justify-content:space-between;gap:24px"><span><span style="display:inline-block;width:8px;height:8px;border-radius:50%;background:${color};margin-right:6px"></span>${esc(label)}${extra}</span><b>${esc(f.value(v, unit))}</b></div>`;
          return [
            `<div style="font-weight:600;margin-bottom:4px">${esc(f.period(String(r.year)))}</div>`,
            line(r.actualKind === 'provisional' ? L.provisional : L.actual, r.actual, C.actual, r.actualState && r.actualKind === 'provisional' ? `（${esc(f.state(r.actualState))}）` : ''),
            line(L.baseline, r.baseline, C.baseline),
            line(L.path, r.path, C.path),
            line(L.milestone, r.milestone, C.milestone),
            line(L.target, r.target?.value ?? null, C.target),
            r.actualKind ? '' : line(L.projected, r.projected, projColor),
            r.bandLow !== null && r.bandHigh !== null && r.bandHigh - r.bandLow > 1e-9 && !r.actualKind
              ? `<div style="color:#8c8c8c;font-size:12px">${esc(L.band)}：${esc(f.number(r.bandLow))} – ${esc(f.value(r.bandHigh, unit))}</div>`
              : '',
            line(L.benchmark, r.benchmark, C.benchmark),
            line(L.relTarget, r.relativeTarget, C.target),
          ].join('');
        },
      },
      xAxis: { type: 'category', data: years, axisTick: { alignWithLabel: true }, axisLabel: { color: '#595959' } },
      yAxis: { type: 'value', scale: true, ...valueAxis(rows.flatMap((r) => [r.actual, r.baseline, r.path, r.milestone, r.target?.value ?? null, r.projected, r.bandLow, r.bandHigh, r.benchmark, r.relativeTarget].filter((x): x is number => x !== null))), name: unit ?? '', nameTextStyle: { color: '#8c8c8c', align: 'right' }, axisLabel: { color: '#8c8c8c', formatter: (v: number) => f.number(v) }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      series,
    };
  }, [rows, unit, benchmarkName, t, f]);
  const ref = useChart(option, t('common.chartAlt', { title: t('indicators.detail.chartTitle') }));
  return <div ref={ref} className="hl-ind-chart" data-testid="indicator-chart" />;
}

/** Monthly or quarterly values as bars: counted solid, provisional hollow. */
export function PeriodChart({ observations, unit }: { observations: Observation[]; unit: string | null }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const option = useMemo<ChartOption | null>(() => {
    const list = observations.filter((o) => o.period.length > 4 && o.value !== null && o.status !== 'returned').slice(-36);
    if (!list.length) return null;
    return {
      grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, right: 0, data: [t('indicators.chart.actual'), t('indicators.chart.provisional')], textStyle: { fontSize: 12 } },
      tooltip: {
        trigger: 'axis',
        formatter: (ps) => {
          const p = (Array.isArray(ps) ? ps : [ps]).find((x) => x.value !== null && x.value !== undefined);
          if (!p) return '';
          const o = list[p.dataIndex];
          return `<b>${esc(f.period(o.period))}</b><br/>${esc(f.value(o.value, unit))}（${esc(f.state(o.status))}）`;
        },
      },
      xAxis: { type: 'category', data: list.map((o) => o.period), axisLabel: { color: '#595959' } },
      yAxis: { type: 'value', name: unit ?? '', nameTextStyle: { color: '#8c8c8c', align: 'right' }, axisLabel: { color: '#8c8c8c', formatter: (v: number) => f.number(v) }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      series: [
        { name: t('indicators.chart.actual'), type: 'bar', stack: 'v', barMaxWidth: 18, data: list.map((o) => (COUNTED.includes(o.status) ? o.value : null)), itemStyle: { color: C.actual, borderRadius: [2, 2, 0, 0] } },
        {
          name: t('indicators.chart.provisional'),
          type: 'bar',
          stack: 'v',
          barMaxWidth: 18,
          data: list.map((o) => (COUNTED.includes(o.status) ? null : o.value)),
          itemStyle: { color: 'rgba(22,89,184,0.08)', borderColor: C.actual, borderWidth: 1.5, borderType: 'dashed' },
        },
      ],
    };
  }, [observations, unit, t, f]);
  const ref = useChart(option, t('common.chartAlt', { title: `${t('indicators.detail.monthly')} / ${t('indicators.detail.quarterly')}` }));
  return <div ref={ref} className="hl-ind-chart-small" data-testid="period-chart" />;
}
