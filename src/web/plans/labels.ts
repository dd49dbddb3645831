import type { TFunction } from 'i18next';
import type { PlanSummary, PlanTask, TargetKind } from './types';

export const TARGET_KIND_LIST: TargetKind[] = ['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'];

export const targetKindOptions = (t: TFunction) => TARGET_KIND_LIST.map((k) => ({ value: k, label: t(`plans.targetKind.${k}`) }));

/** The value of a target as the document would say it: "≤ 60 分钟", "+15%", "高于全市 3 个百分点". */
export function targetValueText(t: TFunction, target: { kind: TargetKind; value: number | null }, unit?: string | null): string {
  const v = target.value;
  if (target.kind === 'coverage') return t('plans.targetValue.coverage');
  if (target.kind === 'pending' || v === null) return t('plans.targetValue.pending');
  const u = unit && unit !== '%' ? ` ${unit}` : unit === '%' ? '%' : '';
  switch (target.kind) {
    case 'growth':
      return t('plans.targetValue.growth', { v });
    case 'reduction':
      return t('plans.targetValue.reduction', { v });
    case 'relative':
      return t('plans.targetValue.relative', { v });
    case 'max':
      return `≤ ${v}${u}`;
    case 'min':
      return `≥ ${v}${u}`;
    default:
      return `${v}${u}`;
  }
}

export const TARGET_KIND_COLOR: Record<TargetKind, string> = {
  level: 'blue',
  growth: 'green',
  reduction: 'cyan',
  max: 'geekblue',
  min: 'purple',
  coverage: 'green',
  relative: 'magenta',
  pending: 'orange',
};

export const PLAN_STATUS_BADGE: Record<PlanSummary['status'], 'success' | 'warning' | 'default'> = {
  active: 'success',
  draft: 'warning',
  archived: 'default',
};

export const TASK_STATUS_COLOR: Record<PlanTask['status'], string> = {
  open: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'default',
};

/** Shared with the server's task export (src/contracts/plans.ts). */
export { headingNumber } from '../../contracts/heading';

export const isOfficeUser = (roles: readonly string[]) => roles.some((r) => r === 'office' || r === 'admin');
/** Liaisons and unit leaders see their unit's share of a plan; the server filters, the pages say so. */
export const isUnitScoped = (roles: readonly string[]) => !roles.some((r) => ['office', 'admin', 'leader', 'evaluator'].includes(r));
