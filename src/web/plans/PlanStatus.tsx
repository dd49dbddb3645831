// A file of its own, not in parts.tsx: the plans list imports it, and parts.tsx brings antd Tag
// and Tooltip, which the list does not otherwise need (issue 10: the plans list's weight).
import { useTranslation } from 'react-i18next';
import { PLAN_STATUS_BADGE } from './labels';
import type { PlanSummary } from './types';

/** A plan's status as a coloured dot and its name: antd Badge's status look, as plain elements (issue 10: the plans list). */
export function PlanStatus({ status }: { status: PlanSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <span className="hl-status">
      <span className={`hl-status-dot hl-status-${PLAN_STATUS_BADGE[status]}`} />
      {t(`plans.status.${status}`)}
    </span>
  );
}
