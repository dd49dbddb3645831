// The cockpit's figures, from roll-up rows only (indicator_status.summary, corridor_monthly,
// corridor_clearance_monthly, cockpit_rollup). Pure, so the server, the PDF and the tests
// compute every number the same way.
import type { StatusSummary } from '../progress/summary';
import { CLEARANCE_STANDARD_MINUTES, rcepCoverage, round, type Coverage, type RouteInput } from '../corridor/figures';
import { noticeBoard, punctualityRate, type BoardNotice, type NoticeCounts } from '../delivery/board';
import { NOTICE_LEVELS, type NoticeLevel } from '../supervision/notice';
import { PROGRESS } from '../delivery/states';

export { CLEARANCE_STANDARD_MINUTES };

// ───────────── periods ─────────────

/** Cockpit periods are months (2026-10): the reporting cycles and the corridor roll-up are monthly. */
export const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Last day of a month, YYYY-MM-DD. */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** The day figures are taken on: the period's last day, or today when the period is still running. */
export const asOfDay = (period: string, today: string) => (periodEnd(period) < today ? periodEnd(period) : today);

/** The `months` months ending with `period`, oldest first. */
export function monthsUpTo(period: string, months: number): string[] {
  const [y, m] = period.split('-').map(Number);
  const out: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const t = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

// ───────────── indicators ─────────────

export const INDICATOR_STATUSES = ['achieved', 'on_track', 'moderate', 'off_track', 'deteriorating', 'insufficient_data', 'target_pending'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  unit: string | null;
  zoneName: string | null;
  /** zone level, so the plan-wide (city, then district) row is the one shown */
  zoneLevel: string | null;
  position: number;
  summary: StatusSummary | null;
}
export interface IndicatorTile {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  unit: string | null;
  zoneName: string | null;
  status: IndicatorStatus | 'not_computed';
  latest: { period: string; value: number } | null;
  target: { year: number; value: number | null } | null;
  distanceCovered: number | null;
  sparkline: number[];
}
const ZONE_RANK: Record<string, number> = { city: 0, district: 1, functional_area: 2 };

/** One tile per indicator (its widest zone), in plan order, and how many tiles have each status. */
export function indicatorTiles(rows: readonly IndicatorRow[]) {
  const best = new Map<string, IndicatorRow>();
  for (const r of rows) {
    const b = best.get(r.id);
    const rank = (x: IndicatorRow) => (x.summary ? 0 : 10) + (ZONE_RANK[x.zoneLevel ?? ''] ?? 5);
    if (!b || rank(r) < rank(b) || (rank(r) === rank(b) && (r.zoneName ?? '') < (b.zoneName ?? ''))) best.set(r.id, r);
  }
  const tiles: IndicatorTile[] = [...best.values()]
    .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))
    .map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      nameEn: r.nameEn,
      unit: r.unit,
      zoneName: r.zoneName,
      status: r.summary ? (r.summary.status as IndicatorStatus) : 'not_computed',
      latest: r.summary?.latest ?? null,
      target: r.summary?.target ? { year: r.summary.target.year, value: r.summary.target.value ?? null } : null,
      distanceCovered: r.summary?.distanceCovered ?? null,
      sparkline: r.summary?.sparkline ?? [],
    }));
  const counts = Object.fromEntries([...INDICATOR_STATUSES, 'not_computed'].map((s) => [s, 0])) as Record<IndicatorTile['status'], number>;
  for (const t of tiles) counts[t.status]++;
  return { tiles, counts };
}

// ───────────── tasks by group ─────────────

/** How often the cockpit screen reloads itself. */
export const COCKPIT_REFRESH_SECONDS = 60;
export const TASK_PROGRESS = [...PROGRESS, 'not_reported'] as const;
export type TaskProgress = (typeof TASK_PROGRESS)[number];

