// What a progress briefing says, from approved data only: indicator values the office has
// accepted (up to the data cut-off, the end of the period) and the units' accepted reports.
// The renderers (docx, xlsx, html → pdf) only lay this out.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { progressReports, tasks, units } from '../db/schema';
import { notFound } from '../core/errors';
import { AppError } from '../core/errors';
import { parsePeriod, periodEnd } from '../../domain/calendar/period';
import { briefingOverview, chineseDate, monthsOf, periodLabel, type BriefingOverview } from '../../domain/delivery/briefing';
import type { TaskStanding, GroupStatus } from '../../domain/delivery/groups';
import type { HublineStatus } from '../../domain/progress/types';
import { LABELS, wordsOf } from '../../contracts/labels';
import { acceptedIndicators, planByCode, taskGroups } from '../public/model';
import { targetText, fmtNumber } from '../public/render';

export interface BriefingIndicatorRow {
  number: string;
  name: string;
  unit: string;
  latest: string;
  latestValue: number | null;
  latestPeriod: string | null;
  target: string;
  targetValue: number | null;
  status: HublineStatus;
  statusLabel: string;
  distanceCovered: number | null;
}
export interface BriefingTask {
  number: string;
  title: string;
  standing: TaskStanding;
  standingLabel: string;
  /** Work done in the period, per reporting unit, from accepted reports. */
  reports: { unit: string; text: string }[];
}
export interface BriefingGroup {
  heading: string;
  status: GroupStatus;
  statusLabel: string;
  tasks: BriefingTask[];
}
export interface BriefingContent {
  planCode: string;
  planTitle: string;
  period: string;
  periodLabel: string;
  kind: 'monthly' | 'quarterly';
  title: string;
  addressee: string;
  cutOff: string;
  issuer: string;
  overview: BriefingOverview;
  overviewText: string[];
  indicators: BriefingIndicatorRow[];
  groups: BriefingGroup[];
  problems: { unit: string; task: string; text: string }[];
  coordination: { unit: string; task: string; text: string }[];
  nextSteps: { unit: string; task: string; text: string }[];
}

/** The words of the web app and the public pages (src/contracts/labels.ts). */
export const STATUS_ZH = wordsOf(LABELS.indicatorStatus, 'zh') as Record<HublineStatus, string>;
const STANDING_ZH = wordsOf(LABELS.taskStanding, 'zh') as Record<TaskStanding, string>;
const GROUP_ZH = wordsOf(LABELS.groupStatus, 'zh') as Record<GroupStatus, string>;

