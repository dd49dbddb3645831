// The briefing as a workbook: overview, indicators (numbers as numbers, with formats), tasks,
// problems and coordination requests, next steps.
import ExcelJS from 'exceljs';
import type { BriefingContent } from './content';
import { addTableSheet, workbookBuffer } from '../core/xlsx-table';

export async function briefingXlsx(c: BriefingContent, issuedOn: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.issuer;
  wb.title = c.title;
  const facts: [string, string][] = [
    ['标题 Title', c.title],
    ['主送 Addressee', c.addressee],
    ['计划 Plan', `${c.planTitle}（${c.planCode}）`],
    ['时期 Period', `${c.periodLabel}（${c.period}）`],
    ['数据截至 Data cut-off', c.cutOff],
    ['发文机关 Issuing office', c.issuer],
    ['日期 Date', issuedOn],
    ...c.overviewText.map((t, i): [string, string] => [i === 0 ? '概况 Overview' : '', t]),
  ];
  addTableSheet(wb, '概况', [
    { header: '项目', width: 24, value: (r: [string, string]) => r[0] },
    { header: '内容', width: 100, value: (r) => r[1] },
  ], facts);
  addTableSheet(
    wb,
    '指标',
    [
      { header: '序号', kind: 'integer', width: 6, value: (r: BriefingContent['indicators'][number] & { n: number }) => r.n },
      { header: '指标', width: 36, value: (r) => r.name },
      { header: '单位', width: 10, value: (r) => r.unit },
      { header: '最新值', kind: 'decimal', width: 14, value: (r) => r.latestValue },
      { header: '时期', width: 10, value: (r) => r.latestPeriod },
      { header: '目标', width: 24, value: (r) => r.target },
      { header: '目标值', kind: 'decimal', width: 14, value: (r) => r.targetValue },
      { header: '进展状态', width: 12, value: (r) => r.statusLabel },
      { header: '目标完成度', kind: 'percent', width: 12, value: (r) => (r.distanceCovered === null ? null : r.distanceCovered / 100) },
    ],
    c.indicators.map((r, i) => ({ ...r, n: i + 1 })),
    { title: `${c.title}（数据截至 ${c.cutOff}）` },
  );
  addTableSheet(
    wb,
    '任务',
    [
      { header: '任务组', width: 40, value: (r: { g: string; gs: string; t: BriefingContent['groups'][number]['tasks'][number] }) => r.g },
      { header: '任务组状态', width: 12, value: (r) => r.gs },
      { header: '任务', width: 8, value: (r) => r.t.number },
      { header: '任务名称', width: 40, value: (r) => r.t.title },
      { header: '进展', width: 14, value: (r) => r.t.standingLabel },
      { header: '本期工作（审核通过的报告）', width: 80, value: (r) => r.t.reports.map((x) => `${x.unit}：${x.text}`).join('\n') },
    ],
    c.groups.flatMap((g) => g.tasks.map((t) => ({ g: g.heading, gs: g.statusLabel, t }))),
  );
  const items = [
    ...c.problems.map((p) => ({ kind: '存在的问题', ...p })),
    ...c.coordination.map((p) => ({ kind: '需协调事项', ...p })),
    ...c.nextSteps.map((p) => ({ kind: '下一步工作', ...p })),
  ];
  addTableSheet(
    wb,
    '问题与下一步',
    [
      { header: '类别', width: 14, value: (r: (typeof items)[number]) => r.kind },
      { header: '单位', width: 20, value: (r) => r.unit },
      { header: '任务', width: 8, value: (r) => r.task },
      { header: '内容', width: 80, value: (r) => r.text },
    ],
    items,
  );
  return workbookBuffer(wb);
}
