// What the evaluation pages share: the scheme (year) picker and the chart hook.
import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useRemote } from '../core/useRemote';
import type { schemeRowOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';

/** A row of GET /api/evaluation/schemes, as the contract declares it. */
export type SchemeRow = Out<typeof schemeRowOut>;

/** The schemes, and the one chosen in the URL (?scheme=…), else the latest year. */
export function useSchemeChoice() {
  const schemes = useRemote(() => api.get<SchemeRow[]>('/api/evaluation/schemes'));
  const [params, setParams] = useSearchParams();
  const chosen = schemes.data?.find((s) => s.id === params.get('scheme')) ?? schemes.data?.[0];
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('scheme', id);
    setParams(next, { replace: true });
  };
  return { schemes, chosen, choose };
}

export function SchemePicker({ schemes, chosen, choose }: ReturnType<typeof useSchemeChoice>) {
  const { t } = useTranslation();
  return (
    <Space>
      <Typography.Text type="secondary">{t('evaluation.scheme')}</Typography.Text>
      <Select
        data-testid="scheme-picker"
        aria-label={t('evaluation.scheme')}
        style={{ minWidth: 320 }}
        value={chosen?.id}
        onChange={choose}
        options={(schemes.data ?? []).map((s) => ({ value: s.id, label: `${s.year} · ${s.name}` }))}
      />
    </Space>
  );
}

export { fmt } from './format';
