// The leaders' cockpit: one dark screen for a plan and a month, from GET /api/cockpit only.
// Readable on a 1920×1080 wall and a 1366×768 laptop (a grid in viewport units), reloads
// itself every minute, full screen for the wall, and `?print=1` is the layout the PDF prints.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { lazyComponent } from '../core/lazy';
import { createPortal } from 'react-dom';
import { Button, ConfigProvider, Space, Tooltip, theme as antdTheme, type ThemeConfig } from 'antd';
import { CompressOutlined, ExpandOutlined, FilePdfOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useRemote } from '../core/useRemote';
import { STATUS_COLORS } from '../indicators/format';
import { Sparkline } from '../indicators/parts';
import type { ChartOption } from './echarts';
import { ChartTable } from '../core/ChartTable';
// The constants from the domain, where they are defined: the contract beside them is zod (≈ 25 KB
// gzipped), which the page needs only as a type.
import { COCKPIT_REFRESH_SECONDS, TASK_PROGRESS } from '../../domain/cockpit/index';
import { NOTICE_LEVELS } from '../../domain/supervision/notice';
import type { Cockpit } from '../../contracts/cockpit';
import './cockpit.css';

interface PlanItem {
  id: string;
  code: string;
  title: string;
}

const TEXT = '#c9d6ea';
const MUTED = '#7f93b2';
const AXIS = { axisLine: { lineStyle: { color: '#34466a' } }, axisLabel: { color: MUTED, fontSize: 11 }, splitLine: { lineStyle: { color: '#1c2a47' } } };
const PROGRESS_COLORS: Record<(typeof TASK_PROGRESS)[number], string> = { done: '#52c41a', in_progress: '#1890ff', not_started: '#8c8c8c', delayed: '#fa541c', not_reported: '#3a4a6b' };
const LEVEL_COLORS = { reminder: '#fadb14', supervision: '#fa8c16', listed: '#f5222d' } as const;
const MODE_COLORS: Record<string, string> = { air: '#40a9ff', rail: '#73d13d', sea: '#36cfc9', road: '#ffc53d', river: '#9254de' };
const STATUS_ALL = { ...STATUS_COLORS, not_computed: '#595959' } as Record<string, string>;

/**
 * The tools in the header (plan picker, month, PDF, full screen) sit on the dark screen: antd's dark
 * algorithm gives them light text on a dark field (the light theme drew dark text on the dark
 * screen), with the placeholder and borders lightened to AA contrast against #0d1b36.
 */
const TOOLS_THEME: ThemeConfig = {
  algorithm: antdTheme.darkAlgorithm,
  token: { colorBgContainer: '#0d1b36', colorBgElevated: '#13254a', colorText: '#e6f0ff', colorTextPlaceholder: '#9fb3d1', colorTextQuaternary: '#9fb3d1', colorBorder: '#4a6290', colorPrimary: '#1668dc' },
};

const num = (x: number, d = 0) => x.toLocaleString('zh-CN', { maximumFractionDigits: d, minimumFractionDigits: 0 });

