// Excel export of the plan page's task list (the pattern: src/server/core/xlsx-route.ts).
import { asDate, xlsxExport } from '../core/xlsx-route';
import { LABELS } from '../../contracts/labels';
import type { PlanTaskRow } from '../../contracts/plans';

/** 任务清单 / Tasks of a plan, as the plan page lists them (a liaison: their unit's). */
export const taskListXlsx = xlsxExport<PlanTaskRow>({
  file: ['任务清单', 'tasks'],
  columns: [
    { zh: '编号', en: 'No.', width: 8, value: (r) => r.number },
    { zh: '所属章节', en: 'Section', width: 36, value: (r) => r.section },
    { zh: '类型', en: 'Kind', width: 10, labels: LABELS.taskKind, value: (r) => r.kind },
    { zh: '任务', en: 'Task', width: 50, value: (r) => r.title },
    { zh: '牵头单位', en: 'Lead units', width: 24, value: (r) => r.leadUnits.join('、') || null },
    { zh: '配合单位', en: 'Supporting units', width: 36, value: (r) => r.supportUnits.join('、') || null },
    { zh: '完成时限', en: 'Deadline', width: 24, value: (r) => r.deadlineText },
    { zh: '最早截止日期', en: 'Due', kind: 'date', width: 12, value: (r) => asDate(r.dueOn) },
    { zh: '状态', en: 'Status', width: 10, labels: LABELS.taskStatus, value: (r) => r.status },
  ],
});
