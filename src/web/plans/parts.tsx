import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { TARGET_KIND_COLOR, targetValueText } from './labels';
import type { PlanSummary, Role, TargetKind } from './types';

/**
 * A responsible unit. The lead unit is the one the office holds to account, so it gets a
 * filled tag with the word 牵头 in it; supporting units stay quiet.
 */
export function UnitTag({ name, role, suffix, ...rest }: { name: string; role: Role; suffix?: ReactNode } & Omit<React.ComponentProps<typeof Tag>, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Tag {...rest} className={`hl-plans-unit hl-plans-unit-${role} ${rest.className ?? ''}`} variant={role === 'lead' ? 'solid' : 'outlined'} color={role === 'lead' ? '#1659b8' : undefined}>
      {role === 'lead' && <span className="hl-plans-unit-role">{t('plans.role.lead')}</span>}
      {name}
      {suffix}
    </Tag>
  );
}

export function TargetTag({ year, kind, value, unit, text }: { year: number | null; kind: TargetKind; value: number | null; unit?: string | null; text?: string | null }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={TARGET_KIND_COLOR[kind]} variant="outlined" className="hl-plans-target">
      <b>{year ?? '—'}</b>
      <span className="hl-plans-target-kind">{t(`plans.targetKind.${kind}`)}</span>
      {kind !== 'coverage' && kind !== 'pending' && <span>{targetValueText(t, { kind, value }, unit)}</span>}
    </Tag>
  );
  return text ? <Tooltip title={t('plans.ind.asWritten', { text })}>{tag}</Tooltip> : tag;
}