export default function CockpitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const print = params.get('print') === '1';
  const plans = useRemote(() => api.get<PlanItem[]>('/api/plans'));
  // Without a plan in the address the server picks the one the cockpit opens on, so the tiles are
  // asked for at once (and named in the page the server sends), not after the plans list.
  const asked = params.get('planId') ?? undefined;
  const period = params.get('period') ?? undefined;
  const data = useRemote(() => api.get<Cockpit>('/api/cockpit', { query: { planId: asked, period } }), [asked, period]);
  const planId = asked ?? data.data?.plan.id;
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  const [wall, setWall] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  // The wall screen reloads itself; the print layout is a snapshot.
  useEffect(() => {
    if (print) return;
    const id = window.setInterval(() => void data.reload().then(() => setRefreshedAt(new Date())), COCKPIT_REFRESH_SECONDS * 1000);
    return () => window.clearInterval(id);
  }, [data, print]);

  useEffect(() => {
    if (!print) return;
    document.body.classList.add('hl-cockpit-print');
    return () => document.body.classList.remove('hl-cockpit-print');
  }, [print]);

  const toggleWall = useCallback(async () => {
    if (!wall) {
      setWall(true);
      await root.current?.requestFullscreen?.().catch(() => {});
    } else {
      setWall(false);
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    }
  }, [wall]);
  useEffect(() => {
    const off = () => !document.fullscreenElement && setWall(false);
    document.addEventListener('fullscreenchange', off);
    return () => document.removeEventListener('fullscreenchange', off);
  }, []);

  const setQuery = (k: string, v: string | undefined) => setParams((p) => (v ? p.set(k, v) : p.delete(k), p));
  const c = data.data;
  const chartsLoaded = useChartsLoaded();
  const ready = !!c && !data.loading && chartsLoaded;

  const screen = (
    <div ref={root} className={`hl-cockpit${wall || print ? ' hl-cockpit--wall' : ''}${print ? ' hl-cockpit--print' : ''}`} data-testid="cockpit" data-ready={ready ? '1' : undefined}>
      <header className="hl-cockpit-head">
        <div className="hl-cockpit-title">
          <h1>{c?.plan.title ?? t('cockpit.title')}</h1>
          {c && (
            <span className="hl-cockpit-sub">
              {c.period} · {t('cockpit.asOf', { day: c.asOf })}
              {c.computedAt ? ` · ${t('cockpit.rollupAt', { time: dayjs(c.computedAt).format('MM-DD HH:mm') })}` : ''}
            </span>
          )}
        </div>
        {!print && (
          // Popups open inside the screen, so they show in full screen (the wall) too.
          <ConfigProvider theme={TOOLS_THEME} getPopupContainer={() => root.current ?? document.body}>
          <Space size={8} wrap className="hl-cockpit-tools">
            {/* The pickers (antd Select and DatePicker, ≈ 55 KB gzipped) load beside the data: the
                page's first requests do not wait for them (issue 14). */}
            <Suspense fallback={<span className="hl-cockpit-pickers-loading" />}>
              <Pickers
                plans={plans.data ?? []}
                planId={planId}
                period={c?.period}
                onPlan={(v) => setQuery('planId', v)}
                onPeriod={(v) => setQuery('period', v)}
              />
            </Suspense>
            <span className="hl-cockpit-sub">{t('cockpit.refreshed', { time: dayjs(refreshedAt).format('HH:mm:ss'), seconds: COCKPIT_REFRESH_SECONDS })}</span>
            {c && (
              <Tooltip title={t('cockpit.pdf')}>
                <Button size="small" icon={<FilePdfOutlined />} href={`/api/cockpit.pdf?planId=${c.plan.id}&period=${c.period}`} target="_blank" aria-label={t('cockpit.pdf')} />
              </Tooltip>
            )}
            <Button size="small" type="primary" icon={wall ? <CompressOutlined /> : <ExpandOutlined />} onClick={() => void toggleWall()} data-testid="cockpit-fullscreen">
              {t(wall ? 'cockpit.exitFullscreen' : 'cockpit.fullscreen')}
            </Button>
          </Space>
          </ConfigProvider>
        )}
      </header>
      {c ? <Screen c={c} go={(to) => !print && navigate(to)} /> : <div className="hl-cockpit-empty">{data.error ? String((data.error as Error).message) : '…'}</div>}
    </div>
  );
  // Full screen and print cover the whole window (outside the shell's layout).
  return wall || print ? createPortal(screen, document.body) : screen;
}