/** What the roll-up keeps per plan and period (cockpit_rollup.data). */
export interface RollupData {
  /** tasks per section and the progress of their lead report in the period */
  tasks: { sectionRef: string | null; progress: TaskProgress; n: number }[];
  /** milestones per section: all, and those past due and not done at the period's end */
  milestones: { sectionRef: string | null; total: number; overdue: number }[];
  /** reports of the period per unit: due (handed in, or past due), and late among them */
  reports: { unitId: string; unitName: string; due: number; late: number }[];
  /** notices on the plan's tasks and indicators that existed at the period's end */
  notices: (BoardNotice & { n: number })[];
}
export interface Section {
  ref: string;
  number: string | null;
  title: string;
}
export interface TaskGroup {
  ref: string;
  number: string | null;
  title: string;
  total: number;
  byProgress: Record<TaskProgress, number>;
  milestones: { total: number; overdue: number };
}

/**
 * The task groups: a task belongs to the second-level section it sits in (二/（一） … 二/（五）
 * in seed 000, the five groups of 重点任务); a task filed under a first-level section only
 * (safeguards, measures) counts in that section. Sections with no task are left out.
 */
export function groupOf(sectionRef: string | null): string {
  if (!sectionRef) return '';
  return sectionRef.split('/').slice(0, 2).join('/');
}
export function taskGroups(sections: readonly Section[], data: Pick<RollupData, 'tasks' | 'milestones'>): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  const get = (ref: string) => {
    let g = groups.get(ref);
    if (!g) {
      const s = sections.find((x) => x.ref === ref);
      g = {
        ref,
        number: s?.number ?? null,
        title: s?.title ?? (ref ? ref : '未归组'),
        total: 0,
        byProgress: Object.fromEntries(TASK_PROGRESS.map((p) => [p, 0])) as Record<TaskProgress, number>,
        milestones: { total: 0, overdue: 0 },
      };
      groups.set(ref, g);
    }
    return g;
  };
  for (const t of data.tasks) {
    const g = get(groupOf(t.sectionRef));
    g.total += t.n;
    g.byProgress[t.progress] += t.n;
  }
  for (const m of data.milestones) {
    const g = get(groupOf(m.sectionRef));
    g.milestones.total += m.total;
    g.milestones.overdue += m.overdue;
  }
  const order = (ref: string) => {
    const i = sections.findIndex((s) => s.ref === ref);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()].filter((g) => g.total > 0 || g.milestones.total > 0).sort((a, b) => order(a.ref) - order(b.ref) || a.ref.localeCompare(b.ref));
}

// ───────────── units ─────────────

export interface PunctualityRow {
  unitId: string;
  unitName: string;
  due: number;
  onTime: number;
  late: number;
  /** whole percent, null when nothing was due */
  rate: number | null;
}

/** Year-to-date punctuality per unit (the periods given), best first; units with nothing due last. */
export function punctualityRanking(periods: readonly Pick<RollupData, 'reports'>[]): PunctualityRow[] {
  const by = new Map<string, PunctualityRow>();
  for (const p of periods)
    for (const r of p.reports) {
      const u = by.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, due: 0, onTime: 0, late: 0, rate: null };
      u.due += r.due;
      u.late += r.late;
      u.onTime = u.due - u.late;
      by.set(r.unitId, u);
    }
  const list = [...by.values()].map((u) => ({ ...u, rate: punctualityRate(u.due, u.onTime) }));
  return list.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.due - a.due || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

export interface NoticeUnitRow extends NoticeCounts {
  unitId: string;
  unitName: string;
  /** open notices by level */
  byLevel: Record<NoticeLevel, number>;
}

/** Open and overdue notices by unit and level, on a day (overdue: open and past due). */
export function noticeFigures(notices: readonly (BoardNotice & { n?: number })[], day: string) {
  const expanded: BoardNotice[] = notices.flatMap((n) => Array.from({ length: n.n ?? 1 }, () => n));
  const board = noticeBoard(expanded, day);
  const byUnit: NoticeUnitRow[] = board.byUnit.map((u) => {
    const byLevel = Object.fromEntries(NOTICE_LEVELS.map((l) => [l, 0])) as Record<NoticeLevel, number>;
    for (const n of expanded) if (n.unitId === u.unitId && n.status !== 'closed') byLevel[n.level]++;
    return { ...u, byLevel };
  });
  return { total: board.total, byLevel: board.byLevel, byUnit };
}

