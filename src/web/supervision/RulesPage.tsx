// 预警规则: the thresholds of the computed alerts (docs/delivery.md, Alerts). Everyone reads them;
// the office changes them, which is audited and refreshes the alerts at once.
import { useEffect, useState } from 'react';
import { App as AntApp, Button, Card, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { AlertRulesOut, AlertRulesRead } from '../../contracts/delivery';

type Kind = keyof AlertRulesOut;
const PARAMS: Record<Kind, string[]> = {
  milestone_overdue: ['redAfterDays'],
  report_late: ['redAfterDays'],
  task_stalled: ['stalledCycles', 'redCycles'],
  indicator_off_track: ['redAfterDays'],
  indicator_deteriorating: ['redAfterDays'],
};

export default function RulesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const user = useUser();
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const remote = useRemote(() => api.get<AlertRulesRead>('/api/alerts/rules'), []);
  const [rules, setRules] = useState<AlertRulesRead>();
  useEffect(() => setRules(remote.data), [remote.data]);
  const set = (kind: Kind, key: string, value: number | boolean) => rules && setRules({ ...rules, [kind]: { ...rules[kind], [key]: value } });
  const save = async () => {
    try {
      // `rules` carries the version it was read with: a save over someone else's answers 409.
      await api.put('/api/alerts/rules', rules);
      message.success(t('supervision.rules.saved'));
      await remote.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const dirty = JSON.stringify(rules) !== JSON.stringify(remote.data);
  return (
    <>
      <PageHeader title={t('supervision.rules.title')} description={t('supervision.rules.desc')} />
      <Card size="small" data-testid="alert-rules">
        <Table
          size="small"
          rowKey="kind"
          pagination={false}
          loading={remote.loading}
          dataSource={rules ? (Object.keys(PARAMS) as Kind[]).map((kind) => ({ kind, ...rules[kind] })) : []}
          columns={[
            { title: t('supervision.rules.kind'), dataIndex: 'kind', render: (k: Kind) => <><div>{t(`supervision.kind.${k}`)}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`supervision.rules.when.${k}`)}</Typography.Text></> },
            { title: t('supervision.rules.enabled'), dataIndex: 'enabled', width: 90, render: (v: boolean, r: { kind: Kind }) => <Switch checked={v} disabled={!office} onChange={(x) => set(r.kind, 'enabled', x)} aria-label={`${t(`supervision.kind.${r.kind}`)} ${t('supervision.rules.enabled')}`} data-testid={`rule-${r.kind}-enabled`} /> },
            {
              title: t('supervision.rules.params'),
              key: 'p',
              width: 360,
              render: (_, r: { kind: Kind } & Record<string, unknown>) => (
                <Space wrap>
                  {PARAMS[r.kind].map((p) => (
                    <InputNumber key={p} min={p === 'redAfterDays' && r.kind.startsWith('indicator') ? 0 : 1} disabled={!office} value={r[p] as number} onChange={(v) => v !== null && set(r.kind, p, v)} addonBefore={t(`supervision.rules.${p}`)} aria-label={`${t(`supervision.kind.${r.kind}`)} ${t(`supervision.rules.${p}`)}`} data-testid={`rule-${r.kind}-${p}`} style={{ width: 220 }} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
        {office && (
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" disabled={!dirty} onClick={save} data-testid="rules-save">{t('supervision.rules.save')}</Button>
            <Button disabled={!dirty} onClick={() => setRules(remote.data)}>{t('supervision.rules.reset')}</Button>
          </Space>
        )}
      </Card>
    </>
  );
}