/** A tile: its title links to the module's page; `tables` are the text alternative of its chart (read, not drawn). */
function Panel({ title, area, to, go, empty, children, extra, tables, testId }: { title: string; area: string; to: string; go: (to: string) => void; empty?: string | false; children: ReactNode; extra?: ReactNode; tables?: ReactNode; testId: string }) {
  return (
    <section className="hl-cockpit-panel" style={{ gridArea: area }} data-testid={testId}>
      <h2>
        <a href={to} onClick={(e) => (e.preventDefault(), go(to))}>
          {title}
        </a>
        {extra && <span className="hl-cockpit-extra">{extra}</span>}
      </h2>
      <div className="hl-cockpit-body" onClick={() => go(to)} role="link" tabIndex={-1}>
        {empty ? <div className="hl-cockpit-none">{empty}</div> : children}
      </div>
      {/* Outside the clickable body: a screen reader reads a link's content as one phrase, not as a table. */}
      {!empty && tables}
    </section>
  );
}

// ECharts (≈ 190 KB gzipped) downloads beside the cockpit's data rather than before it: the page's
// own chunk is small, so /api/plans and /api/cockpit start at once, and the charts draw when both
// are in (issue 14: interactive within 1.5 s). Started when this chunk runs, so it is under way
// while the page renders its first frame; once in, a chart renders at once, not behind a
// Suspense fallback (core/lazy.ts).
const LazyChart = lazyComponent(() => import('./Chart'));
const chartModule = LazyChart.preload();
const Pickers = lazyComponent(() => import('./Pickers'));

/** Whether ECharts is in: the page is not `data-ready` (what the PDF and the tests wait for) before its charts can draw. */
function useChartsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void chartModule.then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

function Chart({ option, label }: { option: ChartOption | null; label: string }) {
  const { t } = useTranslation();
  // The canvas is named and points to the table that follows it in the tile (ChartTable).
  return (
    <Suspense fallback={<div className="hl-cockpit-chart" />}>
      <LazyChart option={option} label={t('common.chartAlt', { title: label })} />
    </Suspense>
  );
}

