import { useMemo, useState } from 'react';
import { App, Badge, Button, Card, Space, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../core/api';
import { useErrorText } from '../../core/errors';
import { useIndicatorFormat } from '../format';
import type { MissingRow } from '../types';
import { useNames } from '../../org/names';

interface MissingGroup {
  key: string;
  name: string;
  code: string;
  zoneName: string;
  unitName: string | null;
  items: MissingRow[];
  late: number;
  firstDue: string;
}

/** What is still owed, one line per indicator and zone: twelve late months are one problem, not twelve. */
export function MissingPanel({ list, loading, office, year }: { list: MissingRow[]; loading: boolean; office: boolean; year: number }) {
  const { t } = useTranslation();
  const name = useNames();
  const f = useIndicatorFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [sending, setSending] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const late = list.filter((m) => m.late).length;
  const days = (due: string) => Math.max(0, Math.round((Date.parse(today) - Date.parse(due)) / 86400000));
  const groups = useMemo(() => {
    const m = new Map<string, MissingGroup>();
    for (const x of list) {
      const key = `${x.indicatorId}|${x.zoneName}`;
      const g = m.get(key) ?? { key, name: (f.en && x.nameEn) || x.name, code: x.code, zoneName: x.zoneName, unitName: x.unitName, items: [], late: 0, firstDue: x.due };
      g.items.push(x);
      if (x.late) g.late++;
      if (x.due < g.firstDue) g.firstDue = x.due;
      m.set(key, g);
    }
    return [...m.values()].sort((a, b) => b.late - a.late || a.firstDue.localeCompare(b.firstDue));
  }, [list, f.en]);
  const periods = (items: MissingRow[]) => {
    const ps = items.map((i) => f.period(i.period));
    return ps.length > 3 ? t('indicators.missing.periodRange', { first: ps[0], last: ps[ps.length - 1], count: ps.length }) : ps.join(t('common.listSep'));
  };
  const send = async () => {
    setSending(true);
    try {
      const r = await api.post<{ sent: number }>('/api/notifications/reminders');
      message.success(t('indicators.missing.sent', { count: r.sent }));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 16, borderColor: late ? '#ffccc7' : undefined }}
      styles={{ header: { background: late ? '#fff7f6' : '#fafbfc' } }}
      title={
        <Space>
          <BellOutlined style={{ color: late ? '#cf1322' : undefined }} />
          {t('indicators.missing.title')}
          {late > 0 && <Badge count={late} overflowCount={999} title={t('indicators.missing.lateCount', { count: late })} />}
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {t('indicators.missing.hint', { year })}
          </Typography.Text>
        </Space>
      }
      extra={
        office ? (
          <Button size="small" icon={<BellOutlined />} onClick={() => void send()} loading={sending}>
            {t('indicators.missing.send')}
          </Button>
        ) : undefined
      }
      loading={loading && !list.length}
      data-testid="missing-panel"
    >
      {groups.length === 0 ? (
        <Typography.Text type="secondary">{t('indicators.missing.none')}</Typography.Text>
      ) : (
        <div className="hl-ind-missing">
          {groups.map((g) => (
            <div key={g.key} className="hl-ind-missing-item">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <span className="hl-ind-name">{g.name}</span>
                <Space size={4}>
                  {(['missing', 'draft', 'returned'] as const).map((s) => {
                    const n = g.items.filter((i) => i.state === s).length;
                    return n ? (
                      <Tag key={s} bordered={false} color={s === 'returned' ? 'error' : s === 'draft' ? 'default' : 'warning'} style={{ marginInlineEnd: 0 }}>
                        {t(`indicators.missing.state.${s}`)} {n}
                      </Tag>
                    ) : null;
                  })}
                </Space>
              </div>
              <div className="hl-ind-sub">
                {name(g.zoneName)}
                {office && g.unitName && <> · {name(g.unitName)}</>} · {periods(g.items)}
              </div>
              <div style={{ fontSize: 12 }}>
                {g.late ? (
                  <span className="hl-ind-late">{t('indicators.missing.lateGroup', { count: g.late, date: g.firstDue, days: days(g.firstDue) })}</span>
                ) : (
                  <span className="hl-ind-muted">{t('indicators.missing.due', { date: g.firstDue })}</span>
                )}
              </div>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