export async function briefingContent(db: DbOrTx, planCode: string, period: string, opts: { addressee?: string } = {}): Promise<BriefingContent> {
  const p = parsePeriod(period);
  if (!p || p.frequency === 'yearly')
    throw new AppError(422, 'invalid_period', `时期“${period}”无效：应为 2026-10（月报）或 2026Q3（季报）`, `Invalid period "${period}": use 2026-10 (monthly) or 2026Q3 (quarterly)`, { field: 'period' });
  const plan = await planByCode(db, planCode, { publishedOnly: false });
  if (!plan) throw notFound(`计划 ${planCode}`, `plan ${planCode}`);
  const cutOff = periodEnd(p);
  const months = monthsOf(p);
  const label = periodLabel(p);
  const [inds, groups] = await Promise.all([acceptedIndicators(db, [plan.id], { asOf: cutOff }), taskGroups(db, plan.id, months[months.length - 1])]);
  const taskIds = groups.flatMap((g) => g.tasks.map((t) => t.id));
  const reports = taskIds.length
    ? await db
        .select({ taskId: progressReports.taskId, period: progressReports.period, role: progressReports.role, text: progressReports.text, problems: progressReports.problems, coordination: progressReports.coordination, nextSteps: progressReports.nextSteps, unit: units.name, number: tasks.number })
        .from(progressReports)
        .innerJoin(units, eq(units.id, progressReports.unitId))
        .innerJoin(tasks, eq(tasks.id, progressReports.taskId))
        .where(and(inArray(progressReports.taskId, taskIds), eq(progressReports.status, 'accepted'), inArray(progressReports.period, months)))
        .orderBy(asc(tasks.position), asc(progressReports.role), asc(units.name), asc(progressReports.period))
    : [];
  const [office] = plan.officeUnitId ? await db.select({ name: units.name }).from(units).where(eq(units.id, plan.officeUnitId)) : [];

  const indicatorRows: BriefingIndicatorRow[] = inds.flatMap((i) =>
    i.statuses.map((s) => {
      const sum = s.summary;
      const t = sum.target;
      return {
        number: i.number ?? '',
        name: i.name,
        unit: i.unit ?? '',
        latest: sum.latest ? `${fmtNumber(sum.latest.value, 'zh')}（${sum.latest.period}）` : '—',
        latestValue: sum.latest?.value ?? null,
        latestPeriod: sum.latest?.period ?? null,
        target: t ? `${targetText({ kind: t.kind, value: t.input, text: null }, i.unit, 'zh')}（${t.year}年）` : targetText(i.targets.at(-1) ?? null, i.unit, 'zh'),
        targetValue: t?.value ?? null,
        status: sum.status,
        statusLabel: STATUS_ZH[sum.status],
        distanceCovered: sum.distanceCovered,
      };
    }),
  );
  const byTask = new Map<string, typeof reports>();
  for (const r of reports) byTask.set(r.taskId, [...(byTask.get(r.taskId) ?? []), r]);
  const briefingGroups: BriefingGroup[] = groups.map((g) => ({
    heading: [g.number, g.title].filter(Boolean).join(''),
    status: g.aggregate.status,
    statusLabel: GROUP_ZH[g.aggregate.status],
    tasks: g.tasks.map((t) => ({
      number: t.number,
      title: t.title,
      standing: t.standing,
      standingLabel: STANDING_ZH[t.standing],
      reports: (byTask.get(t.id) ?? []).filter((r) => r.text.trim()).map((r) => ({ unit: r.unit, text: r.text.trim() })),
    })),
  }));
  const pick = (f: 'problems' | 'coordination' | 'nextSteps') =>
    reports.filter((r) => r[f].trim()).map((r) => ({ unit: r.unit, task: r.number, text: r[f].trim() }));
  const overview = briefingOverview(
    indicatorRows.map((r) => r.status),
    groups.flatMap((g) => g.tasks.map((t) => t.standing)),
  );
  const statusParts = Object.entries(overview.byStatus).map(([k, n]) => `${STATUS_ZH[k as HublineStatus]}${n}项`);
  const c = overview.tasks.counts;
  const overviewText = [
    `${label.zh}，各责任单位按照《${plan.title}》分工推进各项工作。本报告数据截至${cnDate(cutOff)}，指标数值与任务进展均为经办公室审核通过的数据。`,
    `纳入监测的指标共${overview.indicators}项，其中${statusParts.join('、') || '暂无状态'}。`,
    `重点任务共${overview.tasks.total}项，其中已完成${c.done}项、推进中${c.in_progress}项、滞后${c.delayed}项、未启动${c.not_started}项，暂无审核通过报告的${c.no_report}项。`,
  ];
  const content: BriefingContent = {
    planCode: plan.code,
    planTitle: plan.title,
    period: p.text,
    periodLabel: label.zh,
    kind: p.frequency === 'quarterly' ? 'quarterly' : 'monthly',
    title: `关于${stripBrackets(plan.title)}${label.zh}推进情况的报告`,
    addressee: opts.addressee?.trim() || '区推进工作领导小组',
    cutOff,
    issuer: office?.name ? `${office.name}（领导小组办公室）` : (plan.issuer ?? '领导小组办公室'),
    overview,
    overviewText,
    indicators: indicatorRows,
    groups: briefingGroups,
    problems: pick('problems'),
    coordination: pick('coordination'),
    nextSteps: pick('nextSteps'),
  };
  return content;
}

const stripBrackets = (s: string) => s.replace(/^《|》$/g, '');
export const cnDate = chineseDate;

/** The version of a briefing's inputs: the same accepted data gives the same hash. */
export const inputVersionOf = (c: BriefingContent) => createHash('sha256').update(JSON.stringify(c)).digest('hex').slice(0, 16);
