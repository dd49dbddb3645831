// The counts the boards show, computed here so the CLI and tests can re-run them from JSON.
import { REPORT_STATES, type ReportState } from './states';
import { NOTICE_LEVELS, type NoticeLevel } from '../supervision/notice';

export interface BoardReport {
  unitId: string;
  unitName: string;
  status: ReportState;
  late: boolean;
  role: 'lead' | 'support';
  /** How many reports this row stands for: 1 for a report, the count for a row the database grouped. */
  n?: number;
}
export interface CycleBoardRow {
  unitId: string;
  unitName: string;
  total: number;
  byStatus: Record<ReportState, number>;
  late: number;
}

/** Per unit: how many reports it owes in a cycle, by state, and how many are late. Most late first.
 * Takes reports one by one or counted per unit, state and lateness (the server's GROUP BY). */
export function cycleBoard(reports: readonly BoardReport[]): CycleBoardRow[] {
  const by = new Map<string, CycleBoardRow>();
  for (const r of reports) {
    const row = by.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, total: 0, byStatus: Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as Record<ReportState, number>, late: 0 };
    const n = r.n ?? 1;
    row.total += n;
    row.byStatus[r.status] += n;
    if (r.late) row.late += n;
    by.set(r.unitId, row);
  }
  return [...by.values()].sort((a, b) => b.late - a.late || b.byStatus.returned - a.byStatus.returned || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

export interface BoardNotice {
  unitId: string;
  unitName: string;
  level: NoticeLevel;
  status: string;
  dueOn: string;
}
export interface NoticeCounts {
  open: number;
  overdue: number;
  closed: number;
}
const zero = (): NoticeCounts => ({ open: 0, overdue: 0, closed: 0 });

/** Open / overdue / closed notices by level and by unit (overdue ones are also open). */
export function noticeBoard(notices: readonly BoardNotice[], today: string) {
  const total = zero();
  const byLevel = Object.fromEntries(NOTICE_LEVELS.map((l) => [l, zero()])) as Record<NoticeLevel, NoticeCounts>;
  const units = new Map<string, { unitId: string; unitName: string } & NoticeCounts>();
  for (const n of notices) {
    const u = units.get(n.unitId) ?? { unitId: n.unitId, unitName: n.unitName, ...zero() };
    const closed = n.status === 'closed';
    const overdue = !closed && n.dueOn < today;
    for (const c of [total, byLevel[n.level], u]) {
      if (closed) c.closed++;
      else c.open++;
      if (overdue) c.overdue++;
    }
    units.set(n.unitId, u);
  }
  return { total, byLevel, byUnit: [...units.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open) };
}

/** Share of due reports handed in on time, in whole percent; null when nothing was due. */
export function punctualityRate(due: number, onTime: number): number | null {
  return due > 0 ? Math.round((onTime / due) * 100) : null;
}
