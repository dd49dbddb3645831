// Excel exports of the delivery screens (the pattern: src/server/core/xlsx-route.ts).
import { asDate, xlsxExport } from '../core/xlsx-route';
import { LABELS } from '../../contracts/labels';
import type { Cycle, Report } from '../../contracts/delivery';

/** 进展报告 / Progress reports, as the report board lists them (a liaison: their unit's). */
export const reportListXlsx = xlsxExport<Report>({
  file: ['进展报告', 'progress reports'],
  columns: [
    { zh: '报送期', en: 'Period', width: 10, value: (r) => r.period },
    { zh: '任务编号', en: 'Task no.', width: 10, value: (r) => r.taskNumber },
    { zh: '任务', en: 'Task', width: 40, value: (r) => r.taskTitle },
    { zh: '单位', en: 'Unit', width: 20, value: (r) => r.unitName },
    { zh: '角色', en: 'Role', width: 8, labels: LABELS.assignmentRole, value: (r) => r.role },
    { zh: '截止日期', en: 'Due', kind: 'date', width: 12, value: (r) => asDate(r.dueOn) },
    { zh: '进度', en: 'Progress', width: 12, labels: LABELS.taskProgress, value: (r) => r.progress },
    { zh: '完成比例', en: 'Done', kind: 'percent', width: 10, value: (r) => (r.percentDone == null ? null : r.percentDone / 100) },
    { zh: '状态', en: 'Status', width: 12, labels: LABELS.reportState, value: (r) => r.status },
    { zh: '逾期', en: 'Late', width: 6, labels: LABELS.yesNo, value: (r) => (r.late ? 'yes' : null) },
    { zh: '提交时间', en: 'Submitted', kind: 'date', width: 12, value: (r) => asDate(r.submittedAt as Date | string | null) },
    { zh: '进展情况', en: 'Progress text', width: 60, value: (r) => r.text },
    { zh: '存在问题', en: 'Problems', width: 40, value: (r) => r.problems },
    { zh: '下步打算', en: 'Next steps', width: 40, value: (r) => r.nextSteps },
    { zh: '协调事项', en: 'Coordination', width: 40, value: (r) => r.coordination },
  ],
});

/** 报送周期 / Reporting cycles with their report counts. */
export const cycleListXlsx = xlsxExport<Cycle>({
  file: ['报送周期', 'reporting cycles'],
  columns: [
    { zh: '周期', en: 'Cycle', width: 24, value: (r) => r.name },
    { zh: '报送期', en: 'Period', width: 10, value: (r) => r.period },
    { zh: '频次', en: 'Frequency', width: 10, labels: LABELS.frequency, value: (r) => r.frequency },
    { zh: '开始日期', en: 'Opens', kind: 'date', width: 12, value: (r) => asDate(r.opensOn) },
    { zh: '截止日期', en: 'Due', kind: 'date', width: 12, value: (r) => asDate(r.dueOn) },
    { zh: '状态', en: 'Status', width: 10, labels: LABELS.reportState, value: (r) => r.status },
    { zh: '应报', en: 'Total', kind: 'integer', value: (r) => r.counts.total },
    { zh: '草稿', en: 'Draft', kind: 'integer', value: (r) => r.counts.draft },
    { zh: '已提交', en: 'Submitted', kind: 'integer', value: (r) => r.counts.submitted },
    { zh: '已审核', en: 'Approved', kind: 'integer', value: (r) => r.counts.approved },
    { zh: '已采纳', en: 'Accepted', kind: 'integer', value: (r) => r.counts.accepted },
    { zh: '已退回', en: 'Returned', kind: 'integer', value: (r) => r.counts.returned },
    { zh: '逾期', en: 'Late', kind: 'integer', value: (r) => r.counts.late },
  ],
});
