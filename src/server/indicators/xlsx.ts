// Excel exports of the indicator screens (the pattern: src/server/core/xlsx-route.ts).
import { z } from 'zod';
import { asDate, xlsxExport } from '../core/xlsx-route';
import { LABELS } from '../../contracts/labels';
import type { StatusSummary } from '../../domain/progress/summary';
import type { indicatorRowOut, observationOut } from '../../contracts/indicators';

type IndicatorRow = Omit<z.infer<typeof indicatorRowOut>, 'summary'> & { summary: StatusSummary | null };
type ObservationRow = z.infer<typeof observationOut>;

/** 指标总览 / Indicator overview: one row per indicator × zone, with its status summary. */
export const indicatorListXlsx = xlsxExport<IndicatorRow>({
  file: ['指标总览', 'indicators'],
  columns: [
    { zh: '编码', en: 'Code', width: 16, value: (r) => r.code },
    { zh: '序号', en: 'No.', width: 8, value: (r) => r.number },
    { zh: '指标名称', en: 'Indicator', width: 40, value: (r) => r.name },
    { zh: '计量单位', en: 'Unit', width: 10, value: (r) => r.unit },
    { zh: '类别', en: 'Category', width: 14, value: (r) => r.category },
    { zh: '所属规划', en: 'Plan', width: 30, value: (r) => r.planTitle },
    { zh: '区域', en: 'Zone', width: 16, value: (r) => r.zoneName },
    { zh: '责任单位', en: 'Responsible unit', width: 20, value: (r) => r.unitName },
    { zh: '基期年', en: 'Baseline year', kind: 'integer', width: 10, value: (r) => r.baselineYear },
    { zh: '基期值', en: 'Baseline', kind: 'decimal', width: 14, value: (r) => r.baselineValue },
    { zh: '最新时期', en: 'Latest period', width: 12, value: (r) => r.summary?.latest?.period ?? null },
    { zh: '最新值', en: 'Latest value', kind: 'decimal', width: 14, value: (r) => r.summary?.latest?.value ?? null },
    { zh: '目标年', en: 'Target year', kind: 'integer', width: 10, value: (r) => r.summary?.target?.year ?? null },
    { zh: '目标值', en: 'Target value', kind: 'decimal', width: 14, value: (r) => r.summary?.target?.value ?? null },
    { zh: '目标完成度', en: 'Distance covered', kind: 'percent', width: 12, value: (r) => (r.summary?.distanceCovered == null ? null : r.summary.distanceCovered / 100) },
    { zh: '进展状态', en: 'Status', width: 14, labels: LABELS.indicatorStatus, value: (r) => r.status },
  ],
});

/** 指标数据 / Observations of one indicator (the caller's scope: own unit in every state, others approved). */
export const observationListXlsx = xlsxExport<ObservationRow>({
  file: ['指标数据', 'observations'],
  columns: [
    { zh: '时期', en: 'Period', width: 12, value: (r) => r.period },
    { zh: '数值', en: 'Value', kind: 'decimal', width: 16, value: (r) => r.value },
    { zh: '覆盖', en: 'Covered', width: 30, value: (r) => r.covered?.join('、') ?? null },
    { zh: '状态', en: 'Status', width: 12, labels: LABELS.observationState, value: (r) => r.status },
    { zh: '来源', en: 'Source', width: 20, labels: LABELS.observationSource, value: (r) => r.source },
    { zh: '说明', en: 'Comment', width: 30, value: (r) => r.comment },
    { zh: '填报人', en: 'Entered by', width: 14, value: (r) => r.enteredBy },
    { zh: '更新时间', en: 'Updated', kind: 'date', width: 14, value: (r) => asDate(r.updatedAt) },
  ],
});
