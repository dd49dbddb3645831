// Alerts are computed, never typed: pure rules over milestones, reports and indicator statuses,
// with a fixed "today" so the same inputs always give the same alerts. Thresholds are data
// (the office edits them; defaults below, documented in docs/delivery.md).
import { daysBetween, periodStart } from '../calendar/workdays';
import { comparePeriods, parsePeriod } from '../calendar/period';
import { reportHandedIn, type ReportState } from '../delivery/states';

export const ALERT_KINDS = ['milestone_overdue', 'report_late', 'task_stalled', 'indicator_off_track', 'indicator_deteriorating'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_LEVELS = ['yellow', 'red'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];
export const ALERT_LEVEL_ZH: Record<AlertLevel, string> = { yellow: '黄灯', red: '红灯' };

export interface AlertRules {
  milestone_overdue: { enabled: boolean; redAfterDays: number };
  report_late: { enabled: boolean; redAfterDays: number };
  /** Yellow when the latest report says 滞后 or `stalledCycles` reports in a row show no progress; red at `redCycles`. */
  task_stalled: { enabled: boolean; stalledCycles: number; redCycles: number };
  indicator_off_track: { enabled: boolean; redAfterDays: number };
  indicator_deteriorating: { enabled: boolean; redAfterDays: number };
}

export const DEFAULT_ALERT_RULES: AlertRules = {
  milestone_overdue: { enabled: true, redAfterDays: 30 },
  report_late: { enabled: true, redAfterDays: 10 },
  task_stalled: { enabled: true, stalledCycles: 2, redCycles: 3 },
  indicator_off_track: { enabled: true, redAfterDays: 90 },
  indicator_deteriorating: { enabled: true, redAfterDays: 30 },
};

export interface MilestoneInput {
  id: string;
  taskId: string | null;
  unitId: string | null;
  dueDate: string;
  deliverable: string;
  done: boolean;
}
export interface ReportDueInput {
  id: string;
  taskId: string;
  unitId: string;
  period: string;
  dueOn: string;
  /** draft | returned | submitted | approved | accepted */
  status: string;
}
export interface TaskReportInput {
  period: string;
  progress: 'not_started' | 'in_progress' | 'done' | 'delayed';
  percentDone: number | null;
}
export interface TaskHistoryInput {
  taskId: string;
  unitId: string;
  title: string;
  /** Handed-in reports of the lead unit, any order. */
  reports: TaskReportInput[];
}
export interface IndicatorInput {
  indicatorId: string;
  zoneId: string;
  unitId: string | null;
  name: string;
  status: string;
}

export interface AlertInputs {
  milestones: MilestoneInput[];
  reports: ReportDueInput[];
  tasks: TaskHistoryInput[];
  indicators: IndicatorInput[];
  /** When each still-open alert was first raised (by key), for rules that turn red by persistence. */
  openSince: ReadonlyMap<string, string>;
}

export interface ComputedAlert {
  key: string;
  kind: AlertKind;
  level: AlertLevel;
  entity: 'milestone' | 'report' | 'task' | 'indicator';
  entityId: string;
  taskId: string | null;
  indicatorId: string | null;
  unitId: string | null;
  since: string;
  reason: string;
  reasonEn: string;
}


export function milestoneAlerts(ms: readonly MilestoneInput[], today: string, rule: AlertRules['milestone_overdue']): ComputedAlert[] {
  if (!rule.enabled) return [];
  return ms
    .filter((m) => !m.done && m.dueDate < today)
    .map((m) => {
      const days = daysBetween(m.dueDate, today);
      return {
        key: `milestone_overdue:${m.id}`,
        kind: 'milestone_overdue',
        level: days >= rule.redAfterDays ? 'red' : 'yellow',
        entity: 'milestone',
        entityId: m.id,
        taskId: m.taskId,
        indicatorId: null,
        unitId: m.unitId,
        since: m.dueDate,
        reason: `节点“${m.deliverable}”已逾期 ${days} 天（时限 ${m.dueDate}）`,
        reasonEn: `Milestone "${m.deliverable}" is ${days} days overdue (due ${m.dueDate})`,
      };
    });
}

export function reportLateAlerts(rs: readonly ReportDueInput[], today: string, rule: AlertRules['report_late']): ComputedAlert[] {
  if (!rule.enabled) return [];
  return rs
    .filter((r) => !reportHandedIn(r.status as ReportState) && r.dueOn < today)
    .map((r) => {
      const days = daysBetween(r.dueOn, today);
      return {
        key: `report_late:${r.id}`,
        kind: 'report_late',
        level: days >= rule.redAfterDays ? 'red' : 'yellow',
        entity: 'report',
        entityId: r.id,
        taskId: r.taskId,
        indicatorId: null,
        unitId: r.unitId,
        since: r.dueOn,
        reason: `${r.period} 进展报告逾期 ${days} 天未报送（截止 ${r.dueOn}）`,
        reasonEn: `The ${r.period} progress report is ${days} days late (due ${r.dueOn})`,
      };
    });
}

/** How many of the latest reports in a row show 滞后 or no gain in percent complete. */
export function stalledStreak(reports: readonly TaskReportInput[]): number {
  const list = [...reports].sort((a, b) => comparePeriods(a.period, b.period));
  let n = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i];
    if (r.progress === 'done') break;
    const prev = list[i - 1];
    const noGain = prev !== undefined && r.percentDone !== null && prev.percentDone !== null && r.percentDone <= prev.percentDone;
    if (r.progress === 'delayed' || noGain) n++;
    else break;
  }
  return n;
}

