import type { TFunction } from 'i18next';
import type { PlanTarget, TargetKind } from './types';

export const ROLE_COLOR = { lead: 'red', support: 'blue' } as const;

export function targetText(t: TFunction, target: Pick<PlanTarget, 'kind' | 'value'>, unit?: string | null): string {
  const kind = t(`plans.targetKind.${target.kind}`);
  if (target.kind === 'pending') return `${kind}（××）`;
  if (target.kind === 'coverage') return kind;
  if (target.value === null) return kind;
  const suffix = ['growth', 'reduction'].includes(target.kind) ? '%' : target.kind === 'relative' ? t('plans.points') : unit ? ` ${unit}` : '';
  return `${kind} ${target.value}${suffix}`;
}

export const targetKinds = (t: TFunction) =>
  (['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'] as TargetKind[]).map((k) => ({ value: k, label: t(`plans.targetKind.${k}`) }));
