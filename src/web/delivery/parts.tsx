// Shared bits of the delivery and supervision pages: state tags, file reading, plan picker.
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useRemote } from '../core/useRemote';
import type { Out } from '../../contracts/common';
import type { planListOut } from '../../contracts/plans';

const REPORT_COLOR: Record<string, string> = { draft: 'default', submitted: 'processing', approved: 'cyan', accepted: 'success', returned: 'error', superseded: 'default' };
const PROGRESS_COLOR: Record<string, string> = { not_started: 'default', in_progress: 'processing', done: 'success', delayed: 'error' };

export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return <Tag color={REPORT_COLOR[state] ?? 'default'}>{t(`delivery.state.${state}`)}</Tag>;
}
export function ProgressTag({ progress }: { progress: string }) {
  const { t } = useTranslation();
  return <Tag color={PROGRESS_COLOR[progress]}>{t(`delivery.progress.${progress}`)}</Tag>;
}
export function LateTag({ late }: { late: boolean }) {
  const { t } = useTranslation();
  return late ? <Tag color="red">{t('delivery.late')}</Tag> : null;
}

/** A form of one file (field `file`) and the text fields beside it, for api.upload. */
export function fileForm(file: File, fields: Record<string, string | number> = {}, field = 'file'): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
  form.append(field, file, file.name);
  return form;
}

type PlanItem = Out<typeof planListOut>[number];

/** Picks a plan; the first one (the seed plan) by default. */
export function usePlanPicker() {
  const { t } = useTranslation();
  const plans = useRemote(() => api.get<PlanItem[]>('/api/plans'));
  const [planId, setPlanId] = useState<string>();
  useEffect(() => {
    if (!planId && plans.data?.length) setPlanId((plans.data.find((p) => p.code === 'YB-CORRIDOR-2023') ?? plans.data[0]).id);
  }, [plans.data, planId]);
  const picker = (
    <Select
      style={{ width: 360 }}
      value={planId}
      onChange={setPlanId}
      options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
      aria-label={t('delivery.plan')}
      data-testid="plan-picker"
    />
  );
  return { planId, picker };
}

export const download = (url: string) => {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
};

/** A server timestamp in the reader's local time (Asia/Shanghai for the offices). */
export const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