// ───────────── corridor ─────────────

export interface CorridorMonthRow {
  month: string;
  nodeId: string;
  mode: string; // leg chain, e.g. rail>sea
  shipments: number;
  tonnes: number;
  teu: number;
  valueCny: number;
}
export interface ClearanceRow {
  month: string;
  count: number;
  medianMinutes: number;
  p90Minutes: number;
  within60: number;
}

/** A leg chain counts under its first leg, the mode freight leaves or reaches Chongqing by. */
export const primaryMode = (chain: string) => chain.split('>')[0];

export interface ModeMonth {
  month: string;
  mode: string;
  shipments: number;
  tonnes: number;
  teu: number;
  valueCny: number;
}

/** Volume and value per month and first-leg mode, for the months given (missing months count 0). */
export function corridorByModeMonth(rows: readonly CorridorMonthRow[], months: readonly string[]) {
  const modes = [...new Set(rows.map((r) => primaryMode(r.mode)))].sort();
  const key = (m: string, mode: string) => `${m}|${mode}`;
  const acc = new Map<string, ModeMonth>();
  for (const m of months) for (const mode of modes) acc.set(key(m, mode), { month: m, mode, shipments: 0, tonnes: 0, teu: 0, valueCny: 0 });
  for (const r of rows) {
    const a = acc.get(key(r.month, primaryMode(r.mode)));
    if (!a) continue;
    a.shipments += r.shipments;
    a.tonnes += r.tonnes;
    a.teu += r.teu;
    a.valueCny += r.valueCny;
  }
  const series = [...acc.values()].map((a) => ({ ...a, tonnes: round(a.tonnes, 3), teu: round(a.teu, 2), valueCny: round(a.valueCny, 2) }));
  const total = series.reduce((t, s) => ({ shipments: t.shipments + s.shipments, tonnes: t.tonnes + s.tonnes, valueCny: t.valueCny + s.valueCny }), { shipments: 0, tonnes: 0, valueCny: 0 });
  return { months: [...months], modes, series, total: { shipments: total.shipments, tonnes: round(total.tonnes, 3), valueCny: round(total.valueCny, 2) } };
}

/** Fresh-goods clearance per month against the 60-minute line; months without fresh imports are null. */
export function clearanceSeries(rows: readonly ClearanceRow[], months: readonly string[]) {
  const by = new Map(rows.map((r) => [r.month, r]));
  const series = months.map((m) => {
    const r = by.get(m);
    return r && r.count > 0
      ? { month: m, count: r.count, medianMinutes: round(r.medianMinutes, 2), p90Minutes: round(r.p90Minutes, 2), shareWithin60: round(r.within60 / r.count, 4) }
      : { month: m, count: 0, medianMinutes: null, p90Minutes: null, shareWithin60: null };
  });
  const latest = [...series].reverse().find((s) => s.count > 0) ?? null;
  const count = rows.filter((r) => months.includes(r.month)).reduce((a, r) => a + r.count, 0);
  const within = rows.filter((r) => months.includes(r.month)).reduce((a, r) => a + r.within60, 0);
  return { standardMinutes: CLEARANCE_STANDARD_MINUTES, series, latest, shareWithin60: count ? round(within / count, 4) : null, count };
}

/** RCEP coverage on a day, the missing members named in Chinese. */
export const rcep = (routes: readonly RouteInput[], asOf: string): Coverage => rcepCoverage(routes, asOf);

export interface NodeRow {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  kind: string;
  lat: number | null;
  lon: number | null;
}
export interface LinkRow {
  fromNodeId: string;
  toNodeId: string;
  mode: string;
}

/**
 * The network map: nodes with their freight in the window, links with a flow. A link carries
 * the freight counted at either of its end nodes whose leg chain uses the link's mode (the
 * ledger records the node a consignment passed and its chain, not each leg).
 */
