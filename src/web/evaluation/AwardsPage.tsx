// 评优评先: the award rules published with the scheme (rank per group or overall, minimum score
// or grade; vetoed zones are never eligible), applied by the office to the final results. Each
// decision is kept; the latest one is shown first with its rules.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useUser } from '../core/auth';
import type { AwardRuleInput, AwardsOut } from '../../contracts/evaluation';
import { SchemePicker, fmt, useSchemeChoice } from './shared';

const GRADES = ['excellent', 'good', 'pass'] as const;

export default function AwardsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const choice = useSchemeChoice();
  const s = choice.chosen;
  const list = useRemote(() => (s ? api.get<AwardsOut[]>(`/api/evaluation/awards?schemeId=${s.id}`) : Promise.resolve([])), [s?.id]);
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const [rules, setRules] = useState<AwardRuleInput[]>([]);
  useEffect(() => setRules(list.data?.[0]?.rules ?? s?.definition.awards ?? []), [list.data, s?.definition.awards]);
  const latest = list.data?.[0];
  const set = (i: number, patch: Partial<AwardRuleInput>) => setRules(rules.map((r, j) => (j === i ? clean({ ...r, ...patch }) : r)));
  const decide = async () => {
    try {
      await api.post('/api/evaluation/awards', { schemeId: s!.id, rules });
      await list.reload();
      message.success(t('evaluation.awards.done'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <div>
      <PageHeader title={t('evaluation.nav.awards')} extra={<SchemePicker {...choice} />} />
      {s && s.state !== 'final' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('evaluation.awards.notFinal')} />}
      <Card size="small" title={t('evaluation.awards.rules')} style={{ marginBottom: 16 }} data-testid="award-rules">
        <Typography.Paragraph type="secondary">{t('evaluation.awards.hint')}</Typography.Paragraph>
        <Table<AwardRuleInput & { key: number }>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rules.map((r, key) => ({ ...r, key }))}
          columns={[
            { title: t('evaluation.awards.title'), key: 'title', render: (_, r) => (office ? <Input size="small" value={r.title} onChange={(e) => set(r.key, { title: e.target.value })} aria-label={`${t('evaluation.awards.title')} ${r.key + 1}`} data-testid={`award-title-${r.key}`} /> : r.title) },
            { title: t('evaluation.awards.topPerGroup'), key: 'g', width: 130, render: (_, r) => (office ? <InputNumber size="small" min={1} value={r.topPerGroup} onChange={(v) => set(r.key, { topPerGroup: v ?? undefined })} aria-label={`${t('evaluation.awards.topPerGroup')} ${r.key + 1}`} /> : (r.topPerGroup ?? '—')) },
            { title: t('evaluation.awards.topOverall'), key: 'o', width: 130, render: (_, r) => (office ? <InputNumber size="small" min={1} value={r.topOverall} onChange={(v) => set(r.key, { topOverall: v ?? undefined })} aria-label={`${t('evaluation.awards.topOverall')} ${r.key + 1}`} data-testid={`award-top-${r.key}`} /> : (r.topOverall ?? '—')) },
            { title: t('evaluation.awards.minScore'), key: 's', width: 120, render: (_, r) => (office ? <InputNumber size="small" min={0} value={r.minScore} onChange={(v) => set(r.key, { minScore: v ?? undefined })} aria-label={`${t('evaluation.awards.minScore')} ${r.key + 1}`} /> : (r.minScore ?? '—')) },
            {
              title: t('evaluation.awards.minGrade'),
              key: 'gr',
              width: 140,
              render: (_, r) =>
                office ? (
                  <Select size="small" allowClear style={{ width: 120 }} value={r.minGrade} onChange={(v) => set(r.key, { minGrade: v })} aria-label={`${t('evaluation.awards.minGrade')} ${r.key + 1}`} options={GRADES.map((g) => ({ value: g, label: t(`evaluation.grade.${g}`) }))} />
                ) : r.minGrade ? t(`evaluation.grade.${r.minGrade}`) : '—',
            },
            ...(office ? [{ title: '', key: 'x', width: 60, render: (_: unknown, r: { key: number }) => <Button size="small" type="link" danger onClick={() => setRules(rules.filter((_, j) => j !== r.key))}>{t('evaluation.awards.remove')}</Button> }] : []),
          ]}
        />
        {office && (
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => setRules([...rules, { title: '' }])}>{t('evaluation.awards.add')}</Button>
            <Button type="primary" disabled={s?.state !== 'final' || !rules.length} onClick={decide} data-testid="award-decide">{t('evaluation.awards.decide')}</Button>
          </Space>
        )}
      </Card>
      {latest ? (
        <Card size="small" title={`${t('evaluation.awards.result')} · ${new Date(String(latest.createdAt)).toLocaleString()}`} data-testid="award-result">
          {latest.awards.map((a) => (
            <div key={a.title} style={{ marginBottom: 12 }}>
              <Typography.Title level={5}>{a.title} <Tag>{a.zones.length}</Tag></Typography.Title>
              {a.zones.length ? (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="code"
                  dataSource={a.zones}
                  columns={[
                    { title: t('evaluation.zone'), dataIndex: 'name' },
                    { title: t('evaluation.group'), dataIndex: 'group', render: (g: string) => t(`evaluation.hub.${g}`, { defaultValue: g }) },
                    { title: t('evaluation.total'), dataIndex: 'total', align: 'right', render: (v: number) => fmt(v) },
                    { title: t('evaluation.rank'), dataIndex: 'rankInGroup', align: 'right' },
                    { title: t('evaluation.gradeCol'), dataIndex: 'grade', render: (g: string | null) => (g ? t(`evaluation.grade.${g}`) : '—') },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{t('evaluation.awards.nobody')}</Typography.Text>
              )}
            </div>
          ))}
        </Card>
      ) : (
        <Empty description={t('evaluation.awards.none')} />
      )}
    </div>
  );
}

/** An emptied number field removes the condition rather than sending null. */
function clean(r: AwardRuleInput): AwardRuleInput {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== null)) as AwardRuleInput;
}