export function taskStalledAlerts(tasks: readonly TaskHistoryInput[], rule: AlertRules['task_stalled']): ComputedAlert[] {
  if (!rule.enabled) return [];
  const out: ComputedAlert[] = [];
  for (const t of tasks) {
    if (!t.reports.length) continue;
    const latest = [...t.reports].sort((a, b) => comparePeriods(a.period, b.period)).at(-1)!;
    const streak = stalledStreak(t.reports);
    if (latest.progress !== 'delayed' && streak < rule.stalledCycles) continue;
    out.push({
      key: `task_stalled:${t.taskId}`,
      kind: 'task_stalled',
      level: streak >= rule.redCycles ? 'red' : 'yellow',
      entity: 'task',
      entityId: t.taskId,
      taskId: t.taskId,
      indicatorId: null,
      unitId: t.unitId,
      // A date, like every other alert's: the first day of the period that was reported as slipping.
      since: parsePeriod(latest.period) ? periodStart(parsePeriod(latest.period)!) : latest.period,
      reason: latest.progress === 'delayed' ? `任务“${t.title}”报告滞后（连续 ${streak} 期）` : `任务“${t.title}”连续 ${streak} 期无进展`,
      reasonEn: latest.progress === 'delayed' ? `Task "${t.title}" reported as delayed (${streak} periods in a row)` : `Task "${t.title}" has shown no progress for ${streak} periods`,
    });
  }
  return out;
}

export function indicatorAlerts(list: readonly IndicatorInput[], today: string, rules: AlertRules, openSince: ReadonlyMap<string, string>): ComputedAlert[] {
  const out: ComputedAlert[] = [];
  for (const i of list) {
    const kind: AlertKind | null = i.status === 'off_track' ? 'indicator_off_track' : i.status === 'deteriorating' ? 'indicator_deteriorating' : null;
    if (!kind) continue;
    const rule = rules[kind];
    if (!rule.enabled) continue;
    const key = `${kind}:${i.indicatorId}:${i.zoneId}`;
    const since = openSince.get(key) ?? today;
    const days = daysBetween(since, today);
    const zh = kind === 'indicator_off_track' ? '进展滞后' : '倒退';
    out.push({
      key,
      kind,
      level: days >= rule.redAfterDays ? 'red' : 'yellow',
      entity: 'indicator',
      entityId: i.indicatorId,
      taskId: null,
      indicatorId: i.indicatorId,
      unitId: i.unitId,
      since,
      reason: `指标“${i.name}”${zh}${days > 0 ? `，已持续 ${days} 天` : ''}`,
      reasonEn: `Indicator "${i.name}" is ${kind === 'indicator_off_track' ? 'off track' : 'deteriorating'}${days > 0 ? ` for ${days} days` : ''}`,
    });
  }
  return out;
}

/** Every alert the inputs call for today, sorted by key. */
export function computeAlerts(inputs: AlertInputs, today: string, rules: AlertRules = DEFAULT_ALERT_RULES): ComputedAlert[] {
  return [
    ...milestoneAlerts(inputs.milestones, today, rules.milestone_overdue),
    ...reportLateAlerts(inputs.reports, today, rules.report_late),
    ...taskStalledAlerts(inputs.tasks, rules.task_stalled),
    ...indicatorAlerts(inputs.indicators, today, rules, inputs.openSince),
  ].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface OpenAlert {
  id: string;
  key: string;
  level: AlertLevel;
  reason: string;
}

/** What a refresh writes: new alerts, open ones whose level or reason changed, and those to close. */
export function diffAlerts(open: readonly OpenAlert[], computed: readonly ComputedAlert[]) {
  const byKey = new Map(open.map((o) => [o.key, o]));
  const seen = new Set<string>();
  const insert: ComputedAlert[] = [];
  const update: { id: string; alert: ComputedAlert }[] = [];
  for (const c of computed) {
    seen.add(c.key);
    const o = byKey.get(c.key);
    if (!o) insert.push(c);
    else if (o.level !== c.level || o.reason !== c.reason) update.push({ id: o.id, alert: c });
  }
  const close = open.filter((o) => !seen.has(o.key)).map((o) => o.id);
  return { insert, update, close };
}

/** Merge office-edited rules over the defaults, ignoring unknown kinds and fields. */
export function mergeRules(stored: Partial<Record<AlertKind, Record<string, unknown>>>): AlertRules {
  const out = structuredClone(DEFAULT_ALERT_RULES) as unknown as Record<string, Record<string, unknown>>;
  for (const kind of ALERT_KINDS) {
    const s = stored[kind];
    if (!s) continue;
    for (const [k, v] of Object.entries(s)) if (k in out[kind] && typeof v === typeof out[kind][k]) out[kind][k] = v;
  }
  return out as unknown as AlertRules;
}
