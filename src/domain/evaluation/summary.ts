// 总结 (the zone's summary, level 1 of the three): a draft narrative written from what the platform
// already holds — the approved or accepted delivery reports of the zone's units in the year (their
// texts, problems and percent done, per task), the indicator values the scheme reads, and the
// supervision record (notices by level with their state, yellow and red alerts) — so nothing is
// typed twice. The office or the zone edits the draft before saving it. Pure: the server gathers
// the rows, this function writes the text and names the rows it used.
import type { SupervisionLevel } from './schemas';
import { NOTICE_LEVEL_ZH, NOTICE_STATE_ZH } from '../supervision/notice';
import { ALERT_LEVEL_ZH } from '../supervision/alerts';
import { ASSIGNMENT_ROLE_ZH } from '../delivery/states';

export interface SummaryReport {
  id: string;
  taskNumber: string;
  taskTitle: string;
  /** lead (牵头) or support (配合). */
  role: string;
  /** The reporting period, e.g. 2026-03 or 2026Q1. */
  period: string;
  text: string;
  problems?: string;
  percentDone?: number | null;
}
export interface SummaryNotice {
  id: string;
  number: string;
  level: SupervisionLevel;
  title: string;
  /** issued | plan_submitted | rectifying | report_submitted | sent_back | closed */
  status: string;
}
export interface SummaryInput {
  zoneName: string;
  year: number;
  reports: SummaryReport[];
  indicators?: { name: string; value: number; periods?: string[] }[];
  notices: SummaryNotice[];
  /** Alerts of the year by colour (only yellow and red count). */
  alerts?: { level: 'yellow' | 'red'; title: string }[];
  /** Most characters of the text (the narrative holds 20,000). */
  maxLength?: number;
}
export interface SummaryDraft {
  text: string;
  /** The rows the text was written from (ids), stored with the saved narrative's audit entry. */
  sources: { reports: string[]; notices: string[] };
  /** Report texts left out to keep within maxLength. */
  omitted: number;
}

// The words of the levels, states and roles are the domain's one list (src/contracts/labels.ts reads the same).
const LEVEL_ZH: Record<SupervisionLevel, string> = { ...NOTICE_LEVEL_ZH, ...ALERT_LEVEL_ZH };
const STATUS_ZH: Record<string, string> = NOTICE_STATE_ZH;
const ROLE_ZH: Record<string, string> = ASSIGNMENT_ROLE_ZH;

/** A period as people write it: 2026-03 → 3月, 2026Q2 → 二季度, 2026 → 全年. */
export function periodLabel(period: string): string {
  const m = period.match(/^\d{4}-(\d{2})$/);
  if (m) return `${Number(m[1])}月`;
  const q = period.match(/^\d{4}Q([1-4])$/);
  if (q) return `${'一二三四'[Number(q[1]) - 1]}季度`;
  const h = period.match(/^\d{4}H([12])$/);
  if (h) return h[1] === '1' ? '上半年' : '下半年';
  return /^\d{4}$/.test(period) ? '全年' : period;
}

const clean = (s: string | undefined | null) => (s ?? '').replace(/\s+/g, ' ').trim().replace(/[。；;，,\s]+$/, '');
const fmtNumber = (x: number) => String(Math.round(x * 100) / 100);

/**
 * The draft: 一、重点任务推进情况 (per task, lead before support, by task number: the texts of the
 * year's reports in period order, the latest percent done and the problems reported), 二、指标完成情况,
 * 三、督查督办情况. Report texts past `maxLength` are left out whole (counted in `omitted`, and said
 * in the text), so no sentence is cut in half.
 */
