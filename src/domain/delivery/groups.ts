// Aggregate status of a task group (the numbered groups under 重点任务 in a plan), from the
// latest ACCEPTED lead report of each task. Pure, so the public portal, the briefing and the
// CLI show the same answer for the same reports.
import { PROGRESS, type Progress } from './states';

/** A task's standing: its latest accepted lead report's progress, or none yet. */
export type TaskStanding = Progress | 'no_report';
export const TASK_STANDINGS = [...PROGRESS, 'no_report'] as const satisfies readonly TaskStanding[];

export const GROUP_STATUSES = ['done', 'on_schedule', 'attention', 'delayed', 'not_started', 'no_report'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export interface ReportFact {
  period: string;
  progress: Progress;
  status: string;
  role: string;
}

/**
 * The standing of one task at a period: the progress of its latest accepted lead report up
 * to and including `upTo` (periods compare as text: 2026-03 < 2026-10 < 2026Q4 is not mixed
 * within one plan's cycles). A task marked done stays done.
 */
export function taskStanding(reports: readonly ReportFact[], upTo?: string, taskDone = false): TaskStanding {
  if (taskDone) return 'done';
  let best: ReportFact | null = null;
  for (const r of reports) {
    if (r.status !== 'accepted' || r.role !== 'lead') continue;
    if (upTo !== undefined && r.period > upTo) continue;
    if (!best || r.period > best.period) best = r;
  }
  return best ? best.progress : 'no_report';
}

export interface GroupAggregate {
  status: GroupStatus;
  total: number;
  counts: Record<TaskStanding, number>;
  /** Share of tasks done, in whole percent; null for an empty group. */
  percentDone: number | null;
}

/**
 * A group is done when every task is done; delayed when a third or more of its tasks are
 * delayed, needs attention when any is; on schedule when work has started on any task;
 * not started when reports say so; no report when no task has an accepted report.
 */
export function groupAggregate(standings: readonly TaskStanding[]): GroupAggregate {
  const counts = Object.fromEntries(TASK_STANDINGS.map((s) => [s, 0])) as Record<TaskStanding, number>;
  for (const s of standings) counts[s]++;
  const total = standings.length;
  let status: GroupStatus;
  if (total === 0 || counts.no_report === total) status = 'no_report';
  else if (counts.done === total) status = 'done';
  else if (counts.delayed * 3 >= total) status = 'delayed';
  else if (counts.delayed > 0) status = 'attention';
  else if (counts.in_progress > 0 || counts.done > 0) status = 'on_schedule';
  else status = 'not_started';
  return { status, total, counts, percentDone: total ? Math.round((counts.done / total) * 100) : null };
}