function Screen({ c, go }: { c: Cockpit; go: (to: string) => void }) {
  const { t } = useTranslation();
  const none = (key: string) => t('cockpit.noModule', { module: t(key) });
  const ind = c.indicators;
  const cor = c.corridor;

  const tasks: ChartOption | null = useMemo(() => {
    const g = c.tasks.groups;
    if (!g.length) return null;
    return {
      grid: { left: 8, right: 36, top: 18, bottom: 0, containLabel: true },
      legend: { top: 0, textStyle: { color: MUTED, fontSize: 10 }, itemWidth: 10, itemHeight: 6, itemGap: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, splitNumber: 4, ...AXIS, axisLabel: { ...AXIS.axisLabel, fontSize: 9 } },
      // Every group named (interval 0: ECharts would skip every other label on a laptop's short tile), cut to the width.
      yAxis: { type: 'category', inverse: true, data: g.map((x) => `${x.number ?? ''}${x.title}`), ...AXIS, axisLabel: { color: TEXT, fontSize: 10, interval: 0, width: 140, overflow: 'truncate', lineHeight: 11 } },
      series: TASK_PROGRESS.map((p) => ({
        type: 'bar' as const,
        stack: 'p',
        name: t(`cockpit.progress.${p}`),
        itemStyle: { color: PROGRESS_COLORS[p] },
        data: g.map((x) => x.byProgress[p]),
        label: p === 'not_reported' ? { show: true, position: 'right' as const, color: '#ff7a45', formatter: (v: { dataIndex: number }) => (g[v.dataIndex].milestones.overdue ? `⚑${g[v.dataIndex].milestones.overdue}` : '') } : undefined,
      })),
    };
  }, [c, t]);

  const punctuality: ChartOption | null = useMemo(() => {
    const list = c.units.punctuality.filter((u) => u.rate !== null).slice(0, 12);
    if (!list.length) return null;
    return {
      grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', max: 100, ...AXIS },
      yAxis: { type: 'category', inverse: true, data: list.map((u) => u.unitName), ...AXIS, axisLabel: { color: TEXT, fontSize: 11 } },
      series: [
        {
          type: 'bar',
          data: list.map((u) => ({ value: u.rate!, itemStyle: { color: u.rate! >= 90 ? '#52c41a' : u.rate! >= 80 ? '#faad14' : '#f5222d' } })),
          label: { show: true, position: 'right', color: TEXT, formatter: '{c}%' },
          barMaxWidth: 14,
        },
      ],
    };
  }, [c]);

  const notices: ChartOption | null = useMemo(() => {
    const list = c.notices.byUnit.filter((u) => u.open > 0).slice(0, 8);
    if (!list.length) return null;
    return {
      grid: { left: 8, right: 24, top: 22, bottom: 4, containLabel: true },
      legend: { top: 0, textStyle: { color: MUTED, fontSize: 11 }, itemWidth: 10, itemHeight: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, ...AXIS },
      yAxis: { type: 'category', inverse: true, data: list.map((u) => `${u.unitName}${u.overdue ? `（${t('cockpit.overdue')}${u.overdue}）` : ''}`), ...AXIS, axisLabel: { color: TEXT, fontSize: 11 } },
      series: NOTICE_LEVELS.map((l) => ({ type: 'bar' as const, stack: 'l', name: t(`cockpit.level.${l}`), itemStyle: { color: LEVEL_COLORS[l] }, data: list.map((u) => u.byLevel[l]), barMaxWidth: 14 })),
    };
  }, [c, t]);

  const volume: ChartOption | null = useMemo(() => {
    if (!cor.available) return null;
    const value = cor.months.map((m) => cor.series.filter((s) => s.month === m).reduce((a, s) => a + s.valueCny, 0) / 1e8);
    return {
      grid: { left: 8, right: 8, top: 26, bottom: 4, containLabel: true },
      legend: { top: 0, textStyle: { color: MUTED, fontSize: 11 }, itemWidth: 10, itemHeight: 8 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: cor.months.map((m) => m.slice(2)), ...AXIS },
      yAxis: [
        // Three steps: on a laptop the tile is short and more labels overlap.
        { type: 'value', name: t('cockpit.tonnes'), nameTextStyle: { color: MUTED }, splitNumber: 3, ...AXIS },
        // No name on the right axis: the legend's line entry already says 货值（亿元）, and the name
        // sat on the legend's row, reading 货值（亿元）货值（亿元）.
        { type: 'value', splitNumber: 3, ...AXIS, splitLine: { show: false } },
      ],
      series: [
        ...cor.modes.map((mode) => ({
          type: 'bar' as const,
          stack: 't',
          name: t(`cockpit.mode.${mode}`, { defaultValue: mode }),
          itemStyle: { color: MODE_COLORS[mode] ?? '#adc6ff' },
          data: cor.months.map((m) => cor.series.find((s) => s.month === m && s.mode === mode)?.tonnes ?? 0),
        })),
        { type: 'line' as const, name: t('cockpit.valueYi'), yAxisIndex: 1, data: value.map((v) => Math.round(v * 100) / 100), itemStyle: { color: '#ff85c0' }, symbolSize: 4 },
      ],
    };
  }, [cor, t]);

  const clearance: ChartOption | null = useMemo(() => {
    const s = cor.clearance.series;
    if (!s.some((x) => x.count > 0)) return null;
    return {
      grid: { left: 8, right: 16, top: 26, bottom: 4, containLabel: true },
      legend: { top: 0, textStyle: { color: MUTED, fontSize: 11 }, itemWidth: 10, itemHeight: 8 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: s.map((m) => m.month.slice(2)), ...AXIS },
      yAxis: { type: 'value', name: 'min', nameTextStyle: { color: MUTED }, ...AXIS, max: (v: { max: number }) => Math.max(80, Math.ceil(v.max / 10) * 10) },
      series: [
        { type: 'line', name: t('cockpit.median'), data: s.map((m) => m.medianMinutes), itemStyle: { color: '#69c0ff' }, symbolSize: 4, connectNulls: false },
        {
          type: 'line',
          name: t('cockpit.p90'),
          data: s.map((m) => m.p90Minutes),
          itemStyle: { color: '#ffc069' },
          symbolSize: 4,
          markLine: { symbol: 'none', data: [{ yAxis: cor.clearance.standardMinutes }], lineStyle: { type: 'dashed', color: '#ff4d4f' }, label: { color: '#ff7875', formatter: t('cockpit.standard'), position: 'insideEndTop' } },
        },
      ],
    };
  }, [cor, t]);

  const map: ChartOption | null = useMemo(() => {
    const nodes = cor.network.nodes;
    if (!nodes.length) return null;
    const by = new Map(nodes.map((n) => [n.id, n]));
    const maxT = Math.max(1, ...nodes.map((n) => n.tonnes));
    const maxL = Math.max(1, ...cor.network.links.map((l) => l.tonnes));
    const lons = nodes.map((n) => n.lon);
    const lats = nodes.map((n) => n.lat);
    return {
      grid: { left: 36, right: 12, top: 8, bottom: 24 },
      tooltip: { trigger: 'item' },
      // Plain lon/lat axes, no tile server: the map is the app's own data.
      xAxis: { type: 'value', min: Math.floor(Math.min(...lons) - 3), max: Math.ceil(Math.max(...lons) + 3), ...AXIS, axisLabel: { color: MUTED, fontSize: 10, formatter: '{value}°E' } },
      yAxis: { type: 'value', min: Math.floor(Math.min(...lats) - 2), max: Math.ceil(Math.max(...lats) + 3), ...AXIS, axisLabel: { color: MUTED, fontSize: 10, formatter: '{value}°N' } },
      series: [
        {
          type: 'lines',
          coordinateSystem: 'cartesian2d',
          polyline: false,
          zlevel: 1,
          data: cor.network.links.map((l) => ({
            coords: [
              [by.get(l.from)!.lon, by.get(l.from)!.lat],
              [by.get(l.to)!.lon, by.get(l.to)!.lat],
            ],
            lineStyle: { color: MODE_COLORS[l.mode] ?? '#adc6ff', width: 1 + (5 * l.tonnes) / maxL, opacity: 0.85, curveness: 0.15 },
            name: `${by.get(l.from)!.name} → ${by.get(l.to)!.name} · ${t(`cockpit.mode.${l.mode}`, { defaultValue: l.mode })} · ${num(l.tonnes)} ${t('cockpit.tonnes')}`,
          })),
          effect: { show: true, period: 5, trailLength: 0.2, symbolSize: 4 },
        },
        {
          type: 'effectScatter',
          data: nodes.map((n) => ({
            value: [n.lon, n.lat],
            name: `${n.name} · ${num(n.tonnes)} ${t('cockpit.tonnes')}`,
            symbolSize: 6 + (14 * n.tonnes) / maxT,
            itemStyle: { color: n.kind === 'overseas_port' ? '#ffd666' : '#5cdbd3' },
            label: { show: true, formatter: n.name, color: TEXT, fontSize: 11, position: n.code === 'GULU' ? 'top' : n.code === 'LUOQI' ? 'right' : n.code === 'CKG-AIRPORT' ? 'left' : 'right' },
          })),
          rippleEffect: { scale: 2.5, brushType: 'stroke' },
          zlevel: 2,
        },
      ],
    };
  }, [cor, t]);

  // Each chart's figures as a table (WCAG 1.1.1): the same categories and values the chart draws.
  const T = (k: string) => t(`cockpit.table.${k}`);
  const modeName = (m: string) => t(`cockpit.mode.${m}`, { defaultValue: m });
  const nodeName = new Map(cor.network.nodes.map((n) => [n.id, n.name]));
  const minutes = (v: number | null) => (v === null ? '—' : num(v, 1));
  const tables = {
    tasks: (
      <ChartTable testId="table-tasks" caption={t('cockpit.tasks')} columns={[T('group'), ...TASK_PROGRESS.map((p) => t(`cockpit.progress.${p}`)), T('overdueMilestones')]}
        rows={c.tasks.groups.map((g) => [`${g.number ?? ''}${g.title}`, ...TASK_PROGRESS.map((p) => g.byProgress[p]), g.milestones.overdue])} />
    ),
    network: (
      <>
        <ChartTable testId="table-network-nodes" caption={`${t('cockpit.network')} · ${T('nodes')}`} columns={[T('node'), `${T('freight')}（${t('cockpit.tonnes')}）`]}
          rows={cor.network.nodes.map((n) => [n.name, num(n.tonnes)])} />
        <ChartTable testId="table-network-links" caption={`${t('cockpit.network')} · ${T('links')}`} columns={[T('link'), T('mode'), `${T('freight')}（${t('cockpit.tonnes')}）`]}
          rows={cor.network.links.map((l) => [`${nodeName.get(l.from) ?? l.from} → ${nodeName.get(l.to) ?? l.to}`, modeName(l.mode), num(l.tonnes)])} />
      </>
    ),
    corridor: (
      <ChartTable testId="table-corridor" caption={t('cockpit.corridor')} columns={[T('month'), ...cor.modes.map((m) => `${modeName(m)}（${t('cockpit.tonnes')}）`), t('cockpit.valueYi')]}
        rows={cor.months.map((m) => {
          const rows = cor.series.filter((s) => s.month === m);
          return [m, ...cor.modes.map((mode) => num(rows.find((s) => s.mode === mode)?.tonnes ?? 0)), num(rows.reduce((a, s) => a + s.valueCny, 0) / 1e8, 2)];
        })} />
    ),
    clearance: (
      <ChartTable testId="table-clearance" caption={t('cockpit.clearance')} columns={[T('month'), `${t('cockpit.median')}（${T('minutes')}）`, `${t('cockpit.p90')}（${T('minutes')}）`, T('count')]}
        rows={cor.clearance.series.map((m) => [m.month, minutes(m.medianMinutes), minutes(m.p90Minutes), m.count])} />
    ),
    units: (
      <ChartTable testId="table-units" caption={t('cockpit.units')} columns={[T('unit'), T('rate'), T('due'), T('onTime'), T('late')]}
        rows={c.units.punctuality.map((u) => [u.unitName, u.rate === null ? '—' : `${num(u.rate, 1)}%`, u.due, u.onTime, u.late])} />
    ),
    notices: (
      <ChartTable testId="table-notices" caption={t('cockpit.notices')} columns={[T('unit'), ...NOTICE_LEVELS.map((l) => t(`cockpit.level.${l}`)), t('cockpit.overdue')]}
        rows={c.notices.byUnit.filter((u) => u.open > 0).map((u) => [u.unitName, ...NOTICE_LEVELS.map((l) => u.byLevel[l]), u.overdue])} />
    ),
  };

  return (
    <div className="hl-cockpit-grid">
      <Panel title={t('cockpit.indicators')} area="ind" to="/indicators/overview" go={go} empty={!ind.tiles.length && none('cockpit.indicators')} testId="tile-indicators"
        extra={Object.entries(ind.counts).filter(([, n]) => n > 0).map(([s, n]) => (
          <span key={s} className="hl-cockpit-dot" style={{ color: STATUS_ALL[s] }}>● {t(`cockpit.status.${s}`)} {n}</span>
        ))}>
        <div className="hl-cockpit-tiles">
          {ind.tiles.map((x) => (
            <a key={x.id} className="hl-cockpit-tile" style={{ borderLeftColor: STATUS_ALL[x.status] }} href={`/indicators/overview?indicator=${x.id}`}
              onClick={(e) => (e.preventDefault(), e.stopPropagation(), go(`/indicators/overview?indicator=${x.id}`))} data-testid="indicator-tile">
              <div className="hl-cockpit-tile-name" title={x.name}>{x.name}</div>
              <div className="hl-cockpit-tile-row">
                <span className="hl-cockpit-tile-value">{x.latest ? num(x.latest.value, 2) : '—'}</span>
                <span className="hl-cockpit-tile-unit">{x.unit}</span>
                <Sparkline values={x.sparkline} color={STATUS_ALL[x.status]} width={64} height={20} />
              </div>
              <div className="hl-cockpit-tile-meta">
                <span style={{ color: STATUS_ALL[x.status] }}>{t(`cockpit.status.${x.status}`)}</span>
                {x.target && <span>{t('cockpit.target')} {x.target.year}: {x.target.value === null ? '—' : num(x.target.value, 2)}</span>}
                {x.distanceCovered !== null && <span>{Math.round(x.distanceCovered)}%</span>}
              </div>
            </a>
          ))}
        </div>
      </Panel>
      <Panel title={t('cockpit.tasks')} area="tasks" to="/delivery/tasks" go={go} empty={!c.tasks.available && none('cockpit.tasks')} testId="tile-tasks" tables={tables.tasks}
        extra={t('cockpit.overdueMilestones', { n: c.tasks.groups.reduce((a, g) => a + g.milestones.overdue, 0) })}>
        <Chart option={tasks} label={t('cockpit.tasks')} />
      </Panel>
      <Panel title={t('cockpit.network')} area="map" to="/corridor/routes" go={go} empty={!cor.network.nodes.length && none('cockpit.network')} testId="tile-network" tables={tables.network}
        extra={cor.available ? t('cockpit.window', { from: cor.months[0], to: cor.months[cor.months.length - 1] }) : undefined}>
        <Chart option={map} label={t('cockpit.network')} />
      </Panel>
      <Panel title={t('cockpit.corridor')} area="vol" to="/corridor/figures" go={go} empty={!cor.available && none('cockpit.corridor')} testId="tile-corridor" tables={tables.corridor}
        extra={`${num(cor.total.tonnes)} ${t('cockpit.tonnes')} · ${num(cor.total.valueCny / 1e8, 2)} ${t('cockpit.yuan100m')}`}>
        <Chart option={volume} label={t('cockpit.corridor')} />
      </Panel>
      <Panel title={t('cockpit.clearance')} area="clr" to="/corridor/ledger?freshClearance=1" go={go} empty={!cor.clearance.count && none('cockpit.clearance')} testId="tile-clearance" tables={tables.clearance}
        extra={cor.clearance.shareWithin60 !== null ? t('cockpit.within60', { share: `${(cor.clearance.shareWithin60 * 100).toFixed(1)}%` }) : undefined}>
        <Chart option={clearance} label={t('cockpit.clearance')} />
      </Panel>
      <Panel title={t('cockpit.units')} area="units" to="/delivery/units" go={go} empty={!c.units.available && none('cockpit.units')} testId="tile-units" tables={tables.units}>
        <Chart option={punctuality} label={t('cockpit.units')} />
      </Panel>
      <Panel title={t('cockpit.notices')} area="notices" to="/supervision/board" go={go} empty={!c.notices.available && none('cockpit.notices')} testId="tile-notices" tables={notices ? tables.notices : undefined}
        extra={`${t('cockpit.open')} ${c.notices.total.open} · ${t('cockpit.overdue')} ${c.notices.total.overdue}`}>
        {notices ? <Chart option={notices} label={t('cockpit.notices')} /> : <div className="hl-cockpit-none">{t('cockpit.open')} 0</div>}
      </Panel>
      <Panel title={t('cockpit.rcep')} area="rcep" to="/corridor/routes" go={go} empty={!cor.rcep.available && none('cockpit.rcep')} testId="tile-rcep">
        <div className="hl-cockpit-rcep">
          <div className="hl-cockpit-rcep-big">
            {cor.rcep.count}<small>/{cor.rcep.total}</small>
          </div>
          <div>
            <div className="hl-cockpit-chips">
              {cor.rcep.covered.map((m) => (
                <span key={m.code} className="hl-cockpit-chip">{m.zh}</span>
              ))}
            </div>
            <div className="hl-cockpit-missing" data-testid="rcep-missing">
              {cor.rcep.missing.length ? t('cockpit.missing', { names: cor.rcep.missing.map((m) => m.zh).join(t('common.listSep')) }) : t('cockpit.allCovered')}
            </div>
          </div>
        </div>
      </Panel>
    </div>
  );
}