export function draftSummary(input: SummaryInput): SummaryDraft {
  const max = input.maxLength ?? 20_000;
  const byTask = new Map<string, SummaryReport[]>();
  for (const r of input.reports) {
    if (!clean(r.text) && !clean(r.problems)) continue;
    const k = `${r.taskNumber}|${r.role}`;
    byTask.set(k, [...(byTask.get(k) ?? []), r]);
  }
  const taskKeys = [...byTask.keys()].sort((a, b) => {
    const [na, ra] = a.split('|');
    const [nb, rb] = b.split('|');
    return (ra === 'lead' ? 0 : 1) - (rb === 'lead' ? 0 : 1) || na.localeCompare(nb, 'zh-CN', { numeric: true });
  });
  const usedReports: string[] = [];
  const head = `${input.zoneName} ${input.year} 年度工作总结`;
  const parts: string[] = [head, '', '一、重点任务推进情况'];
  const reportCount = [...byTask.values()].reduce((s, l) => s + l.length, 0);
  if (!taskKeys.length) parts.push(`本年度暂无已审核的进展报告。`);
  else parts.push(`据本年度已审核的进展报告 ${reportCount} 份，涉及任务 ${new Set(taskKeys.map((k) => k.split('|')[0])).size} 项：`);

  // Indicators and supervision come after the tasks but must always fit: write them first, then
  // give the tasks what room is left.
  const tail: string[] = ['', '二、指标完成情况'];
  const ind = input.indicators ?? [];
  if (!ind.length) tail.push('本年度考核所用指标暂无已审核数据。');
  else for (const i of ind) tail.push(`- ${i.name}：${fmtNumber(i.value)}${i.periods?.length && !(i.periods.length === 1 && /^\d{4}$/.test(i.periods[0])) ? `（${i.periods[0]} 至 ${i.periods[i.periods.length - 1]}，${i.periods.length} 期）` : ''}`);
  tail.push('', '三、督查督办情况');
  const notices = [...input.notices].sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
  const alerts = input.alerts ?? [];
  if (!notices.length && !alerts.length) tail.push('本年度未收到督办通知，无黄色、红色预警。');
  else {
    const count = (l: SupervisionLevel) => notices.filter((n) => n.level === l).length;
    const ladder = (['reminder', 'supervision', 'listed'] as const).filter((l) => count(l)).map((l) => `${LEVEL_ZH[l]} ${count(l)} 件`);
    const closed = notices.filter((n) => n.status === 'closed').length;
    const colours = (['yellow', 'red'] as const).filter((l) => alerts.some((a) => a.level === l)).map((l) => `${LEVEL_ZH[l]}预警 ${alerts.filter((a) => a.level === l).length} 次`);
    const received = notices.length ? `本年度收到督办通知 ${notices.length} 件（${ladder.join('、')}），已办结 ${closed} 件` : '本年度未收到督办通知';
    tail.push(`${received}${colours.length ? `；${colours.join('、')}` : ''}。`);
    for (const n of notices) tail.push(`- ${n.number}（${LEVEL_ZH[n.level]}）：${clean(n.title)}。${STATUS_ZH[n.status] ?? n.status}。`);
  }

  const fixedLength = [...parts, ...tail].join('\n').length + 1;
  let room = max - fixedLength - 40; // keep space for the "omitted" line
  let omitted = 0;
  for (const [ti, k] of taskKeys.entries()) {
    const list = [...byTask.get(k)!].sort((a, b) => a.period.localeCompare(b.period));
    const first = list[0];
    const latest = [...list].reverse().find((r) => r.percentDone !== null && r.percentDone !== undefined);
    const headLine = `${ti + 1}. ${first.taskNumber} ${clean(first.taskTitle)}（${ROLE_ZH[first.role] ?? first.role}${latest ? `，截至${periodLabel(latest.period)}完成 ${latest.percentDone}%` : ''}）：`;
    // The line also takes its newline and the closing 。 of its texts.
    if (headLine.length + 2 > room) {
      omitted += list.length;
      continue;
    }
    let line = headLine;
    room -= headLine.length + 2;
    const texts: string[] = [];
    for (const r of list) {
      // Texts that already start with their period ("3月：…") keep it as written.
      const label = periodLabel(r.period);
      const body = clean(r.text);
      const piece = !body ? '' : body.startsWith(label) ? body : `${label}，${body}`;
      if (!piece) continue;
      if (piece.length + 1 > room) {
        omitted++;
        continue;
      }
      texts.push(piece);
      usedReports.push(r.id);
      room -= piece.length + 1;
    }
    line += texts.length ? `${texts.join('；')}。` : '';
    const problems = [...new Set(list.map((r) => clean(r.problems)).filter(Boolean))];
    const problemText = problems.length ? `存在问题：${problems.join('；')}。` : '';
    if (problemText && problemText.length <= room) {
      line += problemText;
      room -= problemText.length;
      for (const r of list) if (clean(r.problems) && !usedReports.includes(r.id)) usedReports.push(r.id);
    }
    parts.push(line);
  }
  if (omitted) parts.push(`（另有 ${omitted} 条报告内容因篇幅未列入，见进展报告原文。）`);
  const text = [...parts, ...tail].join('\n');
  return { text: text.length > max ? text.slice(0, max) : text, sources: { reports: usedReports, notices: notices.map((n) => n.id) }, omitted };
}