export function network(nodes: readonly NodeRow[], links: readonly LinkRow[], rows: readonly CorridorMonthRow[]) {
  const at = new Map<string, { shipments: number; tonnes: number; valueCny: number }>();
  for (const r of rows) {
    const a = at.get(r.nodeId) ?? { shipments: 0, tonnes: 0, valueCny: 0 };
    a.shipments += r.shipments;
    a.tonnes += r.tonnes;
    a.valueCny += r.valueCny;
    at.set(r.nodeId, a);
  }
  const placed = nodes.filter((n) => n.lat !== null && n.lon !== null);
  const ids = new Set(placed.map((n) => n.id));
  return {
    nodes: placed.map((n) => {
      const a = at.get(n.id) ?? { shipments: 0, tonnes: 0, valueCny: 0 };
      return { id: n.id, code: n.code, name: n.name, nameEn: n.nameEn, kind: n.kind, lat: n.lat!, lon: n.lon!, shipments: a.shipments, tonnes: round(a.tonnes, 3), valueCny: round(a.valueCny, 2) };
    }),
    links: links
      .filter((l) => ids.has(l.fromNodeId) && ids.has(l.toNodeId))
      .map((l) => {
        let shipments = 0;
        let tonnes = 0;
        for (const r of rows) if ((r.nodeId === l.fromNodeId || r.nodeId === l.toNodeId) && r.mode.split('>').includes(l.mode)) {
          shipments += r.shipments;
          tonnes += r.tonnes;
        }
        return { from: l.fromNodeId, to: l.toNodeId, mode: l.mode, shipments, tonnes: round(tonnes, 3) };
      }),
  };
}

// ───────────── the whole screen ─────────────

export interface CockpitInput {
  plan: { id: string; code: string; title: string };
  period: string;
  today: string;
  indicators: readonly IndicatorRow[];
  sections: readonly Section[];
  /** roll-up rows of the plan for the periods of the period's year up to it; `current` is the period's own */
  rollups: readonly { period: string; data: RollupData; computedAt: string }[];
  corridor: {
    /** the months shown, ending with the period or the ledger's last month before it */
    months: readonly string[];
    rows: readonly CorridorMonthRow[];
    clearance: readonly ClearanceRow[];
    routes: readonly RouteInput[];
    nodes: readonly NodeRow[];
    links: readonly LinkRow[];
  };
}

/** Everything the cockpit shows; a module with no data says so through `available: false`. */
export function assembleCockpit(i: CockpitInput) {
  const asOf = asOfDay(i.period, i.today);
  const current = i.rollups.find((r) => r.period === i.period) ?? null;
  const year = i.period.slice(0, 4);
  const ytd = i.rollups.filter((r) => r.period.startsWith(year) && r.period <= i.period);
  const ind = indicatorTiles(i.indicators);
  const groups = taskGroups(i.sections, current?.data ?? { tasks: [], milestones: [] });
  const punctuality = punctualityRanking(ytd.map((r) => r.data));
  const notices = noticeFigures(current?.data.notices ?? [], asOf);
  const figures = corridorByModeMonth(i.corridor.rows, i.corridor.months);
  const coverage = rcep(i.corridor.routes, asOf);
  return {
    plan: i.plan,
    period: i.period,
    asOf,
    computedAt: i.rollups.length ? i.rollups.map((r) => r.computedAt).sort()[0] : null,
    indicators: { available: ind.tiles.some((t) => t.status !== 'not_computed'), counts: ind.counts, tiles: ind.tiles },
    tasks: { available: groups.some((g) => g.total > 0), groups },
    units: { available: punctuality.some((p) => p.due > 0), punctuality },
    notices: { available: notices.total.open + notices.total.closed > 0, ...notices },
    corridor: {
      available: i.corridor.rows.length > 0,
      ...figures,
      clearance: clearanceSeries(i.corridor.clearance, i.corridor.months),
      rcep: { available: i.corridor.routes.length > 0, ...coverage },
      network: network(i.corridor.nodes, i.corridor.links, i.corridor.rows),
    },
  };
}
