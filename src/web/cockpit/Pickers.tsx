// The cockpit's plan and month pickers, in a chunk of their own (antd Select and DatePicker):
// CockpitPage.tsx loads them beside the data, so its first requests do not wait for them.
import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

interface Props {
  plans: Array<{ id: string; title: string }>;
  planId: string | undefined;
  /** The period shown (YYYY-MM), once the cockpit is in. */
  period: string | undefined;
  onPlan(id: string): void;
  onPeriod(period: string | undefined): void;
}

export default function Pickers({ plans, planId, period, onPlan, onPeriod }: Props) {
  const { t } = useTranslation();
  return (
    <span className="hl-row">
      <Select
        size="small"
        style={{ width: 260 }}
        value={planId}
        onChange={onPlan}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
        aria-label={t('cockpit.plan')}
        data-testid="cockpit-plan"
      />
      <DatePicker
        size="small"
        picker="month"
        allowClear
        value={period ? dayjs(`${period}-01`) : null}
        onChange={(d) => onPeriod(d ? d.format('YYYY-MM') : undefined)}
        aria-label={t('cockpit.period')}
      />
    </span>
  );
}
