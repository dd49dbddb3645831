// The counts a progress briefing states in its overview, from the statuses and standings it
// lists, so that the sentence and the tables below it cannot disagree.
import type { HublineStatus } from '../progress/types';
import { groupAggregate, type TaskStanding } from './groups';
import type { Period } from '../calendar/period';

export interface BriefingOverview {
  indicators: number;
  byStatus: Partial<Record<HublineStatus, number>>;
  tasks: ReturnType<typeof groupAggregate>;
}

export function briefingOverview(statuses: readonly HublineStatus[], standings: readonly TaskStanding[]): BriefingOverview {
  const byStatus: Partial<Record<HublineStatus, number>> = {};
  for (const s of statuses) byStatus[s] = (byStatus[s] ?? 0) + 1;
  return { indicators: statuses.length, byStatus, tasks: groupAggregate(standings) };
}

/** The months a briefing period covers: one for a month, three for a quarter. */
export function monthsOf(p: Period): string[] {
  const y = p.year;
  const months = p.frequency === 'monthly' ? [p.index] : p.frequency === 'quarterly' ? [p.index * 3 - 2, p.index * 3 - 1, p.index * 3] : Array.from({ length: 12 }, (_, i) => i + 1);
  return months.map((m) => `${y}-${String(m).padStart(2, '0')}`);
}

/** 2026-10 → 2026年10月; 2026Q3 → 2026年第三季度. */
export function periodLabel(p: Period): { zh: string; en: string } {
  const Q = ['一', '二', '三', '四'];
  if (p.frequency === 'monthly') return { zh: `${p.year}年${p.index}月`, en: `${p.year}-${String(p.index).padStart(2, '0')}` };
  if (p.frequency === 'quarterly') return { zh: `${p.year}年第${Q[p.index - 1]}季度`, en: `${p.year} Q${p.index}` };
  return { zh: `${p.year}年`, en: String(p.year) };
}

/** 2026-10-31 → 2026年10月31日 (公文 dates in Arabic numerals, GB/T 9704-2012 7.3.5.3). */
export const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
