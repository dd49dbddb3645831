// Excel export of the supervision board (the pattern: src/server/core/xlsx-route.ts).
import { asDate, asDay, xlsxExport } from '../core/xlsx-route';
import { LABELS } from '../../contracts/labels';
import type { Alert, Notice } from '../../contracts/delivery';

/** 督办单 / Supervision notices (a unit: those sent to it). */
export const noticeListXlsx = xlsxExport<Notice>({
  file: ['督办单', 'supervision notices'],
  columns: [
    { zh: '编号', en: 'Number', width: 16, value: (r) => r.number },
    { zh: '督办级别', en: 'Level', width: 10, labels: LABELS.noticeLevel, value: (r) => r.level },
    { zh: '状态', en: 'Status', width: 12, labels: LABELS.noticeState, value: (r) => r.status },
    { zh: '责任单位', en: 'Unit', width: 20, value: (r) => r.unitName },
    { zh: '任务', en: 'Task', width: 36, value: (r) => r.taskTitle },
    { zh: '来源', en: 'Source', width: 12, labels: LABELS.noticeSource, value: (r) => r.source },
    { zh: '问题', en: 'Issue', width: 40, value: (r) => r.issue },
    { zh: '整改要求', en: 'Requirement', width: 40, value: (r) => r.requirement },
    { zh: '整改期限', en: 'Due', kind: 'date', width: 12, value: (r) => asDate(r.dueOn) },
    { zh: '逾期', en: 'Overdue', width: 6, labels: LABELS.yesNo, value: (r) => (r.overdue ? 'yes' : null) },
    { zh: '升级日期', en: 'Escalated', kind: 'date', width: 12, value: (r) => asDate(r.escalatedOn) },
    { zh: '下发日期', en: 'Issued', kind: 'date', width: 12, value: (r) => asDay(r.createdAt) },
  ],
});

/** 预警 / Alerts, as the alerts page lists them (a unit: its own). */
export const alertListXlsx = xlsxExport<Alert>({
  file: ['预警', 'alerts'],
  columns: [
    { zh: '级别', en: 'Level', width: 8, labels: LABELS.alertLevel, value: (r) => r.level },
    { zh: '类型', en: 'Kind', width: 22, labels: LABELS.alertKind, value: (r) => r.kind },
    { zh: '单位', en: 'Unit', width: 20, value: (r) => r.unitName },
    { zh: '原因', en: 'Reason', width: 60, value: (r) => r.reason },
    { zh: '原因（英文）', en: 'Reason (English)', width: 60, value: (r) => r.reasonEn },
    { zh: '起始日期', en: 'Since', kind: 'date', width: 12, value: (r) => asDate(r.since) },
    { zh: '状态', en: 'Status', width: 10, labels: LABELS.alertState, value: (r) => r.status },
  ],
});
