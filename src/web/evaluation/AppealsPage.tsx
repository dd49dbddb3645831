// 申诉: a zone appeals during the appeal window; the office answers (accepted appeals are re-scored).
import { useState } from 'react';
import { App, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useUser } from '../core/auth';
import type { appealRowOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';
import { SchemePicker, useSchemeChoice } from './shared';
import { useNames } from '../org/names';

/** A row of GET /api/evaluation/appeals, as the contract declares it. */
type Appeal = Out<typeof appealRowOut>;

export default function AppealsPage() {
  const { t } = useTranslation();
  const name = useNames();
  const user = useUser();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const choice = useSchemeChoice();
  const s = choice.chosen;
  const list = useRemote(() => (s ? api.get<Appeal[]>(`/api/evaluation/appeals?schemeId=${s.id}`) : Promise.resolve([])), [s?.id]);
  const board = useRemote(() => (s?.roundId ? api.get<{ myZoneId: string | null; zones: { id: string; name: string }[] }>(`/api/evaluation/rounds/${s.roundId}`) : Promise.resolve(undefined)), [s?.roundId]);
  const [text, setText] = useState('');
  const [zoneId, setZoneId] = useState<string>();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const myZone = board.data?.myZoneId ?? zoneId;
  return (
    <div>
      <PageHeader title={t('evaluation.nav.appeals')} extra={<SchemePicker {...choice} />} />
      {s?.state === 'appeal_window' && (
        <Card size="small" title={t('evaluation.fileAppeal')} style={{ marginBottom: 16 }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {office && <Select placeholder={t('evaluation.zone')} aria-label={t('evaluation.zone')} style={{ width: 240 }} value={zoneId} onChange={setZoneId} options={(board.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))} />}
            <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('evaluation.appealText')} aria-label={t('evaluation.appealText')} />
            <Button type="primary" disabled={!text.trim() || !myZone} onClick={() => run(async () => { await api.post('/api/evaluation/appeals', { roundId: s.roundId, zoneId: myZone, text }); setText(''); })}>{t('evaluation.fileAppeal')}</Button>
          </Space>
        </Card>
      )}
      <Table<Appeal>
        rowKey="id"
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: t('evaluation.zone'), dataIndex: 'zoneName', width: 160, render: (v: string, r: Appeal) => name(v, r.zoneId) },
          { title: t('evaluation.criterion'), dataIndex: 'criterionCode', width: 110, render: (v) => v ?? '—' },
          { title: t('evaluation.appealText'), dataIndex: 'text' },
          { title: t('evaluation.selfState'), dataIndex: 'status', width: 110, render: (v: string) => <Tag color={v === 'open' ? 'gold' : v === 'accepted' ? 'green' : 'default'}>{t(`evaluation.status.${v}`)}</Tag> },
          {
            title: t('evaluation.answer'),
            key: 'answer',
            render: (_, a) =>
              a.status === 'open' && office ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Input.TextArea rows={2} aria-label={t('evaluation.answer')} value={answers[a.id] ?? ''} onChange={(e) => setAnswers({ ...answers, [a.id]: e.target.value })} />
                  <Space>
                    <Button size="small" type="primary" disabled={!answers[a.id]?.trim()} onClick={() => run(() => api.post(`/api/evaluation/appeals/${a.id}/answer`, { decision: 'accept', answer: answers[a.id], version: a.version }))}>{t('evaluation.accept')}</Button>
                    <Button size="small" disabled={!answers[a.id]?.trim()} onClick={() => run(() => api.post(`/api/evaluation/appeals/${a.id}/answer`, { decision: 'reject', answer: answers[a.id], version: a.version }))}>{t('evaluation.reject')}</Button>
                  </Space>
                </Space>
              ) : (
                a.answer ?? '—'
              ),
          },
        ]}
      />
    </div>
  );
}
